#include "store/detail/sql_store.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <utility>

#include "store/detail/migrations.h"
#include "store/detail/sql_helpers.h"

namespace netra::store_detail {
namespace {

// --- regions -----------------------------------------------------------------

constexpr const char* kRegionColumns = "code, parent_code, name, level, time_zone";

const char* ZoneName(TimeZone zone) { return TimeZoneName(zone); }
TimeZone ParseZone(std::string_view name) {
  if (name == "WITA") return TimeZone::kWita;
  if (name == "WIT") return TimeZone::kWit;
  return TimeZone::kWib;
}

Region RegionAt(const SqlRows& rows, std::size_t r) {
  Region region;
  region.code = rows.Text(r, 0);
  region.parent_code = rows.Text(r, 1);
  region.name = rows.Text(r, 2);
  region.level = static_cast<RegionLevel>(rows.Int(r, 3));
  region.time_zone = ParseZone(rows.Text(r, 4));
  return region;
}

std::vector<Region> RegionsOf(const SqlRows& rows) {
  std::vector<Region> out;
  out.reserve(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(RegionAt(rows, r));
  return out;
}

// --- agencies, units, employees ----------------------------------------------

constexpr const char* kAgencyColumns = "id, code, name, kind, region_code";

Agency AgencyAt(const SqlRows& rows, std::size_t r) {
  return Agency{rows.Int(r, 0), rows.Text(r, 1), rows.Text(r, 2), rows.Text(r, 3), rows.Text(r, 4)};
}

constexpr const char* kUnitColumns = "id, agency_id, parent_id, code, name";

Unit UnitAt(const SqlRows& rows, std::size_t r) {
  Unit unit;
  unit.id = rows.Int(r, 0);
  unit.agency_id = rows.Int(r, 1);
  if (!rows.IsNull(r, 2)) unit.parent_id = rows.Int(r, 2);
  unit.code = rows.Text(r, 3);
  unit.name = rows.Text(r, 4);
  return unit;
}

constexpr const char* kEmployeeColumns =
    "id, nip, name, type, position, position_title, golongan, gender, agency_id, unit_id, "
    "region_code";

Employee EmployeeAt(const SqlRows& rows, std::size_t r) {
  Employee e;
  e.id = rows.Int(r, 0);
  e.nip = rows.OptText(r, 1);
  e.name = rows.Text(r, 2);
  e.type = ParseEmployeeType(rows.Text(r, 3)).value_or(EmployeeType::kPns);
  e.position = ParsePositionCategory(rows.Text(r, 4)).value_or(PositionCategory::kOther);
  e.position_title = rows.Text(r, 5);
  e.golongan = rows.Text(r, 6);
  e.gender = rows.Text(r, 7).empty() ? 0 : rows.Text(r, 7)[0];
  e.agency_id = rows.Int(r, 8);
  if (!rows.IsNull(r, 9)) e.unit_id = rows.Int(r, 9);
  e.region_code = rows.Text(r, 10);
  return e;
}

SqlParam OptInt(const std::optional<std::int64_t>& value) {
  return value ? SqlParam(*value) : SqlParam(nullptr);
}
SqlParam OptString(const std::optional<std::string>& value) {
  return value ? SqlParam(*value) : SqlParam(nullptr);
}

Status ValidateEmployee(const Employee& e, std::size_t index) {
  const std::string where_id = "Pegawai ke-" + std::to_string(index + 1) + " dalam batch: ";
  const std::string where_en = "Employee " + std::to_string(index + 1) + " of the batch: ";
  if (e.name.empty()) return Invalid(where_id + "nama kosong", where_en + "name is empty");
  if (e.nip && e.nip->empty()) {
    return Invalid(where_id + "NIP kosong (pakai nilai tanpa NIP untuk non-ASN)",
                   where_en + "NIP is empty (leave it unset for non-ASN)");
  }
  if (e.agency_id <= 0) {
    return Invalid(where_id + "instansi belum diisi", where_en + "agency is not set");
  }
  for (auto [value, field] : {std::pair<std::string_view, const char*>{e.name, "name"},
                              {e.position_title, "position_title"},
                              {e.golongan, "golongan"},
                              {e.region_code, "region_code"}}) {
    Status status = CheckText(value, 500, field);
    if (!status.ok()) {
      return Status(status.code(), where_id + status.message_id(), where_en + status.message_en());
    }
  }
  if (e.nip) NETRA_RETURN_IF_ERROR(CheckText(*e.nip, 32, "nip"));
  // Scoping compares codes as byte ranges, so only well-formed codes may be stored.
  if (auto level = ParseRegionCode(e.region_code); !level.ok()) {
    return Status(ErrorCode::kInvalidArgument, where_id + level.status().message_id(),
                  where_en + level.status().message_en());
  }
  return Status::Ok();
}

// --- users and sessions --------------------------------------------------------

constexpr const char* kUserColumns =
    "id, username, display_name, role, region_code, password_hash, employee_nip, disabled, "
    "created_at";

User UserAt(const SqlRows& rows, std::size_t r) {
  User u;
  u.id = rows.Int(r, 0);
  u.username = rows.Text(r, 1);
  u.display_name = rows.Text(r, 2);
  u.role = ParseRole(rows.Text(r, 3)).value_or(Role::kPublik);
  u.region_code = rows.Text(r, 4);
  u.password_hash = rows.Text(r, 5);
  u.employee_nip = rows.OptText(r, 6);
  u.disabled = rows.Int(r, 7) != 0;
  u.created_at = rows.Int(r, 8);
  return u;
}

constexpr const char* kSessionColumns =
    "token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at, client_address, "
    "revoked";

SessionRecord SessionAt(const SqlRows& rows, std::size_t r) {
  SessionRecord s;
  s.token_hash = rows.Text(r, 0);
  s.user_id = rows.Int(r, 1);
  s.csrf_token = rows.Text(r, 2);
  s.created_at = rows.Int(r, 3);
  s.expires_at = rows.Int(r, 4);
  s.last_seen_at = rows.Int(r, 5);
  s.client_address = rows.Text(r, 6);
  s.revoked = rows.Int(r, 7) != 0;
  return s;
}

constexpr std::size_t kMaxKeyBytes = 512;

// --- elections -------------------------------------------------------------------

constexpr const char* kElectionColumns = "id, code, name, kind, voting_date";

Election ElectionAt(const SqlRows& rows, std::size_t r) {
  return Election{rows.Int(r, 0), rows.Text(r, 1), rows.Text(r, 2), rows.Text(r, 3),
                  rows.Text(r, 4)};
}

constexpr const char* kContestColumns = "id, election_id, region_code, region_name, office";

Contest ContestAt(const SqlRows& rows, std::size_t r) {
  return Contest{rows.Int(r, 0), rows.Int(r, 1), rows.Text(r, 2), rows.Text(r, 3), rows.Text(r, 4)};
}

constexpr const char* kCandidateColumns =
    "id, contest_id, number, head_json, deputy_json, pair_json, slogans_json, hashtags_json, "
    "accounts_json, parties_json, descriptors_json, incumbent, head_gender, deputy_gender";

std::string ListJson(const std::vector<std::string>& list) { return nlohmann::json(list).dump(); }

std::vector<std::string> ListFromJson(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::vector<std::string> out;
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

Candidate CandidateAt(const SqlRows& rows, std::size_t r) {
  Candidate c;
  c.id = rows.Int(r, 0);
  c.contest_id = rows.Int(r, 1);
  c.number = static_cast<int>(rows.Int(r, 2));
  c.head = ListFromJson(rows.Text(r, 3));
  c.deputy = ListFromJson(rows.Text(r, 4));
  c.pair = ListFromJson(rows.Text(r, 5));
  c.slogans = ListFromJson(rows.Text(r, 6));
  c.hashtags = ListFromJson(rows.Text(r, 7));
  c.accounts = ListFromJson(rows.Text(r, 8));
  c.parties = ListFromJson(rows.Text(r, 9));
  c.descriptors = ListFromJson(rows.Text(r, 10));
  c.incumbent = rows.Int(r, 11) != 0;
  c.head_gender = rows.Text(r, 12);
  c.deputy_gender = rows.Text(r, 13);
  return c;
}

// --- import jobs -----------------------------------------------------------------

constexpr const char* kImportJobColumns =
    "id, kind, status, file_name, rows_total, rows_processed, inserted, updated, rejected, "
    "errors_json, message, created_by, region_scope, created_at, finished_at, message_en";

ImportJob ImportJobAt(const SqlRows& rows, std::size_t r) {
  ImportJob j;
  j.id = rows.Int(r, 0);
  j.kind = rows.Text(r, 1);
  j.status = rows.Text(r, 2);
  j.file_name = rows.Text(r, 3);
  j.rows_total = rows.Int(r, 4);
  j.rows_processed = rows.Int(r, 5);
  j.inserted = rows.Int(r, 6);
  j.updated = rows.Int(r, 7);
  j.rejected = rows.Int(r, 8);
  j.errors_json = rows.Text(r, 9);
  j.message = rows.Text(r, 10);
  j.created_by = rows.Int(r, 11);
  j.region_scope = rows.Text(r, 12);
  j.created_at = rows.Int(r, 13);
  j.finished_at = rows.Int(r, 14);
  j.message_en = rows.Text(r, 15);
  return j;
}

constexpr std::size_t kMaxErrorsJsonBytes = 1 << 20;

std::string Select(const char* columns, const char* rest) {
  return std::string("SELECT ") + columns + " " + rest;
}

}  // namespace

// --- schema ------------------------------------------------------------------

SqlStore::SqlStore(std::shared_ptr<SqlExecutor> executor)
    : executor_(executor),
      enforcement_(executor),
      monitoring_(executor),
      pledges_(executor),
      case_handling_(std::move(executor)) {}

Result<int> SqlStore::SchemaVersion() {
  return executor_->Read([](SqlConnection& c) { return ReadSchemaVersion(c); });
}

StoreStats SqlStore::Stats() { return executor_->Stats(); }

// --- regions -------------------------------------------------------------------

Result<UpsertCounts> SqlStore::UpsertRegions(std::span<const Region> regions) {
  if (regions.size() > kMaxBatchRows) {
    return Invalid("Terlalu banyak wilayah dalam satu batch (paling banyak " +
                       std::to_string(kMaxBatchRows) + ")",
                   "Too many regions in one batch (at most " + std::to_string(kMaxBatchRows) + ")");
  }
  for (const Region& region : regions) {
    if (region.code.empty()) return Invalid("Kode wilayah kosong", "Region code is empty");
    auto level = ParseRegionCode(region.code);
    if (!level.ok()) return level.status();
    NETRA_RETURN_IF_ERROR(CheckText(region.name, 500, "name"));
  }
  return executor_->Write([&](SqlConnection& c) { return UpsertRegionsInTransaction(c, regions); });
}

Result<UpsertCounts> SqlStore::UpsertRegionsInTransaction(SqlConnection& c,
                                                          std::span<const Region> regions) {
  UpsertCounts counts;
  for (const Region& region : regions) {
    NETRA_ASSIGN_OR_RETURN(SqlRows found,
                           c.Run("SELECT 1 FROM regions WHERE code = ?", {region.code}));
    NETRA_RETURN_IF_ERROR(c.Run("INSERT INTO regions (code, parent_code, name, level, time_zone) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                "parent_code = excluded.parent_code, name = excluded.name, "
                                "level = excluded.level, time_zone = excluded.time_zone",
                                {region.code, ParentRegionCode(region.code), region.name,
                                 std::int64_t{static_cast<int>(*ParseRegionCode(region.code))},
                                 std::string(ZoneName(region.time_zone))})
                              .status());
    ++(found.empty() ? counts.inserted : counts.updated);
  }
  return counts;
}

Result<Region> SqlStore::GetRegion(const std::string& code) {
  return executor_->Read([&](SqlConnection& c) -> Result<Region> {
    static const std::string sql = Select(kRegionColumns, "FROM regions WHERE code = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {code}));
    if (rows.empty()) return NotFound("Wilayah " + code, "Region " + code);
    return RegionAt(rows, 0);
  });
}

Result<std::vector<Region>> SqlStore::ListRegionChildren(const std::string& parent_code) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<Region>> {
    static const std::string sql =
        Select(kRegionColumns, "FROM regions WHERE parent_code = ? ORDER BY code");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {parent_code}));
    return RegionsOf(rows);
  });
}

