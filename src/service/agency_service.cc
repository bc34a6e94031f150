#include "service/agency_service.h"

#include <algorithm>

#include "service/access.h"

namespace netra {
namespace {

constexpr int kMaxPageSize = 500;
constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxCodeLength = 64;

Status Invalid(const std::string& field_id, const std::string& field_en, const std::string& why_id,
               const std::string& why_en) {
  return Status(ErrorCode::kInvalidArgument, field_id + ": " + why_id, field_en + ": " + why_en);
}

Status CheckText(const std::string& value, std::size_t max, const char* field_id,
                 const char* field_en) {
  if (value.empty()) return Invalid(field_id, field_en, "wajib diisi", "is required");
  if (value.size() > max) {
    return Invalid(field_id, field_en, "paling banyak " + std::to_string(max) + " karakter",
                   "at most " + std::to_string(max) + " characters");
  }
  return Status::Ok();
}

}  // namespace

Page ClampPage(Page page) {
  page.offset = std::max(page.offset, 0);
  page.limit = std::clamp(page.limit, 1, kMaxPageSize);
  return page;
}

Result<PageOf<Agency>> AgencyService::List(const Caller& caller, AgencyFilter filter, Page page) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  if (filter.region_scope.empty()) filter.region_scope = caller.region_code;
  NETRA_RETURN_IF_ERROR(ParseRegionCode(filter.region_scope).status());
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, filter.region_scope, "Wilayah", "Region"));
  return store_.ListAgencies(filter, ClampPage(page));
}

Result<Agency> AgencyService::Get(const Caller& caller, std::int64_t id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kStaffRoles));
  NETRA_ASSIGN_OR_RETURN(Agency agency, store_.GetAgency(id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, agency.region_code, "Instansi", "Agency"));
  return agency;
}

Result<Agency> AgencyService::Upsert(const Caller& caller, const Agency& agency) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
  NETRA_RETURN_IF_ERROR(CheckText(agency.code, kMaxCodeLength, "Kode instansi", "Agency code"));
  NETRA_RETURN_IF_ERROR(CheckText(agency.name, kMaxNameLength, "Nama instansi", "Agency name"));
  NETRA_RETURN_IF_ERROR(CheckText(agency.kind, kMaxCodeLength, "Jenis instansi", "Agency kind"));
  NETRA_RETURN_IF_ERROR(ParseRegionCode(agency.region_code).status());
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, agency.region_code, "Wilayah", "Region"));
  NETRA_RETURN_IF_ERROR(store_.GetRegion(agency.region_code).status());
  // Re-using a code from another region would move an agency out of someone else's scope.
  Result<Agency> existing = store_.GetAgencyByCode(agency.code);
  if (existing.ok()) {
    NETRA_RETURN_IF_ERROR(RequireInScope(caller, existing->region_code, "Instansi", "Agency"));
  }
  return store_.UpsertAgency(agency);
}

Result<std::vector<Unit>> AgencyService::ListUnits(const Caller& caller, std::int64_t agency_id) {
  NETRA_RETURN_IF_ERROR(Get(caller, agency_id).status());
  return store_.ListUnits(agency_id);
}

Result<Unit> AgencyService::UpsertUnit(const Caller& caller, const Unit& unit) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
  NETRA_RETURN_IF_ERROR(Get(caller, unit.agency_id).status());
  NETRA_RETURN_IF_ERROR(CheckText(unit.code, kMaxCodeLength, "Kode unit", "Unit code"));
  NETRA_RETURN_IF_ERROR(CheckText(unit.name, kMaxNameLength, "Nama unit", "Unit name"));
  if (unit.parent_id) {
    Result<Unit> parent = store_.GetUnit(*unit.parent_id);
    if (!parent.ok() || parent->agency_id != unit.agency_id) {
      return Invalid("Unit induk", "Parent unit", "bukan unit dari instansi ini",
                     "is not a unit of this agency");
    }
  }
  return store_.UpsertUnit(unit);
}

}  // namespace netra
