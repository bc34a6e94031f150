// AuthService: sign-in, sessions and throttling for staff accounts.
//
// A session token is 32 random bytes sent to the browser in a cookie; only its
// BLAKE2b hash is stored, so a database dump does not yield live sessions.
// Each session carries its own CSRF token. Failed sign-ins are counted in the
// store per account and per client address, so throttling holds across
// processes sharing one database. Thread-safe (the Store is).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "core/status.h"
#include "domain/user.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/store.h"

namespace netra {

struct AuthOptions {
  std::int64_t session_absolute_seconds = 12 * 3600;  // docs/api.md
  std::int64_t session_idle_seconds = 2 * 3600;
  std::int64_t failure_window_seconds = 15 * 60;
  int max_failures_per_account = 5;          // then the account waits out the window
  int max_failures_per_address = 30;         // an office NAT shares one address
  std::int64_t touch_interval_seconds = 60;  // last-seen writes at most this often
  // Sign-ins delete ended sessions and stale failures at most this often, so
  // neither table grows without bound.
  std::int64_t prune_interval_seconds = 600;
};

struct SignIn {
  std::string token;  // cookie value; never stored
  std::string csrf_token;
  User user;
  std::int64_t expires_at = 0;
};

struct Authenticated {
  Caller caller;
  std::string csrf_token;
};

class AuthService {
 public:
  AuthService(Store& store, const Clock& clock, AuthOptions options = {});

  // kUnauthenticated for a wrong username or password (one message for both),
  // kPermissionDenied for a disabled account, kResourceExhausted with reason
  // "login_throttled" when too many recent failures (retry_after_seconds tells
  // how long to wait).
  Result<SignIn> Login(const std::string& username, const std::string& password,
                       const std::string& client_address);
  // The caller behind a session token; kUnauthenticated when unknown, revoked,
  // expired (absolute or idle) or the user is disabled.
  Result<Authenticated> Authenticate(const std::string& token);
  Status Logout(const std::string& token);

  // Seconds until a throttled key may try again (for Retry-After).
  std::int64_t RetryAfterSeconds() const { return options_.failure_window_seconds; }
  // How long a new session lasts at most (the cookie's Max-Age).
  std::int64_t SessionLifetimeSeconds() const { return options_.session_absolute_seconds; }

 private:
  Status CheckThrottle(const std::string& key, int max_failures);
  // Deletes records older than the failure window, if the last prune is old enough.
  Status MaybePrune();

  Store& store_;
  const Clock& clock_;
  AuthOptions options_;
  std::string dummy_hash_;
  std::atomic<std::int64_t> last_prune_{
      0};  // verified against for unknown users, to even out timing
};

}  // namespace netra