Result<std::vector<Region>> SqlStore::SearchRegions(const RegionQuery& query) {
  NETRA_RETURN_IF_ERROR(CheckText(query.text, 200, "text"));
  NETRA_RETURN_IF_ERROR(CheckScope(query.within));
  // The statement is assembled from constant fragments only; user text is
  // always a bound parameter.
  std::string sql = Select(kRegionColumns, "FROM regions WHERE code >= ? AND code < ?");
  auto [low, high] = SubtreeRange(query.within);
  std::vector<SqlParam> params = {low, high};
  if (StartsWithDigit(query.text)) {
    sql += " AND code >= ? AND code < ?";
    auto [p_low, p_high] = PrefixRange(query.text);
    params.push_back(p_low);
    params.push_back(p_high);
  } else if (!query.text.empty()) {
    sql += " AND lower(name) LIKE ? ESCAPE '\\'";
    params.push_back(ContainsPattern(query.text));
  }
  if (query.level) {
    sql += " AND level = ?";
    params.push_back(std::int64_t{static_cast<int>(*query.level)});
  }
  sql += " ORDER BY level, code LIMIT ?";
  params.push_back(std::int64_t{std::clamp(query.limit <= 0 ? 50 : query.limit, 1, 1000)});
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<Region>> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, params));
    return RegionsOf(rows);
  });
}

