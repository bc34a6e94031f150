// SqlCaseHandlingStore: CaseHandlingStore in the SQL both backends accept, on
// the executor (pool) of the SqlStore it belongs to. Thread-safety: as Store.
#pragma once

#include <memory>

#include "store/case_handling_store.h"
#include "store/detail/sql_executor.h"

namespace netra::store_detail {

class SqlCaseHandlingStore final : public CaseHandlingStore {
 public:
  explicit SqlCaseHandlingStore(std::shared_ptr<SqlExecutor> executor)
      : executor_(std::move(executor)) {}

  Result<HandlerRecord> AssignHandler(const HandlerRecord& handler,
                                      const AuditEntry& audit) override;
  Result<std::optional<HandlerRecord>> CurrentHandler(std::int64_t case_id) override;
  Result<std::vector<HandlerRecord>> ListHandlers(std::int64_t case_id) override;
  Result<std::map<std::int64_t, HandlerRecord>> CurrentHandlers(
      std::span<const std::int64_t> case_ids) override;

 private:
  std::shared_ptr<SqlExecutor> executor_;
};

}  // namespace netra::store_detail
