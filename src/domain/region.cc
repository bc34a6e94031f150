#include "domain/region.h"

#include <cctype>
#include <string>

namespace netra {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

const char* RegionLevelName(RegionLevel level) {
  switch (level) {
    case RegionLevel::kNation:
      return "nasional";
    case RegionLevel::kProvince:
      return "provinsi";
    case RegionLevel::kRegency:
      return "kabupaten_kota";
    case RegionLevel::kDistrict:
      return "kecamatan";
    case RegionLevel::kVillage:
      return "desa_kelurahan";
  }
  return "provinsi";
}

const char* TimeZoneName(TimeZone zone) {
  switch (zone) {
    case TimeZone::kWib:
      return "WIB";
    case TimeZone::kWita:
      return "WITA";
    case TimeZone::kWit:
      return "WIT";
  }
  return "WIB";
}

int TimeZoneUtcOffsetHours(TimeZone zone) {
  switch (zone) {
    case TimeZone::kWib:
      return 7;
    case TimeZone::kWita:
      return 8;
    case TimeZone::kWit:
      return 9;
  }
  return 7;
}

Result<RegionLevel> ParseRegionCode(std::string_view code) {
  if (code.empty()) return RegionLevel::kNation;
  // Expected segment widths per level: 2, 2, 2, 4 digits.
  static constexpr std::size_t kWidths[] = {2, 2, 2, 4};
  std::size_t level = 0;
  std::size_t pos = 0;
  while (true) {
    if (level == 4) {
      return Status(
          ErrorCode::kInvalidArgument,
          "Kode wilayah '" + std::string(code) + "' terlalu panjang (paling banyak 4 bagian)",
          "Region code '" + std::string(code) + "' is too long (at most 4 parts)");
    }
    const std::size_t dot = code.find('.', pos);
    const std::string_view part = code.substr(pos, dot == std::string_view::npos ? dot : dot - pos);
    if (!AllDigits(part) || part.size() != kWidths[level]) {
      return Status(ErrorCode::kInvalidArgument,
                    "Kode wilayah '" + std::string(code) + "': bagian ke-" +
                        std::to_string(level + 1) + " harus " + std::to_string(kWidths[level]) +
                        " angka",
                    "Region code '" + std::string(code) + "': part " + std::to_string(level + 1) +
                        " must be " + std::to_string(kWidths[level]) + " digits");
    }
    ++level;
    if (dot == std::string_view::npos) break;
    pos = dot + 1;
  }
  return static_cast<RegionLevel>(level);
}

std::string ParentRegionCode(std::string_view code) {
  const auto dot = code.rfind('.');
  return dot == std::string_view::npos ? std::string() : std::string(code.substr(0, dot));
}

bool RegionWithin(std::string_view code, std::string_view scope) {
  if (scope.empty()) return true;
  if (code.size() < scope.size() || code.substr(0, scope.size()) != scope) return false;
  return code.size() == scope.size() || code[scope.size()] == '.';
}

std::optional<TimeZone> ProvinceTimeZone(std::string_view province_code) {
  if (province_code.size() != 2 || !AllDigits(province_code)) return std::nullopt;
  const int code = std::stoi(std::string(province_code));
  switch (code) {
    // Sumatra, Java, West and Central Kalimantan (Permendagri-era 1987 zones).
    case 11:
    case 12:
    case 13:
    case 14:
    case 15:
    case 16:
    case 17:
    case 18:
    case 19:
    case 21:
    case 31:
    case 32:
    case 33:
    case 34:
    case 35:
    case 36:
    case 61:
    case 62:
      return TimeZone::kWib;
    // Bali, NTB, NTT, South/East/North Kalimantan, all of Sulawesi.
    case 51:
    case 52:
    case 53:
    case 63:
    case 64:
    case 65:
    case 71:
    case 72:
    case 73:
    case 74:
    case 75:
    case 76:
      return TimeZone::kWita;
    // Maluku, Maluku Utara and the Papua provinces.
    case 81:
    case 82:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
      return TimeZone::kWit;
    default:
      return std::nullopt;
  }
}

}  // namespace netra
