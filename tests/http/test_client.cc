#include "test_client.h"

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace netra::http::testing {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::optional<std::string> ClientResponse::Header(std::string_view name) const {
  std::string lower = Lower(name);
  for (const auto& [key, value] : headers) {
    if (key == lower) return value;
  }
  return std::nullopt;
}

std::vector<std::string> ClientResponse::Headers(std::string_view name) const {
  std::string lower = Lower(name);
  std::vector<std::string> out;
  for (const auto& [key, value] : headers) {
    if (key == lower) out.push_back(value);
  }
  return out;
}

struct TestClient::Impl {
  net::io_context ioc;
  beast::tcp_stream stream{ioc};
  beast::flat_buffer buffer;

  // Runs the pending async operation to completion.
  void Run() {
    ioc.restart();
    ioc.run();
  }
};

TestClient::TestClient() : impl_(std::make_unique<Impl>()) {}
TestClient::~TestClient() = default;

bool TestClient::Connect(unsigned short port) {
  beast::error_code result;
  impl_->stream.expires_after(std::chrono::seconds(5));
  impl_->stream.async_connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port),
                              [&](beast::error_code ec) { result = ec; });
  impl_->Run();
  return !result;
}

bool TestClient::SendRaw(std::string_view bytes, std::chrono::milliseconds timeout) {
  beast::error_code result;
  impl_->stream.expires_after(timeout);
  net::async_write(impl_->stream, net::buffer(bytes.data(), bytes.size()),
                   [&](beast::error_code ec, std::size_t) { result = ec; });
  impl_->Run();
  return !result;
}

std::optional<ClientResponse> TestClient::Read(std::chrono::milliseconds timeout, bool head) {
  bhttp::response_parser<bhttp::string_body> parser;
  parser.skip(head);
  parser.body_limit(64 << 20);
  beast::error_code result;
  impl_->stream.expires_after(timeout);
  bhttp::async_read(impl_->stream, impl_->buffer, parser,
                    [&](beast::error_code ec, std::size_t) { result = ec; });
  impl_->Run();
  if (result) return std::nullopt;
  auto message = parser.release();
  ClientResponse response;
  response.status = static_cast<int>(message.result_int());
  for (const auto& field : message) {
    response.headers.emplace_back(Lower(std::string(field.name_string())),
                                  std::string(field.value()));
  }
  response.body = std::move(message.body());
  response.keep_alive = message.keep_alive();
  return response;
}

std::optional<ClientResponse> TestClient::Send(
    std::string_view method, std::string_view target, std::string_view body,
    const std::vector<std::pair<std::string, std::string>>& headers,
    std::chrono::milliseconds timeout) {
  bhttp::request<bhttp::string_body> request;
  request.method_string(beast::string_view(method.data(), method.size()));
  request.target(beast::string_view(target.data(), target.size()));
  request.version(11);
  request.set(bhttp::field::host, "127.0.0.1");
  for (const auto& [name, value] : headers) {
    request.insert(beast::string_view(name), beast::string_view(value));
  }
  request.body() = std::string(body);
  if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
    request.prepare_payload();
  }
  beast::error_code result;
  impl_->stream.expires_after(timeout);
  bhttp::async_write(impl_->stream, request,
                     [&](beast::error_code ec, std::size_t) { result = ec; });
  impl_->Run();
  if (result) return std::nullopt;
  return Read(timeout, method == "HEAD");
}

bool TestClient::WaitClosed(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  char scratch[4096];
  while (true) {
    beast::error_code result;
    impl_->stream.expires_at(deadline);
    impl_->stream.async_read_some(net::buffer(scratch),
                                  [&](beast::error_code ec, std::size_t) { result = ec; });
    impl_->Run();
    if (result == beast::error::timeout) return false;
    if (result) return true;  // eof or reset: the server closed it
  }
}

std::optional<ClientResponse> Fetch(
    unsigned short port, std::string_view method, std::string_view target, std::string_view body,
    const std::vector<std::pair<std::string, std::string>>& headers) {
  TestClient client;
  if (!client.Connect(port)) return std::nullopt;
  return client.Send(method, target, body, headers);
}

}  // namespace netra::http::testing
