#include "http/server.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <spdlog/sinks/ostream_sink.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <thread>

#include "test_client.h"

namespace netra::http {
namespace {

using namespace std::chrono_literals;
using testing::ClientResponse;
using testing::Fetch;
using testing::TestClient;
using Headers = std::vector<std::pair<std::string, std::string>>;

constexpr Role kStaff[] = {Role::kOperatorInstansi, Role::kPengawas, Role::kPenilai, Role::kPpk,
                           Role::kAuditor,          Role::kAdmin};

// Sessions by cookie value; "db-down" stands for a database that does not answer.
class FakeAuthenticator : public Authenticator {
 public:
  Result<std::optional<Principal>> Authenticate(std::string_view token) override {
    if (token == "db-down") {
      return Status(ErrorCode::kUnavailable, "Basis data tidak menjawab", "Database down");
    }
    if (token == "admin-token") {
      return std::optional<Principal>(Principal{7, "admin", Role::kAdmin, "", "csrf-admin"});
    }
    if (token == "asn-token") {
      return std::optional<Principal>(Principal{9, "asn", Role::kAsn, "35.13", "csrf-asn"});
    }
    return std::optional<Principal>();
  }
};

// How many /api/v1/slow handlers have begun, so tests wait for a request to be
// in flight instead of guessing with a sleep.
std::atomic<int> slow_started{0};

bool WaitForSlowStarted(int count) {
  auto deadline = std::chrono::steady_clock::now() + 5s;
  while (slow_started.load() < count) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

Router MakeRouter() {
  Router router;
  router.Add({.method = "GET", .pattern = "/api/v1/ping", .name = "ping", .roles = {Role::kPublik}},
             [](const Request& request) -> Result<Response> {
               return Response::Json({{"pong", true}, {"q", request.Query("q").value_or("")}});
             });
  router.Add({.method = "GET",
              .pattern = "/api/v1/me",
              .name = "me",
              .roles = std::vector<Role>(std::begin(kStaff), std::end(kStaff))},
             [](const Request& request) -> Result<Response> {
               return Response::Json({{"username", request.principal->username}});
             });
  router.Add({.method = "POST",
              .pattern = "/api/v1/items",
              .name = "items.create",
              .roles = {Role::kAdmin}},
             [](const Request& request) -> Result<Response> {
               return Response::Json({{"size", request.body.size()}}, 201);
             });
  router.Add({.method = "POST",
              .pattern = "/api/v1/upload",
              .name = "upload",
              .roles = {Role::kPublik},
              .max_body_bytes = 1000},
             [](const Request& request) -> Result<Response> {
               return Response::Json({{"size", request.body.size()}});
             });
  router.Add({.method = "GET", .pattern = "/api/v1/slow", .name = "slow", .roles = {Role::kPublik}},
             [](const Request& request) -> Result<Response> {
               int ms = std::stoi(std::string(request.Query("ms").value_or("300")));
               ++slow_started;
               std::this_thread::sleep_for(std::chrono::milliseconds(ms));
               return Response::Json({{"slept_ms", ms}});
             });
  router.Add({.method = "POST",
              .pattern = "/api/v1/login",
              .name = "login",
              .roles = {Role::kPublik},
              .changes_state = false},
             [](const Request&) -> Result<Response> {
               return Response::NoContent().WithCookie("netra_session", "tok", 43200);
             });
  router.Add({.method = "GET", .pattern = "/api/v1/fail", .name = "fail", .roles = {Role::kPublik}},
             [](const Request&) -> Result<Response> {
               return Status(ErrorCode::kNotFound, "Instansi tidak ditemukan", "Agency not found");
             });
  return router;
}

ServerOptions FastOptions() {
  ServerOptions options;
  options.listen = "127.0.0.1:0";
  options.io_threads = 2;
  options.worker_threads = 4;
  options.header_timeout = 2s;
  options.body_timeout = 2s;
  options.idle_timeout = 2s;
  options.write_timeout = 2s;
  options.shutdown_grace = 3s;
  options.handle_signals = false;
  return options;
}

// A server on an ephemeral port, running on its own thread until destroyed.
class TestServer {
 public:
  explicit TestServer(ServerOptions options = FastOptions(), ServerHooks hooks = {})
      : server_(std::move(options), MakeRouter(), std::move(hooks)) {
    listen_status_ = server_.Listen();
    if (listen_status_.ok()) thread_ = std::thread([this] { run_status_ = server_.Run(); });
  }
  ~TestServer() { Stop(); }

  void Stop() {
    server_.Shutdown();
    if (thread_.joinable()) thread_.join();
  }
  bool Listening() const { return listen_status_.ok(); }
  unsigned short port() const { return server_.port(); }
  Server& server() { return server_; }
  std::thread& thread() { return thread_; }

 private:
  Server server_;
  Status listen_status_;
  Status run_status_;
  std::thread thread_;
};

nlohmann::json Json(const ClientResponse& response) { return nlohmann::json::parse(response.body); }

TEST(ServerTest, ServesRoutesWithSecurityHeaders) {
  TestServer server;
  ASSERT_TRUE(server.Listening());
  ASSERT_NE(server.port(), 0);
  auto response = Fetch(server.port(), "GET", "/api/v1/ping?q=hello+world");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->Header("content-type"), "application/json; charset=utf-8");
  EXPECT_EQ(Json(*response)["q"], "hello world");
  EXPECT_EQ(response->Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(response->Header("x-frame-options"), "DENY");
  EXPECT_EQ(response->Header("referrer-policy"), "no-referrer");
  EXPECT_EQ(response->Header("cache-control"), "no-store");
  auto csp = response->Header("content-security-policy");
  ASSERT_TRUE(csp);
  EXPECT_NE(csp->find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(csp->find("unsafe-eval"), std::string::npos);
  EXPECT_EQ(response->Header("x-request-id")->size(), 16u);
  EXPECT_FALSE(response->Header("strict-transport-security"));
}

TEST(ServerTest, EchoesAValidRequestId) {
  TestServer server;
  auto response = Fetch(server.port(), "GET", "/api/v1/ping", "", {{"X-Request-Id", "lb-42.a"}});
  ASSERT_TRUE(response);
  EXPECT_EQ(response->Header("x-request-id"), "lb-42.a");
  auto replaced = Fetch(server.port(), "GET", "/api/v1/ping", "", {{"X-Request-Id", "bad id!"}});
  ASSERT_TRUE(replaced);
  EXPECT_NE(replaced->Header("x-request-id"), "bad id!");
}

TEST(ServerTest, UnknownPathAndWrongMethod) {
  TestServer server;
  auto missing = Fetch(server.port(), "GET", "/api/v1/nothing?x=1");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(missing->Header("content-type"), "application/problem+json; charset=utf-8");
  nlohmann::json body = Json(*missing);
  EXPECT_EQ(body["code"], "not_found");
  EXPECT_EQ(body["status"], 404);
  EXPECT_EQ(body["instance"], "/api/v1/nothing?x=1");
  EXPECT_TRUE(body["detail"].is_string());
  EXPECT_TRUE(body["detail_en"].is_string());

  auto wrong = Fetch(server.port(), "DELETE", "/api/v1/ping");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 405);
  EXPECT_EQ(wrong->Header("allow"), "GET");
  EXPECT_EQ(Json(*wrong)["code"], "method_not_allowed");
}

TEST(ServerTest, HandlerErrorIsProblemJson) {
  TestServer server;
  auto response = Fetch(server.port(), "GET", "/api/v1/fail");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 404);
  nlohmann::json body = Json(*response);
  EXPECT_EQ(body["type"], "https://netra.go.id/problems/not_found");
  EXPECT_EQ(body["detail"], "Instansi tidak ditemukan");
  EXPECT_EQ(body["detail_en"], "Agency not found");
}

TEST(ServerTest, MalformedQueryIs400) {
  TestServer server;
  auto response = Fetch(server.port(), "GET", "/api/v1/ping?q=%zz");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 400);
  EXPECT_NE(Json(*response)["detail_en"].get<std::string>().find("'q'"), std::string::npos);
}

TEST(ServerTest, EnforcesSessionsRolesAndCsrf) {
  FakeAuthenticator auth;
  TestServer server(FastOptions(), {.authenticator = &auth});
  auto anonymous = Fetch(server.port(), "GET", "/api/v1/me");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
  EXPECT_EQ(Json(*anonymous)["code"], "unauthenticated");

  auto unknown = Fetch(server.port(), "GET", "/api/v1/me", "", {{"Cookie", "netra_session=zzz"}});
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 401);

