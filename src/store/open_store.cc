// OpenStore: picks the backend from the URL, applies or checks migrations on
// one connection, then hands that connection to the backend's pool.
#include <memory>

#include "store/detail/migrations.h"
#include "store/detail/sql_store.h"
#include "store/postgres/pg_store.h"
#include "store/store.h"

namespace netra {

int LatestSchemaVersion() { return store_detail::LatestMigrationVersion(); }

Result<std::unique_ptr<Store>> OpenStore(const std::string& url, const StoreOptions& options) {
  using store_detail::ConnectionPool;
  if (options.pool_size < 1 || options.pool_size > 256) {
    return Status(
        ErrorCode::kInvalidArgument,
        "Ukuran kumpulan koneksi harus 1..256, bukan " + std::to_string(options.pool_size),
        "Connection pool size must be 1..256, not " + std::to_string(options.pool_size));
  }
  NETRA_ASSIGN_OR_RETURN(std::unique_ptr<store_detail::SqlConnection> first,
                         store_detail::OpenSqlConnection(url, options));
  NETRA_RETURN_IF_ERROR(store_detail::Migrate(*first, options.migrate).status());
  // Every connection to ":memory:" would be a database of its own, so an
  // in-memory store (handy in tests) runs on one connection.
  const int pool_size = url == ":memory:" ? 1 : options.pool_size;
  auto pool = std::make_unique<ConnectionPool>(
      pool_size, [url, options] { return store_detail::OpenSqlConnection(url, options); },
      std::move(first));
  if (store_detail::IsPostgresUrl(url)) {
    return std::unique_ptr<Store>(
        std::make_unique<store_detail::PgStore>(std::make_shared<store_detail::SqlExecutor>(
            "postgresql", std::move(pool), /*serialize_writes=*/false)));
  }
  return std::unique_ptr<Store>(
      std::make_unique<store_detail::SqlStore>(std::make_shared<store_detail::SqlExecutor>(
          "sqlite", std::move(pool), /*serialize_writes=*/true)));
}

}  // namespace netra
