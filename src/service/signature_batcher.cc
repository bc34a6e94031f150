#include "service/signature_batcher.h"

#include <algorithm>
#include <vector>

namespace netra {

SignatureBatcher::SignatureBatcher(PledgeStore& store, std::size_t max_batch)
    : store_(store), max_batch_(std::max<std::size_t>(max_batch, 1)) {
  writer_ = std::thread([this] { Run(); });
}

SignatureBatcher::~SignatureBatcher() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  writer_.join();
}

Result<SignResult> SignatureBatcher::Submit(NewSignature item) {
  std::future<Result<SignResult>> done;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) {
      return Status(ErrorCode::kUnavailable, "Layanan sedang berhenti, coba lagi",
                    "Shutting down, try again");
    }
    queue_.push_back(Pending{std::move(item), {}});
    done = queue_.back().done.get_future();
  }
  wake_.notify_one();
  return done.get();
}

BatcherStats SignatureBatcher::Stats() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return stats_;
}

void SignatureBatcher::Run() {
  for (;;) {
    std::vector<Pending> batch;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything queued was answered
      const std::size_t n = std::min(queue_.size(), max_batch_);
      batch.reserve(n);
      for (std::size_t i = 0; i < n; ++i) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    std::vector<NewSignature> items;
    items.reserve(batch.size());
    for (const Pending& p : batch) items.push_back(p.item);
    Result<std::vector<SignResult>> results = store_.InsertSignatures(items);
    {
      // Counted before anyone is answered, so a signer who got an answer
      // finds its batch in Stats().
      std::lock_guard<std::mutex> lock(mutex_);
      stats_.batches += 1;
      stats_.signatures += static_cast<std::int64_t>(batch.size());
      stats_.largest_batch = std::max<std::int64_t>(stats_.largest_batch, batch.size());
    }
    if (results.ok()) {
      for (std::size_t i = 0; i < batch.size(); ++i) batch[i].done.set_value((*results)[i]);
    } else if (batch.size() == 1) {
      batch[0].done.set_value(results.status());
    } else {
      for (Pending& p : batch) {
        Result<std::vector<SignResult>> one = store_.InsertSignatures({&p.item, 1});
        if (one.ok()) {
          p.done.set_value((*one)[0]);
        } else {
          p.done.set_value(one.status());
        }
      }
    }
  }
}

}  // namespace netra
