// Store: Netra's persistent state behind one interface with two backends,
// SQLite (embedded, default) and PostgreSQL (shared by many processes).
//
// Thread-safety: a Store is safe to use from many threads at once; each call
// takes a connection from the backend's pool for its duration. Every method
// that writes runs in one transaction: it either happens whole or not at all,
// and returns only once the transaction is durable.
//
// Region scoping: a `region_scope` argument is a region code; only rows whose
// region lies within it (domain/region.h RegionWithin) are seen. "" is the nation.
//
// Errors: kNotFound when a Get names nothing, kAlreadyExists on a unique-key
// clash, kUnavailable when the database is busy or unreachable, kInternal
// otherwise. No backend type appears in this header.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/agency.h"
#include "domain/election.h"
#include "domain/employee.h"
#include "domain/region.h"
#include "domain/user.h"

namespace netra {

class MonitoringStore;    // store/monitoring_store.h
class EnforcementStore;   // store/enforcement_store.h
class CaseHandlingStore;  // store/case_handling_store.h

struct Page {
  int offset = 0;
  int limit = 50;  // callers cap this (the API at 500)
};

template <typename T>
struct PageOf {
  std::vector<T> items;
  std::int64_t total = 0;  // rows matching the filter, ignoring the page
};

struct RegionQuery {
  std::string
      text;  // case-insensitive name substring, or a code prefix when it starts with a digit
  std::string within;  // only regions inside this code ("" = anywhere)
  std::optional<RegionLevel> level;
  int limit = 50;
};

struct AgencyFilter {
  std::string region_scope;  // required scoping
  std::string text;          // name or code substring, case-insensitive
  std::string kind;
};

struct EmployeeFilter {
  std::string region_scope;  // required scoping
  std::string text;          // name substring (case-insensitive) or NIP prefix
  std::optional<std::int64_t> agency_id;
  std::optional<std::int64_t> unit_id;
  std::optional<EmployeeType> type;
  std::optional<PositionCategory> position;
};

struct UpsertCounts {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
};

struct ImportJob {
  std::int64_t id = 0;
  std::string kind;    // "employees"
  std::string status;  // "running" | "done" | "failed"
  std::string file_name;
  std::int64_t rows_total = 0;  // 0 while unknown
  std::int64_t rows_processed = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t rejected = 0;
  std::string errors_json;      // JSON array of {line, column, reason_id, reason_en}, capped
  std::string message;          // final message, Indonesian
  std::string message_en;       // the same in English
  std::int64_t created_by = 0;  // user id; 0 for the CLI
  std::string region_scope;     // scope of the user who started it
  std::int64_t created_at = 0;
  std::int64_t finished_at = 0;
};

class PledgeStore;  // store/pledge_store.h

struct StoreStats {
  std::string backend;  // "sqlite" | "postgresql"
  int pool_size = 0;
  int pool_in_use = 0;
  std::int64_t pool_waits = 0;     // acquisitions that had to wait
  std::int64_t pool_acquired = 0;  // total acquisitions
};

class Store {
 public:
  virtual ~Store() = default;

  // --- schema ---
  // Version of the newest migration applied to this database.
  virtual Result<int> SchemaVersion() = 0;
  virtual StoreStats Stats() = 0;

  // --- regions ---
  // Insert or update by code, in one transaction.
  virtual Result<UpsertCounts> UpsertRegions(std::span<const Region> regions) = 0;
  virtual Result<Region> GetRegion(const std::string& code) = 0;
  // Direct children of `parent_code` ("" gives the provinces), ordered by code.
  virtual Result<std::vector<Region>> ListRegionChildren(const std::string& parent_code) = 0;
  virtual Result<std::vector<Region>> SearchRegions(const RegionQuery& query) = 0;
  virtual Result<std::int64_t> CountRegions(RegionLevel level) = 0;

  // --- agencies and units ---
  // Insert or update by Agency::code; returns the stored row with its id.
  virtual Result<Agency> UpsertAgency(const Agency& agency) = 0;
  virtual Result<Agency> GetAgency(std::int64_t id) = 0;
  virtual Result<Agency> GetAgencyByCode(const std::string& code) = 0;
  virtual Result<PageOf<Agency>> ListAgencies(const AgencyFilter& filter, Page page) = 0;
  // Insert or update by (agency_id, Unit::code).
  virtual Result<Unit> UpsertUnit(const Unit& unit) = 0;
  virtual Result<Unit> GetUnit(std::int64_t id) = 0;
  virtual Result<std::vector<Unit>> ListUnits(std::int64_t agency_id) = 0;

