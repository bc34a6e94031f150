// FakeStore: an in-memory Store holding what importers touch (regions,
// agencies, units, employees, elections), so importer rules are tested
// without a database. Methods importers never call fail with kInternal.
// Counts every write call, so tests can prove nothing was written.
// Not thread-safe.
#pragma once

#include <cstdlib>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

namespace netra::ingest::testing {

class FakeStore final : public Store {
 public:
  int write_calls = 0;
  // When > 0, the n-th UpsertEmployees call (1-based) fails with kUnavailable.
  int fail_employee_batch = 0;
  std::map<std::string, Region> regions;
  std::map<std::string, Agency> agencies;     // by code
  std::map<std::int64_t, Unit> units;         // by id
  std::map<std::string, Employee> employees;  // by NIP, or "agency_id\nname"
  std::map<std::string, Election> elections;
  std::map<std::int64_t, std::vector<ElectionStage>> stages;
  std::vector<Contest> contests;
  std::vector<Candidate> candidates;
  int employee_batches = 0;

  Result<int> SchemaVersion() override { return 1; }
  StoreStats Stats() override { return {"fake"}; }
  // The importers never touch pledges; reaching here is a test bug.
  PledgeStore& pledges() override { std::abort(); }

  Result<UpsertCounts> UpsertRegions(std::span<const Region> list) override {
    ++write_calls;
    UpsertCounts c;
    for (const Region& r : list) {
      (regions.count(r.code) ? c.updated : c.inserted)++;
      regions[r.code] = r;
    }
    return c;
  }
  Result<Region> GetRegion(const std::string& code) override {
    auto it = regions.find(code);
    if (it == regions.end()) return NotFound();
    return it->second;
  }
  Result<std::vector<Region>> ListRegionChildren(const std::string&) override { return Unused(); }
  Result<std::vector<Region>> SearchRegions(const RegionQuery&) override { return Unused(); }
  Result<std::int64_t> CountRegions(RegionLevel level) override {
    std::int64_t n = 0;
    for (const auto& [code, r] : regions) n += r.level == level;
    return n;
  }

  Result<Agency> UpsertAgency(const Agency& agency) override {
    ++write_calls;
    Agency a = agency;
    auto it = agencies.find(a.code);
    a.id = it == agencies.end() ? static_cast<std::int64_t>(agencies.size()) + 1 : it->second.id;
    agencies[a.code] = a;
    return a;
  }
  Result<Agency> GetAgency(std::int64_t id) override {
    for (const auto& [code, a] : agencies) {
      if (a.id == id) return a;
    }
    return NotFound();
  }
  Result<Agency> GetAgencyByCode(const std::string& code) override {
    auto it = agencies.find(code);
    if (it == agencies.end()) return NotFound();
    return it->second;
  }
  Result<PageOf<Agency>> ListAgencies(const AgencyFilter&, Page) override { return Unused(); }
  Result<Unit> UpsertUnit(const Unit& unit) override {
    ++write_calls;
    Unit u = unit;
    u.id = static_cast<std::int64_t>(units.size()) + 1;
    for (const auto& [id, existing] : units) {
      if (existing.agency_id == u.agency_id && existing.code == u.code) u.id = id;
    }
    units[u.id] = u;
    return u;
  }
  Result<Unit> GetUnit(std::int64_t id) override {
    auto it = units.find(id);
    if (it == units.end()) return NotFound();
    return it->second;
  }
  Result<std::vector<Unit>> ListUnits(std::int64_t agency_id) override {
    std::vector<Unit> out;
    for (const auto& [id, u] : units) {
      if (u.agency_id == agency_id) out.push_back(u);
    }
    return out;
  }

  Result<UpsertCounts> UpsertEmployees(std::span<const Employee> list) override {
    ++write_calls;
    if (++employee_batches == fail_employee_batch) {
      return Status(ErrorCode::kUnavailable, "database is busy");
    }
    UpsertCounts c;
    for (const Employee& e : list) {
      const std::string key = e.nip ? *e.nip : std::to_string(e.agency_id) + "\n" + e.name;
      (employees.count(key) ? c.updated : c.inserted)++;
      employees[key] = e;
    }
    return c;
  }
  Result<Employee> GetEmployee(std::int64_t) override { return Unused(); }
  Result<Employee> GetEmployeeByNip(const std::string& nip) override {
    auto it = employees.find(nip);
    if (it == employees.end()) return NotFound();
    return it->second;
  }
  Result<PageOf<Employee>> ListEmployees(const EmployeeFilter&, Page) override { return Unused(); }