  auto asn = Fetch(server.port(), "GET", "/api/v1/me", "", {{"Cookie", "netra_session=asn-token"}});
  ASSERT_TRUE(asn);
  EXPECT_EQ(asn->status, 403);
  EXPECT_EQ(Json(*asn)["code"], "permission_denied");

  Headers admin = {{"Cookie", "theme=x; netra_session=admin-token"}};
  auto me = Fetch(server.port(), "GET", "/api/v1/me", "", admin);
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 200);
  EXPECT_EQ(Json(*me)["username"], "admin");

  auto no_csrf = Fetch(server.port(), "POST", "/api/v1/items", "{}", admin);
  ASSERT_TRUE(no_csrf);
  EXPECT_EQ(no_csrf->status, 403);
  EXPECT_EQ(Json(*no_csrf)["code"], "csrf_missing");

  Headers bad = admin;
  bad.emplace_back("X-CSRF-Token", "csrf-asn");
  auto wrong_csrf = Fetch(server.port(), "POST", "/api/v1/items", "{}", bad);
  ASSERT_TRUE(wrong_csrf);
  EXPECT_EQ(Json(*wrong_csrf)["code"], "csrf_invalid");

  Headers good = admin;
  good.emplace_back("X-CSRF-Token", "csrf-admin");
  auto created = Fetch(server.port(), "POST", "/api/v1/items", "{\"a\":1}", good);
  ASSERT_TRUE(created);
  EXPECT_EQ(created->status, 201);
  EXPECT_EQ(Json(*created)["size"], 7);

  auto down = Fetch(server.port(), "GET", "/api/v1/me", "", {{"Cookie", "netra_session=db-down"}});
  ASSERT_TRUE(down);
  EXPECT_EQ(down->status, 503);
  EXPECT_EQ(Json(*down)["code"], "unavailable");
}

