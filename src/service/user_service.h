// UserService: staff accounts, managed by admins within their own region.
// Thread-safe (stateless over a thread-safe Store).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/store.h"

namespace netra {

struct NewUser {
  std::string username;
  std::string display_name;
  Role role = Role::kPengawas;
  std::string region_code;
  std::string password;
  // The employee this account is (by NIP): an ASN's own record, or the
  // home agency of staff seconded to Bawaslu and other offices, which the
  // conflict-of-interest check compares (service/case_conflicts.h). Optional.
  std::string employee_nip;
};

class UserService {
 public:
  UserService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<std::vector<User>> List(const Caller& caller);
  // The caller's own account; kUnauthenticated for the public.
  Result<User> Me(const Caller& caller);
  // Validates username, display name, role (not publik), region (exists, within
  // the caller's scope) and password policy; kAlreadyExists for a taken username.
  Result<User> Create(const Caller& caller, const NewUser& request);
  // Disabling also revokes the user's sessions. An admin cannot disable themself.
  Result<User> SetDisabled(const Caller& caller, std::int64_t id, bool disabled);
  // Links the account (any role) to the employee with NIP `nip`; "" unlinks.
  // Role admin, the account within the admin's region. kInvalidArgument
  // "nip_format" unless 18 digits (spaces and dots ignored); kNotFound
  // "employee_not_found" when no employee of the admin's region has it.
  Result<User> SetEmployee(const Caller& caller, std::int64_t id, const std::string& nip);

  // The same checks without a caller: for `netra user add` and `netra demo`,
  // which run with the operator's shell access to the database.
  Result<User> CreateUnchecked(const NewUser& request);

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace netra
