// The audit log as a hash chain: each entry's hash is
//   BLAKE2b-256(previous entry's hash (32 bytes) || canonical entry bytes)
// (libsodium crypto_generichash), the first entry chaining from 32 zero bytes,
// so editing, deleting, reordering or inserting an entry breaks the chain at a
// point VerifyAuditChain names. No storage here: the store keeps the rows and
// calls SealAuditEntry when appending and VerifyAuditChain when checking.
//
// Canonical entry (netra-audit-v1): the line "netra-audit-v1", then one line per
// field in this order, "name:<byte length>:<value>\n": seq, at (unix seconds,
// decimal), actor, action, object_type, object_id, details (the JSON object
// re-serialized with sorted keys and no whitespace). Length prefixes make every
// entry's encoding unambiguous whatever its text contains.
//
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

// 64 hex zeros: the previous hash of the first entry.
inline constexpr std::string_view kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";
inline constexpr std::size_t kMaxAuditDetailsBytes = 64 * 1024;

struct AuditEntry {
  std::int64_t sequence = 0;  // 1, 2, 3, ... without gaps
  std::int64_t at = 0;        // unix seconds UTC
  std::string actor;          // "user:12", "system"
  std::string action;         // "case.transition"
  std::string object_type;    // "case"
  std::string object_id;      // "381"
  std::string details_json;   // a JSON object, "{}" when nothing to add
  std::string prev_hash;      // hex, 64 lower-case digits
  std::string hash;           // hex
};

// The canonical bytes of `entry` (hashes excluded). kInvalidArgument when
// details_json is not a JSON object or longer than kMaxAuditDetailsBytes, or
// sequence < 1.
Result<std::string> CanonicalAuditEntry(const AuditEntry& entry);

// BLAKE2b-256(prev || canonical) in lower-case hex. kInvalidArgument when
// `prev_hash_hex` is not 64 hex digits, or as CanonicalAuditEntry.
Result<std::string> AuditEntryHash(std::string_view prev_hash_hex, const AuditEntry& entry);

// `entry` with prev_hash set to `prev_hash_hex` and hash computed: what the store
// writes. Errors as AuditEntryHash.
Result<AuditEntry> SealAuditEntry(AuditEntry entry, std::string_view prev_hash_hex);

enum class AuditBreak {
  kNone,
  kEdited,     // the entry's content no longer matches its hash
  kDeleted,    // sequence numbers jump: entries are missing
  kReordered,  // an entry is out of sequence order
  kInserted,   // an entry does not link to the one before it, or repeats a sequence
  kTruncated,  // the chain ends before the expected head
};
const char* AuditBreakName(AuditBreak kind);  // "none", "edited", ...

struct AuditVerification {
  AuditBreak problem = AuditBreak::kNone;
  std::size_t index = 0;      // position in the checked span of the first bad entry
  std::int64_t sequence = 0;  // the sequence expected at that position
  std::string message;        // Indonesian
  std::string message_en;
  bool ok() const { return problem == AuditBreak::kNone; }
};

// Checks `entries`, ordered as stored, that should run from sequence
// `first_sequence` chaining from `anchor_prev_hash` (the genesis hash for a
// whole log, or the last verified hash for a later segment). When
// `expected_head` is given (the last hash recorded elsewhere), a chain that ends
// elsewhere is kTruncated. Returns the first broken link, or ok().
AuditVerification VerifyAuditChain(std::span<const AuditEntry> entries,
                                   std::string_view anchor_prev_hash = kAuditGenesisHash,
                                   std::int64_t first_sequence = 1,
                                   std::optional<std::string_view> expected_head = std::nullopt);

}  // namespace netra