TEST(ServerTest, SetsCookiesWithSecurityAttributes) {
  TestServer plain;
  auto response = Fetch(plain.port(), "POST", "/api/v1/login");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 204);
  EXPECT_EQ(response->Header("set-cookie"),
            "netra_session=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200");

  ServerOptions options = FastOptions();
  options.secure_cookies = true;
  TestServer secure(options);
  auto secured = Fetch(secure.port(), "POST", "/api/v1/login");
  ASSERT_TRUE(secured);
  EXPECT_EQ(secured->Header("set-cookie"),
            "netra_session=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure");
  EXPECT_EQ(secured->Header("strict-transport-security"), "max-age=31536000");
}

TEST(ServerTest, BodyOverLimitByContentLengthIs413BeforeReading) {
  TestServer server;
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  // The body is never sent: the answer must come from the head alone.
  ASSERT_TRUE(
      client.SendRaw("POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n"));
  auto response = client.Read(2s);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_EQ(Json(*response)["code"], "payload_too_large");
  EXPECT_FALSE(response->keep_alive);
  EXPECT_TRUE(client.WaitClosed(3s));
}

TEST(ServerTest, BodyOverLimitWhenSentIs413) {
  TestServer server;
  auto response = Fetch(server.port(), "POST", "/api/v1/upload", std::string(200000, 'x'));
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
}

