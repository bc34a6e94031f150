#include "http/problem.h"

#include <nlohmann/json.hpp>

namespace netra::http {
namespace {

struct ReasonInfo {
  const char* code;
  int http_status;
  const char* title;
};

// Reasons that select their own HTTP status; docs/api.md lists the codes.
constexpr ReasonInfo kReasons[] = {
    {"csrf_missing", 403, "CSRF token missing"},
    {"csrf_invalid", 403, "CSRF token invalid"},
    {"method_not_allowed", 405, "Method not allowed"},
    {"request_timeout", 408, "Request timeout"},
    {"payload_too_large", 413, "Payload too large"},
    {"unsupported_media_type", 415, "Unsupported media type"},
    {"login_throttled", 429, "Too many sign-in attempts"},
    {"request_header_fields_too_large", 431, "Request header fields too large"},
};

const ReasonInfo* FindReason(const std::string& reason) {
  for (const ReasonInfo& info : kReasons) {
    if (reason == info.code) return &info;
  }
  return nullptr;
}

const char* TitleFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return "OK";
    case ErrorCode::kInvalidArgument:
      return "Invalid argument";
    case ErrorCode::kNotFound:
      return "Not found";
    case ErrorCode::kAlreadyExists:
      return "Already exists";
    case ErrorCode::kConflict:
      return "Conflict";
    case ErrorCode::kUnauthenticated:
      return "Unauthenticated";
    case ErrorCode::kPermissionDenied:
      return "Permission denied";
    case ErrorCode::kResourceExhausted:
      return "Resource exhausted";
    case ErrorCode::kFailedPrecondition:
      return "Failed precondition";
    case ErrorCode::kUnavailable:
      return "Service unavailable";
    case ErrorCode::kInternal:
      return "Internal error";
  }
  return "Internal error";
}

int StatusForCode(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kFailedPrecondition:
      return 400;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kPermissionDenied:
      return 403;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kAlreadyExists:
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kResourceExhausted:
      return 429;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kOk:
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

}  // namespace

int HttpStatusFor(const Status& status) {
  if (const ReasonInfo* info = FindReason(status.reason())) return info->http_status;
  return StatusForCode(status.code());
}

std::string ProblemCode(const Status& status) {
  if (!status.reason().empty()) return status.reason();
  if (status.ok()) return CodeName(ErrorCode::kInternal);
  return CodeName(status.code());
}

Response MakeProblem(const Status& status, std::string_view instance) {
  const std::string code = ProblemCode(status);
  const ReasonInfo* info = FindReason(status.reason());
  const int http_status = HttpStatusFor(status);
  nlohmann::json body;
  body["type"] = "https://netra.go.id/problems/" + code;
  body["title"] =
      info != nullptr ? info->title : TitleFor(status.ok() ? ErrorCode::kInternal : status.code());
  body["status"] = http_status;
  body["code"] = code;
  if (http_status >= 500 && status.code() != ErrorCode::kUnavailable) {
    // Internal messages may name tables or files: keep them in the log.
    body["detail"] = "Terjadi kesalahan internal pada server";
    body["detail_en"] = "Internal server error";
  } else {
    body["detail"] = status.message_id();
    body["detail_en"] = status.message_en();
  }
  body["instance"] = std::string(instance);
  Response response = Response::Json(body, http_status);
  response.content_type = "application/problem+json; charset=utf-8";
  response.log_detail = status.ToString();
  return response;
}

}  // namespace netra::http