Result<std::int64_t> SqlStore::CountRegions(RegionLevel level) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::int64_t> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run("SELECT COUNT(*) FROM regions WHERE level = ?",
                                               {std::int64_t{static_cast<int>(level)}}));
    return rows.Int(0, 0);
  });
}

// --- agencies and units ------------------------------------------------------------

Result<Agency> SqlStore::UpsertAgency(const Agency& agency) {
  if (agency.code.empty()) return Invalid("Kode instansi kosong", "Agency code is empty");
  if (agency.name.empty()) return Invalid("Nama instansi kosong", "Agency name is empty");
  NETRA_RETURN_IF_ERROR(CheckText(agency.code, 100, "code"));
  NETRA_RETURN_IF_ERROR(CheckText(agency.name, 500, "name"));
  NETRA_RETURN_IF_ERROR(CheckText(agency.kind, 100, "kind"));
  NETRA_RETURN_IF_ERROR(CheckScope(agency.region_code));
  return executor_->Write([&](SqlConnection& c) -> Result<Agency> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO agencies (code, name, kind, region_code) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
              "region_code = excluded.region_code RETURNING id",
              {agency.code, agency.name, agency.kind, agency.region_code}));
    Agency stored = agency;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<Agency> SqlStore::GetAgency(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<Agency> {
    static const std::string sql = Select(kAgencyColumns, "FROM agencies WHERE id = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return NotFound("Instansi #" + std::to_string(id), "Agency #" + std::to_string(id));
    }
    return AgencyAt(rows, 0);
  });
}

Result<Agency> SqlStore::GetAgencyByCode(const std::string& code) {
  return executor_->Read([&](SqlConnection& c) -> Result<Agency> {
    static const std::string sql = Select(kAgencyColumns, "FROM agencies WHERE code = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {code}));
    if (rows.empty()) return NotFound("Instansi " + code, "Agency " + code);
    return AgencyAt(rows, 0);
  });
}

Result<PageOf<Agency>> SqlStore::ListAgencies(const AgencyFilter& filter, Page page) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  NETRA_RETURN_IF_ERROR(CheckText(filter.text, 200, "text"));
  std::string where = "FROM agencies WHERE region_code >= ? AND region_code < ?";
  auto [low, high] = SubtreeRange(filter.region_scope);
  std::vector<SqlParam> params = {low, high};
  if (!filter.text.empty()) {
    where += " AND (lower(name) LIKE ? ESCAPE '\\' OR lower(code) LIKE ? ESCAPE '\\')";
    params.push_back(ContainsPattern(filter.text));
    params.push_back(ContainsPattern(filter.text));
  }
  if (!filter.kind.empty()) {
    where += " AND kind = ?";
    params.push_back(filter.kind);
  }
  const std::string count_sql = "SELECT COUNT(*) " + where;
  const std::string page_sql =
      std::string("SELECT ") + kAgencyColumns + " " + where + " ORDER BY name, id LIMIT ? OFFSET ?";
  return executor_->Read(
      [&](SqlConnection& c) -> Result<PageOf<Agency>> {
        PageOf<Agency> out;
        NETRA_ASSIGN_OR_RETURN(SqlRows count, c.Run(count_sql, params));
        out.total = count.Int(0, 0);
        params.push_back(ClampLimit(page.limit));
        params.push_back(std::int64_t{std::max(0, page.offset)});
        NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(page_sql, params));
        for (std::size_t r = 0; r < rows.size(); ++r) out.items.push_back(AgencyAt(rows, r));
        return out;
      },
      /*snapshot=*/true);
}

