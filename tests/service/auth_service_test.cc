#include "service/auth_service.h"

#include "service/password.h"
#include "service/user_service.h"
#include "service_fixture.h"

namespace netra {
namespace {

class AuthServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    UserService users(*store_, clock_);
    auto user = users.CreateUnchecked(
        {"pengawas.probolinggo", "Pengawas Probolinggo", Role::kPengawas, "35.13", kPassword, ""});
    ASSERT_TRUE(user.ok()) << user.status().ToString();
    user_ = *user;
  }

  static constexpr const char* kPassword = "rahasia-bawaslu-2024";
  User user_;
};

TEST_F(AuthServiceTest, PasswordsAreArgon2idAndVerify) {
  auto hash = HashPassword("kata-sandi-panjang");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword("kata-sandi-panjang", *hash));
  EXPECT_FALSE(VerifyPassword("kata-sandi-salah!", *hash));
  EXPECT_FALSE(VerifyPassword("apa saja", "not-a-hash"));
  EXPECT_EQ(CheckPasswordPolicy("pendek").code(), ErrorCode::kInvalidArgument);
}

TEST_F(AuthServiceTest, LoginCreatesSessionThatAuthenticates) {
  AuthService auth(*store_, clock_);
  auto sign_in = auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1");
  ASSERT_TRUE(sign_in.ok()) << sign_in.status().ToString();
  EXPECT_EQ(sign_in->token.size(), 64u);
  EXPECT_NE(sign_in->token, sign_in->csrf_token);

  auto who = auth.Authenticate(sign_in->token);
  ASSERT_TRUE(who.ok()) << who.status().ToString();
  EXPECT_EQ(who->caller.user_id, user_.id);
  EXPECT_EQ(who->caller.role, Role::kPengawas);
  EXPECT_EQ(who->caller.region_code, "35.13");
  EXPECT_EQ(who->csrf_token, sign_in->csrf_token);

  // Only the hash of the token is stored: the raw token is not a session key.
  EXPECT_FALSE(store_->GetSession(sign_in->token).ok());
}

TEST_F(AuthServiceTest, WrongPasswordAndUnknownUserGiveTheSameAnswer) {
  AuthService auth(*store_, clock_);
  auto wrong = auth.Login("pengawas.probolinggo", "bukan-kata-sandinya", "10.0.0.1");
  auto unknown = auth.Login("tidak.ada", "bukan-kata-sandinya", "10.0.0.1");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.status().code(), ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.status().message_id(), unknown.status().message_id());
}

TEST_F(AuthServiceTest, ThrottlesPerAccountThenRecoversAfterWindow) {
  AuthOptions options;
  AuthService auth(*store_, clock_, options);
  for (int i = 0; i < options.max_failures_per_account; ++i) {
    EXPECT_EQ(auth.Login("pengawas.probolinggo", "salah-salah-salah", "10.0.0.1").status().code(),
              ErrorCode::kUnauthenticated);
  }
  // Even the right password is refused while throttled, from another address too.
  auto throttled = auth.Login("pengawas.probolinggo", kPassword, "10.0.0.2");
  ASSERT_FALSE(throttled.ok());
  EXPECT_EQ(throttled.status().code(), ErrorCode::kResourceExhausted);
  EXPECT_EQ(throttled.status().reason(), "login_throttled");

  clock_.Advance(options.failure_window_seconds + 1);
  EXPECT_TRUE(auth.Login("pengawas.probolinggo", kPassword, "10.0.0.2").ok());
}

TEST_F(AuthServiceTest, ThrottlesPerAddressAcrossAccounts) {
  AuthOptions options;
  options.max_failures_per_address = 3;
  AuthService auth(*store_, clock_, options);
  for (int i = 0; i < 3; ++i) {
    (void)auth.Login("orang" + std::to_string(i), "salah-salah-salah", "10.9.9.9");
  }
  EXPECT_EQ(auth.Login("pengawas.probolinggo", kPassword, "10.9.9.9").status().reason(),
            "login_throttled");
  EXPECT_TRUE(auth.Login("pengawas.probolinggo", kPassword, "10.1.1.1").ok());
}

TEST_F(AuthServiceTest, SignInsPruneStaleFailuresAndEndedSessions) {
  AuthOptions options;
  AuthService auth(*store_, clock_, options);
  (void)auth.Login("pengawas.probolinggo", "salah-salah-salah", "10.0.0.1");
  auto ended = auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1");
  ASSERT_TRUE(ended.ok());
  ASSERT_TRUE(auth.Logout(ended->token).ok());
  ASSERT_EQ(*store_->CountLoginFailures("addr:10.0.0.1", 0), 1);

  clock_.Advance(options.failure_window_seconds + options.prune_interval_seconds + 1);
  ASSERT_TRUE(auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1").ok());
  EXPECT_EQ(*store_->CountLoginFailures("addr:10.0.0.1", 0), 0);
  EXPECT_EQ(store_->GetSession(Blake2bHex(ended->token)).status().code(), ErrorCode::kNotFound);
}

TEST_F(AuthServiceTest, SessionsExpireWhenIdleAndAbsolutely) {
  AuthOptions options;
  AuthService auth(*store_, clock_, options);
  auto idle = auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1");
  ASSERT_TRUE(idle.ok());
  clock_.Advance(options.session_idle_seconds + 1);
  EXPECT_EQ(auth.Authenticate(idle->token).status().code(), ErrorCode::kUnauthenticated);

  auto active = auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1");
  ASSERT_TRUE(active.ok());
  // Kept busy, it still ends at the absolute limit.
  for (std::int64_t t = 0; t < options.session_absolute_seconds; t += 3600) {
    clock_.Advance(3600);
    if (clock_.Now() < active->expires_at) {
      EXPECT_TRUE(auth.Authenticate(active->token).ok()) << "at +" << t;
    }
  }
  EXPECT_FALSE(auth.Authenticate(active->token).ok());
}

TEST_F(AuthServiceTest, LogoutAndDisableRevoke) {
  AuthService auth(*store_, clock_);
  auto first = auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1");
  auto second = auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1");
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_TRUE(auth.Logout(first->token).ok());
  EXPECT_FALSE(auth.Authenticate(first->token).ok());
  EXPECT_TRUE(auth.Authenticate(second->token).ok());

  ASSERT_TRUE(store_->SetUserDisabled(user_.id, true).ok());
  EXPECT_FALSE(auth.Authenticate(second->token).ok());
  EXPECT_EQ(auth.Login("pengawas.probolinggo", kPassword, "10.0.0.1").status().code(),
            ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace netra
