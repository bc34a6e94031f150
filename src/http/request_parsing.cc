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

}  // namespace netra::http