Result<Unit> SqlStore::UpsertUnit(const Unit& unit) {
  if (unit.code.empty()) return Invalid("Kode unit kerja kosong", "Unit code is empty");
  if (unit.name.empty()) return Invalid("Nama unit kerja kosong", "Unit name is empty");
  NETRA_RETURN_IF_ERROR(CheckText(unit.code, 100, "code"));
  NETRA_RETURN_IF_ERROR(CheckText(unit.name, 500, "name"));
  return executor_->Write([&](SqlConnection& c) -> Result<Unit> {
    NETRA_ASSIGN_OR_RETURN(SqlRows self,
                           c.Run("SELECT id FROM units WHERE agency_id = ? AND code = ?",
                                 {unit.agency_id, unit.code}));
    const std::int64_t self_id = self.empty() ? 0 : self.Int(0, 0);
    // The parent must be in the same agency, and following parents up from it
    // must not lead back to this unit (the tree stays a tree).
    std::optional<std::int64_t> cursor = unit.parent_id;
    for (int depth = 0; cursor; ++depth) {
      if (*cursor == self_id || depth > 64) {
        return Invalid("Unit kerja " + unit.code + " tidak boleh menjadi induk dirinya sendiri",
                       "Unit " + unit.code + " cannot be its own ancestor");
      }
      NETRA_ASSIGN_OR_RETURN(
          SqlRows parent, c.Run("SELECT agency_id, parent_id FROM units WHERE id = ?", {*cursor}));
      if (parent.empty() || parent.Int(0, 0) != unit.agency_id) {
        return Invalid(
            "Induk unit kerja #" + std::to_string(*cursor) + " tidak ada di instansi yang sama",
            "Parent unit #" + std::to_string(*cursor) + " is not in the same agency");
      }
      cursor = parent.IsNull(0, 1) ? std::nullopt : std::optional<std::int64_t>(parent.Int(0, 1));
    }
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO units (agency_id, parent_id, code, name) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (agency_id, code) DO UPDATE SET parent_id = excluded.parent_id, "
              "name = excluded.name RETURNING id",
              {unit.agency_id, OptInt(unit.parent_id), unit.code, unit.name}));
    Unit stored = unit;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<Unit> SqlStore::GetUnit(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<Unit> {
    static const std::string sql = Select(kUnitColumns, "FROM units WHERE id = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return NotFound("Unit kerja #" + std::to_string(id), "Unit #" + std::to_string(id));
    }
    return UnitAt(rows, 0);
  });
}

Result<std::vector<Unit>> SqlStore::ListUnits(std::int64_t agency_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<Unit>> {
    static const std::string sql =
        Select(kUnitColumns, "FROM units WHERE agency_id = ? ORDER BY code, id");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {agency_id}));
    std::vector<Unit> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(UnitAt(rows, r));
    return out;
  });
}

// --- employees -------------------------------------------------------------------------

Result<UpsertCounts> SqlStore::UpsertEmployees(std::span<const Employee> employees) {
  if (employees.size() > kMaxBatchRows) {
    return Invalid(
        "Terlalu banyak pegawai dalam satu batch (paling banyak " + std::to_string(kMaxBatchRows) +
            ")",
        "Too many employees in one batch (at most " + std::to_string(kMaxBatchRows) + ")");
  }
  for (std::size_t i = 0; i < employees.size(); ++i) {
    NETRA_RETURN_IF_ERROR(ValidateEmployee(employees[i], i));
  }
  if (employees.empty()) return UpsertCounts{};
  return executor_->Write([&](SqlConnection& c) -> Result<UpsertCounts> {
    // Units must belong to the employee's agency; the foreign key alone only
    // says the unit exists.
    std::unordered_map<std::int64_t, std::int64_t> unit_agency;
    for (std::size_t i = 0; i < employees.size(); ++i) {
      const Employee& e = employees[i];
      if (!e.unit_id) continue;
      auto it = unit_agency.find(*e.unit_id);
      if (it == unit_agency.end()) {
        NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                               c.Run("SELECT agency_id FROM units WHERE id = ?", {*e.unit_id}));
        it = unit_agency.emplace(*e.unit_id, rows.empty() ? 0 : rows.Int(0, 0)).first;
      }
      if (it->second != e.agency_id) {
        return Invalid("Pegawai ke-" + std::to_string(i + 1) + " dalam batch: unit kerja #" +
                           std::to_string(*e.unit_id) + " bukan bagian dari instansi #" +
                           std::to_string(e.agency_id),
                       "Employee " + std::to_string(i + 1) + " of the batch: unit #" +
                           std::to_string(*e.unit_id) + " is not part of agency #" +
                           std::to_string(e.agency_id));
      }
    }
    return UpsertEmployeesInTransaction(c, employees);
  });
}

