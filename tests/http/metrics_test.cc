#include "http/metrics.h"

#include <gtest/gtest.h>

#include <thread>

namespace netra::http {
namespace {

using std::chrono::microseconds;
using std::chrono::milliseconds;

bool Contains(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(MetricsTest, CountsByRouteMethodAndStatus) {
  Metrics metrics({"agencies.get", "agencies.create"});
  metrics.Record("agencies.get", "GET", 200, milliseconds(3));
  metrics.Record("agencies.get", "GET", 200, milliseconds(4));
  metrics.Record("agencies.get", "GET", 404, milliseconds(1));
  metrics.Record("agencies.create", "POST", 201, milliseconds(20));
  metrics.Record("no.such.route", "BREW", 404, milliseconds(1));
  std::string text = metrics.Render();
  EXPECT_TRUE(Contains(text, "# TYPE netra_http_requests_total counter\n"));
  EXPECT_TRUE(Contains(
      text, "netra_http_requests_total{route=\"agencies.get\",method=\"GET\",status=\"200\"} 2\n"));
  EXPECT_TRUE(Contains(
      text, "netra_http_requests_total{route=\"agencies.get\",method=\"GET\",status=\"404\"} 1\n"));
  EXPECT_TRUE(Contains(
      text,
      "netra_http_requests_total{route=\"agencies.create\",method=\"POST\",status=\"201\"} 1\n"));
  EXPECT_TRUE(Contains(
      text, "netra_http_requests_total{route=\"unmatched\",method=\"OTHER\",status=\"404\"} 1\n"));
}

TEST(MetricsTest, HistogramIsCumulativeWithSumAndCount) {
  Metrics metrics({"r"});
  metrics.Record("r", "GET", 200, microseconds(500));    // <= 1 ms
  metrics.Record("r", "GET", 200, milliseconds(30));     // <= 50 ms
  metrics.Record("r", "GET", 200, milliseconds(20000));  // beyond 10 s
  std::string text = metrics.Render();
  EXPECT_TRUE(Contains(text, "# TYPE netra_http_request_duration_seconds histogram\n"));
  EXPECT_TRUE(
      Contains(text, "netra_http_request_duration_seconds_bucket{route=\"r\",le=\"0.001\"} 1\n"));
  EXPECT_TRUE(
      Contains(text, "netra_http_request_duration_seconds_bucket{route=\"r\",le=\"0.025\"} 1\n"));
  EXPECT_TRUE(
      Contains(text, "netra_http_request_duration_seconds_bucket{route=\"r\",le=\"0.05\"} 2\n"));
  EXPECT_TRUE(
      Contains(text, "netra_http_request_duration_seconds_bucket{route=\"r\",le=\"10\"} 2\n"));
  EXPECT_TRUE(
      Contains(text, "netra_http_request_duration_seconds_bucket{route=\"r\",le=\"+Inf\"} 3\n"));
  EXPECT_TRUE(Contains(text, "netra_http_request_duration_seconds_sum{route=\"r\"} 20.0305\n"));
  EXPECT_TRUE(Contains(text, "netra_http_request_duration_seconds_count{route=\"r\"} 3\n"));
  EXPECT_EQ(Metrics::Buckets().front(), 0.001);
  EXPECT_EQ(Metrics::Buckets().back(), 10);
}

TEST(MetricsTest, InFlightGaugeAndExtraSamples) {
  Metrics metrics({});
  metrics.RequestStarted();
  metrics.RequestStarted();
  metrics.RequestFinished();
  EXPECT_EQ(metrics.InFlight(), 1);
  std::string text = metrics.Render([] {
    return std::vector<MetricSample>{
        {"netra_db_pool_size", "Connections in the pool.", "gauge", 8},
        {"netra_db_pool_waits_total", "Waits for a free connection.", "counter", 3}};
  });
  EXPECT_TRUE(Contains(text, "# TYPE netra_http_in_flight gauge\nnetra_http_in_flight 1\n"));
  EXPECT_TRUE(Contains(text,
                       "# HELP netra_db_pool_size Connections in the pool.\n"
                       "# TYPE netra_db_pool_size gauge\nnetra_db_pool_size 8\n"));
  EXPECT_TRUE(
      Contains(text, "# TYPE netra_db_pool_waits_total counter\nnetra_db_pool_waits_total 3\n"));
}

TEST(MetricsTest, ConcurrentRecordingLosesNothing) {
  Metrics metrics({"a", "b"});
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&metrics, t] {
      for (int i = 0; i < 10000; ++i) {
        metrics.Record(t % 2 == 0 ? "a" : "b", "GET", 200 + (i % 3), microseconds(100));
      }
    });
  }
  for (auto& thread : threads) thread.join();
  std::string text = metrics.Render();
  // Two threads per route, each 10000 requests: 3334 + 3333 + 3333 over three statuses.
  EXPECT_TRUE(Contains(text, "{route=\"a\",method=\"GET\",status=\"200\"} 6668\n"));
  EXPECT_TRUE(Contains(text, "{route=\"a\",method=\"GET\",status=\"202\"} 6666\n"));
  EXPECT_TRUE(Contains(text, "netra_http_request_duration_seconds_count{route=\"b\"} 20000\n"));
}

}  // namespace
}  // namespace netra::http
