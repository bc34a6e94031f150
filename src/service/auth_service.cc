#include "service/auth_service.h"

#include "service/password.h"

namespace netra {
namespace {

Status WrongCredentials() {
  return Status(ErrorCode::kUnauthenticated, "Nama pengguna atau kata sandi salah",
                "Wrong username or password");
}

Status NoSession() {
  return Status(ErrorCode::kUnauthenticated, "Sesi tidak berlaku; silakan masuk kembali",
                "Session is not valid; please sign in again");
}

}  // namespace

AuthService::AuthService(Store& store, const Clock& clock, AuthOptions options)
    : store_(store), clock_(clock), options_(options) {
  auto hash = HashPassword(RandomHex(16));
  if (hash.ok()) dummy_hash_ = std::move(hash).value();
}

Status AuthService::CheckThrottle(const std::string& key, int max_failures) {
  NETRA_ASSIGN_OR_RETURN(
      std::int64_t failures,
      store_.CountLoginFailures(key, clock_.Now() - options_.failure_window_seconds));
  if (failures < max_failures) return Status::Ok();
  const std::string minutes = std::to_string(options_.failure_window_seconds / 60);
  return Status(ErrorCode::kResourceExhausted,
                "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam " + minutes + " menit",
                "Too many failed sign-in attempts; try again in " + minutes + " minutes")
      .WithReason("login_throttled");
}

Status AuthService::MaybePrune() {
  const std::int64_t now = clock_.Now();
  std::int64_t last = last_prune_.load();
  if (now - last < options_.prune_interval_seconds) return Status::Ok();
  // One thread wins the exchange; the others skip this round.
  if (!last_prune_.compare_exchange_strong(last, now)) return Status::Ok();
  return store_.PruneAuthRecords(now - options_.failure_window_seconds).status();
}

Result<SignIn> AuthService::Login(const std::string& username, const std::string& password,
                                  const std::string& client_address) {
  NETRA_RETURN_IF_ERROR(MaybePrune());
  const std::string user_key = "user:" + username;
  const std::string addr_key = "addr:" + client_address;
  NETRA_RETURN_IF_ERROR(CheckThrottle(user_key, options_.max_failures_per_account));
  NETRA_RETURN_IF_ERROR(CheckThrottle(addr_key, options_.max_failures_per_address));

  Result<User> user = store_.GetUserByUsername(username);
  if (!user.ok() && user.status().code() != ErrorCode::kNotFound) return user.status();
  bool password_ok = false;
  if (user.ok()) {
    password_ok = VerifyPassword(password, user->password_hash);
  } else {
    // Same work as a real check, so response time does not reveal which usernames exist.
    VerifyPassword(password, dummy_hash_);
  }
  if (!password_ok) {
    const std::int64_t now = clock_.Now();
    NETRA_RETURN_IF_ERROR(store_.RecordLoginFailure(user_key, now));
    NETRA_RETURN_IF_ERROR(store_.RecordLoginFailure(addr_key, now));
    return WrongCredentials();
  }
  if (user->disabled) {
    return Status(ErrorCode::kPermissionDenied, "Akun ini dinonaktifkan",
                  "This account is disabled");
  }
  NETRA_RETURN_IF_ERROR(store_.ClearLoginFailures(user_key));

  SignIn sign_in;
  sign_in.token = RandomHex(32);
  sign_in.csrf_token = RandomHex(32);
  sign_in.user = std::move(user).value();
  const std::int64_t now = clock_.Now();
  sign_in.expires_at = now + options_.session_absolute_seconds;
  SessionRecord session;
  session.token_hash = Blake2bHex(sign_in.token);
  session.user_id = sign_in.user.id;
  session.csrf_token = sign_in.csrf_token;
  session.created_at = now;
  session.expires_at = sign_in.expires_at;
  session.last_seen_at = now;
  session.client_address = client_address;
  NETRA_RETURN_IF_ERROR(store_.CreateSession(session));
  return sign_in;
}

Result<Authenticated> AuthService::Authenticate(const std::string& token) {
  if (token.empty() || token.size() > 128) return NoSession();
  const std::string token_hash = Blake2bHex(token);
  Result<SessionRecord> session = store_.GetSession(token_hash);
  if (!session.ok()) {
    return session.status().code() == ErrorCode::kNotFound ? NoSession() : session.status();
  }
  const std::int64_t now = clock_.Now();
  if (session->revoked || now >= session->expires_at ||
      now - session->last_seen_at >= options_.session_idle_seconds) {
    return NoSession();
  }
  Result<User> user = store_.GetUser(session->user_id);
  if (!user.ok() || user->disabled) return NoSession();
  if (now - session->last_seen_at >= options_.touch_interval_seconds) {
    NETRA_RETURN_IF_ERROR(store_.TouchSession(token_hash, now));
  }
  Authenticated out;
  out.caller.user_id = user->id;
  out.caller.username = user->username;
  out.caller.role = user->role;
  out.caller.region_code = user->region_code;
  out.csrf_token = session->csrf_token;
  return out;
}

Status AuthService::Logout(const std::string& token) {
  return store_.RevokeSession(Blake2bHex(token));
}

}  // namespace netra
