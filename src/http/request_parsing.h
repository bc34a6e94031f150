// Request parsing helpers for handlers: the JSON body, failing with kInvalidArgument whose
// Indonesian and English messages say what is wrong and where (the byte offset). Stateless and
// thread-safe.
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

}  // namespace netra::http
