// SqlConnection: the small driver interface the shared Store implementation
// (sql_store.h) runs on; sqlite/ and postgres/ implement it. Internal to
// src/store: other modules include only store/store.h.
//
// SQL is written once with `?` placeholders; the PostgreSQL driver rewrites
// them to $1, $2, ... when it prepares a statement. Statements are prepared on
// first use and cached per connection, keyed by their text, so callers pass
// only constant SQL (never text built from user input).
//
// Thread-safety: a connection is used by one thread at a time (the pool hands
// it out); distinct connections are independent.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra::store_detail {

enum class Dialect { kSqlite, kPostgres };

// A bound parameter: NULL, integer or text.
using SqlParam = std::variant<std::nullptr_t, std::int64_t, std::string>;

// Rows of a result, every cell as text (NULL kept apart).
class SqlRows {
 public:
  SqlRows() = default;
  explicit SqlRows(int columns) : columns_(columns) {}

  int columns() const { return columns_; }
  std::size_t size() const { return columns_ == 0 ? 0 : cells_.size() / columns_; }
  bool empty() const { return size() == 0; }
  bool IsNull(std::size_t row, int col) const { return !cells_[row * columns_ + col]; }
  // "" for NULL.
  const std::string& Text(std::size_t row, int col) const;
  // 0 for NULL; the text of an integer column parsed.
  std::int64_t Int(std::size_t row, int col) const;
  std::optional<std::string> OptText(std::size_t row, int col) const {
    return cells_[row * columns_ + col];
  }

  void Add(std::optional<std::string> cell) { cells_.push_back(std::move(cell)); }
  // Rows changed by an INSERT/UPDATE/DELETE.
  std::int64_t affected = 0;

 private:
  int columns_ = 0;
  std::vector<std::optional<std::string>> cells_;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual Dialect dialect() const = 0;
  // Runs one statement with parameters; prepared and cached on first use.
  virtual Result<SqlRows> Run(std::string_view sql, std::span<const SqlParam> params) = 0;
  Result<SqlRows> Run(std::string_view sql, std::initializer_list<SqlParam> params = {}) {
    return Run(sql, std::span<const SqlParam>(params.begin(), params.size()));
  }
  // Runs a script of several statements without parameters (migrations).
  virtual Status Exec(std::string_view script) = 0;
  // `write` transactions take SQLite's write lock up front (BEGIN IMMEDIATE)
  // so two writers never deadlock upgrading a read lock.
  virtual Status Begin(bool write) = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;
  // True when the link to the server is lost; the pool then drops it.
  virtual bool Broken() const { return false; }
};

// Opens one connection to "file.db" or "postgresql://..."; the busy timeout
// and commit durability options apply to SQLite only.
Result<std::unique_ptr<SqlConnection>> OpenSqlConnection(const std::string& url,
                                                         const StoreOptions& options);

bool IsPostgresUrl(std::string_view url);

}  // namespace netra::store_detail
