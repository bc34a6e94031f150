#include "store/audit_hash.h"

#include <sodium.h>

namespace netra {
namespace {

void Field(std::string& out, const char* name, const std::string& value) {
  out += name;
  out += ':';
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += '\n';
}

}  // namespace

std::string AuditLinkHash(const std::string& prev_hash, const AuditEntry& entry) {
  std::string canonical = "netra-audit-v1\n";
  Field(canonical, "prev", prev_hash);
  Field(canonical, "seq", std::to_string(entry.seq));
  Field(canonical, "at", std::to_string(entry.at));
  Field(canonical, "actor_user_id", std::to_string(entry.actor_user_id));
  Field(canonical, "actor", entry.actor);
  Field(canonical, "action", entry.action);
  Field(canonical, "region_code", entry.region_code);
  Field(canonical, "case_id", entry.case_id ? std::to_string(*entry.case_id) : "");
  Field(canonical, "detail", entry.detail_json);
  unsigned char digest[crypto_generichash_BYTES];
  crypto_generichash(digest, sizeof digest,
                     reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(),
                     nullptr, 0);
  char hex[crypto_generichash_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace netra
