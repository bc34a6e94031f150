// CaseHandlingService: the handling officer of a case (issue 4 point 7). The
// pengawas who records a finding handles it; a public report's case gets the
// first pengawas who acts on it (a move, hearing, evidence or question). A
// pengawas of the case's region or above may take a case over, or assign it
// to a colleague within its own scope; an officer with a conflict of interest
// in the case cannot be given it. Every assignment is on the audit chain
// ("case.handler").
//
// Thread-safe (stateless over the thread-safe Store and Clock).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/caller.h"
#include "service/case_conflicts.h"
#include "service/clock.h"
#include "store/store.h"

namespace netra {

// A pengawas who could handle the case, with the conflicts it would have.
struct OfficerOption {
  OfficerView officer;
  bool current = false;  // the case's handling officer now
  std::vector<Conflict> conflicts;
};

class CaseHandlingService {
 public:
  CaseHandlingService(Store& store, const Clock& clock)
      : store_(store), clock_(clock), conflicts_(store, clock) {}

  // Role: pengawas; the case within the caller's region. Makes `user_id` (the
  // caller when nullopt: a take-over) the handling officer. The officer must be
  // an enabled pengawas whose region holds the case's and lies within the
  // caller's. `reason` (≤ 1000 bytes) is required when the case already has an
  // officer. kFailedPrecondition "officer_conflict" when the officer has a
  // conflict of interest in the case, "case_closed" for a closed case;
  // kConflict "already_handler" when it handles the case already,
  // "handler_changed" when another handover came first.
  Result<HandlerView> Assign(const Caller& caller, std::int64_t case_id,
                             std::optional<std::int64_t> user_id, const std::string& reason);
  // Role: pengawas. The pengawas within the caller's scope who could handle
  // the case (their region holds the case's), current officer first.
  Result<std::vector<OfficerOption>> Officers(const Caller& caller, std::int64_t case_id);
  // Every assignment of the case, oldest first. Case readers.
  Result<std::vector<HandlerView>> History(const Caller& caller, std::int64_t case_id);

  // When `caller` is a pengawas and `c` has no officer yet, makes it the
  // officer ("first_action", or "finding" for the one who recorded it). A
  // concurrent first assignment wins silently.
  Status EnsureHandler(const Caller& caller, const CaseRecord& c, const std::string& how);

 private:
  Store& store_;
  const Clock& clock_;
  CaseConflicts conflicts_;
};

}  // namespace netra
