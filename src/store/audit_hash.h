// The one place the audit chain's link hash is computed (store appends, the
// service verifies): BLAKE2b-256 over the previous link's hash and the entry's
// canonical bytes.
#pragma once

#include <string>

#include "store/enforcement_store.h"

namespace netra {

// 64 zeros: the previous hash of the first link.
inline constexpr const char* kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Lower-case hex BLAKE2b-256 of `prev_hash` and the canonical form of
// `entry` ("netra-audit-v1", then "name:<byte length>:<value>" lines for seq,
// at, actor_user_id, actor, action, region_code, case_id, detail in that
// order). entry.prev_hash and entry.hash are not read.
std::string AuditLinkHash(const std::string& prev_hash, const AuditEntry& entry);

}  // namespace netra
