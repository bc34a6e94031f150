// Roles of Netra's users (DESIGN.md "Who uses it").
#pragma once

#include <optional>
#include <string_view>

namespace netra {

enum class Role {
  kPublik,            // citizen, no account
  kAsn,               // civil servant signing pledges
  kOperatorInstansi,  // BKD/BKPSDM HR operator
  kPengawas,          // Bawaslu officer
  kPenilai,           // BKN reviewer
  kPpk,               // official who decides sanctions
  kAuditor,           // Inspektorat, Ombudsman: read-only
  kAdmin,             // system administrator
};

inline constexpr Role kAllRoles[] = {Role::kPublik,   Role::kAsn,     Role::kOperatorInstansi,
                                     Role::kPengawas, Role::kPenilai, Role::kPpk,
                                     Role::kAuditor,  Role::kAdmin};

const char* RoleName(Role role);  // "operator_instansi", ...
std::optional<Role> ParseRole(std::string_view name);

}  // namespace netra