TEST(ServerTest, ChunkedBodyOverLimitIs413) {
  TestServer server;
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  std::string chunk(600, 'a');
  std::string request =
      "POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 3; ++i) request += "258\r\n" + chunk + "\r\n";  // 0x258 = 600
  request += "0\r\n\r\n";
  ASSERT_TRUE(client.SendRaw(request));
  auto response = client.Read(2s);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_EQ(Json(*response)["code"], "payload_too_large");
}

TEST(ServerTest, ChunkedBodyWithinLimitIsRead) {
  TestServer server;
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  ASSERT_TRUE(
      client.SendRaw("POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
  auto response = client.Read(2s);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(Json(*response)["size"], 11);
}

TEST(ServerTest, AnswersExpectContinue) {
  TestServer server;
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  ASSERT_TRUE(
      client.SendRaw("POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                     "Expect: 100-continue\r\n\r\n"));
  auto interim = client.Read(2s);
  ASSERT_TRUE(interim);
  EXPECT_EQ(interim->status, 100);
  ASSERT_TRUE(client.SendRaw("abcd"));
  auto response = client.Read(2s);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(Json(*response)["size"], 4);
}

TEST(ServerTest, HeaderOverLimitIs431) {
  TestServer server;
  auto response =
      Fetch(server.port(), "GET", "/api/v1/ping", "", {{"X-Padding", std::string(20000, 'p')}});
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 431);
  EXPECT_EQ(Json(*response)["code"], "request_header_fields_too_large");
}

TEST(ServerTest, MalformedRequestIs400) {
  TestServer server;
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  ASSERT_TRUE(client.SendRaw("GET /api/v1/ping HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"));
  auto response = client.Read(2s);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 400);
  EXPECT_TRUE(client.WaitClosed(3s));
}

TEST(ServerTest, SlowHeaderIsClosedByTheReadTimeout) {
  ServerOptions options = FastOptions();
  options.header_timeout = 300ms;
  TestServer server(options);
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  auto start = std::chrono::steady_clock::now();
  // Slowloris: a request head that never ends.
  ASSERT_TRUE(client.SendRaw("GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n"));
  std::this_thread::sleep_for(100ms);
  ASSERT_TRUE(client.SendRaw("X-A: 1\r\n"));
  EXPECT_TRUE(client.WaitClosed(3s));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
}

TEST(ServerTest, SilentConnectionIsClosedByTheHeaderTimeout) {
  ServerOptions options = FastOptions();
  options.header_timeout = 300ms;
  TestServer server(options);
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  EXPECT_TRUE(client.WaitClosed(2s));
}

TEST(ServerTest, SlowBodyIsClosedByTheBodyTimeout) {
  ServerOptions options = FastOptions();
  options.body_timeout = 300ms;
  std::ostringstream log;
  TestServer server(options, {.access_log = std::make_shared<spdlog::sinks::ostream_sink_mt>(log)});
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(
      client.SendRaw("POST /api/v1/upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc"));
  EXPECT_TRUE(client.WaitClosed(3s));
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
  server.Stop();
  nlohmann::json line = nlohmann::json::parse(log.str());
  EXPECT_EQ(line["status"], 408);
  EXPECT_EQ(line["route"], "upload");
}

TEST(ServerTest, IdleKeepAliveConnectionIsClosed) {
  ServerOptions options = FastOptions();
  options.idle_timeout = 400ms;
  TestServer server(options);
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  ASSERT_EQ(client.Send("GET", "/api/v1/ping")->status, 200);
  std::this_thread::sleep_for(100ms);
  auto second = client.Send("GET", "/api/v1/ping");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 200);
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(client.WaitClosed(3s));
  EXPECT_GE(std::chrono::steady_clock::now() - start, 300ms);
}

TEST(ServerTest, KeepAliveServesManyRequestsOnOneConnection) {
  TestServer server;
  TestClient client;
  ASSERT_TRUE(client.Connect(server.port()));
  for (int i = 0; i < 5; ++i) {
    auto response = client.Send("GET", "/api/v1/ping?q=" + std::to_string(i));
    ASSERT_TRUE(response) << i;
    EXPECT_EQ(response->status, 200);
    EXPECT_TRUE(response->keep_alive);
    EXPECT_EQ(Json(*response)["q"], std::to_string(i));
  }
  // Pipelined: two requests in one write, answered in order.
  ASSERT_TRUE(
      client.SendRaw("GET /api/v1/ping?q=a HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/ping?q=b "
                     "HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto a = client.Read();
  auto b = client.Read();
  ASSERT_TRUE(a && b);
  EXPECT_EQ(Json(*a)["q"], "a");
  EXPECT_EQ(Json(*b)["q"], "b");
  // Connection: close is honoured.
  auto last = client.Send("GET", "/api/v1/ping", "", {{"Connection", "close"}});
  ASSERT_TRUE(last);
  EXPECT_FALSE(last->keep_alive);
  EXPECT_TRUE(client.WaitClosed(3s));
}

TEST(ServerTest, GracefulShutdownFinishesInFlightAndRefusesNew) {
  auto server = std::make_unique<TestServer>();
  const unsigned short port = server->port();
  TestClient kept;
  ASSERT_TRUE(kept.Connect(port));
  ASSERT_EQ(kept.Send("GET", "/api/v1/ping")->status, 200);

  std::optional<ClientResponse> slow;
  slow_started = 0;
  std::thread in_flight([&] { slow = Fetch(port, "GET", "/api/v1/slow?ms=800"); });
  ASSERT_TRUE(WaitForSlowStarted(1));
  auto shutdown_started = std::chrono::steady_clock::now();
  server->server().Shutdown();
  std::this_thread::sleep_for(100ms);

  auto refused = kept.Send("GET", "/api/v1/ping");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 503);
  EXPECT_EQ(Json(*refused)["code"], "unavailable");
  EXPECT_FALSE(refused->keep_alive);

  TestClient late;
  EXPECT_FALSE(late.Connect(port) && late.Send("GET", "/api/v1/ping", "", {}, 1s).has_value());

  in_flight.join();
  ASSERT_TRUE(slow);
  EXPECT_EQ(slow->status, 200);
  EXPECT_EQ(Json(*slow)["slept_ms"], 800);
  server->thread().join();
  // Run returned once the in-flight request was done, well before the grace period.
  EXPECT_LT(std::chrono::steady_clock::now() - shutdown_started, 2500ms);
}

TEST(ServerTest, ShutdownGraceBoundsAStuckRequest) {
  ServerOptions options = FastOptions();
  options.shutdown_grace = 300ms;
  TestServer server(options);
  slow_started = 0;
  std::optional<ClientResponse> response;
  std::chrono::steady_clock::time_point client_done;
  std::thread stuck([&] {
    response = Fetch(server.port(), "GET", "/api/v1/slow?ms=1500");
    client_done = std::chrono::steady_clock::now();
  });
  ASSERT_TRUE(WaitForSlowStarted(1));
  auto start = std::chrono::steady_clock::now();
  server.server().Shutdown();
  stuck.join();
  server.thread().join();
  // The connection was cut at the grace deadline, long before the handler's
  // 1.5 s were over; Run then waited for the handler thread only.
  EXPECT_FALSE(response);
  EXPECT_LT(client_done - start, 1200ms);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2500ms);
}

TEST(ServerTest, SigtermStopsTheServer) {
  ServerOptions options = FastOptions();
  options.handle_signals = true;
  TestServer server(options);
  ASSERT_EQ(Fetch(server.port(), "GET", "/api/v1/ping")->status, 200);
  ASSERT_EQ(kill(getpid(), SIGTERM), 0);
  server.thread().join();
  TestClient client;
  EXPECT_FALSE(client.Connect(server.port()));
}

TEST(ServerTest, HealthzReflectsTheDatabase) {
  std::atomic<bool> db_up{true};
  TestServer server(FastOptions(), {.health = [&db_up]() -> Status {
                      if (db_up) return Status::Ok();
                      return Status(ErrorCode::kUnavailable, "mati", "down");
                    }});
  auto ok = Fetch(server.port(), "GET", "/healthz");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
  EXPECT_EQ(Json(*ok), nlohmann::json({{"status", "ok"}, {"db", "ok"}}));
  db_up = false;
  auto down = Fetch(server.port(), "GET", "/healthz");
  ASSERT_TRUE(down);
  EXPECT_EQ(down->status, 503);
  EXPECT_EQ(Json(*down)["code"], "unavailable");
  EXPECT_NE(Json(*down)["detail_en"].get<std::string>().find("down"), std::string::npos);
}

TEST(ServerTest, MetricsCountRequestsAndLatency) {
  TestServer server(FastOptions(), {.metrics = [] {
                      return std::vector<MetricSample>{
                          {"netra_db_pool_in_use", "Connections in use.", "gauge", 2}};
                    }});
  for (int i = 0; i < 3; ++i) ASSERT_EQ(Fetch(server.port(), "GET", "/api/v1/ping")->status, 200);
  ASSERT_EQ(Fetch(server.port(), "GET", "/api/v1/fail")->status, 404);
  ASSERT_EQ(Fetch(server.port(), "GET", "/nowhere")->status, 404);
  // The access is recorded after the response is written; give it a moment.
  std::this_thread::sleep_for(100ms);
  auto response = Fetch(server.port(), "GET", "/metrics");
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->Header("content-type"), "text/plain; version=0.0.4; charset=utf-8");
  const std::string& text = response->body;
  auto has = [&](const std::string& needle) { return text.find(needle) != std::string::npos; };
  EXPECT_TRUE(has("netra_http_requests_total{route=\"ping\",method=\"GET\",status=\"200\"} 3\n"));
  EXPECT_TRUE(has("netra_http_requests_total{route=\"fail\",method=\"GET\",status=\"404\"} 1\n"));
  EXPECT_TRUE(
      has("netra_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1\n"));
  EXPECT_TRUE(has("netra_http_request_duration_seconds_bucket{route=\"ping\",le=\"+Inf\"} 3\n"));
  EXPECT_TRUE(has("netra_http_request_duration_seconds_count{route=\"ping\"} 3\n"));
  // The /metrics request itself is in flight while rendering.
  EXPECT_TRUE(has("netra_http_in_flight 1\n"));
  EXPECT_TRUE(has("netra_db_pool_in_use 2\n"));
}

