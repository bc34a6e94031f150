#include "http/router.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace netra::http {
namespace {

constexpr Role kStaff[] = {Role::kOperatorInstansi, Role::kPengawas, Role::kPenilai, Role::kPpk,
                           Role::kAuditor,          Role::kAdmin};

Handler Echo(std::string what) {
  return [what](const Request& request) -> Result<Response> {
    nlohmann::json params = nlohmann::json::object();
    for (const auto& [name, value] : request.path_params) params[name] = value;
    return Response::Json({{"route", what}, {"params", params}});
  };
}

Router MakeRouter() {
  Router router;
  router.Add({.method = "GET",
              .pattern = "/api/v1/regions/{code}",
              .name = "regions.get",
              .roles = {Role::kPublik}},
             Echo("regions.get"));
  router.Add({.method = "GET",
              .pattern = "/api/v1/regions/search",
              .name = "regions.search",
              .roles = {Role::kPublik}},
             Echo("regions.search"));
  router.Add({.method = "GET",
              .pattern = "/api/v1/agencies/{id}",
              .name = "agencies.get",
              .roles = std::vector<Role>(std::begin(kStaff), std::end(kStaff))},
             Echo("agencies.get"));
  router.Add({.method = "POST",
              .pattern = "/api/v1/agencies",
              .name = "agencies.create",
              .roles = {Role::kOperatorInstansi, Role::kAdmin}},
             Echo("agencies.create"));
  router.Add({.method = "DELETE",
              .pattern = "/api/v1/agencies/{id}",
              .name = "agencies.delete",
              .roles = {Role::kAdmin}},
             Echo("agencies.delete"));
  router.Add({.method = "POST",
              .pattern = "/api/v1/auth/login",
              .name = "auth.login",
              .roles = {Role::kPublik},
              .changes_state = false},
             Echo("auth.login"));
  router.Add({.method = "POST",
              .pattern = "/api/v1/reports",
              .name = "reports.create",
              .roles = {Role::kPublik}},
             Echo("reports.create"));
  router.Add({.method = "GET", .pattern = "/api/v1/fail", .name = "fail", .roles = {Role::kPublik}},
             [](const Request&) -> Result<Response> {
               return Status(ErrorCode::kConflict, "Langkah tidak urut", "Step out of order");
             });
  router.Add(
      {.method = "GET", .pattern = "/api/v1/throw", .name = "throw", .roles = {Role::kPublik}},
      [](const Request&) -> Result<Response> { throw std::runtime_error("boom secret"); });
  return router;
}

Request Make(std::string method, std::string path, std::optional<Role> role = std::nullopt) {
  Request request;
  request.method = std::move(method);
  request.path = path;
  request.target = path;
  if (role) {
    request.principal = Principal{.user_id = 7,
                                  .username = "budi",
                                  .role = *role,
                                  .region_code = "35.13",
                                  .csrf_token = "csrf-secret-token"};
  }
  return request;
}

nlohmann::json Body(const Response& response) { return nlohmann::json::parse(response.body); }

TEST(RouterTest, MatchesPathParametersAndPrefersLiterals) {
  Router router = MakeRouter();
  Request search = Make("GET", "/api/v1/regions/search");
  Response response = router.Dispatch(search);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(Body(response)["route"], "regions.search");
  EXPECT_EQ(search.route_name, "regions.search");

  Request get = Make("GET", "/api/v1/regions/35.13");
  response = router.Dispatch(get);
  EXPECT_EQ(Body(response)["route"], "regions.get");
  EXPECT_EQ(Body(response)["params"]["code"], "35.13");
  EXPECT_EQ(get.PathParam("code"), "35.13");
}

TEST(RouterTest, DecodesPathParameters) {
  Router router = MakeRouter();
  Request request = Make("GET", "/api/v1/regions/a%20b%2Fc");
  Response response = router.Dispatch(request);
  EXPECT_EQ(Body(response)["params"]["code"], "a b/c");

  Request bad = Make("GET", "/api/v1/regions/a%2");
  response = router.Dispatch(bad);
  EXPECT_EQ(response.status, 400);
  EXPECT_NE(Body(response)["detail_en"].get<std::string>().find("'code'"), std::string::npos);
}

TEST(RouterTest, UnknownPathIs404) {
  Router router = MakeRouter();
  for (const char* path : {"/api/v1/nothing", "/api/v1/regions", "/api/v1/regions/", "/",
                           "/api/v1/regions/35/extra", "relative"}) {
    Request request = Make("GET", path);
    Response response = router.Dispatch(request);
    EXPECT_EQ(response.status, 404) << path;
    EXPECT_EQ(Body(response)["code"], "not_found") << path;
    EXPECT_EQ(request.route_name, kUnmatchedRoute);
  }
}

TEST(RouterTest, KnownPathWrongMethodIs405WithAllow) {
  Router router = MakeRouter();
  Request request = Make("PUT", "/api/v1/agencies/5", Role::kAdmin);
  Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(Body(response)["code"], "method_not_allowed");
  EXPECT_EQ(response.Header("Allow"), "DELETE, GET");
}

TEST(RouterTest, NonPublicRouteWithoutSessionIs401) {
  Router router = MakeRouter();
  Request request = Make("GET", "/api/v1/agencies/5");
  Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(Body(response)["code"], "unauthenticated");
  EXPECT_EQ(response.content_type, "application/problem+json; charset=utf-8");
}

TEST(RouterTest, RoleOutsideTheSetIs403) {
  Router router = MakeRouter();
  Request asn = Make("GET", "/api/v1/agencies/5", Role::kAsn);
  Response response = router.Dispatch(asn);
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(Body(response)["code"], "permission_denied");
  EXPECT_NE(Body(response)["detail_en"].get<std::string>().find("asn"), std::string::npos);

  Request pengawas = Make("GET", "/api/v1/agencies/5", Role::kPengawas);
  EXPECT_EQ(router.Dispatch(pengawas).status, 200);
}

TEST(RouterTest, EveryRoleIsCheckedAgainstTheDeclaration) {
  Router router = MakeRouter();
  for (const RouteSpec& spec : router.Routes()) {
    if (spec.name == "fail" || spec.name == "throw") continue;
    for (Role role : kAllRoles) {
      std::string path = spec.pattern;
      std::size_t brace = path.find('{');
      if (brace != std::string::npos) path = path.substr(0, brace) + "9";
      Request request =
          Make(spec.method, path, role == Role::kPublik ? std::nullopt : std::optional(role));
      request.headers = {{"x-csrf-token", "csrf-secret-token"}};
      Response response = router.Dispatch(request);
      bool allowed = spec.IsPublic() || spec.Allows(role);
      EXPECT_EQ(response.status == 200, allowed) << spec.name << " as " << RoleName(role);
      if (!allowed) {
        EXPECT_EQ(response.status, role == Role::kPublik ? 401 : 403)
            << spec.name << " as " << RoleName(role);
      }
    }
  }
}

TEST(RouterTest, StateChangingRequestWithSessionNeedsCsrf) {
  Router router = MakeRouter();
  Request missing = Make("POST", "/api/v1/agencies", Role::kAdmin);
  Response response = router.Dispatch(missing);
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(Body(response)["code"], "csrf_missing");

  Request wrong = Make("POST", "/api/v1/agencies", Role::kAdmin);
  wrong.headers = {{"x-csrf-token", "csrf-secret-tokex"}};
  response = router.Dispatch(wrong);
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(Body(response)["code"], "csrf_invalid");

  Request shorter = Make("DELETE", "/api/v1/agencies/3", Role::kAdmin);
  shorter.headers = {{"X-CSRF-Token", "csrf"}};
  EXPECT_EQ(Body(router.Dispatch(shorter))["code"], "csrf_invalid");

  Request right = Make("POST", "/api/v1/agencies", Role::kAdmin);
  right.headers = {{"X-CSRF-Token", "csrf-secret-token"}};
  EXPECT_EQ(router.Dispatch(right).status, 200);
}

TEST(RouterTest, CsrfAppliesToPublicRoutesOnlyWithASession) {
  Router router = MakeRouter();
  Request anonymous = Make("POST", "/api/v1/reports");
  EXPECT_EQ(router.Dispatch(anonymous).status, 200);
  Request signed_in = Make("POST", "/api/v1/reports", Role::kPengawas);
  EXPECT_EQ(Body(router.Dispatch(signed_in))["code"], "csrf_missing");
  // A route may declare that it changes no state (sign-in replaces a session).
  Request login = Make("POST", "/api/v1/auth/login", Role::kPengawas);
  EXPECT_EQ(router.Dispatch(login).status, 200);
}

TEST(RouterTest, UndeclaredContentTypeIs415) {
  Router router;
  router.Add({.method = "POST",
              .pattern = "/api/v1/imports/employees",
              .name = "imports.employees",
              .roles = {Role::kPublik},
              .content_types = {"text/csv", "application/json"}},
             Echo("imports"));
  auto post = [&](std::string body, std::optional<std::string> type) {
    Request request = Make("POST", "/api/v1/imports/employees");
    request.body = std::move(body);
    if (type) request.headers = {{"content-type", *type}};
    return router.Dispatch(request);
  };
  EXPECT_EQ(post("a,b", "text/csv").status, 200);
  EXPECT_EQ(post("a,b", "Text/CSV; charset=utf-8").status, 200);
  EXPECT_EQ(post("", std::nullopt).status, 200);  // no body, nothing to check
  Response wrong = post("a,b", "application/pdf");
  EXPECT_EQ(wrong.status, 415);
  EXPECT_EQ(Body(wrong)["code"], "unsupported_media_type");
  EXPECT_NE(Body(wrong)["detail_en"].get<std::string>().find("text/csv, application/json"),
            std::string::npos);
  EXPECT_EQ(post("a,b", std::nullopt).status, 415);
}

TEST(RouterTest, CsrfIsRefusedWhenTheSessionHasNoToken) {
  Router router = MakeRouter();
  Request request = Make("POST", "/api/v1/agencies", Role::kAdmin);
  request.principal->csrf_token.clear();
  request.headers = {{"x-csrf-token", "anything"}};
  EXPECT_EQ(Body(router.Dispatch(request))["code"], "csrf_invalid");
}

TEST(RouterTest, HandlerErrorsBecomeProblems) {
  Router router = MakeRouter();
  Request request = Make("GET", "/api/v1/fail");
  request.target = "/api/v1/fail?x=1";
  Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, 409);
  nlohmann::json body = Body(response);
  EXPECT_EQ(body["code"], "conflict");
  EXPECT_EQ(body["detail"], "Langkah tidak urut");
  EXPECT_EQ(body["detail_en"], "Step out of order");
  EXPECT_EQ(body["instance"], "/api/v1/fail?x=1");
}