Result<UpsertCounts> SqlStore::UpsertEmployeesInTransaction(SqlConnection& c,
                                                            std::span<const Employee> employees) {
  static constexpr const char* kByNip =
      "SELECT id, name, type, position, position_title, golongan, gender, agency_id, unit_id, "
      "region_code FROM employees WHERE nip = ?";
  static constexpr const char* kByAgencyName =
      "SELECT id, name, type, position, position_title, golongan, gender, agency_id, unit_id, "
      "region_code FROM employees WHERE agency_id = ? AND name = ? AND nip IS NULL";
  UpsertCounts counts;
  for (std::size_t i = 0; i < employees.size(); ++i) {
    const Employee& e = employees[i];
    Result<SqlRows> found =
        e.nip ? c.Run(kByNip, {*e.nip}) : c.Run(kByAgencyName, {e.agency_id, e.name});
    if (!found.ok()) return found.status();
    const std::string gender = e.gender == 0 ? std::string() : std::string(1, e.gender);
    const std::string type = EmployeeTypeName(e.type);
    const std::string position = PositionCategoryName(e.position);
    Status written;
    if (found->empty()) {
      written = c.Run(
                     "INSERT INTO employees (nip, name, type, position, position_title, "
                     "golongan, gender, agency_id, unit_id, region_code) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     {OptString(e.nip), e.name, type, position, e.position_title, e.golongan,
                      gender, e.agency_id, OptInt(e.unit_id), e.region_code})
                    .status();
      ++counts.inserted;
    } else {
      // A matched row counts as updated whether or not a value changed.
      ++counts.updated;
      const SqlRows& row = *found;
      const bool same_indexed =
          row.Text(0, 1) == e.name && row.Int(0, 7) == e.agency_id &&
          (row.IsNull(0, 8) ? !e.unit_id : e.unit_id && row.Int(0, 8) == *e.unit_id) &&
          row.Text(0, 9) == e.region_code;
      const bool same_rest = row.Text(0, 2) == type && row.Text(0, 3) == position &&
                             row.Text(0, 4) == e.position_title && row.Text(0, 5) == e.golongan &&
                             row.Text(0, 6) == gender;
      if (same_indexed && same_rest) {
        continue;  // re-imports are mostly unchanged rows: no write at all
      }
      if (same_indexed) {
        // Assigning an indexed column makes SQLite rewrite its index entries
        // even for an equal value, so leave those columns out when they hold.
        written = c.Run(
                       "UPDATE employees SET type = ?, position = ?, position_title = ?, "
                       "golongan = ?, gender = ? WHERE id = ?",
                       {type, position, e.position_title, e.golongan, gender, row.Int(0, 0)})
                      .status();
      } else {
        written = c.Run(
                       "UPDATE employees SET name = ?, type = ?, position = ?, "
                       "position_title = ?, golongan = ?, gender = ?, agency_id = ?, "
                       "unit_id = ?, region_code = ? WHERE id = ?",
                       {e.name, type, position, e.position_title, e.golongan, gender, e.agency_id,
                        OptInt(e.unit_id), e.region_code, row.Int(0, 0)})
                      .status();
      }
    }
    if (!written.ok()) {
      return Status(written.code(),
                    "Pegawai ke-" + std::to_string(i + 1) + " dalam batch: " + written.message_id(),
                    "Employee " + std::to_string(i + 1) + " of the batch: " + written.message_en());
    }
  }
  return counts;
}

Result<Employee> SqlStore::GetEmployee(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<Employee> {
    static const std::string sql = Select(kEmployeeColumns, "FROM employees WHERE id = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return NotFound("Pegawai #" + std::to_string(id), "Employee #" + std::to_string(id));
    }
    return EmployeeAt(rows, 0);
  });
}

Result<Employee> SqlStore::GetEmployeeByNip(const std::string& nip) {
  return executor_->Read([&](SqlConnection& c) -> Result<Employee> {
    static const std::string sql = Select(kEmployeeColumns, "FROM employees WHERE nip = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {nip}));
    if (rows.empty()) return NotFound("Pegawai dengan NIP " + nip, "Employee with NIP " + nip);
    return EmployeeAt(rows, 0);
  });
}

Result<PageOf<Employee>> SqlStore::ListEmployees(const EmployeeFilter& filter, Page page) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  NETRA_RETURN_IF_ERROR(CheckText(filter.text, 200, "text"));
  std::string where = "FROM employees WHERE region_code >= ? AND region_code < ?";
  auto [low, high] = SubtreeRange(filter.region_scope);
  std::vector<SqlParam> params = {low, high};
  if (filter.agency_id) {
    where += " AND agency_id = ?";
    params.push_back(*filter.agency_id);
  }
  if (filter.unit_id) {
    where += " AND unit_id = ?";
    params.push_back(*filter.unit_id);
  }
  if (filter.type) {
    where += " AND type = ?";
    params.push_back(std::string(EmployeeTypeName(*filter.type)));
  }
  if (filter.position) {
    where += " AND position = ?";
    params.push_back(std::string(PositionCategoryName(*filter.position)));
  }
  if (StartsWithDigit(filter.text)) {
    where += " AND nip >= ? AND nip < ?";
    auto [p_low, p_high] = PrefixRange(filter.text);
    params.push_back(p_low);
    params.push_back(p_high);
  } else if (!filter.text.empty()) {
    where += " AND lower(name) LIKE ? ESCAPE '\\'";
    params.push_back(ContainsPattern(filter.text));
  }
  const std::string count_sql = "SELECT COUNT(*) " + where;
  const std::string page_sql = std::string("SELECT ") + kEmployeeColumns + " " + where +
                               " ORDER BY name, id LIMIT ? OFFSET ?";
  return executor_->Read(
      [&](SqlConnection& c) -> Result<PageOf<Employee>> {
        PageOf<Employee> out;
        NETRA_ASSIGN_OR_RETURN(SqlRows count, c.Run(count_sql, params));
        out.total = count.Int(0, 0);
        params.push_back(ClampLimit(page.limit));
        params.push_back(std::int64_t{std::max(0, page.offset)});
        NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(page_sql, params));
        for (std::size_t r = 0; r < rows.size(); ++r) out.items.push_back(EmployeeAt(rows, r));
        return out;
      },
      /*snapshot=*/true);
}

