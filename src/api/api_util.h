// Shared pieces of the API handlers: the Caller behind a request, parsing of
// query parameters and JSON bodies into values with precise errors, and the
// JSON views of domain entities (docs/api.md).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/role.h"
#include "http/request.h"
#include "service/caller.h"
#include "service/election_service.h"
#include "service/employee_service.h"
#include "store/store.h"

namespace netra::api {

// Role sets used in route declarations.
inline const std::vector<Role> kEveryone(std::begin(kAllRoles), std::end(kAllRoles));
inline const std::vector<Role> kSignedIn = {
    Role::kAsn, Role::kOperatorInstansi, Role::kPengawas, Role::kPenilai,
    Role::kPpk, Role::kAuditor,          Role::kAdmin};
inline const std::vector<Role> kStaff = {Role::kOperatorInstansi, Role::kPengawas,
                                         Role::kPenilai,          Role::kPpk,
                                         Role::kAuditor,          Role::kAdmin};
inline const std::vector<Role> kOperators = {Role::kOperatorInstansi, Role::kAdmin};
inline const std::vector<Role> kAdmins = {Role::kAdmin};

Caller CallerOf(const http::Request& request);

// Query parameters. Missing → nullopt / default; malformed → kInvalidArgument naming it.
std::string QueryString(const http::Request& request, const char* name, std::size_t max_len = 200);
Result<std::optional<std::int64_t>> QueryInt(const http::Request& request, const char* name,
                                             std::int64_t min, std::int64_t max);
Result<Page> QueryPage(const http::Request& request);
Result<bool> QueryBool(const http::Request& request, const char* name, bool fallback);
// A path parameter that must be a positive integer id.
Result<std::int64_t> PathId(const http::Request& request, const char* name = "id");

// A string member: kInvalidArgument naming the field when missing (if required),
// of another type, or longer than max_len bytes.
Result<std::string> JsonString(const nlohmann::json& body, const char* field, bool required,
                               std::size_t max_len = 200);
Result<std::optional<std::int64_t>> JsonId(const nlohmann::json& body, const char* field);

nlohmann::json ToJson(const Region& region);
nlohmann::json ToJson(const Agency& agency);
nlohmann::json ToJson(const Unit& unit);
nlohmann::json ToJson(const EmployeeView& view);
nlohmann::json ToJson(const User& user);
nlohmann::json ToJson(const Election& election);
nlohmann::json ToJson(const ElectionStage& stage);
nlohmann::json ToJson(const ContestView& contest);
nlohmann::json ToJson(const ImportJob& job);

template <typename T>
nlohmann::json Items(const std::vector<T>& items) {
  nlohmann::json array = nlohmann::json::array();
  for (const T& item : items) array.push_back(ToJson(item));
  return {{"items", std::move(array)}};
}

template <typename T>
nlohmann::json PageJson(const PageOf<T>& page) {
  nlohmann::json out = Items(page.items);
  out["total"] = page.total;
  return out;
}

// RFC 3339 UTC ("2024-09-19T01:00:00Z") for unix seconds; null for 0.
nlohmann::json Rfc3339(std::int64_t unix_seconds);

}  // namespace netra::api
