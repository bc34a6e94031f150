#include "api/api_util.h"
#include "api/routes.h"
#include "http/authenticator.h"
#include "http/problem.h"
#include "http/request_parsing.h"

namespace netra::api {
namespace {

nlohmann::json SessionBody(const User& user, const std::string& csrf_token) {
  return {{"user", ToJson(user)}, {"csrf_token", csrf_token}};
}

}  // namespace

void RegisterAuthRoutes(http::Router& router, AuthService& auth, UserService& users) {
  // A login acts for no existing session, so it needs no CSRF token even when
  // the browser still holds an old cookie.
  router.Add({"POST", "/api/v1/auth/login", "auth.login", kEveryone, false, 4096},
             [&auth](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string username, JsonString(body, "username", true, 64));
               NETRA_ASSIGN_OR_RETURN(std::string password,
                                      JsonString(body, "password", true, 256));
               Result<SignIn> sign_in = auth.Login(username, password, request.client_address);
               if (!sign_in.ok()) {
                 if (sign_in.status().reason() != "login_throttled") return sign_in.status();
                 return http::MakeProblem(sign_in.status(), request.target)
                     .WithHeader("Retry-After", std::to_string(auth.RetryAfterSeconds()));
               }
               return http::Response::Json(SessionBody(sign_in->user, sign_in->csrf_token))
                   .WithCookie(http::kSessionCookie, sign_in->token, auth.SessionLifetimeSeconds());
             });

  router.Add({"POST", "/api/v1/auth/logout", "auth.logout", kSignedIn},
             [&auth](const http::Request& request) -> Result<http::Response> {
               const auto token = request.Cookie(http::kSessionCookie);
               if (token) NETRA_RETURN_IF_ERROR(auth.Logout(std::string(*token)));
               return http::Response::NoContent().ClearCookie(http::kSessionCookie);
             });

  router.Add({"GET", "/api/v1/auth/me", "auth.me", kSignedIn},
             [&users](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(User user, users.Me(CallerOf(request)));
               return http::Response::Json(SessionBody(user, request.principal->csrf_token));
             });
}

}  // namespace netra::api
