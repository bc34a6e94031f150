// CaseConflicts: the conflicts of interest of a case (issue 4 point 7), from
// stored data, through the pure rule of domain/conflict_of_interest.h.
//
// Facts, as docs/enforcement-rules.md ("Conflicts of interest in cases")
// explains:
//  - the PPK is the head of the reported employee's government: the agency's
//    region cut to the regency/city or province ("35.13.15" → "35.13"); for a
//    subject not matched to the register, the case's region;
//  - that head "is a candidate in a running contest" when the head contest of
//    that region (bupati/walikota, gubernur) has an incumbent candidate and
//    the election's period (first stage start to the later of the voting day
//    and the last stage end) overlaps the time from the act to today;
//  - reported person and unit: the subject employee and its agency; reporter:
//    for a finding, the pengawas who recorded it (when another officer now
//    handles it), for a public report nobody (the identity is sealed);
//  - officer: the case's handling officer (or the pengawas about to act),
//    its linked employee (users.employee_nip) and that employee's agency.
//
// Thread-safe (stateless over the thread-safe Store and Clock).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/case_workflow.h"
#include "domain/conflict_of_interest.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/case_handling_store.h"
#include "store/enforcement_store.h"
#include "store/store.h"

namespace netra {

// A pengawas account as a (possible) handling officer.
struct OfficerView {
  User user;
  std::optional<Employee> employee;  // linked by users.employee_nip
  std::string agency_name;           // "" when not linked
};

struct HandlerView {
  HandlerRecord record;
  OfficerView officer;
};

struct CaseConflictReport {
  std::optional<HandlerView> handler;  // the current handling officer
  std::vector<Conflict> conflicts;     // PPK conflicts first
  // Whose PPK decides without a conflict ("35.13"; "" for a central agency),
  // and where the decision goes with one (nullopt: no PPK conflict).
  std::string ppk_region;
  std::optional<std::string> decision_region;
};

bool IsPpkConflict(const Conflict& conflict);
// Adds `officer` to `facts` as the handling officer of `c`.
void AddOfficerFacts(const CaseRecord& c, const OfficerView& officer, ConflictFacts& facts);

class CaseConflicts {
 public:
  CaseConflicts(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The case's handling officer and conflicts as of now.
  Result<CaseConflictReport> Assess(const CaseRecord& c);
  // The conflicts `officer` would have handling `c` (officer conflicts only).
  Result<std::vector<Conflict>> OfficerConflicts(const CaseRecord& c, const User& officer);
  // Before `caller` acts on `c`: a PPK deciding a case whose PPK is
  // conflicted must sit at the level the decision goes to, and a pengawas must
  // have no conflict of its own. kPermissionDenied with reason "ppk_conflict"
  // or "officer_conflict" and a message naming why and who acts instead.
  Status CheckMayAct(const Caller& caller, const CaseRecord& c, const CaseTransition* move);
  // The account behind `user_id` as an officer (user, employee, agency);
  // kNotFound for an unknown account.
  Result<OfficerView> Officer(std::int64_t user_id);
  Result<OfficerView> OfficerFor(User user);
  // As Officer, but an account that is gone is shown by its id.
  Result<OfficerView> OfficerOrPlaceholder(std::int64_t user_id);

 private:
  struct PpkFacts {
    std::string region;
    bool candidate = false;
    std::vector<std::string> candidate_heads_above;
  };
  Result<PpkFacts> Ppk(const CaseRecord& c);
  // Whether the head of `region` is an incumbent candidate in a contest whose
  // election period overlaps [act_date, today].
  Result<bool> HeadIsCandidate(const std::string& region, const std::string& act_date,
                               const std::string& today);
  // Adds the names of `code` and its ancestors to f.region_names.
  Status NameRegions(const std::string& code, ConflictFacts& f);
  // Every fact but the officer's (the PPK's only `with_ppk`).
  Result<ConflictFacts> CaseFacts(const CaseRecord& c, bool with_ppk);
  // Whether another pengawas of the officer's own office could take the case
  // without a conflict of its own.
  Result<bool> OthersAvailable(const CaseRecord& c, const OfficerView& officer,
                               const ConflictFacts& base);

  Store& store_;
  const Clock& clock_;
};

}  // namespace netra
