// SqlExecutor: runs statements for the SQL stores (SqlStore and the per-area
// stores beside it) over one shared connection pool, as whole transactions.
//
// Thread-safety: safe from many threads. With `serialize_writes` (SQLite, which
// has one writer per database) write transactions queue on a mutex instead of
// spinning on the busy timeout; reads stay concurrent.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "store/detail/connection_pool.h"
#include "store/detail/sql_helpers.h"
#include "store/store.h"

namespace netra::store_detail {

class SqlExecutor {
 public:
  SqlExecutor(std::string backend, std::unique_ptr<ConnectionPool> pool, bool serialize_writes)
      : backend_(std::move(backend)), pool_(std::move(pool)), serialize_writes_(serialize_writes) {}

  const std::string& backend() const { return backend_; }
  StoreStats Stats() const;

  // Runs `body` in a write transaction: commits when it succeeds, rolls back
  // otherwise. `body` returns Status or Result<T>. A transaction that failed
  // with kUnavailable (deadlock, serialization failure, lost connection, busy
  // database) changed nothing and is retried.
  template <typename Body>
  auto Write(Body&& body) -> decltype(body(std::declval<SqlConnection&>())) {
    std::unique_lock<std::mutex> lock(write_mutex_, std::defer_lock);
    if (serialize_writes_) lock.lock();
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
      auto result = [&]() -> decltype(body(std::declval<SqlConnection&>())) {
        NETRA_ASSIGN_OR_RETURN(ConnectionPool::Lease lease, pool_->Acquire());
        NETRA_RETURN_IF_ERROR(lease->Begin(/*write=*/true));
        auto inner = body(*lease);
        if (!StatusOf(inner).ok()) {
          lease->Rollback();
          return inner;
        }
        NETRA_RETURN_IF_ERROR(lease->Commit());
        return inner;
      }();
      if (StatusOf(result).code() != ErrorCode::kUnavailable || attempt == kAttempts) {
        return result;
      }
    }
  }

  // Runs `body` on a pooled connection; with `snapshot`, inside a read
  // transaction so several statements see one state.
  template <typename Body>
  auto Read(Body&& body, bool snapshot = false) -> decltype(body(std::declval<SqlConnection&>())) {
    NETRA_ASSIGN_OR_RETURN(ConnectionPool::Lease lease, pool_->Acquire());
    if (!snapshot) return body(*lease);
    NETRA_RETURN_IF_ERROR(lease->Begin(/*write=*/false));
    auto result = body(*lease);
    if (!StatusOf(result).ok()) {
      lease->Rollback();
      return result;
    }
    NETRA_RETURN_IF_ERROR(lease->Commit());
    return result;
  }

 private:
  const std::string backend_;
  std::unique_ptr<ConnectionPool> pool_;
  const bool serialize_writes_;
  std::mutex write_mutex_;
};

}  // namespace netra::store_detail
