#include "store/detail/connection_pool.h"

#include <algorithm>

namespace netra::store_detail {

ConnectionPool::ConnectionPool(int size, Factory factory, std::unique_ptr<SqlConnection> first)
    : size_(std::max(1, size)), factory_(std::move(factory)) {
  if (first) {
    idle_.push_back(std::move(first));
    open_ = 1;
  }
}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  ++acquired_;
  if (idle_.empty() && open_ >= size_) {
    ++waits_;
    available_.wait(lock, [this] { return !idle_.empty() || open_ < size_; });
  }
  if (!idle_.empty()) {
    std::unique_ptr<SqlConnection> connection = std::move(idle_.back());
    idle_.pop_back();
    ++in_use_;
    return Lease(this, std::move(connection));
  }
  // Open outside the lock: connecting to a server can take a while.
  ++open_;
  ++in_use_;
  lock.unlock();
  Result<std::unique_ptr<SqlConnection>> opened = factory_();
  if (!opened.ok()) {
    lock.lock();
    --open_;
    --in_use_;
    available_.notify_one();
    return opened.status();
  }
  return Lease(this, std::move(opened).value());
}

void ConnectionPool::Release(std::unique_ptr<SqlConnection> connection) {
  // A connection left inside a transaction by an early return is rolled back
  // before anyone else gets it.
  connection->Rollback();
  std::lock_guard lock(mutex_);
  --in_use_;
  if (connection->Broken()) {
    --open_;
  } else {
    idle_.push_back(std::move(connection));
  }
  available_.notify_one();
}

int ConnectionPool::in_use() const {
  std::lock_guard lock(mutex_);
  return in_use_;
}
std::int64_t ConnectionPool::waits() const {
  std::lock_guard lock(mutex_);
  return waits_;
}
std::int64_t ConnectionPool::acquired() const {
  std::lock_guard lock(mutex_);
  return acquired_;
}

}  // namespace netra::store_detail
