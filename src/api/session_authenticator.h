// SessionAuthenticator: the HTTP server's Authenticator backed by AuthService
// sessions in the database. Thread-safe (AuthService is).
#pragma once

#include "http/authenticator.h"
#include "service/auth_service.h"

namespace netra::api {

class SessionAuthenticator final : public http::Authenticator {
 public:
  explicit SessionAuthenticator(AuthService& auth) : auth_(auth) {}

  Result<std::optional<http::Principal>> Authenticate(std::string_view session_token) override;

 private:
  AuthService& auth_;
};

}  // namespace netra::api
