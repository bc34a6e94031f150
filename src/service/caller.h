// Caller: who is asking, as the service layer sees it. Every use case takes a
// Caller and checks role and region itself (deny by default), so the rules
// hold whether the request came over HTTP or from a test.
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"
#include "domain/region.h"
#include "domain/role.h"

namespace netra {

struct Caller {
  std::int64_t user_id = 0;  // 0 for the public
  std::string username;
  Role role = Role::kPublik;
  std::string region_code;  // scope; "" is the nation

  static Caller Public() { return {}; }
  bool IsStaff() const { return role != Role::kPublik && role != Role::kAsn; }
};

// kNotFound (not kPermissionDenied) when `code` lies outside the caller's
// scope, so that nothing outside it is disclosed. `what` names the thing in
// Indonesian and English, e.g. {"Instansi", "Agency"}.
inline Status RequireInScope(const Caller& caller, const std::string& code, const char* what_id,
                             const char* what_en) {
  if (RegionWithin(code, caller.region_code)) return Status::Ok();
  return Status(ErrorCode::kNotFound, std::string(what_id) + " tidak ditemukan",
                std::string(what_en) + " not found");
}

}  // namespace netra
