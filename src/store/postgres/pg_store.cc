#include "store/postgres/pg_store.h"

#include <string>
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
    "region_code = excluded.region_code RETURNING (xmax = 0) AS fresh) "
    "SELECT COUNT(*) FILTER (WHERE fresh), COUNT(*) FILTER (WHERE NOT fresh) FROM written";

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

PgStore::PgStore(std::unique_ptr<ConnectionPool> pool)
    : SqlStore("postgresql", std::move(pool), /*serialize_writes=*/false) {}

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
  Columns with_nip;
  Columns without_nip;
  for (std::size_t i = 0; i < employees.size(); ++i) {
    const Employee& e = employees[i];
    const bool last = e.nip ? last_by_nip[*e.nip] == i
                            : last_by_name[std::to_string(e.agency_id) + '\n' + e.name] == i;
    if (!last) {
      ++counts.updated;
      continue;
    }
    (e.nip ? with_nip : without_nip).Add(e);
  }
  static const std::string nip_sql = std::string(kUpsertPrefix) + "ON CONFLICT (nip)" + kUpdateSet;
  static const std::string name_sql =
      std::string(kUpsertPrefix) + "ON CONFLICT (agency_id, name) WHERE nip IS NULL" + kUpdateSet;
  for (auto [columns, sql] : {std::pair{&with_nip, &nip_sql}, std::pair{&without_nip, &name_sql}}) {
    if (columns->empty()) continue;
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(*sql, columns->Params()));
    counts.inserted += rows.Int(0, 0);
    counts.updated += rows.Int(0, 1);
  }
  return counts;
}

}  // namespace netra::store_detail
