// Request parsing helpers for handlers: the JSON body and integer query
// parameters, failing with kInvalidArgument whose Indonesian and English
// messages say what is wrong and where (byte offset, parameter name).
// Stateless and thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/status.h"
#include "http/request.h"

namespace netra::http {

// The body parsed as JSON, which must be an object (every Netra API body is).
// kInvalidArgument for an empty body, malformed JSON (naming the byte offset)
// or a non-object.
Result<nlohmann::json> ParseJsonObject(const Request& request);

// Query parameter `name` as an integer in [min_value, max_value];
// `default_value` when absent or empty. kInvalidArgument naming the parameter
// when it is not an integer or out of range.
Result<std::int64_t> QueryInt(const Request& request, std::string_view name,
                              std::int64_t default_value, std::int64_t min_value,
                              std::int64_t max_value);

}  // namespace netra::http
