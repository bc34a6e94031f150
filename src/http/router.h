// Router: the table of routes, each with its access policy, and the single
// pipeline from a Request to a Response (match → access checks → handler →
// problem+json for any error).
//
// Routes are added at start-up (Add throws std::invalid_argument on a bad or
// duplicate pattern: a programming error); afterwards the router is read-only
// and Dispatch/Find/Routes are safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/role.h"
#include "http/request.h"
#include "http/response.h"

namespace netra::http {

inline constexpr std::size_t kDefaultMaxBodyBytes = 1 << 20;  // 1 MiB

using Handler = std::function<Result<Response>(const Request&)>;

// What a route declares. Listing every role explicitly keeps the declaration
// greppable and lets a test walk route × role.
struct RouteSpec {
  std::string method;       // "GET", "POST", "PUT", "PATCH", "DELETE"
  std::string pattern;      // "/api/v1/agencies/{id}/units"; {name} matches one segment
  std::string name;         // stable, unique: "agencies.units.list" (metrics, access log)
  std::vector<Role> roles;  // who may call it; Role::kPublik means no session needed
  // Whether it changes state; then a request carrying a session must send a
  // matching X-CSRF-Token. nullopt: true for POST, PUT, PATCH, DELETE.
  std::optional<bool> changes_state;
  std::size_t max_body_bytes = kDefaultMaxBodyBytes;
  // Media types accepted for a non-empty body, compared without parameters
  // ("application/json"); anything else is 415 `unsupported_media_type`.
  // Empty: any type.
  std::vector<std::string> content_types;

  bool Allows(Role role) const;
  bool IsPublic() const { return Allows(Role::kPublik); }
  bool ChangesState() const;
};

class Router {
 public:
  Router();
  ~Router();
  Router(Router&&) noexcept;
  Router& operator=(Router&&) noexcept;

  // Throws std::invalid_argument for an empty role set, a malformed pattern,
  // a duplicate method+pattern or a duplicate name.
  void Add(RouteSpec spec, Handler handler);

  // The route for method+path (path percent-encoded, no query), preferring
  // literal segments over {params}; nullptr when none.
  const RouteSpec* Find(std::string_view method, std::string_view path) const;
  // Whether any route's pattern matches the path, whatever its method.
  bool MatchesPath(std::string_view path) const;

  // Runs the whole pipeline for a request whose principal (if any) is already
  // set: 404 `not_found` for an unknown path, 405 `method_not_allowed` with
  // Allow for a known path, 401 `unauthenticated` without a session on a
  // non-public route, 403 `permission_denied` for a role not in the set,
  // 403 `csrf_missing`/`csrf_invalid`, 415 for a body of an undeclared
  // content type, 400 for a malformed path parameter, then the handler; a non-OK Result or an
  // exception becomes problem+json. Fills request.route_name ("unmatched" when no route) and
  // path_params. Does not check the body size (the server does that before reading it).
  Response Dispatch(Request& request) const;

  // Every declared route, in the order added.
  std::vector<RouteSpec> Routes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Route name used for requests that matched no route.
inline constexpr const char* kUnmatchedRoute = "unmatched";

}  // namespace netra::http
