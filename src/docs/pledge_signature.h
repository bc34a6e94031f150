// Ed25519 signatures (libsodium) over the canonical form of a PledgeRecord
// (src/domain/pledge_record.h), and the instance's signing key file.
//
// Key file: two lines, "netra-ed25519-v1" then the 32-byte Ed25519 seed in
// standard base64. It must be a regular file readable by its owner only
// (mode 0600 or 0400): a key others can read could forge certificates, so a
// wider mode is refused rather than silently used. Signatures and public keys
// travel as standard base64 (88 and 44 characters).
//
// SigningKey wipes its secret on destruction. All functions are thread-safe;
// a SigningKey may be shared read-only between threads.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/status.h"
#include "domain/pledge_record.h"

namespace netra {

using PledgePublicKey = std::array<unsigned char, 32>;

class SigningKey {
 public:
  // A fresh random key.
  static SigningKey Generate();
  // The key of a 32-byte seed; kInvalidArgument for any other size.
  static Result<SigningKey> FromSeed(std::string_view seed);

  SigningKey(const SigningKey&) = default;
  SigningKey& operator=(const SigningKey&) = default;
  ~SigningKey();

  const PledgePublicKey& public_key() const { return public_key_; }
  // The 64-byte libsodium secret key (seed followed by public key).
  const std::array<unsigned char, 64>& secret_key() const { return secret_key_; }

 private:
  SigningKey() = default;
  std::array<unsigned char, 64> secret_key_{};
  PledgePublicKey public_key_{};
};

// Writes `key` to a new file at `path` created with mode 0600. kAlreadyExists
// when the file exists (a key is never overwritten: certificates would stop
// verifying); kInternal with the OS error otherwise.
Status WriteSigningKeyFile(const std::string& path, const SigningKey& key);

// Reads a key file. kNotFound when missing; kFailedPrecondition when group or
// others have any permission on it (the message gives the mode and the chmod
// that fixes it); kInvalidArgument when the content is not a key file.
Result<SigningKey> LoadSigningKeyFile(const std::string& path);

// Standard base64 with padding; FromBase64 is kInvalidArgument for anything else.
std::string ToBase64(std::string_view bytes);
Result<std::string> FromBase64(std::string_view text);

std::string PublicKeyBase64(const PledgePublicKey& key);
// kInvalidArgument unless `text` is base64 of exactly 32 bytes.
Result<PledgePublicKey> ParsePublicKeyBase64(std::string_view text);

// The base64 Ed25519 signature of CanonicalPledgeRecord(record); the record's
// validation error when it is invalid.
Result<std::string> SignPledgeRecord(const PledgeRecord& record, const SigningKey& key);

// Ok when `signature_base64` is `key`'s signature of exactly `canonical`;
// kInvalidArgument with reason "signature_malformed" when the signature is not
// base64 of 64 bytes, reason "signature_invalid" when it does not verify.
Status VerifyCanonicalPledge(std::string_view canonical, std::string_view signature_base64,
                             const PledgePublicKey& key);

// VerifyCanonicalPledge over the record's canonical form.
Status VerifyPledgeRecord(const PledgeRecord& record, std::string_view signature_base64,
                          const PledgePublicKey& key);

}  // namespace netra
