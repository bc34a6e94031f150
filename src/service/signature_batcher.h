// SignatureBatcher: group commit for pledge signatures. Signing requests from
// many threads queue here; one writer thread takes everything queued and
// stores it in ONE transaction (PledgeStore::InsertSignatures), so a morning
// when a whole regency signs at once costs one fsync per batch, not per
// signature. Each caller is answered only after its batch is durable.
//
// No artificial delay: while a batch commits the next one gathers, so batches
// grow with load and a lone request commits at once. When a batch fails as a
// whole, its items are retried one by one so one bad item cannot sink others.
//
// Thread-safety: Submit may be called from any number of threads. The
// destructor stops the writer after the queue drains.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

#include "core/status.h"
#include "store/pledge_store.h"

namespace netra {

struct BatcherStats {
  std::int64_t batches = 0;
  std::int64_t signatures = 0;
  std::int64_t largest_batch = 0;
};

class SignatureBatcher {
 public:
  explicit SignatureBatcher(PledgeStore& store, std::size_t max_batch = 1000);
  ~SignatureBatcher();
  SignatureBatcher(const SignatureBatcher&) = delete;
  SignatureBatcher& operator=(const SignatureBatcher&) = delete;

  // Blocks until the item's batch committed (or failed); the store's result.
  Result<SignResult> Submit(NewSignature item);

  BatcherStats Stats() const;

 private:
  struct Pending {
    NewSignature item;
    std::promise<Result<SignResult>> done;
  };
  void Run();

  PledgeStore& store_;
  const std::size_t max_batch_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Pending> queue_;
  bool stopping_ = false;
  BatcherStats stats_;
  std::thread writer_;
};

}  // namespace netra
