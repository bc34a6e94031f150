// Password hashing with argon2id (libsodium crypto_pwhash_str), and the
// password policy. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 256;

// kInvalidArgument naming the rule when the password is too short or too long.
Status CheckPasswordPolicy(std::string_view password);
// An argon2id hash string with its own salt and parameters.
Result<std::string> HashPassword(std::string_view password);
// Whether `password` matches `hash`; false for a malformed hash.
bool VerifyPassword(std::string_view password, const std::string& hash);

// Random bytes as lower-case hex (libsodium randombytes_buf).
std::string RandomHex(std::size_t bytes);
// BLAKE2b-256 of `data` as lower-case hex.
std::string Blake2bHex(std::string_view data);

}  // namespace netra
