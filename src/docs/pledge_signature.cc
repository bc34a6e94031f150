#include "docs/pledge_signature.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace netra {
namespace {

constexpr std::string_view kKeyFileMagic = "netra-ed25519-v1";

void EnsureSodium() {
  // sodium_init is idempotent and thread-safe; it fails only without an entropy source.
  static const bool ok = sodium_init() >= 0;
  if (!ok) throw std::runtime_error("libsodium could not be initialised");
}

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

std::string OsError(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

}  // namespace

SigningKey SigningKey::Generate() {
  EnsureSodium();
  SigningKey key;
  crypto_sign_keypair(key.public_key_.data(), key.secret_key_.data());
  return key;
}

Result<SigningKey> SigningKey::FromSeed(std::string_view seed) {
  EnsureSodium();
  if (seed.size() != crypto_sign_SEEDBYTES) {
    return Status(ErrorCode::kInvalidArgument,
                  "an Ed25519 seed has 32 bytes, not " + std::to_string(seed.size()));
  }
  SigningKey key;
  crypto_sign_seed_keypair(key.public_key_.data(), key.secret_key_.data(), Bytes(seed));
  return key;
}

SigningKey::~SigningKey() { sodium_memzero(secret_key_.data(), secret_key_.size()); }

std::string ToBase64(std::string_view bytes) {
  EnsureSodium();
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), Bytes(bytes), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.pop_back();  // the terminating NUL
  return out;
}

Result<std::string> FromBase64(std::string_view text) {
  EnsureSodium();
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t size = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &size, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size()) {
    return Status(ErrorCode::kInvalidArgument, "Bukan base64 yang sah", "Not valid base64");
  }
  out.resize(size);
  return out;
}

Status WriteSigningKeyFile(const std::string& path, const SigningKey& key) {
  // The first 32 bytes of a libsodium Ed25519 secret key are its seed.
  const std::string_view seed(reinterpret_cast<const char*>(key.secret_key().data()),
                              crypto_sign_SEEDBYTES);
  std::string content = std::string(kKeyFileMagic) + "\n" + ToBase64(seed) + "\n";
  // O_EXCL: never replace an existing key; 0600 from creation, so no window
  // in which the secret is readable by others.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      return Status(ErrorCode::kAlreadyExists,
                    "key file " + path + " already exists; remove it by hand to replace the key");
    }
    return Status(ErrorCode::kInternal, OsError("cannot create key file", path));
  }
  // A umask can narrow 0600 until the owner cannot read the key back; set it exactly.
  const bool ok =
      ::fchmod(fd, 0600) == 0 &&
      ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size()) &&
      ::fsync(fd) == 0;
  const std::string error = ok ? "" : OsError("cannot write key file", path);
  ::close(fd);
  sodium_memzero(content.data(), content.size());
  if (!ok) {
    ::unlink(path.c_str());
    return Status(ErrorCode::kInternal, error);
  }
  return Status::Ok();
}

Result<SigningKey> LoadSigningKeyFile(const std::string& path) {
  // Open first, then check the opened file: no window in which the path can
  // be swapped between the permission check and the read.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return Status(ErrorCode::kNotFound, "signing key file " + path + " does not exist");
    }
    return Status(ErrorCode::kInternal, OsError("cannot open key file", path));
  }
  struct stat st {};
  const bool stat_ok = ::fstat(fd, &st) == 0;
  std::string text(stat_ok && S_ISREG(st.st_mode) && st.st_size < 4096 ? st.st_size : 0, '\0');
  const bool read_ok = ::read(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  if (!stat_ok) return Status(ErrorCode::kInternal, OsError("cannot stat key file", path));
  if (!S_ISREG(st.st_mode)) {
    return Status(ErrorCode::kFailedPrecondition, "signing key " + path + " is not a regular file");
  }
  if ((st.st_mode & 077) != 0) {
    sodium_memzero(text.data(), text.size());
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
    return Status(ErrorCode::kFailedPrecondition,
                  "signing key " + path + " has mode " + mode +
                      "; it must be readable by its owner only: chmod 600 " + path);
  }
  if (!read_ok) return Status(ErrorCode::kInternal, OsError("cannot read key file", path));
  const Status malformed(ErrorCode::kInvalidArgument,
                         "signing key " + path + " is not a netra-ed25519-v1 key file");
  const std::size_t eol = text.find('\n');
  if (eol == std::string::npos || std::string_view(text).substr(0, eol) != kKeyFileMagic) {
    return malformed;
  }
  std::string_view body = std::string_view(text).substr(eol + 1);
  if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
  auto seed = FromBase64(body);
  sodium_memzero(text.data(), text.size());
  if (!seed.ok() || seed->size() != crypto_sign_SEEDBYTES) return malformed;
  auto key = SigningKey::FromSeed(*seed);
  sodium_memzero(seed->data(), seed->size());
  return key;
}

std::string PublicKeyBase64(const PledgePublicKey& key) {
  return ToBase64(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
}

Result<PledgePublicKey> ParsePublicKeyBase64(std::string_view text) {
  auto bytes = FromBase64(text);
  if (!bytes.ok() || bytes->size() != crypto_sign_PUBLICKEYBYTES) {
    return Status(ErrorCode::kInvalidArgument, "Kunci publik tidak sah",
                  "A public key is base64 of 32 bytes");
  }
  PledgePublicKey key{};
  std::memcpy(key.data(), bytes->data(), key.size());
  return key;
}

Result<std::string> SignPledgeRecord(const PledgeRecord& record, const SigningKey& key) {
  EnsureSodium();
  NETRA_ASSIGN_OR_RETURN(const std::string canonical, CanonicalPledgeRecord(record));
  unsigned char signature[crypto_sign_BYTES];
  crypto_sign_detached(signature, nullptr, Bytes(canonical), canonical.size(),
                       key.secret_key().data());
  return ToBase64(std::string_view(reinterpret_cast<const char*>(signature), sizeof signature));
}

Status VerifyCanonicalPledge(std::string_view canonical, std::string_view signature_base64,
                             const PledgePublicKey& key) {
  EnsureSodium();
  auto signature = FromBase64(signature_base64);
  if (!signature.ok() || signature->size() != crypto_sign_BYTES) {
    return Status(ErrorCode::kInvalidArgument, "Tanda tangan tidak berbentuk sah",
                  "The signature is not base64 of 64 bytes")
        .WithReason("signature_malformed");
  }
  if (crypto_sign_verify_detached(Bytes(*signature), Bytes(canonical), canonical.size(),
                                  key.data()) != 0) {
    return Status(
               ErrorCode::kInvalidArgument,
               "Tanda tangan tidak sah: isi sertifikat telah diubah atau bukan dari instansi ini",
               "Invalid signature: the certificate was altered or not issued by this instance")
        .WithReason("signature_invalid");
  }
  return Status::Ok();
}

Status VerifyPledgeRecord(const PledgeRecord& record, std::string_view signature_base64,
                          const PledgePublicKey& key) {
  auto canonical = CanonicalPledgeRecord(record);
  if (!canonical.ok()) return canonical.status();
  return VerifyCanonicalPledge(*canonical, signature_base64, key);
}

}  // namespace netra
