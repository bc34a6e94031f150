#include "service/user_service.h"

#include <algorithm>
#include <cctype>

#include "service/access.h"
#include "service/password.h"

namespace netra {
namespace {

Status CheckUsername(const std::string& username) {
  const bool valid_chars = std::all_of(username.begin(), username.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) ||
           std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
  });
  if (username.size() < 3 || username.size() > 64 || !valid_chars) {
    return Status(ErrorCode::kInvalidArgument,
                  "Nama pengguna harus 3–64 karakter: huruf kecil, angka, titik, garis bawah "
                  "atau tanda hubung",
                  "Username must be 3-64 characters: lower-case letters, digits, dot, "
                  "underscore or dash");
  }
  return Status::Ok();
}

// The NIP's 18 digits, spaces and dots removed.
Result<std::string> NipDigits(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c == ' ' || c == '.') continue;
    digits += c;
  }
  const bool all_digits = std::all_of(digits.begin(), digits.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  if (digits.size() != 18 || !all_digits) {
    return Status(
               ErrorCode::kInvalidArgument,
               "employee_nip harus NIP atau NI PPPK 18 angka (\"" + text.substr(0, 40) + "\")",
               "employee_nip must be an 18-digit NIP or NI PPPK (\"" + text.substr(0, 40) + "\")")
        .WithReason("nip_format");
  }
  return digits;
}

// The NIP of an existing employee within `scope` (nullopt: anywhere).
Result<std::string> ExistingEmployeeNip(Store& store, const std::string& text,
                                        const std::optional<std::string>& scope) {
  NETRA_ASSIGN_OR_RETURN(std::string nip, NipDigits(text));
  Result<Employee> employee = store.GetEmployeeByNip(nip);
  if (!employee.ok() && employee.status().code() != ErrorCode::kNotFound) {
    return employee.status();
  }
  if (!employee.ok() || (scope && !RegionWithin(employee->region_code, *scope))) {
    return Status(
               ErrorCode::kNotFound,
               "Tidak ada pegawai dengan NIP " + nip + (scope ? " di wilayah Anda" : std::string()),
               "No employee has NIP " + nip + (scope ? " in your region" : std::string()))
        .WithReason("employee_not_found");
  }
  return nip;
}

}  // namespace

Result<std::vector<User>> UserService::List(const Caller& caller) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  return store_.ListUsers(caller.region_code);
}

Result<User> UserService::Me(const Caller& caller) {
  if (caller.user_id == 0) {
    return Status(ErrorCode::kUnauthenticated, "Silakan masuk terlebih dahulu",
                  "Please sign in first");
  }
  return store_.GetUser(caller.user_id);
}

Result<User> UserService::Create(const Caller& caller, const NewUser& request) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  NETRA_RETURN_IF_ERROR(ParseRegionCode(request.region_code).status());
  if (!RegionWithin(request.region_code, caller.region_code)) {
    return Status(ErrorCode::kPermissionDenied,
                  "Wilayah pengguna baru harus berada di dalam wilayah Anda",
                  "The new user's region must lie within yours");
  }
  NewUser checked = request;
  if (!request.employee_nip.empty()) {
    NETRA_ASSIGN_OR_RETURN(checked.employee_nip,
                           ExistingEmployeeNip(store_, request.employee_nip, caller.region_code));
  }
  return CreateUnchecked(checked);
}

Result<User> UserService::CreateUnchecked(const NewUser& request) {
  NETRA_RETURN_IF_ERROR(CheckUsername(request.username));
  if (request.display_name.empty() || request.display_name.size() > 200) {
    return Status(ErrorCode::kInvalidArgument,
                  "Nama tampilan wajib diisi (paling banyak 200 karakter)",
                  "Display name is required (at most 200 characters)");
  }
  if (request.role == Role::kPublik) {
    return Status(ErrorCode::kInvalidArgument, "Peran 'publik' tidak memerlukan akun",
                  "The 'publik' role needs no account");
  }
  NETRA_RETURN_IF_ERROR(ParseRegionCode(request.region_code).status());
  if (!request.region_code.empty())
    NETRA_RETURN_IF_ERROR(store_.GetRegion(request.region_code).status());
  NETRA_RETURN_IF_ERROR(CheckPasswordPolicy(request.password));
  User user;
  user.username = request.username;
  user.display_name = request.display_name;
  user.role = request.role;
  user.region_code = request.region_code;
  if (!request.employee_nip.empty()) {
    NETRA_ASSIGN_OR_RETURN(user.employee_nip,
                           ExistingEmployeeNip(store_, request.employee_nip, std::nullopt));
  }
  user.created_at = clock_.Now();
  NETRA_ASSIGN_OR_RETURN(user.password_hash, HashPassword(request.password));
  return store_.CreateUser(user);
}

Result<User> UserService::SetDisabled(const Caller& caller, std::int64_t id, bool disabled) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  NETRA_ASSIGN_OR_RETURN(User user, store_.GetUser(id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, user.region_code, "Pengguna", "User"));
  if (disabled && user.id == caller.user_id) {
    return Status(ErrorCode::kConflict, "Anda tidak dapat menonaktifkan akun Anda sendiri",
                  "You cannot disable your own account");
  }
  NETRA_RETURN_IF_ERROR(store_.SetUserDisabled(id, disabled));
  if (disabled) NETRA_RETURN_IF_ERROR(store_.RevokeUserSessions(id));
  user.disabled = disabled;
  return user;
}

Result<User> UserService::SetEmployee(const Caller& caller, std::int64_t id,
                                      const std::string& nip) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  Result<User> user = store_.GetUser(id);
  if (!user.ok() || !RegionWithin(user->region_code, caller.region_code)) {
    if (!user.ok() && user.status().code() != ErrorCode::kNotFound) return user.status();
    return Status(ErrorCode::kNotFound, "Pengguna tidak ditemukan", "User not found");
  }
  std::optional<std::string> linked;
  if (!nip.empty()) {
    NETRA_ASSIGN_OR_RETURN(linked, ExistingEmployeeNip(store_, nip, caller.region_code));
  }
  NETRA_RETURN_IF_ERROR(store_.SetUserEmployeeNip(id, linked));
  user->employee_nip = linked;
  user->password_hash.clear();
  return user;
}

}  // namespace netra
