// PgStore: SqlStore on PostgreSQL, with employee batches written by one
// INSERT ... SELECT FROM unnest(arrays) ... ON CONFLICT per key kind instead
// of a round trip per row.
//
// Thread-safety: as Store.
#pragma once

#include <memory>

#include "store/detail/sql_store.h"

namespace netra::store_detail {

class PgStore final : public SqlStore {
 public:
  explicit PgStore(std::shared_ptr<SqlExecutor> executor);

 protected:
  Result<UpsertCounts> UpsertRegionsInTransaction(SqlConnection& connection,
                                                  std::span<const Region> regions) override;
  Result<UpsertCounts> UpsertEmployeesInTransaction(SqlConnection& connection,
                                                    std::span<const Employee> employees) override;
};

// {"a","b",NULL}: a PostgreSQL array literal of text, NULL for nullopt.
std::string PgTextArray(std::span<const std::optional<std::string>> values);

}  // namespace netra::store_detail
