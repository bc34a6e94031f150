// Start-up pieces of the pledge module shared by `serve`, `demo` and `pledge`:
// where the instance's signing key lives and creating it on first use.
#pragma once

#include <filesystem>
#include <string>

#include "cli/cli_util.h"
#include "docs/pledge_signature.h"

namespace netra::cli {

inline constexpr const char* kDefaultPledgeTextDir = "data/pledges";

// Beside a SQLite database ("var/netra.db" → "var/netra-signing.key");
// var/netra-signing.key for PostgreSQL.
inline std::string DefaultSigningKeyPath(const std::string& db) {
  if (db.starts_with("postgres")) return "var/netra-signing.key";
  std::filesystem::path dir = std::filesystem::path(db).parent_path();
  return (dir / "netra-signing.key").string();
}

// The key at `path`, created (mode 0600) when the file does not exist yet.
// A key that exists but cannot be read ends the command: silently making a new
// one would leave every certificate signed so far unverifiable.
inline SigningKey LoadOrCreateSigningKey(const std::string& path) {
  Result<SigningKey> loaded = LoadSigningKeyFile(path);
  if (loaded.ok()) return std::move(loaded).value();
  if (loaded.status().code() != ErrorCode::kNotFound) Fail(loaded.status());
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  SigningKey key = SigningKey::Generate();
  OrFail(WriteSigningKeyFile(path, key));
  std::cerr << "netra: created the pledge signing key " << path
            << " (keep it secret and backed up; public key " << PublicKeyBase64(key.public_key())
            << ")\n";
  return key;
}

}  // namespace netra::cli
