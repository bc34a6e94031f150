// Authenticator: how the server turns a `netra_session` cookie into a
// Principal. The service layer implements it against the database.
//
// Called on a worker thread, possibly from several at once: implementations
// must be thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "core/status.h"
#include "http/request.h"

namespace netra::http {

inline constexpr const char* kSessionCookie = "netra_session";

class Authenticator {
 public:
  virtual ~Authenticator() = default;

  // The principal for a session token; nullopt when the token is unknown,
  // revoked or expired (the request then proceeds as the public). A non-OK
  // Status (e.g. kUnavailable: database down) fails the request with that
  // error instead of silently treating the user as anonymous.
  virtual Result<std::optional<Principal>> Authenticate(std::string_view session_token) = 0;
};

}  // namespace netra::http