// --- users and sessions ----------------------------------------------------------------

Result<User> SqlStore::CreateUser(const User& user) {
  if (user.username.empty()) return Invalid("Nama pengguna kosong", "Username is empty");
  NETRA_RETURN_IF_ERROR(CheckText(user.username, 64, "username"));
  NETRA_RETURN_IF_ERROR(CheckText(user.display_name, 200, "display_name"));
  NETRA_RETURN_IF_ERROR(CheckText(user.password_hash, 512, "password_hash"));
  NETRA_RETURN_IF_ERROR(CheckScope(user.region_code));
  Result<User> created = executor_->Write([&](SqlConnection& c) -> Result<User> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO users (username, display_name, role, region_code, password_hash, "
              "employee_nip, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {user.username, user.display_name, std::string(RoleName(user.role)), user.region_code,
               user.password_hash, OptString(user.employee_nip),
               std::int64_t{user.disabled ? 1 : 0}, user.created_at}));
    User stored = user;
    stored.id = rows.Int(0, 0);
    return stored;
  });
  if (created.status().code() == ErrorCode::kAlreadyExists) {
    return Status(ErrorCode::kAlreadyExists, "Nama pengguna '" + user.username + "' sudah dipakai",
                  "Username '" + user.username + "' is already taken");
  }
  return created;
}

Result<User> SqlStore::GetUser(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<User> {
    static const std::string sql = Select(kUserColumns, "FROM users WHERE id = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return NotFound("Pengguna #" + std::to_string(id), "User #" + std::to_string(id));
    }
    return UserAt(rows, 0);
  });
}

Result<User> SqlStore::GetUserByUsername(const std::string& username) {
  return executor_->Read([&](SqlConnection& c) -> Result<User> {
    static const std::string sql = Select(kUserColumns, "FROM users WHERE username = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {username}));
    if (rows.empty()) return NotFound("Pengguna " + username, "User " + username);
    return UserAt(rows, 0);
  });
}

Result<std::vector<User>> SqlStore::ListUsers(const std::string& region_scope) {
  NETRA_RETURN_IF_ERROR(CheckScope(region_scope));
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<User>> {
    static const std::string sql = Select(
        kUserColumns, "FROM users WHERE region_code >= ? AND region_code < ? ORDER BY username");
    auto [low, high] = SubtreeRange(region_scope);
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {low, high}));
    std::vector<User> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(UserAt(rows, r));
    return out;
  });
}

Status SqlStore::SetUserDisabled(std::int64_t id, bool disabled) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run("UPDATE users SET disabled = ? WHERE id = ?",
                                               {std::int64_t{disabled ? 1 : 0}, id}));
    if (rows.affected == 0) {
      return NotFound("Pengguna #" + std::to_string(id), "User #" + std::to_string(id));
    }
    return Status::Ok();
  });
}

Status SqlStore::SetUserEmployeeNip(std::int64_t id, const std::optional<std::string>& nip) {
  if (nip) NETRA_RETURN_IF_ERROR(CheckText(*nip, 40, "employee_nip"));
  return executor_->Write([&](SqlConnection& c) -> Status {
    SqlParam value = nullptr;
    if (nip) value = *nip;
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run("UPDATE users SET employee_nip = ? WHERE id = ?", {value, id}));
    if (rows.affected == 0) {
      return NotFound("Pengguna #" + std::to_string(id), "User #" + std::to_string(id));
    }
    return Status::Ok();
  });
}

Status SqlStore::SetUserPassword(std::int64_t id, const std::string& password_hash) {
  NETRA_RETURN_IF_ERROR(CheckText(password_hash, 512, "password_hash"));
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run("UPDATE users SET password_hash = ? WHERE id = ?",
                                               {password_hash, id}));
    if (rows.affected == 0) {
      return NotFound("Pengguna #" + std::to_string(id), "User #" + std::to_string(id));
    }
    return Status::Ok();
  });
}

Status SqlStore::CreateSession(const SessionRecord& session) {
  if (session.token_hash.empty()) return Invalid("Token sesi kosong", "Session token is empty");
  NETRA_RETURN_IF_ERROR(CheckText(session.token_hash, 256, "token_hash"));
  NETRA_RETURN_IF_ERROR(CheckText(session.csrf_token, 256, "csrf_token"));
  NETRA_RETURN_IF_ERROR(CheckText(session.client_address, 256, "client_address"));
  return executor_->Write([&](SqlConnection& c) -> Status {
    return c
        .Run(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, "
            "last_seen_at, client_address, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {session.token_hash, session.user_id, session.csrf_token, session.created_at,
             session.expires_at, session.last_seen_at, session.client_address,
             std::int64_t{session.revoked ? 1 : 0}})
        .status();
  });
}

Result<SessionRecord> SqlStore::GetSession(const std::string& token_hash) {
  return executor_->Read([&](SqlConnection& c) -> Result<SessionRecord> {
    static const std::string sql = Select(kSessionColumns, "FROM sessions WHERE token_hash = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {token_hash}));
    if (rows.empty()) return NotFound("Sesi", "Session");
    return SessionAt(rows, 0);
  });
}

Status SqlStore::TouchSession(const std::string& token_hash, std::int64_t now) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {now, token_hash}));
    return rows.affected == 0 ? NotFound("Sesi", "Session") : Status::Ok();
  });
}

Status SqlStore::RevokeSession(const std::string& token_hash) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows, c.Run("UPDATE sessions SET revoked = 1 WHERE token_hash = ?", {token_hash}));
    return rows.affected == 0 ? NotFound("Sesi", "Session") : Status::Ok();
  });
}

