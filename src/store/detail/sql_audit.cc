#include "store/detail/sql_audit.h"

#include "store/audit_hash.h"
#include "store/detail/sql_helpers.h"

namespace netra::store_detail {

Result<AuditEntry> AppendAuditLink(SqlConnection& c, AuditEntry entry) {
  NETRA_RETURN_IF_ERROR(CheckText(entry.actor, 500, "actor"));
  NETRA_RETURN_IF_ERROR(CheckText(entry.action, 100, "action"));
  NETRA_RETURN_IF_ERROR(CheckText(entry.detail_json, 200000, "detail"));
  NETRA_RETURN_IF_ERROR(CheckScope(entry.region_code));
  NETRA_ASSIGN_OR_RETURN(
      SqlRows head, c.Run("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash"));
  if (head.empty()) {
    return Status(ErrorCode::kInternal, "Kepala rantai audit hilang",
                  "The audit head row is missing");
  }
  entry.seq = head.Int(0, 0);
  entry.prev_hash = head.Text(0, 1);
  entry.hash = AuditLinkHash(entry.prev_hash, entry);
  SqlParam case_id = nullptr;
  if (entry.case_id) case_id = *entry.case_id;
  NETRA_RETURN_IF_ERROR(
      c.Run("INSERT INTO audit_log (seq, at, actor_user_id, actor, action, region_code, case_id, "
            "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {entry.seq, entry.at, entry.actor_user_id, entry.actor, entry.action, entry.region_code,
             case_id, entry.detail_json, entry.prev_hash, entry.hash})
          .status());
  NETRA_RETURN_IF_ERROR(
      c.Run("UPDATE audit_head SET hash = ? WHERE id = 1", {entry.hash}).status());
  return entry;
}

}  // namespace netra::store_detail
