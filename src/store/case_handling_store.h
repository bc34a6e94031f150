// CaseHandlingStore: who handles a case (issue 4 point 7). Every assignment of
// a handling officer (a pengawas account) is kept; the current officer is the
// latest. Reached through Store::case_handling().
//
// Thread-safety: as Store. Errors: as Store; kConflict ("handler_changed") from
// AssignHandler when another assignment came first.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/enforcement_store.h"

namespace netra {

struct HandlerRecord {
  std::int64_t case_id = 0;
  int seq = 0;  // 1 for the first officer, +1 per handover
  std::int64_t user_id = 0;
  std::int64_t assigned_by = 0;  // equal to user_id when the officer took the case over
  std::int64_t assigned_at = 0;
  std::string how;     // "finding" | "first_action" | "take_over" | "assigned"
  std::string reason;  // "" when none was given
};

class CaseHandlingStore {
 public:
  virtual ~CaseHandlingStore() = default;

  // Records `handler` as the case's officer with the audit entry, in one
  // transaction. `handler.seq` must be the current seq + 1 (1 when the case
  // has none): kConflict ("handler_changed") otherwise, so a handover based on
  // a stale read fails instead of overwriting a newer one.
  virtual Result<HandlerRecord> AssignHandler(const HandlerRecord& handler,
                                              const AuditEntry& audit) = 0;
  // The case's current officer, nullopt when none was assigned yet.
  virtual Result<std::optional<HandlerRecord>> CurrentHandler(std::int64_t case_id) = 0;
  // Every assignment of the case, oldest first.
  virtual Result<std::vector<HandlerRecord>> ListHandlers(std::int64_t case_id) = 0;
  // The current officer of each of `case_ids` that has one (at most 500 ids).
  virtual Result<std::map<std::int64_t, HandlerRecord>> CurrentHandlers(
      std::span<const std::int64_t> case_ids) = 0;
};

}  // namespace netra
