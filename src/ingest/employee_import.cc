#include "ingest/employee_import.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "domain/region.h"
#include "ingest/columns.h"

namespace netra::ingest {
namespace {

enum Column : std::size_t {
  kNip,
  kNama,
  kJenisPegawai,
  kKategoriJabatan,
  kNamaJabatan,
  kGolongan,
  kJenisKelamin,
  kKodeInstansi,
  kKodeUnit,
  kKodeWilayah,
};

constexpr std::array<ColumnSpec, 10> kSpec = {{
    {"nip", true},
    {"nama", true},
    {"jenis_pegawai", true},
    {"kategori_jabatan", true},
    {"nama_jabatan", false},
    {"golongan", false},
    {"jenis_kelamin", false},
    {"kode_instansi", true},
    {"kode_unit", false},
    {"kode_wilayah", false},
}};

constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxBatch = 100'000;

// Open-addressing set of 18-digit NIPs (as integers) with the line each was
// first seen on: 12 bytes a slot, so a national file stays within ~100 MB.
class NipSet {
 public:
  // The line `nip` was first seen on, or 0 after recording it at `line`.
  std::int64_t FindOrInsert(std::uint64_t nip, std::int64_t line) {
    if ((size_ + 1) * 10 > keys_.size() * 7) Grow();
    std::size_t i = Slot(nip);
    while (keys_[i] != 0) {
      if (keys_[i] == nip) return lines_[i];
      i = (i + 1) & (keys_.size() - 1);
    }
    keys_[i] = nip;
    lines_[i] = static_cast<std::uint32_t>(
        std::min<std::int64_t>(line, std::numeric_limits<std::uint32_t>::max()));
    ++size_;
    return 0;
  }

 private:
  std::size_t Slot(std::uint64_t x) const {
    x ^= x >> 33;  // splitmix64 finalizer: NIPs share long prefixes
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x) & (keys_.size() - 1);
  }
  void Grow() {
    std::vector<std::uint64_t> old_keys = std::move(keys_);
    std::vector<std::uint32_t> old_lines = std::move(lines_);
    const std::size_t cap = old_keys.empty() ? 1024 : old_keys.size() * 2;
    keys_.assign(cap, 0);
    lines_.assign(cap, 0);
    for (std::size_t k = 0; k < old_keys.size(); ++k) {
      if (old_keys[k] == 0) continue;
      std::size_t i = Slot(old_keys[k]);
      while (keys_[i] != 0) i = (i + 1) & (cap - 1);
      keys_[i] = old_keys[k];
      lines_[i] = old_lines[k];
    }
  }

  std::vector<std::uint64_t> keys_;  // 0 = empty; no NIP is 0
  std::vector<std::uint32_t> lines_;
  std::size_t size_ = 0;
};

// Reference data looked up once per distinct key: agencies, their units and
// region codes are few next to the rows that cite them.
class Lookups {
 public:
  explicit Lookups(Store& store) : store_(store) {}

