// Staff accounts and their sign-in sessions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/role.h"

namespace netra {

struct User {
  std::int64_t id = 0;
  std::string username;  // lower-case, [a-z0-9._-]{3,64}
  std::string display_name;
  Role role = Role::kPengawas;
  std::string region_code;                  // scope: "" nation, "35" province, "35.13" regency/city
  std::string password_hash;                // argon2id string from libsodium (crypto_pwhash_str)
  std::optional<std::string> employee_nip;  // for role asn: the employee this account is
  bool disabled = false;
  std::int64_t created_at = 0;  // unix seconds, UTC
};

struct SessionRecord {
  std::string token_hash;  // BLAKE2b of the cookie token, hex; the token itself is never stored
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;  // absolute expiry
  std::int64_t last_seen_at = 0;
  std::string client_address;
  bool revoked = false;
};

}  // namespace netra
