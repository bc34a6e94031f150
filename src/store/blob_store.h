// BlobStore: uploaded files (evidence, event photos, materials) kept on disk,
// content-addressed by SHA-256 under one directory: <dir>/ab/cd/<64 hex>.
// The same bytes are stored once; a stored blob never changes, so its hash in
// a database row proves which file the row meant.
//
// Durability: Put writes a temporary file, fsyncs it, renames it into place
// and fsyncs the directory, so a blob named in a committed row survives a
// crash. Callers Put before they commit the row that names the blob.
//
// Thread-safety: safe from many threads and processes sharing the directory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

struct BlobRef {
  std::string sha256;  // 64 lowercase hex digits
  std::int64_t size = 0;
};

class BlobStore {
 public:
  // Creates `directory` (and its parents) when missing.
  static Result<BlobStore> Open(const std::filesystem::path& directory);

  Result<BlobRef> Put(std::string_view bytes) const;
  // kNotFound for an unknown hash, kInvalidArgument for a malformed one.
  Result<std::string> Get(std::string_view sha256) const;
  bool Contains(std::string_view sha256) const;

  const std::filesystem::path& directory() const { return directory_; }

 private:
  explicit BlobStore(std::filesystem::path directory) : directory_(std::move(directory)) {}
  std::filesystem::path PathOf(std::string_view sha256) const;

  std::filesystem::path directory_;
};

// The blob directory that goes with a database URL: beside a SQLite file
// ("var/netra.db" → "var/netra-blobs"); for PostgreSQL it must be given.
std::filesystem::path DefaultBlobDirectory(const std::string& database_url);

}  // namespace netra
