#include "store/detail/sql_connection.h"

#include <charconv>

#include "store/postgres/pg_connection.h"
#include "store/sqlite/sqlite_connection.h"

namespace netra::store_detail {
namespace {
const std::string kEmpty;
}  // namespace

const std::string& SqlRows::Text(std::size_t row, int col) const {
  const auto& cell = cells_[row * columns_ + col];
  return cell ? *cell : kEmpty;
}

std::int64_t SqlRows::Int(std::size_t row, int col) const {
  const auto& cell = cells_[row * columns_ + col];
  if (!cell) return 0;
  std::int64_t value = 0;
  std::from_chars(cell->data(), cell->data() + cell->size(), value);
  return value;
}

bool IsPostgresUrl(std::string_view url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

Result<std::unique_ptr<SqlConnection>> OpenSqlConnection(const std::string& url,
                                                         const StoreOptions& options) {
  if (IsPostgresUrl(url)) return OpenPgConnection(url);
  return OpenSqliteConnection(url, options);
}

}  // namespace netra::store_detail
