// Routes for people: employees (read) and staff accounts (admin).
#include <cstdio>

#include "api/api_util.h"
#include "api/routes.h"
#include "http/request_parsing.h"

namespace netra::api {
namespace {

nlohmann::json NipInfo(const Nip& nip) {
  char birth[11];
  std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", nip.birth_date.year, nip.birth_date.month,
                nip.birth_date.day);
  char appointment[8];
  if (nip.kind == NipKind::kPns) {
    std::snprintf(appointment, sizeof appointment, "%04d-%02d", nip.appointment_year,
                  nip.appointment_month);
  } else {
    std::snprintf(appointment, sizeof appointment, "%04d", nip.appointment_year);
  }
  return {{"formatted", FormatNip(nip)},
          {"birth_date", birth},
          {"appointment", appointment},
          {"gender", std::string(1, nip.gender)}};
}

}  // namespace

void RegisterEmployeeRoutes(http::Router& router, EmployeeService& employees) {
  router.Add({"GET", "/api/v1/employees", "employees.list", kStaff},
             [&employees](const http::Request& request) -> Result<http::Response> {
               EmployeeFilter filter;
               filter.region_scope = QueryString(request, "region", 20);
               filter.text = QueryString(request, "q");
               NETRA_ASSIGN_OR_RETURN(filter.agency_id,
                                      QueryInt(request, "agency_id", 1, INT64_MAX));
               NETRA_ASSIGN_OR_RETURN(filter.unit_id, QueryInt(request, "unit_id", 1, INT64_MAX));
               if (const std::string type = QueryString(request, "type"); !type.empty()) {
                 filter.type = ParseEmployeeType(type);
                 if (!filter.type) {
                   return Status(ErrorCode::kInvalidArgument,
                                 "Parameter 'type' harus PNS, PPPK, PPPK_PARUH_WAKTU atau NON_ASN",
                                 "Parameter 'type' must be PNS, PPPK, PPPK_PARUH_WAKTU or NON_ASN");
                 }
               }
               if (const std::string pos = QueryString(request, "position"); !pos.empty()) {
                 filter.position = ParsePositionCategory(pos);
                 if (!filter.position) {
                   return Status(ErrorCode::kInvalidArgument,
                                 "Parameter 'position' bukan kategori jabatan yang dikenal",
                                 "Parameter 'position' is not a known position category");
                 }
               }
               NETRA_ASSIGN_OR_RETURN(Page page, QueryPage(request));
               NETRA_ASSIGN_OR_RETURN(auto found, employees.List(CallerOf(request), filter, page));
               return http::Response::Json(PageJson(found));
             });

  router.Add({"GET", "/api/v1/employees/{id}", "employees.get", kStaff},
             [&employees](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(EmployeeView view, employees.Get(CallerOf(request), id));
               nlohmann::json body = ToJson(view);
               body["nip_info"] = view.nip_info ? NipInfo(*view.nip_info) : nlohmann::json();
               body["region_name"] = view.region_name;
               return http::Response::Json(body);
             });
}

void RegisterUserRoutes(http::Router& router, UserService& users) {
  router.Add({"GET", "/api/v1/users", "users.list", kAdmins},
             [&users](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(auto all, users.List(CallerOf(request)));
               return http::Response::Json(Items(all));
             });

  router.Add(
      {"POST", "/api/v1/users", "users.create", kAdmins},
      [&users](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
        NewUser user;
        NETRA_ASSIGN_OR_RETURN(user.username, JsonString(body, "username", true, 64));
        NETRA_ASSIGN_OR_RETURN(user.display_name, JsonString(body, "display_name", true, 200));
        NETRA_ASSIGN_OR_RETURN(std::string role, JsonString(body, "role", true, 32));
        NETRA_ASSIGN_OR_RETURN(user.region_code, JsonString(body, "region_code", false, 20));
        NETRA_ASSIGN_OR_RETURN(user.password, JsonString(body, "password", true, 256));
        NETRA_ASSIGN_OR_RETURN(user.employee_nip, JsonString(body, "employee_nip", false, 30));
        const std::optional<Role> parsed = ParseRole(role);
        if (!parsed) {
          return Status(ErrorCode::kInvalidArgument, "Kolom 'role' bukan peran yang dikenal",
                        "Field 'role' is not a known role");
        }
        user.role = *parsed;
        NETRA_ASSIGN_OR_RETURN(User created, users.Create(CallerOf(request), user));
        return http::Response::Json(ToJson(created), 201);
      });

  router.Add({"POST",
              "/api/v1/users/{id}/employee",
              "users.employee",
              kAdmins,
              std::nullopt,
              4u << 10,
              {"application/json"}},
             [&users](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string nip, JsonString(body, "employee_nip", false, 40));
               NETRA_ASSIGN_OR_RETURN(User user, users.SetEmployee(CallerOf(request), id, nip));
               return http::Response::Json(ToJson(user));
             });

  for (const bool disable : {true, false}) {
    router.Add({"POST", disable ? "/api/v1/users/{id}/disable" : "/api/v1/users/{id}/enable",
                disable ? "users.disable" : "users.enable", kAdmins},
               [&users, disable](const http::Request& request) -> Result<http::Response> {
                 NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
                 NETRA_ASSIGN_OR_RETURN(User user,
                                        users.SetDisabled(CallerOf(request), id, disable));
                 return http::Response::Json(ToJson(user));
               });
  }
}

}  // namespace netra::api
