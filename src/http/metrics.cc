#include "http/metrics.h"

#include <fmt/format.h>

#include <array>
#include <atomic>
#include <unordered_map>

#include "http/router.h"

namespace netra::http {
namespace {

constexpr const char* kMethods[] = {"GET",   "HEAD",   "POST",    "PUT",
                                    "PATCH", "DELETE", "OPTIONS", "OTHER"};
constexpr std::size_t kMethodCount = std::size(kMethods);
// Distinct (method, status) pairs per route; a route rarely sees more than a
// handful, and any beyond the table are counted under status 0.
constexpr std::size_t kSlotsPerRoute = 48;

std::size_t MethodIndex(std::string_view method) {
  for (std::size_t i = 0; i + 1 < kMethodCount; ++i) {
    if (method == kMethods[i]) return i;
  }
  return kMethodCount - 1;
}

struct Slot {
  std::atomic<std::uint32_t> key{0};  // (method index + 1) * 1000 + status; 0 = free
  std::atomic<std::uint64_t> count{0};
};

struct RouteStats {
  std::string name;
  std::array<Slot, kSlotsPerRoute> slots;
  std::vector<std::atomic<std::uint64_t>> buckets;  // non-cumulative, last is +Inf
  std::atomic<std::uint64_t> sum_nanos{0};
  std::atomic<std::uint64_t> count{0};
  std::atomic<std::uint64_t> overflow{0};

  explicit RouteStats(std::string route_name, std::size_t bucket_count)
      : name(std::move(route_name)), buckets(bucket_count + 1) {}

  void Count(std::uint32_t key) {
    for (Slot& slot : slots) {
      std::uint32_t current = slot.key.load(std::memory_order_acquire);
      if (current == 0) {
        std::uint32_t expected = 0;
        if (slot.key.compare_exchange_strong(expected, key, std::memory_order_acq_rel)) {
          current = key;
        } else {
          current = expected;
        }
      }
      if (current == key) {
        slot.count.fetch_add(1, std::memory_order_relaxed);
        return;
      }
    }
    overflow.fetch_add(1, std::memory_order_relaxed);
  }
};

std::string EscapeLabel(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string FormatDouble(double value) { return fmt::format("{}", value); }

// Lets Record look up a string_view without building a std::string.
struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const {
    return std::hash<std::string_view>{}(name);
  }
};

}  // namespace

struct Metrics::Impl {
  std::vector<std::unique_ptr<RouteStats>> routes;
  // Read-only after construction.
  std::unordered_map<std::string, RouteStats*, NameHash, std::equal_to<>> by_name;
  RouteStats* unmatched = nullptr;
  std::atomic<std::int64_t> in_flight{0};
};

const std::vector<double>& Metrics::Buckets() {
  static const std::vector<double> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                               0.25,  0.5,    1,     2.5,  5,     10};
  return kBuckets;
}

Metrics::Metrics(std::vector<std::string> routes) : impl_(std::make_unique<Impl>()) {
  routes.emplace_back(kUnmatchedRoute);
  for (std::string& name : routes) {
    if (impl_->by_name.contains(name)) continue;
    auto stats = std::make_unique<RouteStats>(name, Buckets().size());
    impl_->by_name.emplace(std::move(name), stats.get());
    impl_->routes.push_back(std::move(stats));
  }
  impl_->unmatched = impl_->by_name.at(kUnmatchedRoute);
}

Metrics::~Metrics() = default;

void Metrics::Record(std::string_view route, std::string_view method, int status,
                     std::chrono::nanoseconds duration) {
  auto it = impl_->by_name.find(route);
  RouteStats& stats = it == impl_->by_name.end() ? *impl_->unmatched : *it->second;
  if (status < 0 || status > 999) status = 0;
  stats.Count(static_cast<std::uint32_t>((MethodIndex(method) + 1) * 1000 + status));
  const double seconds = std::chrono::duration<double>(duration).count();
  const std::vector<double>& bounds = Buckets();
  std::size_t bucket = 0;
  while (bucket < bounds.size() && seconds > bounds[bucket]) ++bucket;
  stats.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
  stats.sum_nanos.fetch_add(static_cast<std::uint64_t>(duration.count() < 0 ? 0 : duration.count()),
                            std::memory_order_relaxed);
  stats.count.fetch_add(1, std::memory_order_relaxed);
}

void Metrics::RequestStarted() { impl_->in_flight.fetch_add(1, std::memory_order_relaxed); }
void Metrics::RequestFinished() { impl_->in_flight.fetch_sub(1, std::memory_order_relaxed); }
std::int64_t Metrics::InFlight() const { return impl_->in_flight.load(std::memory_order_relaxed); }

std::string Metrics::Render(const MetricsSource& extra) const {
  std::string out;
  out += "# HELP netra_http_requests_total HTTP requests answered, by route, method and status.\n";
  out += "# TYPE netra_http_requests_total counter\n";
  for (const auto& stats : impl_->routes) {
    for (const Slot& slot : stats->slots) {
      std::uint32_t key = slot.key.load(std::memory_order_acquire);
      if (key == 0) continue;
      out +=
          fmt::format("netra_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                      EscapeLabel(stats->name), kMethods[key / 1000 - 1], key % 1000,
                      slot.count.load(std::memory_order_relaxed));
    }
    std::uint64_t overflow = stats->overflow.load(std::memory_order_relaxed);
    if (overflow != 0) {
      out += fmt::format(
          "netra_http_requests_total{{route=\"{}\",method=\"OTHER\",status=\"0\"}} {}\n",
          EscapeLabel(stats->name), overflow);
    }
  }
  out += "# HELP netra_http_request_duration_seconds Time from request head to response sent.\n";
  out += "# TYPE netra_http_request_duration_seconds histogram\n";
  const std::vector<double>& bounds = Buckets();
  for (const auto& stats : impl_->routes) {
    std::uint64_t count = stats->count.load(std::memory_order_relaxed);
    if (count == 0) continue;
    const std::string route = EscapeLabel(stats->name);
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
      cumulative += stats->buckets[i].load(std::memory_order_relaxed);
      out +=
          fmt::format("netra_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                      route, FormatDouble(bounds[i]), cumulative);
    }
    cumulative += stats->buckets[bounds.size()].load(std::memory_order_relaxed);
    out +=
        fmt::format("netra_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n",
                    route, cumulative);
    out += fmt::format("netra_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n", route,
                       FormatDouble(static_cast<double>(stats->sum_nanos.load()) / 1e9));
    // Count equals the +Inf bucket by definition, even while Record races.
    out += fmt::format("netra_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", route,
                       cumulative);
  }
  out += "# HELP netra_http_in_flight HTTP requests being handled now.\n";
  out += "# TYPE netra_http_in_flight gauge\n";
  out += fmt::format("netra_http_in_flight {}\n", InFlight());
  if (extra) {
    for (const MetricSample& sample : extra()) {
      out += fmt::format("# HELP {} {}\n# TYPE {} {}\n{} {}\n", sample.name, sample.help,
                         sample.name, sample.type, sample.name, FormatDouble(sample.value));
    }
  }
  return out;
}

}  // namespace netra::http
