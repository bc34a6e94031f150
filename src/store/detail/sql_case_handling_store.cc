#include "store/detail/sql_case_handling_store.h"

#include <string>

#include "store/detail/sql_audit.h"
#include "store/detail/sql_helpers.h"

namespace netra::store_detail {
namespace {

constexpr const char* kHandlerColumns =
    "case_id, seq, user_id, assigned_by, assigned_at, how, reason";

HandlerRecord HandlerAt(const SqlRows& rows, std::size_t r) {
  HandlerRecord h;
  h.case_id = rows.Int(r, 0);
  h.seq = static_cast<int>(rows.Int(r, 1));
  h.user_id = rows.Int(r, 2);
  h.assigned_by = rows.Int(r, 3);
  h.assigned_at = rows.Int(r, 4);
  h.how = rows.Text(r, 5);
  h.reason = rows.Text(r, 6);
  return h;
}

Status HandlerChanged() {
  return Status(ErrorCode::kConflict,
                "Petugas penanganan kasus ini baru saja berubah; muat ulang lalu coba lagi",
                "This case's handling officer has just changed; reload and try again")
      .WithReason("handler_changed");
}

Result<std::optional<HandlerRecord>> ReadCurrent(SqlConnection& c, std::int64_t case_id) {
  static const std::string sql = std::string("SELECT ") + kHandlerColumns +
                                 " FROM case_handlers WHERE case_id = ? ORDER BY seq DESC LIMIT 1";
  NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
  if (rows.empty()) return std::optional<HandlerRecord>();
  return std::optional<HandlerRecord>(HandlerAt(rows, 0));
}

}  // namespace

Result<HandlerRecord> SqlCaseHandlingStore::AssignHandler(const HandlerRecord& handler,
                                                          const AuditEntry& audit) {
  NETRA_RETURN_IF_ERROR(CheckText(handler.how, 20, "how"));
  NETRA_RETURN_IF_ERROR(CheckText(handler.reason, 2000, "reason"));
  if (handler.seq < 1) return Invalid("seq harus 1 atau lebih", "seq must be 1 or more");
  Result<HandlerRecord> stored = executor_->Write([&](SqlConnection& c) -> Result<HandlerRecord> {
    NETRA_ASSIGN_OR_RETURN(std::optional<HandlerRecord> current, ReadCurrent(c, handler.case_id));
    if (handler.seq != (current ? current->seq : 0) + 1) return HandlerChanged();
    NETRA_RETURN_IF_ERROR(
        c.Run("INSERT INTO case_handlers (case_id, seq, user_id, assigned_by, assigned_at, how, "
              "reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
              {handler.case_id, std::int64_t{handler.seq}, handler.user_id, handler.assigned_by,
               handler.assigned_at, handler.how, handler.reason})
            .status());
    AuditEntry entry = audit;
    entry.case_id = handler.case_id;
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, std::move(entry)).status());
    return handler;
  });
  // Two PostgreSQL transactions may both read the same current seq; the
  // primary key refuses the second insert.
  if (!stored.ok() && stored.status().code() == ErrorCode::kAlreadyExists) return HandlerChanged();
  return stored;
}

Result<std::optional<HandlerRecord>> SqlCaseHandlingStore::CurrentHandler(std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) { return ReadCurrent(c, case_id); });
}

Result<std::vector<HandlerRecord>> SqlCaseHandlingStore::ListHandlers(std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<HandlerRecord>> {
    static const std::string sql = std::string("SELECT ") + kHandlerColumns +
                                   " FROM case_handlers WHERE case_id = ? ORDER BY seq";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
    std::vector<HandlerRecord> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(HandlerAt(rows, r));
    return out;
  });
}

Result<std::map<std::int64_t, HandlerRecord>> SqlCaseHandlingStore::CurrentHandlers(
    std::span<const std::int64_t> case_ids) {
  if (case_ids.size() > 500) return Invalid("Terlalu banyak kasus", "Too many cases");
  // One indexed lookup per case on one connection and a cached statement: an
  // inbox page is at most a few hundred cases.
  return executor_->Read(
      [&](SqlConnection& c) -> Result<std::map<std::int64_t, HandlerRecord>> {
        std::map<std::int64_t, HandlerRecord> out;
        for (std::int64_t id : case_ids) {
          NETRA_ASSIGN_OR_RETURN(std::optional<HandlerRecord> current, ReadCurrent(c, id));
          if (current) out[id] = *current;
        }
        return out;
      },
      /*snapshot=*/true);
}

}  // namespace netra::store_detail
