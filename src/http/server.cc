#include "http/server.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <csignal>
#include <ctime>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <thread>
#include <unordered_map>

#include "http/problem.h"
#include "http/static_files.h"

namespace netra::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kReadChunk = 4096;
// After an early error (413, 431) the client may still be sending; reading
// and discarding for a moment lets it receive our answer instead of a reset.
constexpr std::chrono::milliseconds kLingerTime{1000};
constexpr std::size_t kLingerMaxBytes = 16 << 20;
constexpr const char* kStaticRoute = "static";

std::string NewRequestId() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  return fmt::format("{:016x}", rng());
}

bool ValidRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

std::string NowIso8601() {
  auto now = std::chrono::system_clock::now();
  std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  std::array<char, 32> buffer{};
  std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%S", &tm);
  return fmt::format("{}.{:03d}Z", buffer.data(), millis);
}

std::string PathOf(std::string_view target) {
  return std::string(target.substr(0, target.find('?')));
}

bool IsLoopback(std::string_view address) {
  boost::system::error_code ec;
  net::ip::address parsed = net::ip::make_address(std::string(address), ec);
  if (ec) return false;
  if (parsed.is_v6() && parsed.to_v6().is_v4_mapped()) {
    return parsed.to_v6().to_v4().is_loopback();
  }
  return parsed.is_loopback();
}

Status InvalidOption(const std::string& what) {
  return Status(ErrorCode::kInvalidArgument, "Opsi server tidak sah: " + what,
                "Invalid server option: " + what);
}

struct Processed {
  Response response;
  std::string route_name;
  std::optional<std::int64_t> user_id;
};

}  // namespace

class Connection;

// The server's state and the steps that are not per connection. Server::Impl
// derives from it so that Connection (not a friend of Server) can use it.
class ServerCore {
 public:
  ServerCore(ServerOptions options_in, Router router_in, ServerHooks hooks_in)
      : options(std::move(options_in)),
        router(std::move(router_in)),
        hooks(std::move(hooks_in)),
        acceptor_strand(net::make_strand(ioc)),
        acceptor(acceptor_strand),
        accept_retry(acceptor_strand),
        signals(acceptor_strand),
        drain_timer(acceptor_strand) {
    AddBuiltInRoutes();
    std::vector<std::string> names;
    for (const RouteSpec& spec : router.Routes()) names.push_back(spec.name);
    names.emplace_back(kStaticRoute);
    metrics = std::make_unique<Metrics>(std::move(names));
    if (hooks.access_log) {
      access_logger = std::make_shared<spdlog::logger>("netra.access", hooks.access_log);
      access_logger->set_pattern("%v");
      access_logger->set_level(spdlog::level::info);
      access_logger->flush_on(spdlog::level::info);
    }
  }

  void AddBuiltInRoutes() {
    router.Add(
        {.method = "GET", .pattern = "/healthz", .name = "healthz", .roles = {Role::kPublik}},
        [this](const Request&) -> Result<Response> {
          Status health = hooks.health ? hooks.health() : Status::Ok();
          if (!health.ok()) {
            return Status(ErrorCode::kUnavailable,
                          "Basis data tidak menjawab: " + health.message_id(),
                          "The database does not answer: " + health.message_en());
          }
          return Response::Json({{"status", "ok"}, {"db", "ok"}});
        });
    router.Add(
        {.method = "GET", .pattern = "/metrics", .name = "metrics", .roles = {Role::kPublik}},
        [this](const Request& request) -> Result<Response> {
          if (options.metrics_loopback_only && !IsLoopback(request.client_address)) {
            return Status(ErrorCode::kPermissionDenied, "Metrik hanya tersedia dari loopback",
                          "Metrics are served on loopback only");
          }
          return Response::Bytes(metrics->Render(hooks.metrics),
                                 "text/plain; version=0.0.4; charset=utf-8");
        });
  }