  Result<User> CreateUser(const User&) override { return Unused(); }
  Result<User> GetUser(std::int64_t) override { return Unused(); }
  Result<User> GetUserByUsername(const std::string&) override { return Unused(); }
  Result<std::vector<User>> ListUsers(const std::string&) override { return Unused(); }
  Status SetUserDisabled(std::int64_t, bool) override { return Unused(); }
  Status SetUserPassword(std::int64_t, const std::string&) override { return Unused(); }
  Status CreateSession(const SessionRecord&) override { return Unused(); }
  Result<SessionRecord> GetSession(const std::string&) override { return Unused(); }
  Status TouchSession(const std::string&, std::int64_t) override { return Unused(); }
  Status RevokeSession(const std::string&) override { return Unused(); }
  Status RevokeUserSessions(std::int64_t) override { return Unused(); }
  Status RecordLoginFailure(const std::string&, std::int64_t) override { return Unused(); }
  Result<std::int64_t> CountLoginFailures(const std::string&, std::int64_t) override {
    return Unused();
  }
  Status ClearLoginFailures(const std::string&) override { return Unused(); }
  Result<std::int64_t> PruneAuthRecords(std::int64_t) override { return Unused(); }

  Result<Election> UpsertElection(const Election& election) override {
    ++write_calls;
    Election e = election;
    auto it = elections.find(e.code);
    e.id = it == elections.end() ? static_cast<std::int64_t>(elections.size()) + 1 : it->second.id;
    elections[e.code] = e;
    return e;
  }
  Result<Election> GetElectionByCode(const std::string& code) override {
    auto it = elections.find(code);
    if (it == elections.end()) return NotFound();
    return it->second;
  }
  Result<std::vector<Election>> ListElections() override { return Unused(); }
  Status ReplaceElectionStages(std::int64_t election_id,
                               std::span<const ElectionStage> list) override {
    ++write_calls;
    stages[election_id].assign(list.begin(), list.end());
    return Status::Ok();
  }
  Result<std::vector<ElectionStage>> ListElectionStages(std::int64_t election_id) override {
    return stages[election_id];
  }
  Result<Contest> UpsertContest(const Contest& contest) override {
    ++write_calls;
    for (Contest& c : contests) {
      if (c.election_id == contest.election_id && c.region_code == contest.region_code &&
          c.office == contest.office) {
        const std::int64_t id = c.id;
        c = contest;
        c.id = id;
        return c;
      }
    }
    contests.push_back(contest);
    contests.back().id = static_cast<std::int64_t>(contests.size());
    return contests.back();
  }
  Result<std::vector<Contest>> ListContests(std::int64_t, const std::string&) override {
    return contests;
  }
  Result<Candidate> UpsertCandidate(const Candidate& candidate) override {
    ++write_calls;
    for (Candidate& c : candidates) {
      if (c.contest_id == candidate.contest_id && c.number == candidate.number) {
        const std::int64_t id = c.id;
        c = candidate;
        c.id = id;
        return c;
      }
    }
    candidates.push_back(candidate);
    candidates.back().id = static_cast<std::int64_t>(candidates.size());
    return candidates.back();
  }
  Result<std::vector<Candidate>> ListCandidates(std::int64_t contest_id) override {
    std::vector<Candidate> out;
    for (const Candidate& c : candidates) {
      if (c.contest_id == contest_id) out.push_back(c);
    }
    return out;
  }

  Result<ImportJob> CreateImportJob(const ImportJob&) override { return Unused(); }
  Status UpdateImportJob(const ImportJob&) override { return Unused(); }
  Result<ImportJob> GetImportJob(std::int64_t) override { return Unused(); }

 private:
  static Status NotFound() { return Status(ErrorCode::kNotFound, "not found"); }
  static Status Unused() { return Status(ErrorCode::kInternal, "not used by importers"); }
};

}  // namespace netra::ingest::testing
