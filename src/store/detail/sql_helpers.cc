#include "store/detail/sql_helpers.h"

#include <algorithm>
#include <cctype>

#include "domain/region.h"

namespace netra::store_detail {

Status NotFound(const std::string& what_id, const std::string& what_en) {
  return Status(ErrorCode::kNotFound, what_id + " tidak ditemukan", what_en + " not found");
}

Status Invalid(std::string message_id, std::string message_en) {
  return Status(ErrorCode::kInvalidArgument, std::move(message_id), std::move(message_en));
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string ContainsPattern(std::string_view text) {
  std::string out = "%";
  for (char c : AsciiLower(text)) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

std::pair<std::string, std::string> SubtreeRange(const std::string& scope) {
  if (scope.empty()) return {"", "~"};
  return {scope, scope + "/"};
}

std::pair<std::string, std::string> PrefixRange(const std::string& prefix) {
  return {prefix, prefix + "~"};
}

bool StartsWithDigit(std::string_view text) {
  return !text.empty() && std::isdigit(static_cast<unsigned char>(text.front()));
}

std::int64_t ClampLimit(int limit) { return std::clamp(limit <= 0 ? 50 : limit, 1, kMaxPageLimit); }

Status CheckScope(const std::string& scope) {
  if (scope.empty()) return Status::Ok();
  auto level = ParseRegionCode(scope);
  return level.ok() ? Status::Ok() : level.status();
}

Status CheckText(std::string_view value, std::size_t max, const char* field) {
  if (value.size() > max) {
    return Invalid(
        std::string("Kolom ") + field + " terlalu panjang (paling banyak " + std::to_string(max) +
            " bita)",
        std::string("Field ") + field + " is too long (at most " + std::to_string(max) + " bytes)");
  }
  return Status::Ok();
}

}  // namespace netra::store_detail
