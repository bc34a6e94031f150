#include "service/identity_vault.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace netra {
namespace {

constexpr std::string_view kMagic = "netra-master-key-v1";

bool EnsureSodium() {
  // sodium_init is idempotent and thread-safe; it fails only without an entropy source.
  static const bool ok = sodium_init() >= 0;
  return ok;
}

std::string Hex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.pop_back();
  return out;
}

bool Unhex(const std::string& hex, std::vector<unsigned char>& out) {
  out.resize(hex.size() / 2);
  std::size_t len = 0;
  if (sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
      len * 2 != hex.size()) {
    return false;
  }
  out.resize(len);
  return true;
}

std::string OsError(const std::string& what, const std::filesystem::path& path) {
  return what + " " + path.string() + ": " + std::strerror(errno);
}

Status CreateKeyFile(const std::filesystem::path& path) {
  std::array<unsigned char, 32> key{};
  randombytes_buf(key.data(), key.size());
  std::string content = std::string(kMagic) + "\n" + Hex(key.data(), key.size()) + "\n";
  sodium_memzero(key.data(), key.size());
  if (path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
  }
  // O_EXCL: never replace a key that sealed identities depend on.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return Status::Ok();  // another process created it first
    return Status(ErrorCode::kInternal, "Berkas kunci induk tidak dapat dibuat",
                  OsError("cannot create master key file", path));
  }
  const bool ok =
      ::fchmod(fd, 0600) == 0 &&
      ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size()) &&
      ::fsync(fd) == 0;
  const std::string error = ok ? "" : OsError("cannot write master key file", path);
  ::close(fd);
  sodium_memzero(content.data(), content.size());
  if (!ok) {
    ::unlink(path.c_str());
    return Status(ErrorCode::kInternal, "Berkas kunci induk tidak dapat ditulis", error);
  }
  return Status::Ok();
}

Status Undecryptable() {
  return Status(ErrorCode::kInternal,
                "Identitas tersegel tidak dapat dibuka (kunci induk salah atau data diubah)",
                "The sealed identity does not open (wrong master key or altered data)");
}

}  // namespace

std::filesystem::path DefaultMasterKeyPath(const std::string& database_url) {
  std::filesystem::path db(database_url);
  return db.parent_path() / (db.stem().string() + "-master.key");
}

Result<IdentityVault> IdentityVault::Open(const std::filesystem::path& key_file,
                                          bool create_if_missing) {
  if (!EnsureSodium()) {
    return Status(ErrorCode::kInternal, "libsodium tidak dapat dimulai",
                  "libsodium failed to start");
  }
  if (create_if_missing && !std::filesystem::exists(key_file)) {
    NETRA_RETURN_IF_ERROR(CreateKeyFile(key_file));
  }
  const int fd = ::open(key_file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status(ErrorCode::kFailedPrecondition, "Berkas kunci induk tidak dapat dibuka",
                  OsError("cannot open master key file", key_file));
  }
  struct stat st {};
  const bool stat_ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < 4096;
  std::string text(stat_ok ? st.st_size : 0, '\0');
  const bool read_ok = ::read(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  if (!stat_ok || !read_ok) {
    return Status(ErrorCode::kFailedPrecondition, "Berkas kunci induk tidak dapat dibaca",
                  "master key " + key_file.string() + " is not a readable regular file");
  }
  if ((st.st_mode & 077) != 0) {
    sodium_memzero(text.data(), text.size());
    return Status(ErrorCode::kFailedPrecondition,
                  "Berkas kunci induk " + key_file.string() + " terbaca pihak lain: chmod 600",
                  "master key " + key_file.string() +
                      " is readable by others; it must be owner-only: chmod 600 " +
                      key_file.string());
  }
  const Status malformed(ErrorCode::kInvalidArgument,
                         "Berkas " + key_file.string() + " bukan kunci induk Netra",
                         key_file.string() + " is not a netra-master-key-v1 file");
  const std::size_t eol = text.find('\n');
  if (eol == std::string::npos || std::string_view(text).substr(0, eol) != kMagic) return malformed;
  std::string hex = text.substr(eol + 1, 64);
  sodium_memzero(text.data(), text.size());
  std::vector<unsigned char> bytes;
  const bool hex_ok = Unhex(hex, bytes) && bytes.size() == 32;
  sodium_memzero(hex.data(), hex.size());
  if (!hex_ok) return malformed;
  std::array<unsigned char, 32> master{};
  std::memcpy(master.data(), bytes.data(), 32);
  sodium_memzero(bytes.data(), bytes.size());
  return IdentityVault(master);
}

Result<std::string> IdentityVault::Seal(EnforcementStore& store, const std::string& region_code,
                                        std::string_view plaintext, std::int64_t now) const {
  Result<RegionKeyRecord> key = store.GetRegionKey(region_code);
  if (!key.ok() && key.status().code() == ErrorCode::kNotFound) {
    unsigned char pk[crypto_box_PUBLICKEYBYTES];
    unsigned char sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(nonce, sizeof nonce);
    unsigned char boxed[crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + sizeof sk];
    std::memcpy(boxed, nonce, sizeof nonce);
    crypto_secretbox_easy(boxed + sizeof nonce, sk, sizeof sk, nonce, master_.data());
    sodium_memzero(sk, sizeof sk);
    key = store.EnsureRegionKey({region_code, Hex(pk, sizeof pk), Hex(boxed, sizeof boxed), now});
  }
  NETRA_RETURN_IF_ERROR(key.status());
  std::vector<unsigned char> pk;
  if (!Unhex(key->public_key, pk) || pk.size() != crypto_box_PUBLICKEYBYTES) {
    return Status(ErrorCode::kInternal, "Kunci publik wilayah rusak",
                  "The region's public key is corrupt");
  }
  std::vector<unsigned char> sealed(plaintext.size() + crypto_box_SEALBYTES);
  crypto_box_seal(sealed.data(), reinterpret_cast<const unsigned char*>(plaintext.data()),
                  plaintext.size(), pk.data());
  return Hex(sealed.data(), sealed.size());
}

Result<std::string> IdentityVault::Unseal(EnforcementStore& store, const std::string& region_code,
                                          const std::string& sealed_hex) const {
  NETRA_ASSIGN_OR_RETURN(RegionKeyRecord key, store.GetRegionKey(region_code));
  std::vector<unsigned char> pk, boxed, sealed;
  if (!Unhex(key.public_key, pk) || pk.size() != crypto_box_PUBLICKEYBYTES ||
      !Unhex(key.sealed_secret_key, boxed) ||
      boxed.size() !=
          crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + crypto_box_SECRETKEYBYTES ||
      !Unhex(sealed_hex, sealed) || sealed.size() < crypto_box_SEALBYTES) {
    return Undecryptable();
  }
  unsigned char sk[crypto_box_SECRETKEYBYTES];
  if (crypto_secretbox_open_easy(sk, boxed.data() + crypto_secretbox_NONCEBYTES,
                                 boxed.size() - crypto_secretbox_NONCEBYTES, boxed.data(),
                                 master_.data()) != 0) {
    return Undecryptable();
  }
  std::string plain(sealed.size() - crypto_box_SEALBYTES, '\0');
  const int rc = crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), sealed.data(),
                                      sealed.size(), pk.data(), sk);
  sodium_memzero(sk, sizeof sk);
  if (rc != 0) return Undecryptable();
  return plain;
}

}  // namespace netra