Status SqlStore::RevokeUserSessions(std::int64_t user_id) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    return c.Run("UPDATE sessions SET revoked = 1 WHERE user_id = ?", {user_id}).status();
  });
}

Status SqlStore::RecordLoginFailure(const std::string& key, std::int64_t at) {
  NETRA_RETURN_IF_ERROR(CheckText(key, kMaxKeyBytes, "key"));
  return executor_->Write([&](SqlConnection& c) -> Status {
    return c.Run("INSERT INTO login_failures (failure_key, at) VALUES (?, ?)", {key, at}).status();
  });
}

Result<std::int64_t> SqlStore::CountLoginFailures(const std::string& key, std::int64_t since) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::int64_t> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows, c.Run("SELECT COUNT(*) FROM login_failures WHERE failure_key = ? AND at >= ?",
                            {key, since}));
    return rows.Int(0, 0);
  });
}

Status SqlStore::ClearLoginFailures(const std::string& key) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    return c.Run("DELETE FROM login_failures WHERE failure_key = ?", {key}).status();
  });
}

Result<std::int64_t> SqlStore::PruneAuthRecords(std::int64_t before) {
  return executor_->Write([&](SqlConnection& c) -> Result<std::int64_t> {
    NETRA_ASSIGN_OR_RETURN(SqlRows failures,
                           c.Run("DELETE FROM login_failures WHERE at < ?", {before}));
    NETRA_ASSIGN_OR_RETURN(
        SqlRows sessions,
        c.Run("DELETE FROM sessions WHERE expires_at < ? OR (revoked = 1 AND last_seen_at < ?)",
              {before, before}));
    return failures.affected + sessions.affected;
  });
}

// --- elections ------------------------------------------------------------------------

Result<Election> SqlStore::UpsertElection(const Election& election) {
  if (election.code.empty()) return Invalid("Kode pemilihan kosong", "Election code is empty");
  NETRA_RETURN_IF_ERROR(CheckText(election.code, 100, "code"));
  NETRA_RETURN_IF_ERROR(CheckText(election.name, 500, "name"));
  return executor_->Write([&](SqlConnection& c) -> Result<Election> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO elections (code, name, kind, voting_date) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
              "voting_date = excluded.voting_date RETURNING id",
              {election.code, election.name, election.kind, election.voting_date}));
    Election stored = election;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<Election> SqlStore::GetElectionByCode(const std::string& code) {
  return executor_->Read([&](SqlConnection& c) -> Result<Election> {
    static const std::string sql = Select(kElectionColumns, "FROM elections WHERE code = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {code}));
    if (rows.empty()) return NotFound("Pemilihan " + code, "Election " + code);
    return ElectionAt(rows, 0);
  });
}

Result<std::vector<Election>> SqlStore::ListElections() {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<Election>> {
    static const std::string sql =
        Select(kElectionColumns, "FROM elections ORDER BY voting_date, code");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql));
    std::vector<Election> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(ElectionAt(rows, r));
    return out;
  });
}

Status SqlStore::ReplaceElectionStages(std::int64_t election_id,
                                       std::span<const ElectionStage> stages) {
  if (stages.size() > 1000) {
    return Invalid("Terlalu banyak tahapan (paling banyak 1000)", "Too many stages (at most 1000)");
  }
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(SqlRows found,
                           c.Run("SELECT 1 FROM elections WHERE id = ?", {election_id}));
    if (found.empty()) {
      return NotFound("Pemilihan #" + std::to_string(election_id),
                      "Election #" + std::to_string(election_id));
    }
    NETRA_RETURN_IF_ERROR(
        c.Run("DELETE FROM election_stages WHERE election_id = ?", {election_id}).status());
    for (const ElectionStage& s : stages) {
      NETRA_RETURN_IF_ERROR(
          c.Run("INSERT INTO election_stages (election_id, seq, code, name, start_date, "
                "end_date, legal_basis) VALUES (?, ?, ?, ?, ?, ?, ?)",
                {election_id, std::int64_t{s.seq}, s.code, s.name, s.start_date, s.end_date,
                 s.legal_basis})
              .status());
    }
    return Status::Ok();
  });
}

Result<std::vector<ElectionStage>> SqlStore::ListElectionStages(std::int64_t election_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<ElectionStage>> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("SELECT election_id, seq, code, name, start_date, end_date, legal_basis "
              "FROM election_stages WHERE election_id = ? ORDER BY seq",
              {election_id}));
    std::vector<ElectionStage> out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back(ElectionStage{rows.Int(r, 0), static_cast<int>(rows.Int(r, 1)), rows.Text(r, 2),
                                  rows.Text(r, 3), rows.Text(r, 4), rows.Text(r, 5),
                                  rows.Text(r, 6)});
    }
    return out;
  });
}

Result<Contest> SqlStore::UpsertContest(const Contest& contest) {
  NETRA_RETURN_IF_ERROR(CheckScope(contest.region_code));
  if (contest.office.empty())
    return Invalid("Jabatan kontestasi kosong", "Contest office is empty");
  return executor_->Write([&](SqlConnection& c) -> Result<Contest> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO contests (election_id, region_code, region_name, office) "
              "VALUES (?, ?, ?, ?) ON CONFLICT (election_id, region_code, office) "
              "DO UPDATE SET region_name = excluded.region_name RETURNING id",
              {contest.election_id, contest.region_code, contest.region_name, contest.office}));
    Contest stored = contest;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<std::vector<Contest>> SqlStore::ListContests(std::int64_t election_id,
                                                    const std::string& region_scope) {
  NETRA_RETURN_IF_ERROR(CheckScope(region_scope));
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<Contest>> {
    static const std::string sql =
        Select(kContestColumns,
               "FROM contests WHERE election_id = ? AND region_code >= ? AND region_code < ? "
               "ORDER BY region_code, office");
    auto [low, high] = SubtreeRange(region_scope);
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {election_id, low, high}));
    std::vector<Contest> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(ContestAt(rows, r));
    return out;
  });
}

