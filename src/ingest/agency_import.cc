#include "ingest/agency_import.h"

#include <fmt/format.h>

#include <array>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "domain/region.h"
#include "ingest/columns.h"

namespace netra::ingest {
namespace {

enum Column : std::size_t {
  kKodeInstansi,
  kNamaInstansi,
  kJenisInstansi,
  kKodeWilayah,
  kKodeUnit,
  kNamaUnit,
  kKodeUnitInduk,
};

constexpr std::array<ColumnSpec, 7> kSpec = {{
    {"kode_instansi", true},
    {"nama_instansi", false},
    {"jenis_instansi", false},
    {"kode_wilayah", false},
    {"kode_unit", false},
    {"nama_unit", false},
    {"kode_unit_induk", false},
}};

constexpr std::size_t kMaxCode = 64;
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxKind = 40;

bool IsCode(std::string_view s) {
  if (s.empty() || s.size() > kMaxCode) return false;
  for (const char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string out;
  for (const char c : s)
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

bool IsKind(std::string_view s) {
  if (s.empty() || s.size() > kMaxKind) return false;
  for (const char c : s) {
    if (!(c >= 'a' && c <= 'z') && c != '_' && c != ' ') return false;
  }
  return true;
}

struct AgencyRow {
  std::int64_t line = 0;
  std::string agency_code, agency_name, kind, region, unit_code, unit_name, parent_code;
  bool bad = false;         // the row is rejected
  bool agency_bad = false;  // ... because of its agency's columns
};

struct AgencyDraft {
  Agency agency;                   // what will be stored
  Agency file;                     // name, kind, region as the file gives them
  std::int64_t first_line = 0;     // the row that first named it
  std::optional<Agency> existing;  // already in the store
  bool bad = false;
  std::vector<std::size_t> rows;                               // indexes of rows naming a unit
  std::unordered_map<std::string, std::int64_t> stored_units;  // code -> id
};

class AgencyImport {
 public:
  AgencyImport(Store& store, const AgencyImportOptions& options)
      : store_(store), options_(options) {}

  Result<ImportReport> Run(RowReader& reader) {
    NETRA_RETURN_IF_ERROR(Read(reader));
    for (AgencyRow& row : rows_) CheckFields(row);
    NETRA_RETURN_IF_ERROR(MergeAgencies());
    for (auto& [code, draft] : drafts_) CheckUnits(draft);
    for (const AgencyRow& row : rows_) report_.rejected += row.bad ? 1 : 0;
    if (options_.all_or_nothing && report_.error_count > 0) {
      report_.written = false;
      return report_;
    }
    NETRA_RETURN_IF_ERROR(Write());
    return report_;
  }

 private:
  void Error(AgencyRow& row, Column column, std::string id, std::string en) {
    row.bad = true;
    if (column <= kKodeWilayah) row.agency_bad = true;
    report_.AddError(options_.max_errors_kept, row.line, std::string(kSpec[column].name),
                     std::move(id), std::move(en));
  }

  Status Read(RowReader& reader) {
    std::optional<ColumnMap> map;
    Row row;
    while (true) {
      NETRA_ASSIGN_OR_RETURN(const bool more, reader.Next(row));
      if (!more) break;
      bool blank = true;
      for (const std::string& f : row.fields) blank = blank && Trim(f).empty();
      if (blank) continue;
      if (!map) {
        NETRA_ASSIGN_OR_RETURN(ColumnMap m,
                               ColumnMap::FromHeader(row, kSpec, &report_.ignored_columns));
        map.emplace(std::move(m));
        continue;
      }
      if (static_cast<std::int64_t>(rows_.size()) >= options_.max_rows) {
        return Status(ErrorCode::kResourceExhausted,
                      fmt::format("Baris {}: berkas instansi lebih dari {} baris", row.line,
                                  options_.max_rows),
                      fmt::format("Line {}: the agency file has more than {} rows", row.line,
                                  options_.max_rows));
      }
      AgencyRow r;
      r.line = row.line;
      r.agency_code = map->Get(row, kKodeInstansi);
      r.agency_name = map->Get(row, kNamaInstansi);
      r.kind = Lower(map->Get(row, kJenisInstansi));
      r.region = map->Get(row, kKodeWilayah);
      r.unit_code = map->Get(row, kKodeUnit);
      r.unit_name = map->Get(row, kNamaUnit);
      r.parent_code = map->Get(row, kKodeUnitInduk);
      rows_.push_back(std::move(r));
    }
    if (!map) {
      return Status(ErrorCode::kInvalidArgument, "Berkas kosong: tidak ada baris judul kolom",
                    "The file is empty: no header row");
    }
    report_.rows = static_cast<std::int64_t>(rows_.size());
    return Status::Ok();
  }

  void CheckFields(AgencyRow& row) {
    if (!IsCode(row.agency_code)) {
      Error(row, kKodeInstansi,
            fmt::format("Kode instansi '{}' harus 1-{} huruf, angka, titik, '_' atau '-'",
                        row.agency_code, kMaxCode),
            fmt::format("Agency code '{}' must be 1-{} letters, digits, dots, '_' or '-'",
                        row.agency_code, kMaxCode));
    }
    if (row.agency_name.size() > kMaxName) {
      Error(row, kNamaInstansi, fmt::format("Nama instansi lebih dari {} byte", kMaxName),
            fmt::format("Agency name is longer than {} bytes", kMaxName));
    }
    if (!row.kind.empty() && !IsKind(row.kind)) {
      Error(row, kJenisInstansi,
            fmt::format("Jenis instansi '{}' harus 1-{} huruf (mis. dinas, badan, kecamatan)",
                        row.kind, kMaxKind),
            fmt::format("Agency kind '{}' must be 1-{} letters (e.g. dinas, badan, kecamatan)",
                        row.kind, kMaxKind));
    }
    if (!row.region.empty()) {
      Result<RegionLevel> level = ParseRegionCode(row.region);
      if (!level.ok()) {
        Error(row, kKodeWilayah, level.status().message_id(), level.status().message_en());
      } else if (*level != RegionLevel::kProvince && *level != RegionLevel::kRegency) {
        Error(row, kKodeWilayah,
              fmt::format("Instansi milik pemerintah provinsi atau kabupaten/kota; {} bukan "
                          "keduanya",
                          row.region),
              fmt::format("An agency belongs to a province or regency/city government; {} is "
                          "neither",
                          row.region));
      }
    }
    if (row.unit_code.empty()) {
      if (!row.unit_name.empty() || !row.parent_code.empty()) {
        Error(row, kKodeUnit, "Kode unit wajib diisi bila nama_unit atau kode_unit_induk diisi",
              "Unit code is required when nama_unit or kode_unit_induk is given");
      }
      return;
    }
    if (!IsCode(row.unit_code)) {
      Error(row, kKodeUnit,
            fmt::format("Kode unit '{}' harus 1-{} huruf, angka, titik, '_' atau '-'",
                        row.unit_code, kMaxCode),
            fmt::format("Unit code '{}' must be 1-{} letters, digits, dots, '_' or '-'",
                        row.unit_code, kMaxCode));
    }
    if (row.unit_name.empty() || row.unit_name.size() > kMaxName) {
      Error(row, kNamaUnit, fmt::format("Nama unit wajib diisi, paling panjang {} byte", kMaxName),
            fmt::format("Unit name is required, at most {} bytes", kMaxName));
    }
    if (row.parent_code == row.unit_code) {
      Error(row, kKodeUnitInduk, "Unit tidak boleh menjadi induk dirinya sendiri",
            "A unit cannot be its own parent");
    }
  }

  // Builds one draft per agency code from its rows and the store.
  Status MergeAgencies() {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      AgencyRow& row = rows_[i];
      if (row.agency_code.empty() || !IsCode(row.agency_code)) continue;
      auto [it, fresh] = drafts_.try_emplace(row.agency_code);
      AgencyDraft& d = it->second;
      if (fresh) {
        d.first_line = row.line;
        d.agency.code = row.agency_code;
        Result<Agency> stored = store_.GetAgencyByCode(row.agency_code);
        if (stored.ok()) {
          d.existing = *stored;
          d.agency = *stored;
          NETRA_ASSIGN_OR_RETURN(std::vector<Unit> units, store_.ListUnits(stored->id));
          for (const Unit& u : units) d.stored_units.emplace(u.code, u.id);
        } else if (stored.status().code() != ErrorCode::kNotFound) {
          return stored.status();
        }
      }
      if (row.agency_bad) {
        d.bad = true;
        continue;
      }
      // A value on a later row must agree with the first row that gave it.
      const auto merge = [&](std::string& field, const std::string& value, Column column,
                             const char* label_id, const char* label_en) {
        if (value.empty()) return;
        if (field.empty()) {
          field = value;
        } else if (field != value) {
          Error(
              row, column,
              fmt::format("{} '{}' berbeda dengan baris sebelumnya ('{}')", label_id, value, field),
              fmt::format("{} '{}' differs from an earlier row ('{}')", label_en, value, field));
        }
      };
      merge(d.file.name, row.agency_name, kNamaInstansi, "Nama instansi", "Agency name");
      merge(d.file.kind, row.kind, kJenisInstansi, "Jenis instansi", "Agency kind");
      merge(d.file.region_code, row.region, kKodeWilayah, "Kode wilayah", "Region code");
      if (row.agency_bad) d.bad = true;
      if (!row.unit_code.empty()) d.rows.push_back(i);
    }
    for (auto& [code, d] : drafts_) {
      AgencyRow* first = FirstRow(code);
      // The file's values update a stored agency; what it leaves out stays.
      if (!d.file.name.empty()) d.agency.name = d.file.name;
      if (!d.file.kind.empty()) d.agency.kind = d.file.kind;
      if (!d.file.region_code.empty()) d.agency.region_code = d.file.region_code;
      if (d.bad) continue;
      if (d.agency.name.empty() || d.agency.kind.empty() || d.agency.region_code.empty()) {
        Error(*first, kKodeInstansi,
              fmt::format("Instansi baru '{}' memerlukan nama_instansi, jenis_instansi dan "
                          "kode_wilayah",
                          code),
              fmt::format("New agency '{}' needs nama_instansi, jenis_instansi and kode_wilayah",
                          code));
        d.bad = true;
        continue;
      }
      Result<Region> region = store_.GetRegion(d.agency.region_code);
      if (!region.ok()) {
        if (region.status().code() != ErrorCode::kNotFound) return region.status();
        Error(*first, kKodeWilayah,
              fmt::format("Kode wilayah {} tidak ada (jalankan netra import regions)",
                          d.agency.region_code),
              fmt::format("Region code {} does not exist (run netra import regions)",
                          d.agency.region_code));
        d.bad = true;
        continue;
      }
      if (!RegionWithin(d.agency.region_code, options_.region_scope) ||
          (d.existing && !RegionWithin(d.existing->region_code, options_.region_scope))) {
        Error(*first, kKodeWilayah,
              fmt::format("Instansi '{}' (wilayah {}) di luar wilayah Anda ({})", code,
                          d.agency.region_code, options_.region_scope),
              fmt::format("Agency '{}' (region {}) is outside your region ({})", code,
                          d.agency.region_code, options_.region_scope));
        d.bad = true;
        continue;
      }
    }
    // Every row of a rejected agency is rejected with it.
    for (AgencyRow& row : rows_) {
      auto it = drafts_.find(row.agency_code);
      if (row.agency_bad || it == drafts_.end() || !it->second.bad) continue;
      Error(row, kKodeInstansi,
            fmt::format("Instansi '{}' ditolak (lihat baris {})", row.agency_code,
                        it->second.first_line),
            fmt::format("Agency '{}' was rejected (see line {})", row.agency_code,
                        it->second.first_line));
    }
    return Status::Ok();
  }

  AgencyRow* FirstRow(const std::string& code) {
    for (AgencyRow& row : rows_) {
      if (row.agency_code == code) return &row;
    }
    return &rows_.front();
  }

  // Parent links must name a unit of the same agency, in the file or stored,
  // and must not loop; a unit under a rejected unit is rejected too.
  void CheckUnits(AgencyDraft& d) {
    std::unordered_map<std::string, std::size_t> in_file;
    for (const std::size_t i : d.rows) {
      AgencyRow& row = rows_[i];
      const auto [it, fresh] = in_file.emplace(row.unit_code, i);
      if (!fresh && !row.bad) {
        Error(row, kKodeUnit,
              fmt::format("Unit '{}' sudah ada di baris {}", row.unit_code, rows_[it->second].line),
              fmt::format("Unit '{}' already appears on line {}", row.unit_code,
                          rows_[it->second].line));
      }
    }
    for (const std::size_t i : d.rows) {
      AgencyRow& row = rows_[i];
      if (row.bad || row.parent_code.empty()) continue;
      if (!in_file.contains(row.parent_code) && !d.stored_units.contains(row.parent_code)) {
        Error(row, kKodeUnitInduk,
              fmt::format("Unit induk '{}' tidak ada di instansi '{}'", row.parent_code,
                          row.agency_code),
              fmt::format("Parent unit '{}' does not belong to agency '{}'", row.parent_code,
                          row.agency_code));
      }
    }
    // Walk each chain upwards through the file; a chain longer than the
    // number of units loops.
    for (const std::size_t i : d.rows) {
      AgencyRow& row = rows_[i];
      if (row.bad) continue;
      std::string parent = row.parent_code;
      for (std::size_t steps = 0; !parent.empty(); ++steps) {
        const auto it = in_file.find(parent);
        if (it == in_file.end()) break;  // a stored unit: the store's tree has no loops
        const AgencyRow& up = rows_[it->second];
        if (steps > in_file.size()) {
          Error(row, kKodeUnitInduk,
                fmt::format("Unit '{}' berada dalam lingkaran induk", row.unit_code),
                fmt::format("Unit '{}' is in a parent loop", row.unit_code));
          break;
        }
        if (up.bad) {
          Error(row, kKodeUnitInduk,
                fmt::format("Unit induk '{}' ditolak (lihat baris {})", parent, up.line),
                fmt::format("Parent unit '{}' was rejected (see line {})", parent, up.line));
          break;
        }
        parent = up.parent_code;
      }
    }
  }

  Status Write() {
    bool wrote = false;
    const auto fail = [&](Status s) {
      if (!wrote) return s;
      report_.failure = std::move(s);
      return Status::Ok();
    };
    for (auto& [code, d] : drafts_) {
      if (d.bad) continue;
      Result<Agency> stored = store_.UpsertAgency(d.agency);
      if (!stored.ok()) return fail(stored.status());
      wrote = true;
      (d.existing ? report_.updated : report_.inserted)++;
      std::unordered_map<std::string, std::int64_t> ids = d.stored_units;
      std::unordered_map<std::string, const AgencyRow*> pending;
      for (const std::size_t i : d.rows) {
        if (!rows_[i].bad) pending.emplace(rows_[i].unit_code, &rows_[i]);
      }
      // Parents first: repeat over what is left until every unit is written.
      std::unordered_set<std::string> written;
      while (written.size() < pending.size()) {
        const std::size_t before = written.size();
        for (const auto& [unit_code, row] : pending) {
          if (written.contains(unit_code)) continue;
          if (!row->parent_code.empty() && pending.contains(row->parent_code) &&
              !written.contains(row->parent_code)) {
            continue;
          }
          Unit unit;
          unit.agency_id = stored->id;
          unit.code = unit_code;
          unit.name = row->unit_name;
          if (!row->parent_code.empty()) unit.parent_id = ids.at(row->parent_code);
          const bool existed = d.stored_units.contains(unit_code);
          Result<Unit> u = store_.UpsertUnit(unit);
          if (!u.ok()) return fail(u.status());
          ids[unit_code] = u->id;
          (existed ? report_.updated : report_.inserted)++;
          written.insert(unit_code);
        }
        if (written.size() == before) break;  // cannot happen: loops were rejected
      }
    }
    return Status::Ok();
  }

  Store& store_;
  const AgencyImportOptions& options_;
  std::vector<AgencyRow> rows_;
  std::map<std::string, AgencyDraft> drafts_;
  ImportReport report_;
};

}  // namespace

Result<ImportReport> ImportAgencies(Store& store, RowReader& reader,
                                    const AgencyImportOptions& options) {
  NETRA_RETURN_IF_ERROR(ParseRegionCode(options.region_scope).status());
  return AgencyImport(store, options).Run(reader);
}

}  // namespace netra::ingest
