// Status and Result<T>: errors as values at module boundaries.
//
// A Status is a stable machine code (ErrorCode, mapped once to HTTP status in
// src/http) plus a message. Messages addressed to end users carry both
// Indonesian and English text; `message_id` is Indonesian (the UI language by
// default), `message_en` English. Result<T> holds either a T or a non-OK Status
// (GCC 12 has no std::expected in C++20). Both are plain values, safe to copy
// and to move between threads.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace netra {

// Stable codes; their string form (CodeName) is part of the public API.
enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,     // bad input from the caller; message says what, where, why
  kNotFound,            // the named thing does not exist (or is outside the caller's region)
  kAlreadyExists,       // unique key taken
  kConflict,            // state does not allow the operation (e.g. workflow step)
  kUnauthenticated,     // no or expired session
  kPermissionDenied,    // role or region does not allow it
  kResourceExhausted,   // a limit or throttle was hit
  kFailedPrecondition,  // environment not ready (e.g. database newer than binary)
  kUnavailable,         // transient: retry may succeed (database busy, shutting down)
  kInternal,            // broken invariant or unexpected I/O failure
};

// "invalid_argument", "not_found", ... — stable, used as problem+json `code` prefix.
const char* CodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  // English-only message: for operators and logs (CLI, internal errors).
  Status(ErrorCode code, std::string message) : code_(code), message_en_(std::move(message)) {}
  // Bilingual message for end users: Indonesian first, then English.
  Status(ErrorCode code, std::string message_id, std::string message_en)
      : code_(code), message_id_(std::move(message_id)), message_en_(std::move(message_en)) {}

  static Status Ok() { return {}; }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  // Indonesian text; falls back to English when none was given.
  const std::string& message_id() const { return message_id_.empty() ? message_en_ : message_id_; }
  const std::string& message_en() const { return message_en_; }
  // "not_found: <english message>" for logs.
  std::string ToString() const;

  // A finer, stable problem code than CodeName(code()) where clients must tell
  // cases apart (e.g. "login_throttled"); empty when none was set.
  const std::string& reason() const { return reason_; }
  Status&& WithReason(std::string reason) && {
    reason_ = std::move(reason);
    return std::move(*this);
  }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_id_;
  std::string message_en_;
  std::string reason_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(v_).ok() && "Result built from an OK status has no value");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  // The error; Status::Ok() when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace netra

// Propagate a non-OK Status from an expression returning Status.
#define NETRA_RETURN_IF_ERROR(expr)                \
  do {                                             \
    ::netra::Status netra_status_ = (expr);        \
    if (!netra_status_.ok()) return netra_status_; \
  } while (0)

#define NETRA_CONCAT_INNER_(a, b) a##b
#define NETRA_CONCAT_(a, b) NETRA_CONCAT_INNER_(a, b)
// NETRA_ASSIGN_OR_RETURN(auto x, Compute()); returns the Status on error.
#define NETRA_ASSIGN_OR_RETURN(lhs, expr) \
  NETRA_ASSIGN_OR_RETURN_IMPL_(NETRA_CONCAT_(netra_result_, __LINE__), lhs, expr)
#define NETRA_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.status();                \
  lhs = std::move(tmp).value()
