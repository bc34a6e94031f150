#include "http/response.h"

#include <strings.h>

namespace netra::http {

Response Response::Json(const nlohmann::json& body, int status) {
  Response response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  // Replace invalid UTF-8 rather than throw: a stored byte string must not
  // turn a successful read into a 500.
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

Response Response::Bytes(std::string body, std::string content_type, int status) {
  Response response;
  response.status = status;
  response.content_type = std::move(content_type);
  response.body = std::move(body);
  return response;
}

Response Response::NoContent() {
  Response response;
  response.status = 204;
  return response;
}

Response& Response::WithHeader(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
  return *this;
}

Response& Response::WithCookie(std::string name, std::string value,
                               std::optional<std::int64_t> max_age_seconds) {
  cookies.push_back({std::move(name), std::move(value), max_age_seconds});
  return *this;
}

Response& Response::ClearCookie(std::string name) {
  cookies.push_back({std::move(name), "", 0});
  return *this;
}

std::optional<std::string_view> Response::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), key.size()) == 0) {
      return std::string_view(value);
    }
  }
  return std::nullopt;
}

std::string SetCookieValue(const ResponseCookie& cookie, bool secure) {
  std::string out = cookie.name + "=" + cookie.value + "; Path=/; HttpOnly; SameSite=Strict";
  if (cookie.max_age_seconds) out += "; Max-Age=" + std::to_string(*cookie.max_age_seconds);
  if (secure) out += "; Secure";
  return out;
}

}  // namespace netra::http
