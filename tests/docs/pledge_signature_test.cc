#include "docs/pledge_signature.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "domain/pledge_text.h"

namespace netra {
namespace {

PledgeRecord SelfRecord() {
  PledgeRecord r;
  r.text_hash = Sha256Hex("Saya berikrar menjaga netralitas.\n");
  r.nip = "198609262015051001";
  r.name = "Siti Aminah";
  r.agency = "Dinas Kependudukan dan Pencatatan Sipil";
  r.signed_at = 1726708500;
  return r;
}

SigningKey FixedKey() { return *SigningKey::FromSeed(std::string(32, '\x2a')); }

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "netra-key-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string File(const char* name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Our SHA-256 (domain layer, no crypto library) agrees with libsodium's.
TEST(PledgeSignatureTest, SignVerifyRoundTrip) {
  const SigningKey key = SigningKey::Generate();
  auto signature = SignPledgeRecord(SelfRecord(), key);
  ASSERT_TRUE(signature.ok()) << signature.status().ToString();
  EXPECT_EQ(signature->size(), 88u);
  EXPECT_TRUE(VerifyPledgeRecord(SelfRecord(), *signature, key.public_key()).ok());
}

// Ed25519 is deterministic: a fixed key and record give fixed bytes, which
// pins the canonical form and the key derivation together.
TEST(PledgeSignatureTest, FixedKeyGivesAStableSignature) {
  auto a = SignPledgeRecord(SelfRecord(), FixedKey());
  auto b = SignPledgeRecord(SelfRecord(), FixedKey());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(PublicKeyBase64(FixedKey().public_key()).size(), 44u);
}

TEST(PledgeSignatureTest, AlteringAnyFieldFailsVerification) {
  const SigningKey key = FixedKey();
  const std::string signature = *SignPledgeRecord(SelfRecord(), key);
  struct Case {
    const char* field;
    void (*mutate)(PledgeRecord&);
  };
  const Case cases[] = {
      {"text_hash", [](PledgeRecord& r) { r.text_hash = Sha256Hex("Teks lain.\n"); }},
      {"nip", [](PledgeRecord& r) { r.nip[17] = '2'; }},
      {"name", [](PledgeRecord& r) { r.name += " "; }},
      {"agency", [](PledgeRecord& r) { r.agency = "Inspektorat"; }},
      {"signed_at", [](PledgeRecord& r) { r.signed_at += 60; }},
      {"event", [](PledgeRecord& r) { r.event_id = 3; }},
      {"method",
       [](PledgeRecord& r) {
         r.method = PledgeMethod::kAtEvent;
         r.operator_id = 9;
       }},
  };
  for (const Case& c : cases) {
    PledgeRecord altered = SelfRecord();
    c.mutate(altered);
    const Status status = VerifyPledgeRecord(altered, signature, key.public_key());
    EXPECT_FALSE(status.ok()) << c.field;
    EXPECT_EQ(status.reason(), "signature_invalid") << c.field;
  }
}

TEST(PledgeSignatureTest, SignatureFromAnotherKeyFails) {
  const std::string signature = *SignPledgeRecord(SelfRecord(), SigningKey::Generate());
  const Status status = VerifyPledgeRecord(SelfRecord(), signature, FixedKey().public_key());
  EXPECT_EQ(status.reason(), "signature_invalid");
}

TEST(PledgeSignatureTest, MalformedSignatureIsToldApart) {
  const PledgePublicKey key = FixedKey().public_key();
  for (const char* bad : {"", "not base64!", "AAAA"}) {
    EXPECT_EQ(VerifyPledgeRecord(SelfRecord(), bad, key).reason(), "signature_malformed") << bad;
  }
}

TEST(PledgeSignatureTest, PublicKeyBase64RoundTrips) {
  const SigningKey key = SigningKey::Generate();
  auto parsed = ParsePublicKeyBase64(PublicKeyBase64(key.public_key()));
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(*parsed, key.public_key());
  EXPECT_FALSE(ParsePublicKeyBase64("AAAA").ok());
}

TEST(PledgeSignatureTest, KeyFileRoundTripWithMode0600) {
  TempDir dir;
  const std::string path = dir.File("instance.key");
  const SigningKey key = SigningKey::Generate();
  ASSERT_TRUE(WriteSigningKeyFile(path, key).ok());
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto loaded = LoadSigningKeyFile(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->public_key(), key.public_key());
  EXPECT_EQ(loaded->secret_key(), key.secret_key());
  // Never overwritten.
  EXPECT_EQ(WriteSigningKeyFile(path, SigningKey::Generate()).code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(LoadSigningKeyFile(path)->public_key(), key.public_key());
}

TEST(PledgeSignatureTest, KeyFileReadableByOthersIsRefused) {
  TempDir dir;
  const std::string path = dir.File("instance.key");
  ASSERT_TRUE(WriteSigningKeyFile(path, FixedKey()).ok());
  ASSERT_EQ(::chmod(path.c_str(), 0644), 0);
  auto loaded = LoadSigningKeyFile(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(loaded.status().message_en().find("0644"), std::string::npos);
  EXPECT_NE(loaded.status().message_en().find("chmod 600"), std::string::npos);
  // Owner read-only is as private as 0600.
  ASSERT_EQ(::chmod(path.c_str(), 0400), 0);
  EXPECT_TRUE(LoadSigningKeyFile(path).ok());
}

TEST(PledgeSignatureTest, MissingOrMalformedKeyFile) {
  TempDir dir;
  EXPECT_EQ(LoadSigningKeyFile(dir.File("absent.key")).status().code(), ErrorCode::kNotFound);
  const std::string path = dir.File("bad.key");
  std::ofstream(path) << "netra-ed25519-v1\nAAAA\n";
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  EXPECT_EQ(LoadSigningKeyFile(path).status().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace netra
