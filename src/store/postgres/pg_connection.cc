#include "store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <string_view>
#include <unordered_map>

namespace netra::store_detail {
namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

void IgnoreNotice(void*, const char*) {}

Status PgError(PGconn* conn, const PGresult* result, std::string_view what) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string detail = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn);
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  const std::string sqlstate = state != nullptr ? state : "";
  const std::string en = "postgresql: " + std::string(what) + ": " + detail;
  if (sqlstate == "23505") {
    return Status(ErrorCode::kAlreadyExists,
                  "Data dengan kunci yang sama sudah ada (" + detail + ")",
                  "A row with the same key already exists (" + detail + ")");
  }
  if (sqlstate == "23503") {
    return Status(ErrorCode::kInvalidArgument,
                  "Data merujuk ke baris yang tidak ada (" + detail + ")",
                  "The row refers to a row that does not exist (" + detail + ")");
  }
  // Connection trouble, serialization failures, deadlocks, lock timeouts and
  // too many connections are worth a retry.
  if (sqlstate.empty() || sqlstate.starts_with("08") || sqlstate == "40001" ||
      sqlstate == "40P01" || sqlstate == "55P03" || sqlstate == "53300" ||
      sqlstate.starts_with("57P")) {
    if (PQstatus(conn) != CONNECTION_OK || !sqlstate.empty()) {
      return Status(ErrorCode::kUnavailable, "Basis data tidak tersedia, coba lagi",
                    en + " (retry)");
    }
  }
  return Status(ErrorCode::kInternal, en + (sqlstate.empty() ? "" : " [" + sqlstate + "]"));
}

class PgConnection final : public SqlConnection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Dialect dialect() const override { return Dialect::kPostgres; }

  Result<SqlRows> Run(std::string_view sql, std::span<const SqlParam> params) override {
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
      std::string name = "netra_" + std::to_string(statements_.size() + 1);
      const std::string text = PgPlaceholders(sql);
      PgResult prepared(PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr));
      if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        return PgError(conn_, prepared.get(), "prepare");
      }
      it = statements_.emplace(std::string(sql), std::move(name)).first;
    }
    std::vector<std::string> numbers;
    numbers.reserve(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* v = std::get_if<std::int64_t>(&params[i])) {
        numbers.push_back(std::to_string(*v));
      }
    }
    for (std::size_t i = 0, n = 0; i < params.size(); ++i) {
      if (std::holds_alternative<std::int64_t>(params[i])) {
        values[i] = numbers[n++].c_str();
      } else if (const auto* s = std::get_if<std::string>(&params[i])) {
        values[i] = s->c_str();
      }
    }
    PgResult result(PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()),
                                   values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      return PgError(conn_, result.get(), "execute");
    }
    const int columns = PQnfields(result.get());
    const int count = PQntuples(result.get());
    SqlRows rows(columns);
    for (int r = 0; r < count; ++r) {
      for (int c = 0; c < columns; ++c) {
        if (PQgetisnull(result.get(), r, c)) {
          rows.Add(std::nullopt);
        } else {
          rows.Add(std::string(PQgetvalue(result.get(), r, c),
                               static_cast<std::size_t>(PQgetlength(result.get(), r, c))));
        }
      }
    }
    const char* affected = PQcmdTuples(result.get());
    rows.affected = affected != nullptr && *affected != '\0' ? std::atoll(affected) : 0;
    return rows;
  }

  Status Exec(std::string_view script) override {
    const std::string text(script);
    PgResult result(PQexec(conn_, text.c_str()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return PgError(conn_, result.get(), "exec");
    }
    return Status::Ok();
  }

  Status Begin(bool /*write*/) override { return Exec("BEGIN"); }
  Status Commit() override { return Exec("COMMIT"); }
  void Rollback() override {
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE && PQstatus(conn_) == CONNECTION_OK) {
      PgResult ignored(PQexec(conn_, "ROLLBACK"));
    }
  }
  bool Broken() const override { return PQstatus(conn_) != CONNECTION_OK; }

 private:
  PGconn* conn_;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> statements_;
};

}  // namespace

std::string PgPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  char quote = 0;
  for (char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

Result<std::unique_ptr<SqlConnection>> OpenPgConnection(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    std::string detail = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    PQfinish(conn);
    return Status(ErrorCode::kUnavailable, "Tidak dapat terhubung ke PostgreSQL: " + detail,
                  "Cannot connect to PostgreSQL: " + detail);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  auto connection = std::make_unique<PgConnection>(conn);
  // UTC so no server-side time function depends on the server's zone.
  NETRA_RETURN_IF_ERROR(connection->Exec("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"));
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace netra::store_detail
