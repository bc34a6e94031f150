#include "service/password.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace netra {
namespace {

void EnsureSodium() {
  // sodium_init is idempotent and thread-safe; it fails only without an entropy source.
  static const bool ok = sodium_init() >= 0;
  if (!ok) throw std::runtime_error("libsodium could not be initialised");
}

std::string ToHex(const unsigned char* data, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data, size);
  hex.pop_back();
  return hex;
}

}  // namespace

Status CheckPasswordPolicy(std::string_view password) {
  if (password.size() < kMinPasswordLength) {
    return Status(
        ErrorCode::kInvalidArgument,
        "Kata sandi terlalu pendek: paling sedikit " + std::to_string(kMinPasswordLength) +
            " karakter",
        "Password too short: at least " + std::to_string(kMinPasswordLength) + " characters");
  }
  if (password.size() > kMaxPasswordLength) {
    return Status(
        ErrorCode::kInvalidArgument,
        "Kata sandi terlalu panjang: paling banyak " + std::to_string(kMaxPasswordLength) +
            " karakter",
        "Password too long: at most " + std::to_string(kMaxPasswordLength) + " characters");
  }
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  // INTERACTIVE limits (64 MiB, 2 passes) are libsodium's advice for online sign-in.
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status(ErrorCode::kResourceExhausted, "argon2id hashing ran out of memory");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view password, const std::string& hash) {
  EnsureSodium();
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string RandomHex(std::size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> buf(bytes);
  randombytes_buf(buf.data(), buf.size());
  return ToHex(buf.data(), buf.size());
}

std::string Blake2bHex(std::string_view data) {
  EnsureSodium();
  unsigned char digest[crypto_generichash_BYTES];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size(), nullptr, 0);
  return ToHex(digest, sizeof digest);
}

}  // namespace netra
