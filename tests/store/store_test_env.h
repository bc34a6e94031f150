// Fresh, empty databases for the storage conformance suite: a file in a new
// temporary directory (SQLite) or a new database on the server named by
// NETRA_TEST_PG_URL (PostgreSQL), removed again when the TestDatabase dies.
//
// Thread-safety: one TestDatabase per test; not shared.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/status.h"
#include "store/detail/sql_connection.h"
#include "store/store.h"

namespace netra::store_test {

class TestDatabase {
 public:
  // backend: "sqlite" or "postgresql".
  static Result<std::unique_ptr<TestDatabase>> Create(const std::string& backend);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // What OpenStore takes.
  const std::string& url() const { return url_; }
  // A raw connection, for tests that must tamper with the schema.
  Result<std::unique_ptr<store_detail::SqlConnection>> Raw() const;

 private:
  TestDatabase() = default;
  std::string url_;
  std::string directory_;  // SQLite: removed with its contents
  std::string admin_url_;  // PostgreSQL: where the database was created
  std::string database_name_;
};

// A fresh, migrated Store per test on the backend named by the test
// parameter ("sqlite" or "postgresql"); suites instantiate it as Sqlite/* and
// Postgres/*.
class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  void TearDown() override;

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<Store> store_;
};

// The server URL with its database name replaced.
std::string WithDatabase(const std::string& server_url, const std::string& database);

}  // namespace netra::store_test
