// AuditService: the audit chain as auditors read it (region-scoped) and as
// `netra audit verify` checks it: every link's hash is recomputed over the
// previous hash and the row, so an edited, deleted or reordered row breaks the
// chain at a named link. Thread-safe (stateless over the Store).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"
#include "service/caller.h"
#include "store/enforcement_store.h"
#include "store/store.h"

namespace netra {

struct AuditVerification {
  std::int64_t rows = 0;               // links checked
  std::optional<std::int64_t> broken;  // seq of the first broken link
  std::string problem;                 // what is wrong there, English
  std::string problem_id;              // the same in Indonesian
  bool ok() const { return !broken; }
};

class AuditService {
 public:
  explicit AuditService(Store& store) : store_(store) {}

  // Roles: auditor, admin. filter.region_scope defaults to the caller's; one
  // outside it is kNotFound. Newest first.
  Result<PageOf<AuditEntry>> List(const Caller& caller, AuditFilter filter, Page page);
  // Walks the whole chain in seq order (no caller: an operator's command).
  Result<AuditVerification> Verify();

 private:
  Store& store_;
};

}  // namespace netra
