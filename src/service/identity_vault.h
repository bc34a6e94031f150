// IdentityVault: seals reporter identities so a database dump holds none in
// clear. Each region has a crypto_box keypair; an identity is a sealed box
// (crypto_box_seal) to its region's public key. The region's secret key is
// stored only encrypted (crypto_secretbox) under the instance master key, a
// 32-byte key in a 0600 file outside the database (`--master-key`, default
// beside a SQLite file). Opening needs both the database and that file.
//
// Who may open is decided by the caller (CaseService: a pengawas of the case's
// region, each opening audited); the vault only does the cryptography.
//
// Thread-safety: immutable after Open; safe from many threads.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/status.h"
#include "store/enforcement_store.h"

namespace netra {

class IdentityVault {
 public:
  // Reads the master key file, creating it (0600, O_EXCL, 32 random bytes) when
  // `create_if_missing` and it does not exist. Fails with kFailedPrecondition
  // when the file is readable by others than its owner or is not a regular
  // file, kInvalidArgument when it is not a netra master key file.
  static Result<IdentityVault> Open(const std::filesystem::path& key_file,
                                    bool create_if_missing = true);

  // Hex of a sealed box of `plaintext` to the region's key, creating the
  // region's keypair on first use.
  Result<std::string> Seal(EnforcementStore& store, const std::string& region_code,
                           std::string_view plaintext, std::int64_t now) const;
  // The plaintext of a sealed box made by Seal for this region. kInternal when
  // the box or the region key does not open (wrong master key, edited row).
  Result<std::string> Unseal(EnforcementStore& store, const std::string& region_code,
                             const std::string& sealed_hex) const;

 private:
  explicit IdentityVault(const std::array<unsigned char, 32>& master) : master_(master) {}

  std::array<unsigned char, 32> master_;
};

// "var/netra.db" → "var/netra-master.key"; for PostgreSQL the path must be given.
std::filesystem::path DefaultMasterKeyPath(const std::string& database_url);

}  // namespace netra
