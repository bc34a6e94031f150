// Problem: the one place where a non-OK Status becomes an HTTP error response,
// RFC 9457 application/problem+json exactly as docs/api.md describes.
//
// `code` is status.reason() when set (e.g. "csrf_missing", "login_throttled",
// "payload_too_large"), otherwise CodeName(status.code()). The HTTP status
// follows the reason when it names one (405, 413, 415, 431, ...), otherwise
// the ErrorCode. Internal errors are answered with a generic message; their
// real text goes to the access log only. Stateless and thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "http/response.h"

namespace netra::http {

// The HTTP status for a non-OK Status (500 for kOk, which is a caller bug).
int HttpStatusFor(const Status& status);

// The stable problem `code` for a non-OK Status.
std::string ProblemCode(const Status& status);

// A problem+json response for `status`; `instance` is the request target.
// Use it directly only when an error needs an extra header (Retry-After);
// otherwise return the Status from the handler.
Response MakeProblem(const Status& status, std::string_view instance);

}  // namespace netra::http
