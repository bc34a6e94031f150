#include "ingest/region_import.h"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

#include "domain/region.h"
#include "ingest/columns.h"
#include "ingest/row_reader.h"

namespace netra::ingest {
namespace {

struct LevelFile {
  const char* file;
  RegionLevel level;
  const char* parent_column;  // nullptr for provinces
};

constexpr std::array<LevelFile, 4> kFiles = {{
    {"provinces.csv", RegionLevel::kProvince, nullptr},
    {"regencies.csv", RegionLevel::kRegency, "province_code"},
    {"districts.csv", RegionLevel::kDistrict, "regency_code"},
    {"villages.csv", RegionLevel::kVillage, "district_code"},
}};

constexpr std::size_t kMaxRegionName = 200;

Status Bad(const std::string& file, std::int64_t line, const std::string& id,
           const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, fmt::format("{} baris {}: {}", file, line, id),
                fmt::format("{} line {}: {}", file, line, en));
}

// Appends the regions of one file to `out`; `zones` maps every code seen so
// far to its province's time zone (the parent check and the zone in one).
Status ReadLevel(const std::string& dir, const LevelFile& spec, std::vector<Region>& out,
                 std::unordered_map<std::string, TimeZone>& zones, std::int64_t& count) {
  const std::string path = (std::filesystem::path(dir) / spec.file).string();
  NETRA_ASSIGN_OR_RETURN(std::unique_ptr<RowReader> reader, OpenCsvFile(path));
  const std::array<ColumnSpec, 3> columns = {{
      {"code", true},
      {spec.parent_column == nullptr ? "parent_code" : spec.parent_column,
       spec.parent_column != nullptr},
      {"name", true},
  }};
  std::optional<ColumnMap> map;
  Row row;
  while (true) {
    NETRA_ASSIGN_OR_RETURN(const bool more, reader->Next(row));
    if (!more) break;
    if (!map) {
      NETRA_ASSIGN_OR_RETURN(ColumnMap m, ColumnMap::FromHeader(row, columns, nullptr));
      map.emplace(std::move(m));
      continue;
    }
    Region region;
    region.code = std::string(map->Get(row, 0));
    region.name = std::string(map->Get(row, 2));
    region.level = spec.level;
    Result<RegionLevel> level = ParseRegionCode(region.code);
    if (!level.ok()) {
      return Bad(spec.file, row.line, level.status().message_id(), level.status().message_en());
    }
    if (*level != spec.level) {
      return Bad(
          spec.file, row.line,
          fmt::format("kode {} bukan tingkat {}", region.code, RegionLevelName(spec.level)),
          fmt::format("code {} is not of level {}", region.code, RegionLevelName(spec.level)));
    }
    if (region.name.empty() || region.name.size() > kMaxRegionName) {
      return Bad(spec.file, row.line,
                 fmt::format("nama wilayah {} kosong atau lebih dari {} byte", region.code,
                             kMaxRegionName),
                 fmt::format("name of region {} is empty or longer than {} bytes", region.code,
                             kMaxRegionName));
    }
    region.parent_code = ParentRegionCode(region.code);
    if (spec.parent_column != nullptr) {
      const std::string_view parent = map->Get(row, 1);
      if (parent != region.parent_code) {
        return Bad(spec.file, row.line,
                   fmt::format("{} '{}' bukan induk dari kode {}", spec.parent_column, parent,
                               region.code),
                   fmt::format("{} '{}' is not the parent of code {}", spec.parent_column, parent,
                               region.code));
      }
      const auto it = zones.find(region.parent_code);
      if (it == zones.end()) {
        return Bad(spec.file, row.line,
                   fmt::format("induk {} dari {} tidak ada", region.parent_code, region.code),
                   fmt::format("parent {} of {} does not exist", region.parent_code, region.code));
      }
      region.time_zone = it->second;
    } else {
      const std::optional<TimeZone> zone = ProvinceTimeZone(region.code);
      if (!zone) {
        return Bad(spec.file, row.line,
                   fmt::format("zona waktu provinsi {} tidak diketahui", region.code),
                   fmt::format("time zone of province {} is unknown", region.code));
      }
      region.time_zone = *zone;
    }
    if (!zones.emplace(region.code, region.time_zone).second) {
      return Bad(spec.file, row.line, fmt::format("kode {} muncul dua kali", region.code),
                 fmt::format("code {} appears twice", region.code));
    }
    out.push_back(std::move(region));
    ++count;
  }
  if (!map) {
    return Bad(spec.file, 1, "berkas kosong", "the file is empty");
  }
  return Status::Ok();
}

}  // namespace

Result<RegionImportReport> ImportRegions(Store& store, const std::string& dir,
                                         const ProgressCallback& progress, std::size_t batch_size) {
  if (batch_size == 0) return Status(ErrorCode::kInvalidArgument, "batch_size must be positive");
  RegionImportReport report;
  std::vector<Region> regions;
  std::unordered_map<std::string, TimeZone> zones;
  std::int64_t* counts[] = {&report.provinces, &report.regencies, &report.districts,
                            &report.villages};
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    NETRA_RETURN_IF_ERROR(ReadLevel(dir, kFiles[i], regions, zones, *counts[i]));
  }
  // Parents precede children in `regions` (files are read top-down), so every
  // batch can satisfy a foreign key to an earlier one.
  const std::span<const Region> all(regions);
  for (std::size_t start = 0; start < all.size(); start += batch_size) {
    const auto batch = all.subspan(start, std::min(batch_size, all.size() - start));
    NETRA_ASSIGN_OR_RETURN(const UpsertCounts c, store.UpsertRegions(batch));
    report.inserted += c.inserted;
    report.updated += c.updated;
    if (progress) {
      progress({"importing", static_cast<std::int64_t>(start + batch.size()), report.inserted,
                report.updated, 0});
    }
  }
  return report;
}

}  // namespace netra::ingest
