#include "http/problem.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace netra::http {
namespace {

TEST(ProblemTest, MapsEveryErrorCodeToItsHttpStatus) {
  struct Case {
    ErrorCode code;
    int status;
    const char* name;
  };
  const Case cases[] = {
      {ErrorCode::kInvalidArgument, 400, "invalid_argument"},
      {ErrorCode::kUnauthenticated, 401, "unauthenticated"},
      {ErrorCode::kPermissionDenied, 403, "permission_denied"},
      {ErrorCode::kNotFound, 404, "not_found"},
      {ErrorCode::kAlreadyExists, 409, "already_exists"},
      {ErrorCode::kConflict, 409, "conflict"},
      {ErrorCode::kResourceExhausted, 429, "resource_exhausted"},
      {ErrorCode::kFailedPrecondition, 400, "failed_precondition"},
      {ErrorCode::kInternal, 500, "internal"},
      {ErrorCode::kUnavailable, 503, "unavailable"},
  };
  for (const Case& c : cases) {
    Status status(c.code, "pesan", "message");
    EXPECT_EQ(HttpStatusFor(status), c.status) << c.name;
    EXPECT_EQ(ProblemCode(status), c.name);
  }
}

TEST(ProblemTest, ReasonSelectsCodeAndStatus) {
  struct Case {
    ErrorCode code;
    const char* reason;
    int status;
  };
  const Case cases[] = {
      {ErrorCode::kPermissionDenied, "csrf_missing", 403},
      {ErrorCode::kPermissionDenied, "csrf_invalid", 403},
      {ErrorCode::kInvalidArgument, "method_not_allowed", 405},
      {ErrorCode::kInvalidArgument, "payload_too_large", 413},
      {ErrorCode::kInvalidArgument, "unsupported_media_type", 415},
      {ErrorCode::kResourceExhausted, "login_throttled", 429},
      {ErrorCode::kInvalidArgument, "request_header_fields_too_large", 431},
      // An unknown reason keeps the code's status.
      {ErrorCode::kConflict, "step_out_of_order", 409},
  };
  for (const Case& c : cases) {
    Status status = Status(c.code, "x", "y").WithReason(c.reason);
    EXPECT_EQ(HttpStatusFor(status), c.status) << c.reason;
    EXPECT_EQ(ProblemCode(status), c.reason);
  }
}

TEST(ProblemTest, BodyHasTheDocumentedShape) {
  Response response = MakeProblem(
      Status(ErrorCode::kInvalidArgument, "Batas harus angka", "Limit must be a number"),
      "/api/v1/employees?limit=x");
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.content_type, "application/problem+json; charset=utf-8");
  nlohmann::json body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["type"], "https://netra.go.id/problems/invalid_argument");
  EXPECT_EQ(body["title"], "Invalid argument");
  EXPECT_EQ(body["status"], 400);
  EXPECT_EQ(body["code"], "invalid_argument");
  EXPECT_EQ(body["detail"], "Batas harus angka");
  EXPECT_EQ(body["detail_en"], "Limit must be a number");
  EXPECT_EQ(body["instance"], "/api/v1/employees?limit=x");
  EXPECT_EQ(response.log_detail, "invalid_argument: Limit must be a number");
}

TEST(ProblemTest, InternalErrorsHideTheirMessage) {
  Response response =
      MakeProblem(Status(ErrorCode::kInternal, "sqlite: no such table users"), "/api/v1/users");
  nlohmann::json body = nlohmann::json::parse(response.body);
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("sqlite"), std::string::npos);
  EXPECT_EQ(body["detail_en"], "Internal server error");
  EXPECT_NE(response.log_detail.find("no such table"), std::string::npos);
}

TEST(ProblemTest, UnavailableKeepsItsMessage) {
  Response response =
      MakeProblem(Status(ErrorCode::kUnavailable, "Server sedang berhenti", "Shutting down"), "/x");
  nlohmann::json body = nlohmann::json::parse(response.body);
  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(body["detail"], "Server sedang berhenti");
}

TEST(ResponseTest, CookiesCarryTheSecurityAttributes) {
  Response response = Response::NoContent();
  response.WithCookie("netra_session", "tok", 43200).ClearCookie("old");
  ASSERT_EQ(response.cookies.size(), 2u);
  EXPECT_EQ(response.status, 204);
  EXPECT_EQ(SetCookieValue(response.cookies[0], false),
            "netra_session=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200");
  EXPECT_EQ(SetCookieValue(response.cookies[0], true),
            "netra_session=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure");
  EXPECT_EQ(SetCookieValue(response.cookies[1], false),
            "old=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  ResponseCookie session_only{"a", "b", std::nullopt};
  EXPECT_EQ(SetCookieValue(session_only, false), "a=b; Path=/; HttpOnly; SameSite=Strict");
}

TEST(ResponseTest, JsonAndBytesHelpers) {
  Response json = Response::Json({{"a", 1}}, 201);
  EXPECT_EQ(json.status, 201);
  EXPECT_EQ(json.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(json.body, R"({"a":1})");
  Response bytes = Response::Bytes("%PDF", "application/pdf");
  EXPECT_EQ(bytes.status, 200);
  EXPECT_EQ(bytes.content_type, "application/pdf");
  bytes.WithHeader("Retry-After", "60");
  EXPECT_EQ(bytes.Header("retry-after"), "60");
  // Invalid UTF-8 in stored data must not throw.
  Response odd = Response::Json({{"name", std::string("\xff")}});
  EXPECT_EQ(odd.status, 200);
}

}  // namespace
}  // namespace netra::http
