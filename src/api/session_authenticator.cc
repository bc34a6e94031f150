#include "api/session_authenticator.h"

namespace netra::api {

Result<std::optional<http::Principal>> SessionAuthenticator::Authenticate(
    std::string_view session_token) {
  Result<Authenticated> who = auth_.Authenticate(std::string(session_token));
  if (!who.ok()) {
    // An unknown or expired session is simply the public; a database failure is not.
    if (who.status().code() == ErrorCode::kUnauthenticated) return std::optional<http::Principal>();
    return who.status();
  }
  http::Principal principal;
  principal.user_id = who->caller.user_id;
  principal.username = who->caller.username;
  principal.role = who->caller.role;
  principal.region_code = who->caller.region_code;
  principal.csrf_token = who->csrf_token;
  return std::optional<http::Principal>(std::move(principal));
}

}  // namespace netra::api
