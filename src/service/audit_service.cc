#include "service/audit_service.h"

#include <algorithm>

#include "service/access.h"
#include "store/audit_hash.h"

namespace netra {

Result<PageOf<AuditEntry>> AuditService::List(const Caller& caller, AuditFilter filter, Page page) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAuditor, Role::kAdmin}));
  if (filter.region_scope.empty()) filter.region_scope = caller.region_code;
  NETRA_RETURN_IF_ERROR(ParseRegionCode(filter.region_scope).status());
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, filter.region_scope, "Wilayah", "Region"));
  page.limit = std::clamp(page.limit, 1, 500);
  return store_.enforcement().ListAudit(filter, page);
}

Result<AuditVerification> AuditService::Verify() {
  EnforcementStore& enf = store_.enforcement();
  // The head first: rows appended while the walk runs are checked next time.
  NETRA_ASSIGN_OR_RETURN(AuditHead head, enf.GetAuditHead());
  AuditVerification out;
  std::string prev = kAuditGenesisHash;
  std::int64_t expected = 1;
  const auto broken = [&](std::int64_t seq, std::string id, std::string en) {
    out.broken = seq;
    out.problem_id = std::move(id);
    out.problem = std::move(en);
    return out;
  };
  while (expected <= head.seq) {
    NETRA_ASSIGN_OR_RETURN(std::vector<AuditEntry> batch, enf.ReadAuditChain(expected - 1, 1000));
    if (batch.empty()) break;
    for (const AuditEntry& e : batch) {
      if (e.seq > head.seq) break;  // appended after the head was read
      const std::string n = std::to_string(expected);
      if (e.seq != expected) {
        return broken(expected, "Mata rantai " + n + " hilang (baris dihapus atau diurutkan ulang)",
                      "link " + n + " is missing (row deleted or reordered)");
      }
      if (e.prev_hash != prev) {
        return broken(expected, "Mata rantai " + n + " tidak menunjuk ke mata rantai sebelumnya",
                      "link " + n + " does not point at the link before it");
      }
      if (AuditLinkHash(prev, e) != e.hash) {
        return broken(expected, "Mata rantai " + n + " diubah setelah dicatat",
                      "link " + n + " was edited after it was written");
      }
      prev = e.hash;
      ++expected;
      ++out.rows;
    }
    if (batch.back().seq > head.seq) break;
  }
  if (out.rows != head.seq || prev != head.hash) {
    const std::string n = std::to_string(out.rows + 1);
    return broken(out.rows + 1, "Mata rantai " + n + " dan sesudahnya hilang",
                  "link " + n + " and after are missing (rows deleted from the end)");
  }
  return out;
}

}  // namespace netra