TEST(RouterTest, HandlerExceptionsBecomeInternalErrors) {
  Router router = MakeRouter();
  Request request = Make("GET", "/api/v1/throw");
  Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(Body(response)["code"], "internal");
  EXPECT_EQ(response.body.find("boom"), std::string::npos);
  EXPECT_NE(response.log_detail.find("boom secret"), std::string::npos);
}

TEST(RouterTest, ListsDeclaredRoutes) {
  Router router = MakeRouter();
  std::vector<RouteSpec> routes = router.Routes();
  ASSERT_EQ(routes.size(), 9u);
  EXPECT_EQ(routes[3].name, "agencies.create");
  EXPECT_EQ(routes[3].method, "POST");
  EXPECT_EQ(routes[3].pattern, "/api/v1/agencies");
  EXPECT_TRUE(routes[3].ChangesState());
  EXPECT_FALSE(routes[3].IsPublic());
  EXPECT_EQ(routes[3].max_body_bytes, kDefaultMaxBodyBytes);
  EXPECT_FALSE(routes[5].ChangesState());
  EXPECT_FALSE(routes[0].ChangesState());
  EXPECT_EQ(router.Find("GET", "/api/v1/agencies/1")->name, "agencies.get");
  EXPECT_EQ(router.Find("POST", "/api/v1/agencies/1"), nullptr);
  EXPECT_TRUE(router.MatchesPath("/api/v1/agencies/1"));
  EXPECT_FALSE(router.MatchesPath("/api/v1/agencies/1/x"));
}

