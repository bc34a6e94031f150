// Region: a Kemendagri administrative area (domain.md §5.5).
// Codes are hierarchical dotted strings: province "35", regency/city "35.13",
// district "35.13.15", village "35.13.15.2017". The nation is the empty code "".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

enum class RegionLevel { kNation = 0, kProvince = 1, kRegency = 2, kDistrict = 3, kVillage = 4 };

// Indonesian time zones; Indonesia has no daylight saving.
enum class TimeZone { kWib, kWita, kWit };

struct Region {
  std::string code;         // "35.13"
  std::string parent_code;  // "35"; "" for provinces
  std::string name;         // "Kabupaten Probolinggo"
  RegionLevel level = RegionLevel::kProvince;
  TimeZone time_zone = TimeZone::kWib;  // of the province the region lies in
};

const char* RegionLevelName(RegionLevel level);  // "provinsi", "kabupaten_kota", ...
const char* TimeZoneName(TimeZone zone);         // "WIB", "WITA", "WIT"
int TimeZoneUtcOffsetHours(TimeZone zone);       // 7, 8, 9

// Level implied by the code's shape, or an error naming what is wrong with it.
Result<RegionLevel> ParseRegionCode(std::string_view code);
// The parent code ("35.13.15" -> "35.13", "35" -> "").
std::string ParentRegionCode(std::string_view code);
// Whether `code` is `scope` or lies inside it; every code is within the nation "".
bool RegionWithin(std::string_view code, std::string_view scope);
// The zone of a province by its 2-digit code (WIB for Sumatra, Java, West and Central
// Kalimantan; WITA for Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi;
// WIT for Maluku and Papua). Unknown codes give nullopt.
std::optional<TimeZone> ProvinceTimeZone(std::string_view province_code);

}  // namespace netra
