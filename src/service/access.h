// Role checks shared by the use cases. The HTTP router enforces each route's
// declared roles before a handler runs; the services check again so that a
// use case is safe whoever calls it (CLI, tests, a future route).
#pragma once

#include <initializer_list>

#include "core/status.h"
#include "service/caller.h"

namespace netra {

inline Status RequireRole(const Caller& caller, std::initializer_list<Role> allowed) {
  for (Role role : allowed) {
    if (caller.role == role) return Status::Ok();
  }
  if (caller.role == Role::kPublik) {
    return Status(ErrorCode::kUnauthenticated, "Silakan masuk terlebih dahulu",
                  "Please sign in first");
  }
  return Status(ErrorCode::kPermissionDenied, "Peran Anda tidak diizinkan melakukan ini",
                "Your role is not allowed to do this");
}

// Every staff role may read reference data of its region.
inline constexpr std::initializer_list<Role> kStaffRoles = {
    Role::kOperatorInstansi, Role::kPengawas, Role::kPenilai, Role::kPpk,
    Role::kAuditor,          Role::kAdmin};
inline constexpr std::initializer_list<Role> kReferenceWriters = {Role::kOperatorInstansi,
                                                                  Role::kAdmin};

}  // namespace netra
