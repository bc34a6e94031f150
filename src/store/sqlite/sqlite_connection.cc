#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include <filesystem>
#include <string_view>
#include <unordered_map>

namespace netra::store_detail {
namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

Status SqliteError(sqlite3* db, int rc, std::string_view what) {
  const int extended = db != nullptr ? sqlite3_extended_errcode(db) : rc;
  const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  const std::string en = "sqlite: " + std::string(what) + ": " + detail;
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Status(ErrorCode::kAlreadyExists,
                    "Data dengan kunci yang sama sudah ada (" + detail + ")",
                    "A row with the same key already exists (" + detail + ")");
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Status(ErrorCode::kInvalidArgument,
                    "Data merujuk ke baris yang tidak ada (" + detail + ")",
                    "The row refers to a row that does not exist (" + detail + ")");
    default:
      break;
  }
  switch (extended & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status(ErrorCode::kUnavailable, "Basis data sedang sibuk, coba lagi",
                    en + " (database busy, retry)");
    default:
      return Status(ErrorCode::kInternal, en);
  }
}

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Dialect dialect() const override { return Dialect::kSqlite; }

  Result<SqlRows> Run(std::string_view sql, std::span<const SqlParam> params) override {
    sqlite3_stmt* stmt = nullptr;
    if (auto it = statements_.find(sql); it != statements_.end()) {
      stmt = it->second;
    } else {
      const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK) return SqliteError(db_, rc, "prepare");
      statements_.emplace(std::string(sql), stmt);
    }
    // Reset on every exit so the statement holds no read snapshot open.
    struct Resetter {
      sqlite3_stmt* s;
      ~Resetter() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } resetter{stmt};
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      int rc = SQLITE_OK;
      if (const auto* v = std::get_if<std::int64_t>(&params[i])) {
        rc = sqlite3_bind_int64(stmt, index, *v);
      } else if (const auto* s = std::get_if<std::string>(&params[i])) {
        rc = sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
      } else {
        rc = sqlite3_bind_null(stmt, index);
      }
      if (rc != SQLITE_OK) return SqliteError(db_, rc, "bind");
    }
    const int columns = sqlite3_column_count(stmt);
    SqlRows rows(columns);
    while (true) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return SqliteError(db_, rc, "step");
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
          rows.Add(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          rows.Add(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))));
        }
      }
    }
    rows.affected = sqlite3_changes64(db_);
    return rows;
  }

  Status Exec(std::string_view script) override {
    const std::string text(script);
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
      sqlite3_free(error);
      return SqliteError(db_, rc, "exec");
    }
    return Status::Ok();
  }

  Status Begin(bool write) override { return Exec(write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED"); }
  Status Commit() override { return Exec("COMMIT"); }
  void Rollback() override {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, StringHash, std::equal_to<>> statements_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path,
                                                            const StoreOptions& options) {
  if (path.empty()) {
    return Status(ErrorCode::kInvalidArgument, "Lokasi berkas basis data kosong",
                  "The database file path is empty");
  }
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
    if (ec) {
      return Status(ErrorCode::kFailedPrecondition,
                    "Tidak dapat membuat folder " + parent.string() + ": " + ec.message(),
                    "Cannot create directory " + parent.string() + ": " + ec.message());
    }
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Status status(
        ErrorCode::kFailedPrecondition,
        "Tidak dapat membuka basis data " + path + ": " +
            (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)),
        "Cannot open database " + path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_close_v2(db);
    return status;
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  auto connection = std::make_unique<SqliteConnection>(db);
  // synchronous=FULL: a commit is on disk before we report it saved (see
  // StoreOptions::sync_each_commit for bulk loads). cache_size: 64 MiB per
  // connection keeps the employee indexes hot during bulk imports; temp_store
  // keeps sorts in memory.
  NETRA_RETURN_IF_ERROR(connection->Exec(
      options.sync_each_commit
          ? "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"
            "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
          : "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
            "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"));
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace netra::store_detail
