// Clock: the source of "now" for the service layer, passed in so tests can
// move time (session expiry, throttling windows) without sleeping.
// SystemClock is thread-safe; ManualClock is too (atomic).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace netra {

class Clock {
 public:
  virtual ~Clock() = default;
  // Unix seconds, UTC.
  virtual std::int64_t Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::int64_t Now() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

class ManualClock final : public Clock {
 public:
  explicit ManualClock(std::int64_t now) : now_(now) {}
  std::int64_t Now() const override { return now_.load(); }
  void Advance(std::int64_t seconds) { now_ += seconds; }

 private:
  std::atomic<std::int64_t> now_;
};

}  // namespace netra
