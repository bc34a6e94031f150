#include "http/request.h"

#include <fmt/format.h>

namespace netra::http {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
    if (x != y) return false;
  }
  return true;
}

std::optional<std::string_view> Find(const Params& params, std::string_view name) {
  for (const auto& [key, value] : params) {
    if (key == name) return std::string_view(value);
  }
  return std::nullopt;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string_view> Request::Query(std::string_view name) const {
  return Find(query, name);
}

std::optional<std::string_view> Request::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return std::string_view(value);
  }
  return std::nullopt;
}

std::optional<std::string_view> Request::PathParam(std::string_view name) const {
  return Find(path_params, name);
}

std::optional<std::string_view> Request::Cookie(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (!EqualsIgnoreCase(key, "cookie")) continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      std::size_t semi = rest.find(';');
      std::string_view pair = Trim(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      std::size_t eq = pair.find('=');
      if (eq == std::string_view::npos) continue;
      if (Trim(pair.substr(0, eq)) != name) continue;
      std::string_view cookie_value = Trim(pair.substr(eq + 1));
      if (cookie_value.size() >= 2 && cookie_value.front() == '"' && cookie_value.back() == '"') {
        cookie_value = cookie_value.substr(1, cookie_value.size() - 2);
      }
      return cookie_value;
    }
  }
  return std::nullopt;
}

Result<std::string> PercentDecode(std::string_view text, bool plus_as_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      int hi = i + 1 < text.size() ? HexValue(text[i + 1]) : -1;
      int lo = i + 2 < text.size() ? HexValue(text[i + 2]) : -1;
      if (hi < 0 || lo < 0) {
        return Status(ErrorCode::kInvalidArgument,
                      fmt::format("Kode persen tidak sah pada posisi {}", i + 1),
                      fmt::format("Malformed percent escape at offset {}", i + 1));
      }
      char decoded = static_cast<char>(hi * 16 + lo);
      if (decoded == '\0') {
        return Status(ErrorCode::kInvalidArgument,
                      fmt::format("Byte NUL (%00) tidak diizinkan pada posisi {}", i + 1),
                      fmt::format("NUL byte (%00) not allowed at offset {}", i + 1));
      }
      out.push_back(decoded);
      i += 2;
    } else if (c == '+' && plus_as_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

Result<Params> ParseQuery(std::string_view query, std::size_t max_params) {
  Params params;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    if (params.size() == max_params) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("Terlalu banyak parameter kueri (maksimum {})", max_params),
                    fmt::format("Too many query parameters (at most {})", max_params));
    }
    std::size_t eq = pair.find('=');
    std::string_view raw_name = pair.substr(0, eq);
    std::string_view raw_value =
        eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    Result<std::string> name = PercentDecode(raw_name, true);
    if (!name.ok()) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("Nama parameter kueri tidak sah: {}", name.status().message_id()),
                    fmt::format("Malformed query parameter name: {}", name.status().message_en()));
    }
    Result<std::string> value = PercentDecode(raw_value, true);
    if (!value.ok()) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("Nilai parameter kueri '{}' tidak sah: {}", *name,
                                value.status().message_id()),
                    fmt::format("Malformed value of query parameter '{}': {}", *name,
                                value.status().message_en()));
    }
    params.emplace_back(std::move(name).value(), std::move(value).value());
  }
  return params;
}

}  // namespace netra::http
