// SQLite driver for SqlConnection: one sqlite3 handle with WAL,
// foreign_keys=ON, synchronous=FULL and a busy timeout, and a cache of
// prepared statements keyed by SQL text. No sqlite3 type leaves this folder.
//
// Thread-safety: one thread at a time per connection (the pool enforces it).
#pragma once

#include <memory>
#include <string>

#include "store/detail/sql_connection.h"

namespace netra::store_detail {

// Opens (creating the file and its parent directory when missing) and
// configures one connection.
Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path,
                                                            const StoreOptions& options);

}  // namespace netra::store_detail
