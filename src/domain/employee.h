// Employee (pegawai): ASN (PNS, PPPK) and non-ASN staff of an agency.
// domain.md §1.1, §5.1-§5.4.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace netra {

enum class EmployeeType { kPns, kPppk, kPppkParuhWaktu, kNonAsn };

enum class PositionCategory {
  kJptUtama,
  kJptMadya,
  kJptPratama,
  kAdministrator,
  kPengawas,
  kFungsional,
  kPelaksana,
  kKepalaWilayah,  // camat, lurah
  kNonAsn,
  kOther,
};

struct Employee {
  std::int64_t id = 0;
  // 18-digit NIP (PNS) or NI PPPK; nullopt for non-ASN, who are keyed by
  // (agency, name) instead.
  std::optional<std::string> nip;
  std::string name;
  EmployeeType type = EmployeeType::kPns;
  PositionCategory position = PositionCategory::kPelaksana;
  std::string position_title;  // "Analis Kebijakan Ahli Muda"
  std::string golongan;        // "III/c" (PNS) or "IX" (PPPK); empty for non-ASN
  char gender = 0;             // 'L' or 'P'; 0 when unknown
  std::int64_t agency_id = 0;
  std::optional<std::int64_t> unit_id;
  std::string region_code;  // where the person works (regency/city or deeper)
};

// Stable names used in files, the API and the database: "PNS", "PPPK",
// "PPPK_PARUH_WAKTU", "NON_ASN"; "JPT_UTAMA" ... "OTHER" (domain.md §5.3).
const char* EmployeeTypeName(EmployeeType type);
const char* PositionCategoryName(PositionCategory position);
// Accept the stable name in any case, with spaces or dashes for underscores
// ("pppk paruh waktu", "Non-ASN", "kepala wilayah").
std::optional<EmployeeType> ParseEmployeeType(std::string_view text);
std::optional<PositionCategory> ParsePositionCategory(std::string_view text);

}  // namespace netra
