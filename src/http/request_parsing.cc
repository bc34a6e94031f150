#include "http/request_parsing.h"

#include <fmt/format.h>

#include <charconv>

namespace netra::http {

Result<nlohmann::json> ParseJsonObject(const Request& request) {
  if (request.body.empty()) {
    return Status(ErrorCode::kInvalidArgument, "Isi permintaan kosong; diharapkan objek JSON",
                  "The request body is empty; a JSON object is expected");
  }
  nlohmann::json body;
  try {
    body = nlohmann::json::parse(request.body);
  } catch (const nlohmann::json::parse_error& e) {
    return Status(ErrorCode::kInvalidArgument, fmt::format("JSON tidak sah pada bita {}", e.byte),
                  fmt::format("Malformed JSON at byte {}: {}", e.byte, e.what()));
  }
  if (!body.is_object()) {
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("Isi permintaan harus objek JSON, bukan {}", body.type_name()),
                  fmt::format("The request body must be a JSON object, not {}", body.type_name()));
  }
  return body;
}

Result<std::int64_t> QueryInt(const Request& request, std::string_view name,
                              std::int64_t default_value, std::int64_t min_value,
                              std::int64_t max_value) {
  std::optional<std::string_view> text = request.Query(name);
  if (!text || text->empty()) return default_value;
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size()) {
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("Parameter '{}' harus bilangan bulat, bukan '{}'", name, *text),
                  fmt::format("Parameter '{}' must be an integer, not '{}'", name, *text));
  }
  if (value < min_value || value > max_value) {
    return Status(
        ErrorCode::kInvalidArgument,
        fmt::format("Parameter '{}' harus antara {} dan {}", name, min_value, max_value),
        fmt::format("Parameter '{}' must be between {} and {}", name, min_value, max_value));
  }
  return value;
}

}  // namespace netra::http
