// TestClient: a small blocking HTTP/1.1 client over Boost.Beast for the server
// tests, with a timeout on every operation so a hung server fails a test
// instead of hanging it. One connection per client; not thread-safe.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netra::http::testing {

struct ClientResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  bool keep_alive = false;

  std::optional<std::string> Header(std::string_view name) const;  // first with this name
  std::vector<std::string> Headers(std::string_view name) const;   // all with this name
};

class TestClient {
 public:
  TestClient();
  ~TestClient();

  // Connects to 127.0.0.1:port; false when refused.
  bool Connect(unsigned short port);
  // Writes raw bytes; false on error.
  bool SendRaw(std::string_view bytes, std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // Reads one response; nullopt when the connection closed or the timeout passed.
  // `head`: the answer to a HEAD request, whose Content-Length has no body.
  std::optional<ClientResponse> Read(std::chrono::milliseconds timeout = std::chrono::seconds(5),
                                     bool head = false);
  // Sends a request built from the parts (HTTP/1.1, keep-alive) and reads the answer.
  std::optional<ClientResponse> Send(
      std::string_view method, std::string_view target, std::string_view body = {},
      const std::vector<std::pair<std::string, std::string>>& headers = {},
      std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // True when the server closes the connection within `timeout` (any bytes
  // received meanwhile are discarded).
  bool WaitClosed(std::chrono::milliseconds timeout);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One request on a fresh connection.
std::optional<ClientResponse> Fetch(
    unsigned short port, std::string_view method, std::string_view target,
    std::string_view body = {},
    const std::vector<std::pair<std::string, std::string>>& headers = {});

}  // namespace netra::http::testing