TEST(ServerTest, MetricsAreRefusedToNonLoopbackClients) {
  ServerOptions options = FastOptions();
  options.trust_x_forwarded_for = true;
  TestServer server(options);
  auto remote =
      Fetch(server.port(), "GET", "/metrics", "", {{"X-Forwarded-For", "10.0.0.1, 203.0.113.9"}});
  ASSERT_TRUE(remote);
  EXPECT_EQ(remote->status, 403);
  auto local = Fetch(server.port(), "GET", "/metrics");
  ASSERT_TRUE(local);
  EXPECT_EQ(local->status, 200);
}

TEST(ServerTest, ForwardedForIsIgnoredUnlessTrusted) {
  TestServer server;  // trust_x_forwarded_for is off by default
  auto response = Fetch(server.port(), "GET", "/metrics", "", {{"X-Forwarded-For", "203.0.113.9"}});
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
}

TEST(ServerTest, WritesOneAccessLogLinePerRequest) {
  std::ostringstream log;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log);
  FakeAuthenticator auth;
  TestServer server(FastOptions(), {.authenticator = &auth, .access_log = sink});
  ASSERT_EQ(Fetch(server.port(), "GET", "/api/v1/me?secret=1", "",
                  {{"Cookie", "netra_session=admin-token"}, {"X-Request-Id", "req-1"}})
                ->status,
            200);
  ASSERT_EQ(Fetch(server.port(), "GET", "/api/v1/nothing")->status, 404);
  server.Stop();
  std::istringstream lines(log.str());
  std::vector<nlohmann::json> entries;
  for (std::string line; std::getline(lines, line);) entries.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(entries.size(), 2u);
  const nlohmann::json& first = entries[0];
  EXPECT_EQ(first["request_id"], "req-1");
  EXPECT_EQ(first["client"], "127.0.0.1");
  EXPECT_EQ(first["method"], "GET");
  EXPECT_EQ(first["route"], "me");
  EXPECT_EQ(first["path"], "/api/v1/me");
  EXPECT_EQ(first["status"], 200);
  EXPECT_EQ(first["user_id"], 7);
  EXPECT_GT(first["bytes"].get<int>(), 0);
  EXPECT_GE(first["duration_ms"].get<double>(), 0);
  EXPECT_EQ(first["time"].get<std::string>().back(), 'Z');
  EXPECT_EQ(entries[1]["route"], "unmatched");
  EXPECT_FALSE(entries[1].contains("user_id"));
  EXPECT_EQ(entries[1]["error"], "not_found: No such resource");
}

class StaticServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    namespace fs = std::filesystem;
    base_ = fs::temp_directory_path() / ("netra-web-" + std::to_string(std::random_device{}()));
    fs::create_directories(base_ / "dist" / "assets");
    std::ofstream(base_ / "dist" / "index.html") << "<!doctype html><div id=app></div>";
    std::ofstream(base_ / "dist" / "assets" / "app-1a2b.js") << "export{}";
    std::ofstream(base_ / "secret.txt") << "top secret";
    ServerOptions options = FastOptions();
    options.static_dir = (base_ / "dist").string();
    server_ = std::make_unique<TestServer>(options);
    ASSERT_TRUE(server_->Listening());
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(base_);
  }

  std::filesystem::path base_;
  std::unique_ptr<TestServer> server_;
};

TEST_F(StaticServerTest, ServesAssetsIndexAndSpaFallback) {
  unsigned short port = server_->port();
  auto asset = Fetch(port, "GET", "/assets/app-1a2b.js");
  ASSERT_TRUE(asset);
  EXPECT_EQ(asset->status, 200);
  EXPECT_EQ(asset->body, "export{}");
  EXPECT_EQ(asset->Header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(asset->Header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(asset->Header("x-content-type-options"), "nosniff");

  auto root = Fetch(port, "GET", "/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->status, 200);
  EXPECT_EQ(root->Header("cache-control"), "no-cache");

  auto spa = Fetch(port, "GET", "/pegawai/12?tab=x", "", {{"Accept", "text/html"}});
  ASSERT_TRUE(spa);
  EXPECT_EQ(spa->status, 200);
  EXPECT_EQ(spa->Header("content-type"), "text/html; charset=utf-8");

  auto api = Fetch(port, "GET", "/api/v1/nothing", "", {{"Accept", "text/html"}});
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 404);
  EXPECT_EQ(api->Header("content-type"), "application/problem+json; charset=utf-8");

  auto head = Fetch(port, "HEAD", "/assets/app-1a2b.js");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->Header("content-length"), "8");
}

TEST_F(StaticServerTest, RefusesTraversalOverTheWire) {
  unsigned short port = server_->port();
  for (const char* target : {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
                             "/%2e%2e%2fsecret.txt", "/..%5csecret.txt"}) {
    auto response = Fetch(port, "GET", target, "", {{"Accept", "*/*"}});
    ASSERT_TRUE(response) << target;
    EXPECT_EQ(response->body.find("top secret"), std::string::npos) << target;
    EXPECT_EQ(response->status, 404) << target;
  }
}

TEST(ServerTest, BlockingHandlersDoNotStallIo) {
  ServerOptions options = FastOptions();
  options.io_threads = 1;
  options.worker_threads = 4;
  TestServer server(options);
  slow_started = 0;
  std::vector<std::thread> slow;
  for (int i = 0; i < 2; ++i) {
    slow.emplace_back([&] { Fetch(server.port(), "GET", "/api/v1/slow?ms=1500"); });
  }
  ASSERT_TRUE(WaitForSlowStarted(2));
  auto start = std::chrono::steady_clock::now();
  auto fast = Fetch(server.port(), "GET", "/api/v1/ping");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(fast);
  EXPECT_EQ(fast->status, 200);
  // Well under the 1.5 s the handlers hold their workers.
  EXPECT_LT(elapsed, 1000ms);
  for (auto& thread : slow) thread.join();
}

TEST(ServerTest, ConcurrentClients) {
  TestServer server;
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 16; ++c) {
    clients.emplace_back([&, c] {
      TestClient client;
      if (!client.Connect(server.port())) return;
      for (int i = 0; i < 25; ++i) {
        auto response = client.Send("GET", "/api/v1/ping?q=" + std::to_string(c * 100 + i));
        if (response && response->status == 200 &&
            Json(*response)["q"] == std::to_string(c * 100 + i)) {
          ++ok;
        }
      }
    });
  }
  for (auto& thread : clients) thread.join();
  EXPECT_EQ(ok.load(), 16 * 25);
}

