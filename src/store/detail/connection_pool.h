// ConnectionPool: a bounded set of SqlConnections shared by a Store's callers.
// Connections are opened lazily up to `size`; a caller that finds none idle
// waits. Counts acquisitions and waits for StoreStats.
//
// Thread-safety: all methods are safe to call from many threads.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "store/detail/sql_connection.h"

namespace netra::store_detail {

class ConnectionPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<SqlConnection>>()>;

  // A connection on loan; returns to the pool when destroyed.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (connection_) pool_->Release(std::move(connection_));
    }
    SqlConnection& operator*() const { return *connection_; }
    SqlConnection* operator->() const { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> connection_;
  };

  // `first` is an already open connection (the one migrations ran on).
  ConnectionPool(int size, Factory factory, std::unique_ptr<SqlConnection> first);

  // Waits for an idle connection or opens one; fails only when opening fails.
  Result<Lease> Acquire();

  int size() const { return size_; }
  int in_use() const;
  std::int64_t waits() const;
  std::int64_t acquired() const;

 private:
  void Release(std::unique_ptr<SqlConnection> connection);

  const int size_;
  Factory factory_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  int open_ = 0;  // idle plus leased
  int in_use_ = 0;
  std::int64_t waits_ = 0;
  std::int64_t acquired_ = 0;
};

}  // namespace netra::store_detail
