// Response: what a handler returns on success, with helpers for JSON, bytes,
// 204 and cookies.
//
// A plain value. Cookies are kept as data; the server writes the Set-Cookie
// header with HttpOnly, SameSite=Strict, Path=/ and, when
// ServerOptions::secure_cookies, Secure. Errors are never built here by hand:
// return a non-OK Status and the router maps it (problem.h).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netra::http {

struct ResponseCookie {
  std::string name;
  std::string value;
  std::optional<std::int64_t> max_age_seconds;  // nullopt: a browser-session cookie; 0 deletes
};

struct Response {
  int status = 200;
  std::string content_type;  // empty only for bodiless responses (204)
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers, e.g. Retry-After
  std::vector<ResponseCookie> cookies;
  // For error responses, the Status behind them ("internal: ..."), written to
  // the access log only; never sent to the client.
  std::string log_detail;

  // `body` serialized as application/json; charset=utf-8.
  static Response Json(const nlohmann::json& body, int status = 200);
  // Raw bytes with the given Content-Type (e.g. "application/pdf").
  static Response Bytes(std::string body, std::string content_type, int status = 200);
  // 204 No Content.
  static Response NoContent();

  Response& WithHeader(std::string name, std::string value);
  // Sets a cookie; `max_age_seconds` nullopt makes it last until the browser closes.
  Response& WithCookie(std::string name, std::string value,
                       std::optional<std::int64_t> max_age_seconds = std::nullopt);
  // Tells the browser to delete the cookie (empty value, Max-Age=0).
  Response& ClearCookie(std::string name);

  // First extra header with this name (case-insensitive); for tests and middleware.
  std::optional<std::string_view> Header(std::string_view name) const;
};

// The Set-Cookie header value for `cookie`: HttpOnly; SameSite=Strict; Path=/,
// plus Max-Age when set and Secure when `secure`.
std::string SetCookieValue(const ResponseCookie& cookie, bool secure);

}  // namespace netra::http
