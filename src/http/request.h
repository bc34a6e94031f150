// Request: one HTTP request as handlers see it, and the Principal (the signed-in
// user) the server attached to it.
//
// A plain value built by the server (or by a test) before routing; the router
// fills `route_name` and `path_params`. Handlers receive it by const reference
// on a worker thread and must not keep references to it after returning.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "domain/role.h"

namespace netra::http {

// The user behind a valid `netra_session` cookie (see Authenticator).
struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  Role role = Role::kPublik;
  std::string region_code;  // scope: "" nation, "35" province, "35.13" regency/city
  std::string csrf_token;   // what X-CSRF-Token must equal on state-changing requests
};

// Ordered name/value pairs; names may repeat (e.g. ?tag=a&tag=b).
using Params = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;          // upper case: "GET", "POST", ...
  std::string target;          // as received: path plus "?query" (used as problem `instance`)
  std::string path;            // path part of target, still percent-encoded, no query
  Params query;                // decoded query parameters ('+' is a space)
  Params headers;              // names lower-cased, values as received
  std::string body;            // at most the route's max_body_bytes
  std::string client_address;  // peer IP (or X-Forwarded-For when trusted)
  std::string request_id;      // also sent back as X-Request-Id
  std::optional<Principal> principal;  // set when the session cookie is valid

  // Filled by the router.
  std::string route_name;  // RouteSpec::name of the matched route
  Params path_params;      // "/agencies/{id}" -> {"id", "<decoded segment>"}

  // First value of a query parameter; nullopt when absent.
  std::optional<std::string_view> Query(std::string_view name) const;
  // First header with this name, compared case-insensitively.
  std::optional<std::string_view> Header(std::string_view name) const;
  // A path parameter declared in the route pattern.
  std::optional<std::string_view> PathParam(std::string_view name) const;
  // A cookie from the Cookie header(s).
  std::optional<std::string_view> Cookie(std::string_view name) const;
};

// Decodes %XX escapes (and '+' as space when `plus_as_space`). kInvalidArgument
// naming the offset of a malformed escape or a decoded NUL byte.
Result<std::string> PercentDecode(std::string_view text, bool plus_as_space);

// Splits "a=1&b=x%20y" into decoded pairs. kInvalidArgument for a bad escape
// (naming the parameter) or more than `max_params` parameters.
Result<Params> ParseQuery(std::string_view query, std::size_t max_params = 200);

}  // namespace netra::http
