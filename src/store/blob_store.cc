#include "store/blob_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "domain/pledge_text.h"

namespace netra {
namespace {

Status IoError(const std::string& what, const std::filesystem::path& path, int error) {
  return Status(ErrorCode::kInternal,
                "Gagal " + what + " berkas " + path.string() + ": " + std::strerror(error),
                "Could not " + what + " file " + path.string() + ": " + std::strerror(error));
}

bool IsSha256Hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

Status FsyncPath(const std::filesystem::path& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return IoError("membuka", path, errno);
  int rc = ::fsync(fd);
  int error = errno;
  ::close(fd);
  return rc == 0 ? Status::Ok() : IoError("menyinkronkan", path, error);
}

}  // namespace

Result<BlobStore> BlobStore::Open(const std::filesystem::path& directory) {
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) return IoError("membuat direktori", directory, ec.value());
  return BlobStore(directory);
}

std::filesystem::path BlobStore::PathOf(std::string_view sha256) const {
  return directory_ / std::string(sha256.substr(0, 2)) / std::string(sha256.substr(2, 2)) /
         std::string(sha256);
}

Result<BlobRef> BlobStore::Put(std::string_view bytes) const {
  BlobRef ref{Sha256Hex(bytes), static_cast<std::int64_t>(bytes.size())};
  const std::filesystem::path target = PathOf(ref.sha256);
  if (std::filesystem::exists(target)) return ref;
  std::error_code ec;
  std::filesystem::create_directories(target.parent_path(), ec);
  if (ec) return IoError("membuat direktori", target.parent_path(), ec.value());
  // A unique temporary name per writer; rename is atomic, so concurrent Puts
  // of the same bytes both succeed with one file.
  std::string temp_name = target.string() + ".tmp.XXXXXX";
  int fd = ::mkstemp(temp_name.data());
  const std::filesystem::path temp = temp_name;
  if (fd < 0) return IoError("membuat", temp, errno);
  std::size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      int error = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      return IoError("menulis", temp, error);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    return IoError("menyinkronkan", temp, error);
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    return IoError("memindahkan", temp, error);
  }
  NETRA_RETURN_IF_ERROR(FsyncPath(target.parent_path(), O_RDONLY | O_DIRECTORY));
  return ref;
}

Result<std::string> BlobStore::Get(std::string_view sha256) const {
  if (!IsSha256Hex(sha256)) {
    return Status(ErrorCode::kInvalidArgument,
                  "Kode berkas tidak sah (harus 64 digit heksadesimal)",
                  "Malformed file hash (must be 64 hex digits)");
  }
  const std::filesystem::path path = PathOf(sha256);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(ErrorCode::kNotFound, "Berkas tidak ditemukan", "File not found");
  }
  std::ostringstream out;
  out << in.rdbuf();
  std::string bytes = out.str();
  // A file changed on disk must not pass as the evidence a row names.
  if (Sha256Hex(bytes) != sha256) {
    return Status(ErrorCode::kInternal, "Berkas " + std::string(sha256) + " rusak atau diubah",
                  "File " + std::string(sha256) + " is corrupt or was altered");
  }
  return bytes;
}

bool BlobStore::Contains(std::string_view sha256) const {
  return IsSha256Hex(sha256) && std::filesystem::exists(PathOf(sha256));
}

std::filesystem::path DefaultBlobDirectory(const std::string& database_url) {
  std::filesystem::path db(database_url);
  std::filesystem::path dir = db.parent_path();
  return dir / (db.stem().string() + "-blobs");
}

}  // namespace netra
