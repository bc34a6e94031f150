#include "domain/role.h"

namespace netra {

const char* RoleName(Role role) {
  switch (role) {
    case Role::kPublik:
      return "publik";
    case Role::kAsn:
      return "asn";
    case Role::kOperatorInstansi:
      return "operator_instansi";
    case Role::kPengawas:
      return "pengawas";
    case Role::kPenilai:
      return "penilai";
    case Role::kPpk:
      return "ppk";
    case Role::kAuditor:
      return "auditor";
    case Role::kAdmin:
      return "admin";
  }
  return "publik";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role role : kAllRoles) {
    if (name == RoleName(role)) return role;
  }
  return std::nullopt;
}

}  // namespace netra