  Status ValidateOptions() {
    if (options.io_threads < 0) return InvalidOption("io_threads < 0");
    if (options.worker_threads < 1) return InvalidOption("worker_threads < 1");
    if (options.header_timeout.count() <= 0 || options.body_timeout.count() <= 0 ||
        options.idle_timeout.count() <= 0 || options.write_timeout.count() <= 0 ||
        options.shutdown_grace.count() < 0) {
      return InvalidOption("timeouts must be positive");
    }
    if (options.max_header_bytes < 1024) return InvalidOption("max_header_bytes < 1024");
    if (options.max_connections < 1) return InvalidOption("max_connections < 1");
    if (!options.static_dir.empty()) {
      Result<StaticFiles> files = StaticFiles::Open(options.static_dir);
      if (!files.ok()) return files.status();
      static_files.emplace(std::move(files).value());
    }
    return Status::Ok();
  }

  Status Listen() {
    if (listening) return Status::Ok();
    NETRA_RETURN_IF_ERROR(ValidateOptions());
    const std::string& listen = options.listen;
    std::size_t colon = listen.rfind(':');
    if (colon == std::string::npos) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("Alamat dengar '{}' harus berbentuk HOST:PORT", listen),
                    fmt::format("Listen address '{}' must be HOST:PORT", listen));
    }
    std::string host = listen.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
      host = host.substr(1, host.size() - 2);
    }
    std::string port_text = listen.substr(colon + 1);
    unsigned long port_number = 0;
    bool port_ok = !port_text.empty() && port_text.size() <= 5 &&
                   std::all_of(port_text.begin(), port_text.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
    if (port_ok) port_number = std::stoul(port_text);
    if (!port_ok || port_number > 65535) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("Port '{}' pada alamat dengar tidak sah (0–65535)", port_text),
                    fmt::format("Port '{}' of the listen address is invalid (0-65535)", port_text));
    }
    boost::system::error_code ec;
    net::ip::address address = net::ip::make_address(host, ec);
    if (ec) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("Host '{}' pada alamat dengar bukan alamat IP", host),
                    fmt::format("Host '{}' of the listen address is not an IP address", host));
    }
    tcp::endpoint endpoint(address, static_cast<unsigned short>(port_number));
    auto fail = [&](const char* step) {
      return Status(ErrorCode::kUnavailable,
                    fmt::format("Tidak dapat {} pada {}: {}", step, listen, ec.message()),
                    fmt::format("Cannot {} on {}: {}", step, listen, ec.message()));
    };
    acceptor.open(endpoint.protocol(), ec);
    if (ec) return fail("open");
    acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (ec) return fail("set_option");
    acceptor.bind(endpoint, ec);
    if (ec) return fail("bind");
    acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) return fail("listen");
    bound_port = acceptor.local_endpoint(ec).port();
    listening = true;
    return Status::Ok();
  }

  Status Run() {
    NETRA_RETURN_IF_ERROR(Listen());
    workers = std::make_unique<net::thread_pool>(options.worker_threads);
    net::post(acceptor_strand, [this] { Accept(); });
    if (options.handle_signals) {
      net::post(acceptor_strand, [this] {
        if (stopping) return;
        signals.add(SIGINT);
        signals.add(SIGTERM);
        signals.async_wait([this](boost::system::error_code ec, int) {
          if (!ec) Shutdown();
        });
      });
    }
    int threads = options.io_threads > 0
                      ? options.io_threads
                      : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    std::vector<std::thread> io;
    for (int i = 1; i < threads; ++i) io.emplace_back([this] { ioc.run(); });
    ioc.run();
    for (std::thread& thread : io) thread.join();
    // Handlers still running past the grace period finish on their own; their
    // completions are then run once more so every connection is released.
    workers->stop();
    workers->join();
    ioc.restart();
    ioc.run();
    return Status::Ok();
  }

  void Shutdown() {
    if (stopping.exchange(true)) return;
    net::post(acceptor_strand, [this] {
      boost::system::error_code ec;
      acceptor.close(ec);
      accept_retry.cancel();
      signals.cancel(ec);
      drain_timer.expires_after(options.shutdown_grace);
      drain_timer.async_wait([this](boost::system::error_code wait_ec) {
        if (!wait_ec) CloseAll();
      });
      CheckDrained();
    });
  }

  void Accept() {
    if (!acceptor.is_open()) return;
    acceptor.async_accept(net::make_strand(ioc),
                          net::bind_executor(acceptor_strand, [this](boost::system::error_code ec,
                                                                     tcp::socket socket) {
                            OnAccept(ec, std::move(socket));
                          }));
  }

  void OnAccept(boost::system::error_code ec, tcp::socket socket);

  // Called whenever a request finishes; once stopping and nothing is in
  // flight, every remaining (idle) connection is closed so Run can return.
  void CheckDrained() {
    if (stopping && busy.load() == 0) {
      net::post(acceptor_strand, [this] {
        drain_timer.cancel();
        CloseAll();
      });
    }
  }

  void CloseAll();
  void Register(std::uint64_t id, const std::shared_ptr<Connection>& connection) {
    std::lock_guard lock(connections_mu);
    connections.emplace(id, connection);
  }
  void Unregister(std::uint64_t id) {
    std::lock_guard lock(connections_mu);
    connections.erase(id);
  }

  // Authentication, routing and static files; runs on a worker thread.
  Processed Process(Request request) {
    Processed out;
    if (request.target.empty() || request.target.front() != '/') {
      out.route_name = kUnmatchedRoute;
      out.response =
          MakeProblem(Status(ErrorCode::kInvalidArgument, "Target permintaan harus diawali '/'",
                             "The request target must start with '/'"),
                      request.target);
      return out;
    }
    const RouteSpec* spec = router.Find(request.method, request.path);
    out.route_name = spec != nullptr ? spec->name : kUnmatchedRoute;
    std::size_t question = request.target.find('?');
    if (question != std::string::npos) {
      Result<Params> query = ParseQuery(std::string_view(request.target).substr(question + 1));
      if (!query.ok()) {
        out.response = MakeProblem(query.status(), request.target);
        return out;
      }
      request.query = std::move(query).value();
    }
    const bool routed = router.MatchesPath(request.path) || request.path == "/api" ||
                        request.path.rfind("/api/", 0) == 0 || !static_files;
    if (!routed) {
      out.route_name = kStaticRoute;
      Result<Response> file = static_files->Serve(request);
      out.response =
          file.ok() ? std::move(file).value() : MakeProblem(file.status(), request.target);
      return out;
    }
    std::optional<std::string_view> token = request.Cookie(kSessionCookie);
    if (token && !token->empty() && hooks.authenticator != nullptr) {
      Result<std::optional<Principal>> principal = hooks.authenticator->Authenticate(*token);
      if (!principal.ok()) {
        out.response = MakeProblem(principal.status(), request.target);
        return out;
      }
      request.principal = std::move(principal).value();
      if (request.principal) out.user_id = request.principal->user_id;
    }
    out.response = router.Dispatch(request);
    out.route_name = request.route_name;
    return out;
  }

  void ApplyCommonHeaders(bhttp::response<bhttp::string_body>& res, const Response& response,
                          const std::string& request_id) const {
    res.set("X-Content-Type-Options", "nosniff");
    res.set("X-Frame-Options", "DENY");
    res.set("Referrer-Policy", "no-referrer");
    res.set("Cross-Origin-Opener-Policy", "same-origin");
    res.set("Content-Security-Policy", options.content_security_policy);
    if (options.secure_cookies) res.set("Strict-Transport-Security", "max-age=31536000");
    // API answers carry personal data: no shared or browser cache unless the
    // handler says otherwise (static files do).
    if (!response.Header("cache-control")) res.set(bhttp::field::cache_control, "no-store");
    res.set("X-Request-Id", request_id);
  }

  void LogAccess(const Request& request, const std::string& route, int status, std::size_t bytes,
                 std::chrono::nanoseconds duration, std::optional<std::int64_t> user_id,
                 const std::string& detail) {
    if (!access_logger) return;
    nlohmann::json line = {
        {"time", NowIso8601()},
        {"request_id", request.request_id},
        {"client", request.client_address},
        {"method", request.method},
        {"route", route},
        {"path", request.path},
        {"status", status},
        {"bytes", bytes},
        {"duration_ms", std::chrono::duration<double, std::milli>(duration).count()},
    };
    if (user_id) line["user_id"] = *user_id;
    if (!detail.empty()) line["error"] = detail;
    access_logger->info(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }

  ServerOptions options;
  Router router;
  ServerHooks hooks;
  std::unique_ptr<Metrics> metrics;
  std::optional<StaticFiles> static_files;
  std::shared_ptr<spdlog::logger> access_logger;

  net::io_context ioc;
  net::strand<net::io_context::executor_type> acceptor_strand;
  tcp::acceptor acceptor;
  net::steady_timer accept_retry;
  net::signal_set signals;
  net::steady_timer drain_timer;
  std::unique_ptr<net::thread_pool> workers;

  std::atomic<bool> listening{false};
  std::atomic<bool> stopping{false};
  std::atomic<unsigned short> bound_port{0};
  std::atomic<std::size_t> open_connections{0};
  std::atomic<std::int64_t> busy{0};  // requests between head received and response sent

  std::mutex connections_mu;
  std::unordered_map<std::uint64_t, std::weak_ptr<Connection>> connections;
  std::uint64_t next_connection_id = 0;  // acceptor strand only
};