  Result<const Agency*> FindAgency(const std::string& code) {
    auto it = agencies_.find(code);
    if (it == agencies_.end()) {
      Result<Agency> r = store_.GetAgencyByCode(code);
      if (!r.ok() && r.status().code() != ErrorCode::kNotFound) return r.status();
      it = agencies_.emplace(code, r.ok() ? std::optional<Agency>(*r) : std::nullopt).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  Result<std::optional<std::int64_t>> FindUnit(std::int64_t agency_id, const std::string& code) {
    auto it = units_.find(agency_id);
    if (it == units_.end()) {
      NETRA_ASSIGN_OR_RETURN(std::vector<Unit> units, store_.ListUnits(agency_id));
      std::unordered_map<std::string, std::int64_t> by_code;
      for (const Unit& u : units) by_code.emplace(u.code, u.id);
      it = units_.emplace(agency_id, std::move(by_code)).first;
    }
    const auto u = it->second.find(code);
    if (u == it->second.end()) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(u->second);
  }

  Result<bool> RegionExists(const std::string& code) {
    auto it = regions_.find(code);
    if (it == regions_.end()) {
      Result<Region> r = store_.GetRegion(code);
      if (!r.ok() && r.status().code() != ErrorCode::kNotFound) return r.status();
      it = regions_.emplace(code, r.ok()).first;
    }
    return it->second;
  }

 private:
  Store& store_;
  std::unordered_map<std::string, std::optional<Agency>> agencies_;
  std::unordered_map<std::int64_t, std::unordered_map<std::string, std::int64_t>> units_;
  std::unordered_map<std::string, bool> regions_;
};

std::string Upper(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c != ' ') out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

std::optional<char> ParseGender(std::string_view text) {
  const std::string g = Upper(text);
  if (g == "L" || g == "LAKI-LAKI" || g == "LAKILAKI" || g == "PRIA") return 'L';
  if (g == "P" || g == "PEREMPUAN" || g == "WANITA") return 'P';
  return std::nullopt;
}

bool IsAsn(EmployeeType type) { return type != EmployeeType::kNonAsn; }

// One pass over the file: validates every row and, when `write`, upserts the good ones.
class Pass {
 public:
  Pass(Store& store, RowReader& reader, const EmployeeImportOptions& options,
       const ProgressCallback& progress, bool write)
      : store_(store),
        reader_(reader),
        options_(options),
        progress_(progress),
        write_(write),
        lookups_(store) {}

  Result<ImportReport> Run() {
    Row row;
    std::optional<ColumnMap> columns;
    while (true) {
      Result<bool> more = reader_.Next(row);
      if (!more.ok()) return Stop(more.status());
      if (!*more) break;
      if (IsBlank(row)) continue;
      if (!columns) {
        NETRA_ASSIGN_OR_RETURN(ColumnMap map,
                               ColumnMap::FromHeader(row, kSpec, &report_.ignored_columns));
        columns.emplace(std::move(map));
        continue;
      }
      ++report_.rows;
      Result<std::optional<Employee>> employee = Check(*columns, row);
      if (!employee.ok()) return Stop(employee.status());
      if (*employee) {
        if (write_) batch_.push_back(std::move(**employee));
      } else {
        ++report_.rejected;
      }
      if (report_.rows % static_cast<std::int64_t>(options_.batch_size) == 0) {
        NETRA_RETURN_IF_ERROR(Flush());
        if (!report_.failure.ok()) return report_;
      }
    }
    if (!columns) {
      return Status(ErrorCode::kInvalidArgument, "Berkas kosong: tidak ada baris judul kolom",
                    "The file is empty: no header row");
    }
    NETRA_RETURN_IF_ERROR(Flush());
    Report();
    return report_;
  }

 private:
  static bool IsBlank(const Row& row) {
    for (const std::string& f : row.fields) {
      if (!Trim(f).empty()) return false;
    }
    return true;
  }

  // A reader error: fatal before anything was written, else recorded.
  Result<ImportReport> Stop(Status status) {
    if (written_batches_ == 0) return status;
    Status flushed = Flush();
    report_.failure = flushed.ok() ? std::move(status) : std::move(flushed);
    Report();
    return report_;
  }

  Status Flush() {
    if (batch_.empty()) {
      Report();
      return Status::Ok();
    }
    Result<UpsertCounts> counts = store_.UpsertEmployees(batch_);
    batch_.clear();
    if (!counts.ok()) {
      if (written_batches_ == 0) return counts.status();
      report_.failure = counts.status();
      return Status::Ok();
    }
    ++written_batches_;
    report_.inserted += counts->inserted;
    report_.updated += counts->updated;
    Report();
    return Status::Ok();
  }

  void Report() {
    if (!progress_) return;
    progress_({write_ ? "importing" : "validating", report_.rows, report_.inserted, report_.updated,
               report_.rejected});
  }

  void Error(std::int64_t line, Column column, std::string id, std::string en) {
    row_failed_ = true;
    report_.AddError(options_.max_errors_kept, line, std::string(kSpec[column].name), std::move(id),
                     std::move(en));
  }

  // The employee in `row`, or nullopt after recording why it is rejected.
  // Fails only when the store cannot be read.
  Result<std::optional<Employee>> Check(const ColumnMap& c, const Row& row) {
    row_failed_ = false;
    const std::int64_t line = row.line;
    Employee e;

    const std::string_view name = c.Get(row, kNama);
    if (name.empty()) {
      Error(line, kNama, "Nama wajib diisi", "Name is required");
    } else if (name.size() > kMaxNameBytes) {
      Error(line, kNama, fmt::format("Nama lebih dari {} byte", kMaxNameBytes),
            fmt::format("Name is longer than {} bytes", kMaxNameBytes));
    }
    e.name = std::string(name);

    const std::string_view type_text = c.Get(row, kJenisPegawai);
    const std::optional<EmployeeType> type = ParseEmployeeType(type_text);
    if (!type) {
      Error(line, kJenisPegawai,
            fmt::format("Jenis pegawai '{}' tidak dikenal (PNS, PPPK, PPPK_PARUH_WAKTU, NON_ASN)",
                        type_text),
            fmt::format("Unknown employee type '{}' (PNS, PPPK, PPPK_PARUH_WAKTU, NON_ASN)",
                        type_text));
    } else {
      e.type = *type;
    }

    const std::string_view position_text = c.Get(row, kKategoriJabatan);
    std::optional<PositionCategory> position = ParsePositionCategory(position_text);
    if (position_text.empty() && type == EmployeeType::kNonAsn) {
      position = PositionCategory::kNonAsn;
    }
    if (!position) {
      Error(line, kKategoriJabatan,
            fmt::format("Kategori jabatan '{}' tidak dikenal (JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, "
                        "ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA, KEPALA_WILAYAH, NON_ASN, "
                        "OTHER)",
                        position_text),
            fmt::format("Unknown position category '{}' (JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, "
                        "ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA, KEPALA_WILAYAH, NON_ASN, "
                        "OTHER)",
                        position_text));
    } else if (type) {
      e.position = *position;
      if (IsAsn(*type) && *position == PositionCategory::kNonAsn) {
        Error(line, kKategoriJabatan, "Pegawai ASN tidak boleh berkategori NON_ASN",
              "An ASN employee cannot have position category NON_ASN");
      } else if (!IsAsn(*type) && *position != PositionCategory::kNonAsn) {
        Error(line, kKategoriJabatan, "Pegawai non-ASN harus berkategori NON_ASN",
              "A non-ASN employee must have position category NON_ASN");
      }
    }

    const std::string_view title = c.Get(row, kNamaJabatan);
    if (title.size() > kMaxNameBytes) {
      Error(line, kNamaJabatan, fmt::format("Nama jabatan lebih dari {} byte", kMaxNameBytes),
            fmt::format("Position title is longer than {} bytes", kMaxNameBytes));
    }
    e.position_title = std::string(title);

    const std::string_view nip_text = c.Get(row, kNip);
    std::optional<Nip> nip;
    if (type && IsAsn(*type)) {
      if (nip_text.empty()) {
        Error(line, kNip, "NIP wajib diisi untuk PNS dan PPPK", "NIP is required for PNS and PPPK");
      } else {
        Result<Nip> parsed =
            ParseNip(nip_text, *type == EmployeeType::kPns ? NipKind::kPns : NipKind::kPppk,
                     options_.today, options_.nip_rules);
        if (parsed.ok()) {
          nip = std::move(*parsed);
          e.nip = nip->digits;
        } else if (c.Numeric(row, kNip)) {
          Error(line, kNip,
                parsed.status().message_id() +
                    "; sel NIP berformat angka di Excel yang hanya menyimpan 15 digit — format "
                    "kolom NIP sebagai Teks",
                parsed.status().message_en() +
                    "; the NIP cell is an Excel number, which keeps only 15 digits — format the "
                    "NIP column as Text");
        } else {
          Error(line, kNip, parsed.status().message_id(), parsed.status().message_en());
        }
      }
    } else if (type && !nip_text.empty()) {
      Error(line, kNip, "Pegawai non-ASN tidak memiliki NIP; kosongkan kolom nip",
            "Non-ASN employees have no NIP; leave the nip column empty");
    }

    const std::string_view gender_text = c.Get(row, kJenisKelamin);
    if (!gender_text.empty()) {
      const std::optional<char> gender = ParseGender(gender_text);
      if (!gender) {
        Error(line, kJenisKelamin,
              fmt::format("Jenis kelamin '{}' tidak dikenal (L atau P)", gender_text),
              fmt::format("Unknown gender '{}' (L or P)", gender_text));
      } else if (nip && nip->gender != *gender) {
        Error(line, kJenisKelamin,
              fmt::format("Jenis kelamin {} tidak sesuai dengan digit ke-15 NIP ({} = {})", *gender,
                          nip->digits[14], nip->gender),
              fmt::format("Gender {} disagrees with NIP digit 15 ({} = {})", *gender,
                          nip->digits[14], nip->gender));
      } else {
        e.gender = *gender;
      }
    } else if (nip) {
      e.gender = nip->gender;
    }

    const std::string_view golongan = c.Get(row, kGolongan);
    if (type) {
      if (!IsAsn(*type) && !golongan.empty()) {
        Error(line, kGolongan, "Pegawai non-ASN tidak memiliki golongan",
              "Non-ASN employees have no golongan");
      } else if (golongan.empty() &&
                 (*type == EmployeeType::kPns || *type == EmployeeType::kPppk)) {
        Error(line, kGolongan, "Golongan wajib diisi untuk PNS dan PPPK",
              "Golongan is required for PNS and PPPK");
      } else if (!golongan.empty()) {
        Result<std::string> g = NormalizeGolongan(golongan, *type);
        if (g.ok()) {
          e.golongan = std::move(*g);
        } else {
          Error(line, kGolongan, g.status().message_id(), g.status().message_en());
        }
      }
    }

    const std::string agency_code(c.Get(row, kKodeInstansi));
    const Agency* agency = nullptr;
    if (agency_code.empty()) {
      Error(line, kKodeInstansi, "Kode instansi wajib diisi", "Agency code is required");
    } else {
      NETRA_ASSIGN_OR_RETURN(agency, lookups_.FindAgency(agency_code));
      if (agency == nullptr) {
        Error(line, kKodeInstansi,
              fmt::format("Instansi '{}' tidak ada (impor instansi dahulu)", agency_code),
              fmt::format("Agency '{}' does not exist (import agencies first)", agency_code));
      } else if (!RegionWithin(agency->region_code, options_.region_scope)) {
        Error(line, kKodeInstansi,
              fmt::format("Instansi '{}' (wilayah {}) di luar wilayah Anda ({})", agency_code,
                          agency->region_code, options_.region_scope),
              fmt::format("Agency '{}' (region {}) is outside your region ({})", agency_code,
                          agency->region_code, options_.region_scope));
        agency = nullptr;
      } else {
        e.agency_id = agency->id;
      }
    }

    const std::string unit_code(c.Get(row, kKodeUnit));
    if (!unit_code.empty() && agency != nullptr) {
      NETRA_ASSIGN_OR_RETURN(std::optional<std::int64_t> unit,
                             lookups_.FindUnit(agency->id, unit_code));
      if (!unit) {
        Error(line, kKodeUnit,
              fmt::format("Unit '{}' tidak ada di instansi '{}'", unit_code, agency_code),
              fmt::format("Unit '{}' does not belong to agency '{}'", unit_code, agency_code));
      }
      e.unit_id = unit;
    }

    const std::string region(c.Get(row, kKodeWilayah));
    if (!region.empty()) {
      if (Result<RegionLevel> level = ParseRegionCode(region); !level.ok()) {
        Error(line, kKodeWilayah, level.status().message_id(), level.status().message_en());
      } else if (!RegionWithin(region, options_.region_scope)) {
        Error(line, kKodeWilayah,
              fmt::format("Wilayah {} di luar wilayah Anda ({})", region, options_.region_scope),
              fmt::format("Region {} is outside your region ({})", region, options_.region_scope));
      } else {
        NETRA_ASSIGN_OR_RETURN(const bool exists, lookups_.RegionExists(region));
        if (!exists) {
          Error(line, kKodeWilayah, fmt::format("Kode wilayah {} tidak ada", region),
                fmt::format("Region code {} does not exist", region));
        } else if (agency != nullptr && !RegionWithin(region, agency->region_code)) {
          Error(line, kKodeWilayah,
                fmt::format("Wilayah {} di luar wilayah instansi '{}' ({})", region, agency_code,
                            agency->region_code),
                fmt::format("Region {} is outside the region of agency '{}' ({})", region,
                            agency_code, agency->region_code));
        }
      }
      e.region_code = region;
    } else if (agency != nullptr) {
      e.region_code = agency->region_code;
    }

    // Duplicates are judged only on rows otherwise good, so one typo is one error.
    if (!row_failed_) {
      if (nip) {
        const std::int64_t first = nips_.FindOrInsert(std::stoull(nip->digits), line);
        if (first != 0) {
          Error(line, kNip,
                fmt::format("NIP {} sudah ada di baris {} berkas ini", nip->digits, first),
                fmt::format("NIP {} already appears on line {} of this file", nip->digits, first));
        }
      } else if (agency != nullptr) {
        const auto [it, inserted] = non_asn_.emplace(agency_code + '\n' + e.name, line);
        if (!inserted) {
          Error(line, kNama,
                fmt::format("Pegawai non-ASN '{}' di instansi '{}' sudah ada di baris {}", e.name,
                            agency_code, it->second),
                fmt::format("Non-ASN employee '{}' of agency '{}' already appears on line {}",
                            e.name, agency_code, it->second));
        }
      }
    }
    if (row_failed_) return std::optional<Employee>();
    return std::optional<Employee>(std::move(e));
  }

  Store& store_;
  RowReader& reader_;
  const EmployeeImportOptions& options_;
  const ProgressCallback& progress_;
  bool write_;
  Lookups lookups_;
  NipSet nips_;
  std::unordered_map<std::string, std::int64_t> non_asn_;
  std::vector<Employee> batch_;
  std::int64_t written_batches_ = 0;
  bool row_failed_ = false;
  ImportReport report_;
};

}  // namespace

Result<std::string> NormalizeGolongan(std::string_view text, EmployeeType type) {
  std::string g;
  for (const char c : text) {
    if (c != ' ') g.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (type == EmployeeType::kPns) {
    static constexpr std::array<std::pair<const char*, char>, 4> kRoman = {
        {{"I", 'D'}, {"II", 'D'}, {"III", 'D'}, {"IV", 'E'}}};
    const std::size_t slash = g.find('/');
    if (slash != std::string::npos && slash + 2 == g.size()) {
      const std::string roman = g.substr(0, slash);
      const char room = g[slash + 1];
      for (const auto& [r, last] : kRoman) {
        if (roman == r && room >= 'A' && room <= last) {
          return roman + "/" + static_cast<char>(std::tolower(room));
        }
      }
    }
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("Golongan PNS '{}' tidak sah (I/a-I/d, II/a-II/d, III/a-III/d, "
                              "IV/a-IV/e)",
                              text),
                  fmt::format("PNS golongan '{}' is invalid (I/a-I/d, II/a-II/d, III/a-III/d, "
                              "IV/a-IV/e)",
                              text));
  }
  static constexpr std::array<const char*, 17> kPppk = {"I",    "II",   "III", "IV",  "V",   "VI",
                                                        "VII",  "VIII", "IX",  "X",   "XI",  "XII",
                                                        "XIII", "XIV",  "XV",  "XVI", "XVII"};
  for (const char* r : kPppk) {
    if (g == r) return g;
  }
  return Status(ErrorCode::kInvalidArgument,
                fmt::format("Golongan PPPK '{}' tidak sah (angka Romawi I-XVII)", text),
                fmt::format("PPPK golongan '{}' is invalid (Roman numeral I-XVII)", text));
}

Result<ImportReport> ImportEmployees(Store& store, RowReader& reader,
                                     const EmployeeImportOptions& options,
                                     const ProgressCallback& progress) {
  if (!IsValidCivilDate(options.today.year, options.today.month, options.today.day)) {
    return Status(ErrorCode::kInvalidArgument, "ImportEmployees: options.today is not a date");
  }
  if (options.batch_size == 0 || options.batch_size > kMaxBatch) {
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("ImportEmployees: batch_size must be 1-{}", kMaxBatch));
  }
  NETRA_RETURN_IF_ERROR(ParseRegionCode(options.region_scope).status());
  if (options.all_or_nothing) {
    NETRA_ASSIGN_OR_RETURN(ImportReport check, Pass(store, reader, options, progress, false).Run());
    if (check.error_count > 0) {
      check.written = false;
      return check;
    }
    NETRA_RETURN_IF_ERROR(reader.Rewind());
  }
  return Pass(store, reader, options, progress, true).Run();
}

}  // namespace netra::ingest
