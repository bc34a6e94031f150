#include "store/detail/sql_executor.h"

namespace netra::store_detail {

StoreStats SqlExecutor::Stats() const {
  StoreStats stats;
  stats.backend = backend_;
  stats.pool_size = pool_->size();
  stats.pool_in_use = pool_->in_use();
  stats.pool_waits = pool_->waits();
  stats.pool_acquired = pool_->acquired();
  return stats;
}

}  // namespace netra::store_detail
