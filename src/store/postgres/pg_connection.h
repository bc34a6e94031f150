// PostgreSQL driver for SqlConnection over libpq: one PGconn, statements
// prepared on first use under generated names and cached per connection,
// parameters and results in text format. libpq types stay inside this folder.
//
// Thread-safety: one thread at a time per connection (the pool enforces it).
#pragma once

#include <memory>
#include <string>

#include "store/detail/sql_connection.h"

namespace netra::store_detail {

// Connects to "postgresql://..."; kUnavailable when the server cannot be reached.
Result<std::unique_ptr<SqlConnection>> OpenPgConnection(const std::string& url);

// `sql` with each `?` outside quotes replaced by $1, $2, ... in order.
std::string PgPlaceholders(std::string_view sql);

}  // namespace netra::store_detail
