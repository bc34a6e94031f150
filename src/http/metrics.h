// Metrics: request counters, latency histograms and the in-flight gauge of the
// HTTP server, written in the Prometheus text format.
//
// Route names are fixed at construction; recording a request touches only
// atomics (no lock), so it is cheap and safe from any thread. Render may run
// concurrently with Record and sees a consistent-enough snapshot (each number
// is read atomically).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace netra::http {

// A number contributed from outside the HTTP layer (e.g. the database pool).
struct MetricSample {
  std::string name;            // "netra_db_pool_size"
  std::string help;            // one line for # HELP
  std::string type = "gauge";  // "gauge" or "counter"
  double value = 0;
};

using MetricsSource = std::function<std::vector<MetricSample>()>;

class Metrics {
 public:
  // Upper bounds of the latency histogram buckets, in seconds (1 ms to 10 s).
  static const std::vector<double>& Buckets();

  // `routes`: every route name that will be recorded; any other name is
  // counted under "unmatched".
  explicit Metrics(std::vector<std::string> routes);
  ~Metrics();

  void Record(std::string_view route, std::string_view method, int status,
              std::chrono::nanoseconds duration);
  void RequestStarted();
  void RequestFinished();
  std::int64_t InFlight() const;

  // The Prometheus exposition text, with `extra` samples appended.
  std::string Render(const MetricsSource& extra = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace netra::http
