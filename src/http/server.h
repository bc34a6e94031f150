// Server: the HTTP/1.1 server (Boost.Beast/Asio) that runs a Router.
//
// I/O runs on `io_threads` threads sharing one io_context, each connection on
// its own strand; authentication, handlers and static files run on a separate
// pool of `worker_threads`, so a slow database call cannot stall the I/O.
// Built-in routes: GET /healthz and GET /metrics. Every response carries the
// security headers; every request produces one access-log line.
//
// Thread-safety: construct and Listen on one thread; Run blocks its caller;
// Shutdown and port() may be called from any thread.
#pragma once

#include <spdlog/common.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "core/status.h"
#include "http/authenticator.h"
#include "http/metrics.h"
#include "http/router.h"

namespace netra::http {

struct ServerOptions {
  std::string listen = "127.0.0.1:8080";             // HOST:PORT; port 0 picks a free one
  int io_threads = 0;                                // 0: one per core
  int worker_threads = 8;                            // blocking handlers (database calls)
  std::chrono::milliseconds header_timeout{10'000};  // to receive a whole request head
  std::chrono::milliseconds body_timeout{60'000};    // to receive the body
  std::chrono::milliseconds idle_timeout{30'000};    // keep-alive wait for the next request
  std::chrono::milliseconds write_timeout{60'000};   // to send a response
  std::chrono::milliseconds shutdown_grace{10'000};  // in-flight requests may finish within
  std::size_t max_header_bytes = 16 * 1024;          // beyond: 431
  std::size_t max_connections = 1024;                // beyond: new connections are closed
  std::string static_dir;                            // web/dist; empty: no static files
  bool secure_cookies = false;                       // Secure on cookies, HSTS (behind TLS)
  bool trust_x_forwarded_for = false;                // client address from the proxy header
  bool metrics_loopback_only = true;                 // /metrics answers 403 to other clients
  bool handle_signals = true;                        // SIGTERM/SIGINT start Shutdown
  std::string content_security_policy =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
};

// Things the server needs from the layers above; all optional.
struct ServerHooks {
  Authenticator* authenticator = nullptr;  // not owned; outlives the server
  // Database health for /healthz: OK → 200, an error → 503 `unavailable`.
  std::function<Status()> health;
  // Extra samples appended to /metrics (database pool size, in use, waits).
  MetricsSource metrics;
  // Where the access log goes (one JSON object per line); nullptr: nowhere.
  spdlog::sink_ptr access_log;
};

class Server {
 public:
  // Adds GET /healthz ("healthz") and GET /metrics ("metrics") to `router`.
  // Options are checked by Listen.
  Server(ServerOptions options, Router router, ServerHooks hooks = {});
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. kInvalidArgument for a malformed listen address or
  // option; kUnavailable when the address cannot be bound (in use, no rights).
  Status Listen();
  // The bound port (after Listen), e.g. when options.listen ends in ":0".
  unsigned short port() const;

  // Serves until Shutdown (or a signal), then drains and returns. Calls Listen
  // first if needed and returns its error.
  Status Run();

  // Graceful stop: closes the listener at once; requests in flight may finish
  // within shutdown_grace; requests arriving meanwhile on kept-alive
  // connections get 503 `unavailable` with Connection: close. Idempotent.
  void Shutdown();

  const Metrics& metrics() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace netra::http
