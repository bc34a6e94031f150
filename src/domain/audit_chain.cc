#include "domain/audit_chain.h"

#include <sodium.h>

#include <nlohmann/json.hpp>
#include <set>

namespace netra {
namespace {

constexpr std::size_t kHashBytes = crypto_generichash_BYTES;  // 32

void Field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += ':';
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}

bool DecodeHash(std::string_view hex, unsigned char (&out)[kHashBytes]) {
  if (hex.size() != 2 * kHashBytes) return false;
  for (char c : hex) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  std::size_t written = 0;
  return sodium_hex2bin(out, kHashBytes, hex.data(), hex.size(), nullptr, &written, nullptr) == 0 &&
         written == kHashBytes;
}

AuditVerification Broken(AuditBreak kind, std::size_t index, std::int64_t sequence, std::string id,
                         std::string en) {
  AuditVerification v;
  v.problem = kind;
  v.index = index;
  v.sequence = sequence;
  v.message = std::move(id);
  v.message_en = std::move(en);
  return v;
}

}  // namespace

const char* AuditBreakName(AuditBreak kind) {
  switch (kind) {
    case AuditBreak::kNone:
      return "none";
    case AuditBreak::kEdited:
      return "edited";
    case AuditBreak::kDeleted:
      return "deleted";
    case AuditBreak::kReordered:
      return "reordered";
    case AuditBreak::kInserted:
      return "inserted";
    case AuditBreak::kTruncated:
      return "truncated";
  }
  return "none";
}

Result<std::string> CanonicalAuditEntry(const AuditEntry& entry) {
  if (entry.sequence < 1) {
    return Status(ErrorCode::kInvalidArgument, "audit: nomor urut harus >= 1",
                  "audit: sequence must be >= 1");
  }
  if (entry.details_json.size() > kMaxAuditDetailsBytes) {
    return Status(ErrorCode::kInvalidArgument, "audit: details lebih dari 64 KiB",
                  "audit: details larger than 64 KiB");
  }
  nlohmann::json details;
  try {
    details = nlohmann::json::parse(entry.details_json);
  } catch (const nlohmann::json::parse_error& e) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string("audit: details bukan JSON: ") + e.what(),
                  std::string("audit: details is not JSON: ") + e.what());
  }
  if (!details.is_object()) {
    return Status(ErrorCode::kInvalidArgument, "audit: details harus objek JSON",
                  "audit: details must be a JSON object");
  }
  std::string out = "netra-audit-v1\n";
  Field(out, "seq", std::to_string(entry.sequence));
  Field(out, "at", std::to_string(entry.at));
  Field(out, "actor", entry.actor);
  Field(out, "action", entry.action);
  Field(out, "object_type", entry.object_type);
  Field(out, "object_id", entry.object_id);
  // nlohmann::json keeps object keys sorted, so dump() is canonical.
  Field(out, "details", details.dump());
  return out;
}

Result<std::string> AuditEntryHash(std::string_view prev_hash_hex, const AuditEntry& entry) {
  unsigned char prev[kHashBytes];
  if (!DecodeHash(prev_hash_hex, prev)) {
    return Status(ErrorCode::kInvalidArgument,
                  "audit: hash sebelumnya harus 64 digit heksadesimal huruf kecil",
                  "audit: previous hash must be 64 lower-case hex digits");
  }
  NETRA_ASSIGN_OR_RETURN(const std::string canonical, CanonicalAuditEntry(entry));
  crypto_generichash_state state;
  unsigned char digest[kHashBytes];
  crypto_generichash_init(&state, nullptr, 0, kHashBytes);
  crypto_generichash_update(&state, prev, kHashBytes);
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(canonical.data()),
                            canonical.size());
  crypto_generichash_final(&state, digest, kHashBytes);
  char hex[2 * kHashBytes + 1];
  sodium_bin2hex(hex, sizeof hex, digest, kHashBytes);
  return std::string(hex);
}

Result<AuditEntry> SealAuditEntry(AuditEntry entry, std::string_view prev_hash_hex) {
  NETRA_ASSIGN_OR_RETURN(entry.hash, AuditEntryHash(prev_hash_hex, entry));
  entry.prev_hash = std::string(prev_hash_hex);
  return entry;
}

AuditVerification VerifyAuditChain(std::span<const AuditEntry> entries,
                                   std::string_view anchor_prev_hash, std::int64_t first_sequence,
                                   std::optional<std::string_view> expected_head) {
  std::string last_hash(anchor_prev_hash);
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const AuditEntry& e = entries[i];
    const std::int64_t expected = first_sequence + static_cast<std::int64_t>(i);
    const std::string at = std::to_string(expected);
    if (e.sequence != expected) {
      if (seen.contains(e.sequence)) {
        return Broken(AuditBreak::kInserted, i, expected,
                      "Entri ke-" + at + ": nomor urut " + std::to_string(e.sequence) +
                          " muncul dua kali (entri disisipkan)",
                      "Entry " + at + ": sequence " + std::to_string(e.sequence) +
                          " appears twice (an entry was inserted)");
      }
      bool later = false;
      for (std::size_t j = i + 1; j < entries.size(); ++j)
        later = later || entries[j].sequence == expected;
      if (e.sequence > expected && !later) {
        return Broken(AuditBreak::kDeleted, i, expected,
                      "Entri " + at + " sampai " + std::to_string(e.sequence - 1) + " hilang",
                      "Entries " + at + " to " + std::to_string(e.sequence - 1) + " are missing");
      }
      return Broken(
          AuditBreak::kReordered, i, expected,
          "Entri ke-" + at + " bernomor urut " + std::to_string(e.sequence) + ": urutan diubah",
          "Entry " + at + " has sequence " + std::to_string(e.sequence) +
              ": the order was changed");
    }
    seen.insert(e.sequence);
    const Result<std::string> hash = AuditEntryHash(e.prev_hash, e);
    if (!hash.ok() || *hash != e.hash) {
      return Broken(AuditBreak::kEdited, i, expected,
                    "Entri " + at + " diubah: isinya tidak cocok dengan hash-nya",
                    "Entry " + at + " was edited: its content does not match its hash");
    }
    if (e.prev_hash != last_hash) {
      return Broken(
          AuditBreak::kInserted, i, expected,
          "Entri " + at + " tidak tersambung ke entri sebelumnya (disisipkan atau diganti)",
          "Entry " + at + " does not link to the previous entry (inserted or replaced)");
    }
    last_hash = e.hash;
  }
  if (expected_head && *expected_head != last_hash) {
    const std::int64_t next = first_sequence + static_cast<std::int64_t>(entries.size());
    return Broken(AuditBreak::kTruncated, entries.size(), next,
                  "Rantai berakhir sebelum hash terakhir yang tercatat: entri mulai " +
                      std::to_string(next) + " hilang",
                  "The chain ends before the recorded head hash: entries from " +
                      std::to_string(next) + " are missing");
  }
  return AuditVerification{};
}

}  // namespace netra