TEST(RouterTest, RejectsBadDeclarations) {
  Router router = MakeRouter();
  auto add = [&](RouteSpec spec) { router.Add(std::move(spec), Echo("x")); };
  EXPECT_THROW(add({.method = "GET", .pattern = "/a", .name = "a", .roles = {}}),
               std::invalid_argument);
  EXPECT_THROW(add({.method = "GET", .pattern = "a", .name = "a", .roles = {Role::kAdmin}}),
               std::invalid_argument);
  EXPECT_THROW(add({.method = "GET", .pattern = "/a/{b", .name = "a", .roles = {Role::kAdmin}}),
               std::invalid_argument);
  EXPECT_THROW(add({.method = "get", .pattern = "/a", .name = "a", .roles = {Role::kAdmin}}),
               std::invalid_argument);
  EXPECT_THROW(
      add({.method = "GET", .pattern = "/a", .name = "regions.get", .roles = {Role::kAdmin}}),
      std::invalid_argument);
  // Same shape as /api/v1/agencies/{id}, whatever the parameter is called.
  EXPECT_THROW(add({.method = "GET",
                    .pattern = "/api/v1/agencies/{code}",
                    .name = "dup",
                    .roles = {Role::kAdmin}}),
               std::invalid_argument);
  EXPECT_NO_THROW(add({.method = "GET",
                       .pattern = "/api/v1/agencies/{id}/units",
                       .name = "units",
                       .roles = {Role::kAdmin}}));
}

}  // namespace
}  // namespace netra::http
