// SqlStore: the Store interface implemented once in SQL that SQLite and
// PostgreSQL both accept, over a pool of SqlConnections (sql_executor.h). The
// backends differ only in their driver and, where it pays, in a faster batch
// path (postgres/pg_store.h overrides UpsertEmployeesInTransaction).
//
// Thread-safety: as Store.
#pragma once

#include <memory>

#include "store/detail/sql_case_handling_store.h"
#include "store/detail/sql_enforcement_store.h"
#include "store/detail/sql_executor.h"
#include "store/detail/sql_monitoring_store.h"
#include "store/detail/sql_pledge_store.h"
#include "store/store.h"

namespace netra::store_detail {

class SqlStore : public Store {
 public:
  explicit SqlStore(std::shared_ptr<SqlExecutor> executor);

  Result<int> SchemaVersion() override;
  StoreStats Stats() override;

  Result<UpsertCounts> UpsertRegions(std::span<const Region> regions) override;
  Result<Region> GetRegion(const std::string& code) override;
  Result<std::vector<Region>> ListRegionChildren(const std::string& parent_code) override;
  Result<std::vector<Region>> SearchRegions(const RegionQuery& query) override;
  Result<std::int64_t> CountRegions(RegionLevel level) override;

  Result<Agency> UpsertAgency(const Agency& agency) override;
  Result<Agency> GetAgency(std::int64_t id) override;
  Result<Agency> GetAgencyByCode(const std::string& code) override;
  Result<PageOf<Agency>> ListAgencies(const AgencyFilter& filter, Page page) override;
  Result<Unit> UpsertUnit(const Unit& unit) override;
  Result<Unit> GetUnit(std::int64_t id) override;
  Result<std::vector<Unit>> ListUnits(std::int64_t agency_id) override;

  Result<UpsertCounts> UpsertEmployees(std::span<const Employee> employees) override;
  Result<Employee> GetEmployee(std::int64_t id) override;
  Result<Employee> GetEmployeeByNip(const std::string& nip) override;
  Result<PageOf<Employee>> ListEmployees(const EmployeeFilter& filter, Page page) override;

  Result<User> CreateUser(const User& user) override;
  Result<User> GetUser(std::int64_t id) override;
  Result<User> GetUserByUsername(const std::string& username) override;
  Result<std::vector<User>> ListUsers(const std::string& region_scope) override;
  Status SetUserDisabled(std::int64_t id, bool disabled) override;
  Status SetUserPassword(std::int64_t id, const std::string& password_hash) override;
  Status SetUserEmployeeNip(std::int64_t id, const std::optional<std::string>& nip) override;

  Status CreateSession(const SessionRecord& session) override;
  Result<SessionRecord> GetSession(const std::string& token_hash) override;
  Status TouchSession(const std::string& token_hash, std::int64_t now) override;
  Status RevokeSession(const std::string& token_hash) override;
  Status RevokeUserSessions(std::int64_t user_id) override;
  Status RecordLoginFailure(const std::string& key, std::int64_t at) override;
  Result<std::int64_t> CountLoginFailures(const std::string& key, std::int64_t since) override;
  Status ClearLoginFailures(const std::string& key) override;
  Result<std::int64_t> PruneAuthRecords(std::int64_t before) override;

  Result<Election> UpsertElection(const Election& election) override;
  Result<Election> GetElectionByCode(const std::string& code) override;
  Result<std::vector<Election>> ListElections() override;
  Status ReplaceElectionStages(std::int64_t election_id,
                               std::span<const ElectionStage> stages) override;
  Result<std::vector<ElectionStage>> ListElectionStages(std::int64_t election_id) override;
  Result<Contest> UpsertContest(const Contest& contest) override;
  Result<std::vector<Contest>> ListContests(std::int64_t election_id,
                                            const std::string& region_scope) override;
  Result<Candidate> UpsertCandidate(const Candidate& candidate) override;
  Result<std::vector<Candidate>> ListCandidates(std::int64_t contest_id) override;

  Result<ImportJob> CreateImportJob(const ImportJob& job) override;
  Status UpdateImportJob(const ImportJob& job) override;
  Result<ImportJob> GetImportJob(std::int64_t id) override;

  MonitoringStore& monitoring() override { return monitoring_; }
  EnforcementStore& enforcement() override { return enforcement_; }
  PledgeStore& pledges() override { return pledges_; }
  CaseHandlingStore& case_handling() override { return case_handling_; }

 protected:
  // Writes valid `regions` inside the caller's write transaction.
  virtual Result<UpsertCounts> UpsertRegionsInTransaction(SqlConnection& connection,
                                                          std::span<const Region> regions);
  // Writes `employees` (already validated, at most kMaxBatchRows) inside the
  // caller's write transaction. The default runs one keyed lookup and one
  // INSERT or UPDATE per row on cached statements, which is fast in-process.
  virtual Result<UpsertCounts> UpsertEmployeesInTransaction(SqlConnection& connection,
                                                            std::span<const Employee> employees);

  SqlExecutor& executor() { return *executor_; }

 private:
  std::shared_ptr<SqlExecutor> executor_;
  SqlEnforcementStore enforcement_;
  SqlMonitoringStore monitoring_;
  SqlPledgeStore pledges_;
  SqlCaseHandlingStore case_handling_;
};

}  // namespace netra::store_detail