TEST(ServerTest, CapsConcurrentConnections) {
  ServerOptions options = FastOptions();
  options.max_connections = 2;
  TestServer server(options);
  TestClient a, b, c;
  ASSERT_TRUE(a.Connect(server.port()));
  ASSERT_EQ(a.Send("GET", "/api/v1/ping")->status, 200);
  ASSERT_TRUE(b.Connect(server.port()));
  ASSERT_EQ(b.Send("GET", "/api/v1/ping")->status, 200);
  ASSERT_TRUE(c.Connect(server.port()));
  EXPECT_TRUE(c.WaitClosed(2s));
  // The first two are still served.
  EXPECT_EQ(a.Send("GET", "/api/v1/ping")->status, 200);
}

TEST(ServerTest, ListenErrors) {
  ServerOptions options = FastOptions();
  options.listen = "nonsense";
  Server bad(options, MakeRouter());
  Status status = bad.Listen();
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(status.message_en().find("HOST:PORT"), std::string::npos);

  options.listen = "localhost:80";
  EXPECT_EQ(Server(options, MakeRouter()).Listen().code(), ErrorCode::kInvalidArgument);
  options.listen = "127.0.0.1:99999";
  EXPECT_EQ(Server(options, MakeRouter()).Listen().code(), ErrorCode::kInvalidArgument);

  TestServer taken;
  options.listen = "127.0.0.1:" + std::to_string(taken.port());
  Status in_use = Server(options, MakeRouter()).Listen();
  EXPECT_EQ(in_use.code(), ErrorCode::kUnavailable);
  EXPECT_NE(in_use.message_en().find("bind"), std::string::npos);

  options.listen = "127.0.0.1:0";
  options.static_dir = "/nonexistent/dist";
  EXPECT_EQ(Server(options, MakeRouter()).Listen().code(), ErrorCode::kNotFound);
  options.static_dir.clear();
  options.worker_threads = 0;
  EXPECT_EQ(Server(options, MakeRouter()).Listen().code(), ErrorCode::kInvalidArgument);
}

TEST(ServerTest, ListsBuiltInRoutesBesideTheCallersOnes) {
  TestServer server;
  auto health = Fetch(server.port(), "POST", "/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 405);
}

}  // namespace
}  // namespace netra::http
