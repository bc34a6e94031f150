// Migrations: the versioned schema scripts embedded in the binary from
// src/store/migrations/NNNN_name.sql, and the runner that applies them.
//
// The scripts are shared by both dialects; the runner replaces two tokens
// before running one: {{ID}} (a BIGINT surrogate key the database assigns)
// and {{KEY}} (text ordered bytewise), see 0001_foundation.sql.
// Applied versions are rows of schema_migrations(version, name).
//
// Thread-safety: stateless; Migrate serializes concurrent runners through the
// database (SQLite's write lock, PostgreSQL's table lock).
#pragma once

#include <string>
#include <vector>

#include "store/detail/sql_connection.h"

namespace netra::store_detail {

struct Migration {
  int version;
  const char* file_name;
  const char* sql;
};

// In ascending version order; generated at build time.
const std::vector<Migration>& EmbeddedMigrations();

int LatestMigrationVersion();

// The script with this dialect's substitutions made.
std::string DialectSql(std::string_view sql, Dialect dialect);

// Applies every shipped migration the database has not recorded, in version
// order (when `migrate`), and returns the version it is at. kFailedPrecondition
// when the database is newer than this binary, or lacks a migration and
// `migrate` is false; both versions are named.
Result<int> Migrate(SqlConnection& connection, bool migrate);

// Newest applied version; 0 for an empty database.
Result<int> ReadSchemaVersion(SqlConnection& connection);

}  // namespace netra::store_detail