// One client connection; every member is touched only on its strand.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(ServerCore& server, tcp::socket socket, std::uint64_t id)
      : server_(server), stream_(std::move(socket)), id_(id) {
    boost::system::error_code ec;
    tcp::endpoint peer = stream_.socket().remote_endpoint(ec);
    peer_address_ = ec ? "" : peer.address().to_string();
  }

  ~Connection() {
    server_.Unregister(id_);
    server_.open_connections.fetch_sub(1);
  }

  void Start() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->WaitForRequest(); });
  }

  void Close() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      boost::system::error_code ec;
      self->stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
      self->stream_.close();
    });
  }

 private:
  // Waits for the first byte of the next request: the idle timeout applies
  // between requests, the header timeout once a request has begun.
  void WaitForRequest() {
    if (buffer_.size() > 0) {
      head_deadline_ = Clock::now() + server_.options.header_timeout;
      ReadHeader();
      return;
    }
    stream_.expires_after(first_request_ ? server_.options.header_timeout
                                         : server_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(kReadChunk), [self = shared_from_this()](
                                                             beast::error_code ec, std::size_t n) {
      if (ec) return self->Stop();
      self->buffer_.commit(n);
      self->head_deadline_ = Clock::now() + self->server_.options.header_timeout;
      self->ReadHeader();
    });
  }

  void ReadHeader() {
    first_request_ = false;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.max_header_bytes));
    stream_.expires_at(head_deadline_);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec == bhttp::error::header_limit) {
      BeginRequest("", "");
      return RespondEarly(
          Status(
              ErrorCode::kInvalidArgument,
              fmt::format("Kepala permintaan melebihi {} bita", server_.options.max_header_bytes),
              fmt::format("Request header exceeds {} bytes", server_.options.max_header_bytes))
              .WithReason("request_header_fields_too_large"));
    }
    if (ec == beast::error::timeout || ec == bhttp::error::end_of_stream || ec == net::error::eof ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        (ec && ec.category() == net::error::get_system_category())) {
      return Stop();
    }
    if (ec) {
      BeginRequest("", "");
      return RespondEarly(Status(ErrorCode::kInvalidArgument,
                                 "Permintaan HTTP tidak sah: " + ec.message(),
                                 "Malformed HTTP request: " + ec.message()));
    }
    const auto& head = parser_->get();
    BeginRequest(std::string(head.method_string()), std::string(head.target()));
    const RouteSpec* spec = server_.router.Find(request_.method, request_.path);
    if (spec != nullptr) route_name_ = spec->name;
    const std::size_t limit = spec != nullptr ? spec->max_body_bytes : kDefaultMaxBodyBytes;
    if (server_.stopping) {
      return RespondEarly(
          Status(ErrorCode::kUnavailable, "Server sedang berhenti", "The server is shutting down"));
    }
    if (parser_->content_length() && *parser_->content_length() > limit) {
      return RespondEarly(TooLarge(limit));
    }
    body_limit_ = limit;
    parser_->body_limit(limit);
    auto expect = head.find(bhttp::field::expect);
    if (expect != head.end() && beast::iequals(expect->value(), "100-continue") &&
        !parser_->is_done()) {
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      stream_.expires_after(server_.options.write_timeout);
      net::async_write(stream_, net::buffer(kContinue),
                       [self = shared_from_this()](beast::error_code write_ec, std::size_t) {
                         if (write_ec) return self->Abandon();
                         self->ReadBody();
                       });
      return;
    }
    ReadBody();
  }

  static Status TooLarge(std::size_t limit) {
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("Isi permintaan melebihi batas {} bita", limit),
                  fmt::format("Request body exceeds the limit of {} bytes", limit))
        .WithReason("payload_too_large");
  }

  void ReadBody() {
    stream_.expires_after(server_.options.body_timeout);
    bhttp::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnBody(ec); });
  }

  void OnBody(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) return RespondEarly(TooLarge(body_limit_));
    if (ec == beast::error::timeout) {
      // The stream has already closed the socket; record the 408 we could not send.
      RecordUnanswered(408, "request_timeout: body not received within body_timeout");
      return Abandon();
    }
    if (ec == bhttp::error::end_of_stream || ec == net::error::eof ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        (ec && ec.category() == net::error::get_system_category())) {
      return Abandon();
    }
    if (ec) {
      return RespondEarly(Status(ErrorCode::kInvalidArgument,
                                 "Isi permintaan tidak sah: " + ec.message(),
                                 "Malformed request body: " + ec.message()));
    }
    auto message = parser_->release();
    keep_alive_ = message.keep_alive();
    TakeHeaders(message);
    // The connection keeps the head for the access log; the body moves on.
    Request to_handle = request_;
    to_handle.body = std::move(message.body());
    net::post(*server_.workers, [self = shared_from_this(),
                                 request = std::move(to_handle)]() mutable {
      Processed processed = self->server_.Process(std::move(request));
      net::post(self->stream_.get_executor(), [self, processed = std::move(processed)]() mutable {
        self->route_name_ = std::move(processed.route_name);
        self->user_id_ = processed.user_id;
        self->Write(std::move(processed.response), self->keep_alive_);
      });
    });
  }

  // Copies the header fields into request_ (names lower-cased) and takes the
  // client address and request id from them where allowed.
  void TakeHeaders(const bhttp::request<bhttp::string_body>& message) {
    for (const auto& field : message) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      request_.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    if (server_.options.trust_x_forwarded_for) {
      if (auto forwarded = request_.Header("x-forwarded-for")) {
        // The last entry is the one our own proxy added; earlier ones are the client's word.
        std::string_view last = *forwarded;
        std::size_t comma = last.rfind(',');
        if (comma != std::string_view::npos) last.remove_prefix(comma + 1);
        while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
        while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
        if (!last.empty()) request_.client_address = std::string(last);
      }
    }
    if (auto id = request_.Header("x-request-id"); id && ValidRequestId(*id)) {
      request_.request_id = std::string(*id);
    }
  }

  void BeginRequest(std::string method, std::string target) {
    started_ = Clock::now();
    request_ = Request();
    request_.method = std::move(method);
    request_.path = PathOf(target);
    request_.target = std::move(target);
    request_.client_address = peer_address_;
    request_.request_id = NewRequestId();
    route_name_ = kUnmatchedRoute;
    user_id_.reset();
    server_.busy.fetch_add(1);
    server_.metrics->RequestStarted();
    in_request_ = true;
  }

  void RecordUnanswered(int status, const std::string& detail) {
    const auto duration = Clock::now() - started_;
    server_.metrics->Record(route_name_, request_.method, status, duration);
    server_.LogAccess(request_, route_name_, status, 0, duration, user_id_, detail);
  }

  // Ends a request that will get no answer (the client went away).
  void Abandon() {
    EndRequest();
    Stop();
  }

  void EndRequest() {
    if (!in_request_) return;
    in_request_ = false;
    server_.metrics->RequestFinished();
    server_.busy.fetch_sub(1);
    server_.CheckDrained();
  }

  // An error found before the body was read: answer, then close, since the
  // rest of the request is still on the wire.
  void RespondEarly(const Status& status) { Write(MakeProblem(status, request_.target), false); }

  void Write(Response response, bool keep_alive) {
    if (server_.stopping && keep_alive) keep_alive = false;
    const bool head = request_.method == "HEAD";
    response_ = {};
    response_.result(static_cast<unsigned>(response.status));
    response_.version(11);
    if (!response.content_type.empty()) {
      response_.set(bhttp::field::content_type, response.content_type);
    }
    for (const auto& [name, value] : response.headers) response_.insert(name, value);
    for (const ResponseCookie& cookie : response.cookies) {
      response_.insert(bhttp::field::set_cookie,
                       SetCookieValue(cookie, server_.options.secure_cookies));
    }
    server_.ApplyCommonHeaders(response_, response, request_.request_id);
    response_.keep_alive(keep_alive);
    const std::size_t body_size = response.body.size();
    if (head) {
      response_.content_length(body_size);
    } else {
      response_.body() = std::move(response.body);
      response_.prepare_payload();
    }
    status_ = response.status;
    log_detail_ = std::move(response.log_detail);
    keep_alive_ = keep_alive;
    stream_.expires_after(server_.options.write_timeout);
    if (head) {
      // Only the head goes out; a HEAD response has no body on the wire.
      head_serializer_.emplace(response_);
      bhttp::async_write_header(
          stream_, *head_serializer_,
          [self = shared_from_this(), body_size](beast::error_code ec, std::size_t) {
            self->OnWrite(ec, body_size);
          });
      return;
    }
    bhttp::async_write(stream_, response_,
                       [self = shared_from_this()](beast::error_code ec, std::size_t) {
                         self->OnWrite(ec, self->response_.body().size());
                       });
  }

  void OnWrite(beast::error_code ec, std::size_t body_bytes) {
    head_serializer_.reset();
    const auto duration = Clock::now() - started_;
    server_.metrics->Record(route_name_, request_.method, status_, duration);
    server_.LogAccess(request_, route_name_, status_, body_bytes, duration, user_id_, log_detail_);
    EndRequest();
    if (ec) return Stop();
    if (!keep_alive_) return Linger();
    WaitForRequest();
  }

  // Half-closes, then reads and discards what the client still sends, for a
  // bounded time, so it sees our answer and not a reset; then closes.
  void Linger() {
    boost::system::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    linger_deadline_ = Clock::now() + kLingerTime;
    lingered_ = 0;
    Discard();
  }

  void Discard() {
    stream_.expires_at(linger_deadline_);
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(kReadChunk),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->lingered_ += n;
                              if (ec || self->lingered_ > kLingerMaxBytes) return self->Stop();
                              self->Discard();
                            });
  }

  void Stop() {
    boost::system::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  ServerCore& server_;
  beast::tcp_stream stream_;
  std::uint64_t id_;
  std::string peer_address_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  bhttp::response<bhttp::string_body> response_;
  std::optional<bhttp::response_serializer<bhttp::string_body>> head_serializer_;
  Request request_;
  std::string route_name_;
  std::optional<std::int64_t> user_id_;
  std::string log_detail_;
  int status_ = 0;
  bool keep_alive_ = true;
  bool first_request_ = true;
  bool in_request_ = false;
  Clock::time_point started_;
  Clock::time_point head_deadline_;
  Clock::time_point linger_deadline_;
  std::size_t lingered_ = 0;
  std::size_t body_limit_ = kDefaultMaxBodyBytes;
};

