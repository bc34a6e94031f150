#include "http/router.h"

#include <fmt/format.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <strings.h>

#include <algorithm>
#include <exception>
#include <stdexcept>

#include "http/problem.h"

namespace netra::http {
namespace {

struct Segment {
  std::string text;  // literal text (percent-encoded form) or parameter name
  bool is_param = false;
};

struct Route {
  RouteSpec spec;
  Handler handler;
  std::vector<Segment> segments;
};

bool ValidParamName(std::string_view name) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  if (path.empty() || path.front() != '/') return parts;
  path.remove_prefix(1);
  while (true) {
    std::size_t slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

std::vector<Segment> ParsePattern(const std::string& pattern) {
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + pattern);
  }
  std::vector<Segment> segments;
  for (std::string_view part : SplitPath(pattern)) {
    if (!part.empty() && part.front() == '{') {
      if (part.back() != '}' || !ValidParamName(part.substr(1, part.size() - 2))) {
        throw std::invalid_argument("malformed parameter in route pattern: " + pattern);
      }
      segments.push_back({std::string(part.substr(1, part.size() - 2)), true});
    } else {
      if (part.find_first_of("{}?#") != std::string_view::npos) {
        throw std::invalid_argument("malformed literal in route pattern: " + pattern);
      }
      segments.push_back({std::string(part), false});
    }
  }
  return segments;
}

bool Matches(const Route& route, const std::vector<std::string_view>& parts) {
  if (route.segments.size() != parts.size()) return false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Segment& segment = route.segments[i];
    if (segment.is_param ? parts[i].empty() : segment.text != parts[i]) return false;
  }
  return true;
}

// True when `a` is more specific than `b`: at the first segment where they
// differ in kind, `a` has the literal.
bool MoreSpecific(const Route& a, const Route& b) {
  for (std::size_t i = 0; i < a.segments.size() && i < b.segments.size(); ++i) {
    if (a.segments[i].is_param != b.segments[i].is_param) return !a.segments[i].is_param;
  }
  return false;
}

bool IsStateChangingMethod(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

}  // namespace

