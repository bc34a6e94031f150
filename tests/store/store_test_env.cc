#include "store_test_env.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>

namespace netra::store_test {
namespace {

std::string UniqueSuffix() {
  std::random_device device;
  return std::to_string(::getpid()) + "_" + std::to_string(device() % 1000000000);
}

}  // namespace

std::string WithDatabase(const std::string& server_url, const std::string& database) {
  const std::size_t scheme = server_url.find("://");
  const std::size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  const std::size_t query = server_url.find('?', start);
  const std::size_t slash = server_url.find('/', start);
  const std::size_t authority_end =
      slash != std::string::npos && (query == std::string::npos || slash < query) ? slash : query;
  std::string out = server_url.substr(0, authority_end) + "/" + database;
  if (query != std::string::npos) out += server_url.substr(query);
  return out;
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(const std::string& backend) {
  std::unique_ptr<TestDatabase> db(new TestDatabase());
  if (backend == "sqlite") {
    const auto dir =
        std::filesystem::temp_directory_path() / ("netra_store_test_" + UniqueSuffix());
    std::filesystem::create_directories(dir);
    db->directory_ = dir.string();
    db->url_ = (dir / "netra.db").string();
    return db;
  }
  const char* server = std::getenv("NETRA_TEST_PG_URL");
  if (server == nullptr || *server == '\0') {
    return Status(ErrorCode::kFailedPrecondition,
                  "NETRA_TEST_PG_URL is not set. Start a throwaway PostgreSQL with "
                  "`scripts/pg-test-server start` and run: "
                  "export NETRA_TEST_PG_URL=$(scripts/pg-test-server url)");
  }
  db->admin_url_ = server;
  db->database_name_ = "netra_test_" + UniqueSuffix();
  NETRA_ASSIGN_OR_RETURN(auto admin,
                         store_detail::OpenSqlConnection(db->admin_url_, StoreOptions{}));
  NETRA_RETURN_IF_ERROR(admin->Exec("CREATE DATABASE " + db->database_name_));
  db->url_ = WithDatabase(db->admin_url_, db->database_name_);
  return db;
}

TestDatabase::~TestDatabase() {
  if (!directory_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
  }
  if (!database_name_.empty()) {
    auto admin = store_detail::OpenSqlConnection(admin_url_, StoreOptions{});
    if (admin.ok()) {
      (void)(*admin)->Exec("DROP DATABASE IF EXISTS " + database_name_ + " WITH (FORCE)");
    }
  }
}

Result<std::unique_ptr<store_detail::SqlConnection>> TestDatabase::Raw() const {
  return store_detail::OpenSqlConnection(url_, StoreOptions{});
}

void BackendTest::SetUp() {
  auto db = TestDatabase::Create(GetParam());
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  db_ = std::move(db).value();
  auto store = OpenStore(db_->url());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  store_ = std::move(store).value();
}

void BackendTest::TearDown() {
  store_.reset();
  db_.reset();
}

}  // namespace netra::store_test
