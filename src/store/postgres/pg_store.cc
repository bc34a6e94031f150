#include "store/postgres/pg_store.h"

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace netra::store_detail {
namespace {

std::string PgIntArray(std::span<const std::optional<std::int64_t>> values) {
  std::string out = "{";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += values[i] ? std::to_string(*values[i]) : "NULL";
  }
  out += '}';
  return out;
}

// Columns of one unnest() batch, in the order of kUnnestColumns.
struct Columns {
  std::vector<std::optional<std::string>> nip, name, type, position, title, golongan, gender,
      region;
  std::vector<std::optional<std::int64_t>> agency, unit;

  void Add(const Employee& e) {
    nip.push_back(e.nip);
    name.push_back(e.name);
    type.push_back(EmployeeTypeName(e.type));
    position.push_back(PositionCategoryName(e.position));
    title.push_back(e.position_title);
    golongan.push_back(e.golongan);
    gender.push_back(e.gender == 0 ? std::string() : std::string(1, e.gender));
    agency.push_back(e.agency_id);
    unit.push_back(e.unit_id);
    region.push_back(e.region_code);
  }
  bool empty() const { return name.empty(); }
  std::vector<SqlParam> Params() const {
    return {PgTextArray(nip),   PgTextArray(name),     PgTextArray(type),   PgTextArray(position),
            PgTextArray(title), PgTextArray(golongan), PgTextArray(gender), PgIntArray(agency),
            PgIntArray(unit),   PgTextArray(region)};
  }
};

// xmax = 0 marks a row this statement inserted; an updated row carries the
// updating transaction's id.
constexpr const char* kUpsertPrefix =
    "WITH written AS (INSERT INTO employees (nip, name, type, position, position_title, "
    "golongan, gender, agency_id, unit_id, region_code) "
    "SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
    "?::text[], ?::bigint[], ?::bigint[], ?::text[]) ";
constexpr const char* kUpdateSet =
    " DO UPDATE SET name = excluded.name, type = excluded.type, position = excluded.position, "
    "position_title = excluded.position_title, golongan = excluded.golongan, "
    "gender = excluded.gender, agency_id = excluded.agency_id, unit_id = excluded.unit_id, "
    "region_code = excluded.region_code "
    "WHERE (employees.name, employees.type, employees.position, employees.position_title, "
    "employees.golongan, employees.gender, employees.agency_id, employees.unit_id, "
    "employees.region_code) IS DISTINCT FROM (excluded.name, excluded.type, excluded.position, "
    "excluded.position_title, excluded.golongan, excluded.gender, excluded.agency_id, "
    "excluded.unit_id, excluded.region_code) "
    "RETURNING (xmax = 0) AS fresh) "
    "SELECT COUNT(*) FILTER (WHERE fresh) FROM written";

}  // namespace

std::string PgTextArray(std::span<const std::optional<std::string>> values) {
  std::string out = "{";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    if (!values[i]) {
      out += "NULL";
      continue;
    }
    out += '"';
    for (char c : *values[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  return out;
}

PgStore::PgStore(std::shared_ptr<SqlExecutor> executor) : SqlStore(std::move(executor)) {}

Result<UpsertCounts> PgStore::UpsertEmployeesInTransaction(SqlConnection& c,
                                                           std::span<const Employee> employees) {
  // ON CONFLICT may touch a row once per statement, so a key repeated in the
  // batch keeps its last occurrence; the earlier ones count as updates, as
  // they would had the rows come one by one.
  UpsertCounts counts;
  std::unordered_map<std::string, std::size_t> last_by_nip;
  std::unordered_map<std::string, std::size_t> last_by_name;
  for (std::size_t i = 0; i < employees.size(); ++i) {
    const Employee& e = employees[i];
    if (e.nip) {
      last_by_nip[*e.nip] = i;
    } else {
      last_by_name[std::to_string(e.agency_id) + '\n' + e.name] = i;
    }
  }
  // Rows go in key order so that concurrent batches lock rows in the same
  // order and do not deadlock each other.
  Columns with_nip;
  Columns without_nip;
  std::map<std::string_view, std::size_t> nip_order;
  for (const auto& [nip, i] : last_by_nip) nip_order.emplace(nip, i);
  for (const auto& [nip, i] : nip_order) with_nip.Add(employees[i]);
  std::map<std::string_view, std::size_t> name_order;
  for (const auto& [key, i] : last_by_name) name_order.emplace(key, i);
  for (const auto& [key, i] : name_order) without_nip.Add(employees[i]);
  counts.updated +=
      static_cast<std::int64_t>(employees.size() - last_by_nip.size() - last_by_name.size());
  static const std::string nip_sql = std::string(kUpsertPrefix) + "ON CONFLICT (nip)" + kUpdateSet;
  static const std::string name_sql =
      std::string(kUpsertPrefix) + "ON CONFLICT (agency_id, name) WHERE nip IS NULL" + kUpdateSet;
  for (auto [columns, sql] : {std::pair{&with_nip, &nip_sql}, std::pair{&without_nip, &name_sql}}) {
    if (columns->empty()) continue;
    // Unchanged rows are matched but not rewritten (the WHERE above) and so
    // not returned: every row not inserted was an existing one.
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(*sql, columns->Params()));
    counts.inserted += rows.Int(0, 0);
    counts.updated += static_cast<std::int64_t>(columns->name.size()) - rows.Int(0, 0);
  }
  return counts;
}

Result<UpsertCounts> PgStore::UpsertRegionsInTransaction(SqlConnection& c,
                                                         std::span<const Region> regions) {
  std::map<std::string_view, const Region*> by_code;  // last wins, in key order
  for (const Region& region : regions) by_code[region.code] = &region;
  std::vector<std::optional<std::string>> codes, parents, names, zones;
  std::vector<std::optional<std::int64_t>> levels;
  for (const auto& [code, region] : by_code) {
    codes.emplace_back(region->code);
    parents.emplace_back(ParentRegionCode(region->code));
    names.emplace_back(region->name);
    levels.emplace_back(static_cast<int>(*ParseRegionCode(region->code)));
    zones.emplace_back(TimeZoneName(region->time_zone));
  }
  UpsertCounts counts;
  counts.updated = static_cast<std::int64_t>(regions.size() - by_code.size());
  if (by_code.empty()) return counts;
  NETRA_ASSIGN_OR_RETURN(
      SqlRows rows,
      c.Run("WITH written AS (INSERT INTO regions (code, parent_code, name, level, time_zone) "
            "SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::integer[], ?::text[]) "
            "ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, "
            "name = excluded.name, level = excluded.level, time_zone = excluded.time_zone "
            "RETURNING (xmax = 0) AS fresh) "
            "SELECT COUNT(*) FILTER (WHERE fresh), COUNT(*) FILTER (WHERE NOT fresh) FROM written",
            {PgTextArray(codes), PgTextArray(parents), PgTextArray(names), PgIntArray(levels),
             PgTextArray(zones)}));
  counts.inserted += rows.Int(0, 0);
  counts.updated += rows.Int(0, 1);
  return counts;
}

}  // namespace netra::store_detail
