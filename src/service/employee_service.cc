#include "service/employee_service.h"

#include <ctime>
#include <map>

#include "service/access.h"
#include "service/agency_service.h"

namespace netra {
namespace {

constexpr std::size_t kMaxQueryLength = 100;

}  // namespace

Result<PageOf<EmployeeView>> EmployeeService::List(const Caller& caller, EmployeeFilter filter,
                                                   Page page) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  if (filter.text.size() > kMaxQueryLength) {
    return Status(ErrorCode::kInvalidArgument, "Kata kunci pencarian terlalu panjang",
                  "Search text is too long");
  }
  if (filter.region_scope.empty()) filter.region_scope = caller.region_code;
  NETRA_RETURN_IF_ERROR(ParseRegionCode(filter.region_scope).status());
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, filter.region_scope, "Wilayah", "Region"));
  NETRA_ASSIGN_OR_RETURN(PageOf<Employee> found, store_.ListEmployees(filter, ClampPage(page)));

  // A page holds few distinct agencies and units: look each up once.
  std::map<std::int64_t, std::string> agency_names;
  std::map<std::int64_t, std::string> unit_names;
  PageOf<EmployeeView> out;
  out.total = found.total;
  out.items.reserve(found.items.size());
  for (Employee& employee : found.items) {
    EmployeeView view;
    if (!agency_names.contains(employee.agency_id)) {
      NETRA_ASSIGN_OR_RETURN(Agency agency, store_.GetAgency(employee.agency_id));
      agency_names[employee.agency_id] = agency.name;
    }
    view.agency_name = agency_names[employee.agency_id];
    if (employee.unit_id) {
      if (!unit_names.contains(*employee.unit_id)) {
        NETRA_ASSIGN_OR_RETURN(Unit unit, store_.GetUnit(*employee.unit_id));
        unit_names[*employee.unit_id] = unit.name;
      }
      view.unit_name = unit_names[*employee.unit_id];
    }
    view.employee = std::move(employee);
    out.items.push_back(std::move(view));
  }
  return out;
}

Result<EmployeeView> EmployeeService::Get(const Caller& caller, std::int64_t id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  NETRA_ASSIGN_OR_RETURN(Employee employee, store_.GetEmployee(id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, employee.region_code, "Pegawai", "Employee"));
  return Describe(std::move(employee));
}

Result<EmployeeView> EmployeeService::Describe(Employee employee) {
  EmployeeView view;
  NETRA_ASSIGN_OR_RETURN(Agency agency, store_.GetAgency(employee.agency_id));
  view.agency_name = agency.name;
  if (employee.unit_id) {
    NETRA_ASSIGN_OR_RETURN(Unit unit, store_.GetUnit(*employee.unit_id));
    view.unit_name = unit.name;
  }
  NETRA_ASSIGN_OR_RETURN(Region region, store_.GetRegion(employee.region_code));
  view.region_name = region.name;
  if (employee.nip) {
    // Decoding is for display: a NIP that does not decode is shown without its parts.
    const std::time_t now = clock_.Now();
    std::tm tm{};
    gmtime_r(&now, &tm);
    const NipKind kind = employee.type == EmployeeType::kPns ? NipKind::kPns : NipKind::kPppk;
    Result<Nip> nip = ParseNip(*employee.nip, kind, {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
    if (nip.ok()) view.nip_info = std::move(nip).value();
  }
  view.employee = std::move(employee);
  return view;
}

}  // namespace netra
