// Appending a link to the audit chain (store/audit_hash.h) inside a write
// transaction, shared by the SQL stores whose changes are audited.
#pragma once

#include "core/status.h"
#include "store/detail/sql_connection.h"
#include "store/enforcement_store.h"

namespace netra::store_detail {

// Appends `entry` inside the caller's write transaction and returns it with
// seq, prev_hash and hash set. Bumping audit_head first takes its row lock on
// PostgreSQL, so concurrent appenders line up and each sees the hash its
// predecessor committed. kInvalidArgument for oversize text or a bad region.
Result<AuditEntry> AppendAuditLink(SqlConnection& c, AuditEntry entry);

}  // namespace netra::store_detail