bool RouteSpec::Allows(Role role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool RouteSpec::ChangesState() const {
  return changes_state.value_or(IsStateChangingMethod(method));
}

struct Router::Impl {
  std::vector<Route> routes;

  // The best route for the method among those matching the path; `allowed`
  // collects the methods of every route matching the path.
  const Route* Match(std::string_view method, std::string_view path,
                     std::vector<std::string>* allowed) const {
    std::vector<std::string_view> parts = SplitPath(path);
    if (parts.empty()) return nullptr;
    const Route* best = nullptr;
    for (const Route& route : routes) {
      if (!Matches(route, parts)) continue;
      if (route.spec.method == method) {
        if (best == nullptr || MoreSpecific(route, *best)) best = &route;
      } else if (allowed != nullptr &&
                 std::find(allowed->begin(), allowed->end(), route.spec.method) == allowed->end()) {
        allowed->push_back(route.spec.method);
      }
    }
    return best;
  }
};

Router::Router() : impl_(std::make_unique<Impl>()) {}
Router::~Router() = default;
Router::Router(Router&&) noexcept = default;
Router& Router::operator=(Router&&) noexcept = default;

void Router::Add(RouteSpec spec, Handler handler) {
  if (spec.roles.empty()) throw std::invalid_argument("route without roles: " + spec.name);
  if (spec.name.empty()) throw std::invalid_argument("route without name: " + spec.pattern);
  if (!handler) throw std::invalid_argument("route without handler: " + spec.name);
  if (spec.method.empty() || !std::all_of(spec.method.begin(), spec.method.end(),
                                          [](char c) { return c >= 'A' && c <= 'Z'; })) {
    throw std::invalid_argument("route method must be upper case: " + spec.name);
  }
  std::vector<Segment> segments = ParsePattern(spec.pattern);
  for (const Route& route : impl_->routes) {
    if (route.spec.name == spec.name) {
      throw std::invalid_argument("duplicate route name: " + spec.name);
    }
    bool same_shape = route.spec.method == spec.method && route.segments.size() == segments.size();
    for (std::size_t i = 0; same_shape && i < segments.size(); ++i) {
      same_shape = route.segments[i].is_param == segments[i].is_param &&
                   (segments[i].is_param || route.segments[i].text == segments[i].text);
    }
    if (same_shape) {
      throw std::invalid_argument("duplicate route " + spec.method + " " + spec.pattern);
    }
  }
  impl_->routes.push_back({std::move(spec), std::move(handler), std::move(segments)});
}

const RouteSpec* Router::Find(std::string_view method, std::string_view path) const {
  const Route* route = impl_->Match(method, path, nullptr);
  return route != nullptr ? &route->spec : nullptr;
}

bool Router::MatchesPath(std::string_view path) const {
  std::vector<std::string_view> parts = SplitPath(path);
  return std::any_of(impl_->routes.begin(), impl_->routes.end(),
                     [&](const Route& route) { return Matches(route, parts); });
}

std::vector<RouteSpec> Router::Routes() const {
  std::vector<RouteSpec> specs;
  specs.reserve(impl_->routes.size());
  for (const Route& route : impl_->routes) specs.push_back(route.spec);
  return specs;
}

namespace {

// 401, 403 for the role, then CSRF on a state-changing request with a session.
Status CheckAccess(const RouteSpec& spec, const Request& request) {
  if (!spec.IsPublic()) {
    if (!request.principal) {
      return Status(ErrorCode::kUnauthenticated, "Silakan masuk terlebih dahulu",
                    "Sign-in required");
    }
    if (!spec.Allows(request.principal->role)) {
      const char* role = RoleName(request.principal->role);
      return Status(ErrorCode::kPermissionDenied,
                    fmt::format("Peran {} tidak diizinkan melakukan ini", role),
                    fmt::format("Role {} is not allowed to do this", role));
    }
  }
  if (!spec.ChangesState() || !request.principal) return Status::Ok();
  std::optional<std::string_view> token = request.Header("x-csrf-token");
  if (!token || token->empty()) {
    return Status(ErrorCode::kPermissionDenied,
                  "Header X-CSRF-Token wajib pada permintaan yang mengubah data",
                  "The X-CSRF-Token header is required on state-changing requests")
        .WithReason("csrf_missing");
  }
  const std::string& expected = request.principal->csrf_token;
  // Constant time, so the token cannot be guessed byte by byte from timing.
  if (expected.empty() || token->size() != expected.size() ||
      sodium_memcmp(token->data(), expected.data(), expected.size()) != 0) {
    return Status(ErrorCode::kPermissionDenied, "Token CSRF tidak cocok dengan sesi",
                  "The CSRF token does not match the session")
        .WithReason("csrf_invalid");
  }
  return Status::Ok();
}

Status CheckContentType(const RouteSpec& spec, const Request& request) {
  if (spec.content_types.empty() || request.body.empty()) return Status::Ok();
  std::string_view type = request.Header("content-type").value_or("");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  const bool accepted = std::any_of(
      spec.content_types.begin(), spec.content_types.end(), [&](const std::string& allowed) {
        return allowed.size() == type.size() &&
               strncasecmp(allowed.data(), type.data(), type.size()) == 0;
      });
  if (accepted) return Status::Ok();
  std::string expected = fmt::format("{}", fmt::join(spec.content_types, ", "));
  return Status(ErrorCode::kInvalidArgument,
                fmt::format("Content-Type '{}' tidak diterima; gunakan {}", type, expected),
                fmt::format("Content-Type '{}' is not accepted; use {}", type, expected))
      .WithReason("unsupported_media_type");
}

Result<Params> BindPathParams(const Route& route, std::string_view path) {
  Params params;
  std::vector<std::string_view> parts = SplitPath(path);
  for (std::size_t i = 0; i < route.segments.size(); ++i) {
    const Segment& segment = route.segments[i];
    if (!segment.is_param) continue;
    Result<std::string> value = PercentDecode(parts[i], false);
    if (!value.ok()) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("Bagian alamat '{}' tidak sah: {}", segment.text,
                                value.status().message_id()),
                    fmt::format("Path parameter '{}' is malformed: {}", segment.text,
                                value.status().message_en()));
    }
    params.emplace_back(segment.text, std::move(value).value());
  }
  return params;
}

Response NoRoute(const Request& request, std::vector<std::string> allowed) {
  if (allowed.empty()) {
    return MakeProblem(Status(ErrorCode::kNotFound, "Alamat tidak ditemukan", "No such resource"),
                       request.target);
  }
  std::sort(allowed.begin(), allowed.end());
  std::string allow = fmt::format("{}", fmt::join(allowed, ", "));
  Response response = MakeProblem(
      Status(ErrorCode::kInvalidArgument,
             fmt::format("Metode {} tidak diizinkan di sini; gunakan {}", request.method, allow),
             fmt::format("Method {} not allowed here; use {}", request.method, allow))
          .WithReason("method_not_allowed"),
      request.target);
  response.WithHeader("Allow", allow);
  return response;
}

}  // namespace

Response Router::Dispatch(Request& request) const {
  std::vector<std::string> allowed;
  const Route* route = impl_->Match(request.method, request.path, &allowed);
  if (route == nullptr) {
    request.route_name = kUnmatchedRoute;
    return NoRoute(request, std::move(allowed));
  }
  request.route_name = route->spec.name;
  if (Status access = CheckAccess(route->spec, request); !access.ok()) {
    return MakeProblem(access, request.target);
  }
  if (Status type = CheckContentType(route->spec, request); !type.ok()) {
    return MakeProblem(type, request.target);
  }
  Result<Params> params = BindPathParams(*route, request.path);
  if (!params.ok()) return MakeProblem(params.status(), request.target);
  request.path_params = std::move(params).value();

  try {
    Result<Response> result = route->handler(request);
    if (result.ok()) return std::move(result).value();
    return MakeProblem(result.status(), request.target);
  } catch (const std::exception& e) {
    spdlog::error("handler {} threw: {}", route->spec.name, e.what());
    return MakeProblem(Status(ErrorCode::kInternal, e.what()), request.target);
  }
}

}  // namespace netra::http