void ServerCore::OnAccept(boost::system::error_code ec, tcp::socket socket) {
  if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
  if (ec) {
    // Typically out of file descriptors: wait a little instead of spinning.
    spdlog::warn("accept failed: {}", ec.message());
    accept_retry.expires_after(std::chrono::milliseconds(50));
    accept_retry.async_wait([this](boost::system::error_code wait_ec) {
      if (!wait_ec) Accept();
    });
    return;
  }
  if (stopping || open_connections.load() >= options.max_connections) {
    boost::system::error_code close_ec;
    socket.close(close_ec);
  } else {
    open_connections.fetch_add(1);
    std::uint64_t id = next_connection_id++;
    auto connection = std::make_shared<Connection>(*this, std::move(socket), id);
    Register(id, connection);
    connection->Start();
  }
  Accept();
}

void ServerCore::CloseAll() {
  std::vector<std::shared_ptr<Connection>> open;
  {
    std::lock_guard lock(connections_mu);
    for (auto& [id, weak] : connections) {
      if (auto connection = weak.lock()) open.push_back(std::move(connection));
    }
  }
  for (auto& connection : open) connection->Close();
}

class Server::Impl : public ServerCore {
 public:
  using ServerCore::ServerCore;
};

Server::Server(ServerOptions options, Router router, ServerHooks hooks)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(router), std::move(hooks))) {}

Server::~Server() = default;

Status Server::Listen() { return impl_->Listen(); }
unsigned short Server::port() const { return impl_->bound_port.load(); }
Status Server::Run() { return impl_->Run(); }
void Server::Shutdown() { impl_->Shutdown(); }
const Metrics& Server::metrics() const { return *impl_->metrics; }

}  // namespace netra::http