Result<Candidate> SqlStore::UpsertCandidate(const Candidate& candidate) {
  if (candidate.number <= 0) {
    return Invalid("Nomor urut calon harus lebih dari 0", "Candidate number must be above 0");
  }
  const std::vector<const std::vector<std::string>*> lists = {
      &candidate.head,     &candidate.deputy,   &candidate.pair,    &candidate.slogans,
      &candidate.hashtags, &candidate.accounts, &candidate.parties, &candidate.descriptors};
  std::vector<std::string> json;
  for (const auto* list : lists) {
    if (list->size() > 1000) {
      return Invalid("Daftar pada calon terlalu panjang (paling banyak 1000 butir)",
                     "A candidate list is too long (at most 1000 items)");
    }
    json.push_back(ListJson(*list));
  }
  return executor_->Write([&](SqlConnection& c) -> Result<Candidate> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(
            "INSERT INTO candidates (contest_id, number, head_json, deputy_json, pair_json, "
            "slogans_json, hashtags_json, accounts_json, parties_json, descriptors_json, "
            "incumbent, head_gender, deputy_gender) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (contest_id, number) DO UPDATE SET head_json = excluded.head_json, "
            "deputy_json = excluded.deputy_json, pair_json = excluded.pair_json, "
            "slogans_json = excluded.slogans_json, hashtags_json = excluded.hashtags_json, "
            "accounts_json = excluded.accounts_json, parties_json = excluded.parties_json, "
            "descriptors_json = excluded.descriptors_json, incumbent = excluded.incumbent, "
            "head_gender = excluded.head_gender, deputy_gender = excluded.deputy_gender "
            "RETURNING id",
            {candidate.contest_id, std::int64_t{candidate.number}, json[0], json[1], json[2],
             json[3], json[4], json[5], json[6], json[7], std::int64_t{candidate.incumbent ? 1 : 0},
             candidate.head_gender, candidate.deputy_gender}));
    Candidate stored = candidate;
    stored.id = rows.Int(0, 0);
    return stored;
  });
}

Result<std::vector<Candidate>> SqlStore::ListCandidates(std::int64_t contest_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<Candidate>> {
    static const std::string sql =
        Select(kCandidateColumns, "FROM candidates WHERE contest_id = ? ORDER BY number");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {contest_id}));
    std::vector<Candidate> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(CandidateAt(rows, r));
    return out;
  });
}

// --- import jobs ----------------------------------------------------------------------

Result<ImportJob> SqlStore::CreateImportJob(const ImportJob& job) {
  NETRA_RETURN_IF_ERROR(CheckText(job.file_name, 1000, "file_name"));
  NETRA_RETURN_IF_ERROR(CheckText(job.errors_json, kMaxErrorsJsonBytes, "errors_json"));
  NETRA_RETURN_IF_ERROR(CheckText(job.message, 10000, "message"));
  NETRA_RETURN_IF_ERROR(CheckText(job.message_en, 10000, "message_en"));
  NETRA_RETURN_IF_ERROR(CheckScope(job.region_scope));
  return executor_->Write([&](SqlConnection& c) -> Result<ImportJob> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO import_jobs (kind, status, file_name, rows_total, rows_processed, "
              "inserted, updated, rejected, errors_json, message, created_by, region_scope, "
              "created_at, finished_at, message_en) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {job.kind, job.status, job.file_name, job.rows_total, job.rows_processed,
               job.inserted, job.updated, job.rejected,
               job.errors_json.empty() ? std::string("[]") : job.errors_json, job.message,
               job.created_by, job.region_scope, job.created_at, job.finished_at, job.message_en}));
    ImportJob stored = job;
    stored.id = rows.Int(0, 0);
    if (stored.errors_json.empty()) stored.errors_json = "[]";
    return stored;
  });
}

Status SqlStore::UpdateImportJob(const ImportJob& job) {
  NETRA_RETURN_IF_ERROR(CheckText(job.errors_json, kMaxErrorsJsonBytes, "errors_json"));
  NETRA_RETURN_IF_ERROR(CheckText(job.message, 10000, "message"));
  NETRA_RETURN_IF_ERROR(CheckText(job.message_en, 10000, "message_en"));
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("UPDATE import_jobs SET status = ?, rows_total = ?, rows_processed = ?, "
              "inserted = ?, updated = ?, rejected = ?, errors_json = ?, message = ?, "
              "message_en = ?, finished_at = ? WHERE id = ?",
              {job.status, job.rows_total, job.rows_processed, job.inserted, job.updated,
               job.rejected, job.errors_json.empty() ? std::string("[]") : job.errors_json,
               job.message, job.message_en, job.finished_at, job.id}));
    if (rows.affected == 0) {
      return NotFound("Tugas impor #" + std::to_string(job.id),
                      "Import job #" + std::to_string(job.id));
    }
    return Status::Ok();
  });
}

Result<ImportJob> SqlStore::GetImportJob(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<ImportJob> {
    static const std::string sql = Select(kImportJobColumns, "FROM import_jobs WHERE id = ?");
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return NotFound("Tugas impor #" + std::to_string(id), "Import job #" + std::to_string(id));
    }
    return ImportJobAt(rows, 0);
  });
}

}  // namespace netra::store_detail