  // --- employees ---
  // Insert or update in one transaction: by NIP when present, else by
  // (agency_id, name). Never duplicates on re-import.
  virtual Result<UpsertCounts> UpsertEmployees(std::span<const Employee> employees) = 0;
  virtual Result<Employee> GetEmployee(std::int64_t id) = 0;
  virtual Result<Employee> GetEmployeeByNip(const std::string& nip) = 0;
  virtual Result<PageOf<Employee>> ListEmployees(const EmployeeFilter& filter, Page page) = 0;

  // --- users and sessions ---
  virtual Result<User> CreateUser(const User& user) = 0;  // kAlreadyExists on username
  virtual Result<User> GetUser(std::int64_t id) = 0;
  virtual Result<User> GetUserByUsername(const std::string& username) = 0;
  virtual Result<std::vector<User>> ListUsers(const std::string& region_scope) = 0;
  virtual Status SetUserDisabled(std::int64_t id, bool disabled) = 0;
  virtual Status SetUserPassword(std::int64_t id, const std::string& password_hash) = 0;
  // Links the account to an employee by NIP (nullopt unlinks); the caller
  // checks that the employee exists. kNotFound for an unknown user.
  virtual Status SetUserEmployeeNip(std::int64_t id, const std::optional<std::string>& nip) = 0;

  virtual Status CreateSession(const SessionRecord& session) = 0;
  virtual Result<SessionRecord> GetSession(const std::string& token_hash) = 0;
  virtual Status TouchSession(const std::string& token_hash, std::int64_t now) = 0;
  virtual Status RevokeSession(const std::string& token_hash) = 0;
  virtual Status RevokeUserSessions(std::int64_t user_id) = 0;
  // Failed sign-ins, keyed by "user:<name>" or "addr:<ip>", for throttling
  // that holds across processes sharing one database.
  virtual Status RecordLoginFailure(const std::string& key, std::int64_t at) = 0;
  virtual Result<std::int64_t> CountLoginFailures(const std::string& key, std::int64_t since) = 0;
  virtual Status ClearLoginFailures(const std::string& key) = 0;
  // Deletes login failures recorded before `before`, and sessions that
  // expired, or were revoked and last used, before it. Returns rows deleted.
  virtual Result<std::int64_t> PruneAuthRecords(std::int64_t before) = 0;

  // --- elections ---
  virtual Result<Election> UpsertElection(const Election& election) = 0;  // by code
  virtual Result<Election> GetElectionByCode(const std::string& code) = 0;
  virtual Result<std::vector<Election>> ListElections() = 0;
  // Replace all stages of the election with these.
  virtual Status ReplaceElectionStages(std::int64_t election_id,
                                       std::span<const ElectionStage> stages) = 0;
  virtual Result<std::vector<ElectionStage>> ListElectionStages(std::int64_t election_id) = 0;
  virtual Result<Contest> UpsertContest(
      const Contest& contest) = 0;  // by (election, region, office)
  virtual Result<std::vector<Contest>> ListContests(std::int64_t election_id,
                                                    const std::string& region_scope) = 0;
  virtual Result<Candidate> UpsertCandidate(
      const Candidate& candidate) = 0;  // by (contest, number)
  virtual Result<std::vector<Candidate>> ListCandidates(std::int64_t contest_id) = 0;

  // --- import jobs ---
  virtual Result<ImportJob> CreateImportJob(const ImportJob& job) = 0;
  virtual Status UpdateImportJob(const ImportJob& job) = 0;  // by id
  virtual Result<ImportJob> GetImportJob(std::int64_t id) = 0;

  // --- areas with their own storage interface, on the same connections ---
  virtual EnforcementStore& enforcement() = 0;     // store/enforcement_store.h
  virtual PledgeStore& pledges() = 0;              // store/pledge_store.h
  virtual MonitoringStore& monitoring() = 0;       // store/monitoring_store.h
  virtual CaseHandlingStore& case_handling() = 0;  // store/case_handling_store.h
};

struct StoreOptions {
  // Apply pending migrations on open. When false, opening a database whose
  // schema is older than this binary fails with kFailedPrecondition.
  bool migrate = true;
  int pool_size = 8;           // connections kept open
  int busy_timeout_ms = 5000;  // SQLite: wait on locks this long
  // SQLite: fsync every commit (synchronous=FULL). Bulk loads run from the
  // shell (`netra demo`, `netra import`) turn it off: WAL with synchronous=NORMAL
  // stays consistent and is on disk at the checkpoint when the store closes,
  // before the command reports success.
  bool sync_each_commit = true;
};

// Opens "path/to/file.db" (SQLite, created if missing, parent dir too) or
// "postgresql://..." / "postgres://...". Fails with kFailedPrecondition when
// the database was migrated by a newer Netra (its schema version is above
// LatestSchemaVersion()), naming both versions.
Result<std::unique_ptr<Store>> OpenStore(const std::string& url, const StoreOptions& options = {});

// Newest migration this binary knows.
int LatestSchemaVersion();

}  // namespace netra
