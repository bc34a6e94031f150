// Catalog: the fixed tables the demo generator draws from — the perangkat
// daerah a regency/city government has (Setda, Setwan, Inspektorat, badan,
// dinas, Satpol PP, RSUD), their unit trees (bagian/bidang -> subbagian/seksi),
// the jabatan fungsional each one employs, and the degrees its staff hold.
// Internal to src/demo. Immutable static data; thread-safe.
#pragma once

#include <span>
#include <string_view>

namespace netra::demo::detail {

// Career track of a jabatan fungsional: keahlian (ahli pertama..utama, S1 and
// up) or keterampilan (terampil/mahir/penyelia, D3 or SMA).
enum class Track { kAhli, kTerampil, kBoth };

struct FunctionalSpec {
  std::string_view title;  // "Auditor", "Polisi Pamong Praja"
  Track track;
};

// One row of a unit tree, listed depth-first: a row's parent is the nearest
// earlier row one level up. Codes are unique among siblings; the generator
// joins them with dots ("BID1.SEK2") so they are unique within the agency.
struct UnitRow {
  std::string_view code;
  std::string_view name;
  int depth;  // 0 = top unit of the agency
};

enum class Scope { kAll, kKabupatenOnly, kKotaOnly };

struct AgencySpec {
  std::string_view code;        // suffix of Agency::code: "35.13." + code
  std::string_view kind;        // Agency::kind
  std::string_view name;        // without the region: "Dinas Kesehatan"
  std::string_view head_title;  // "Kepala Dinas Kesehatan"
  double staff_weight;          // share of the region's general staff it employs
  Scope scope;
  bool standard_secretariat;  // gets Sekretariat + two subbagian before its own rows
  double male_share;          // of its general staff
  std::span<const UnitRow> units;
  std::span<const FunctionalSpec> functional;
  std::span<const std::string_view> degrees;  // bachelor's degrees of its staff, "S.E."
};

// Agency codes the generator treats specially.
inline constexpr std::string_view kEducationCode = "DISDIK";
inline constexpr std::string_view kHealthCode = "DINKES";
inline constexpr std::string_view kHospitalCode = "RSUD";
inline constexpr std::string_view kPersonnelCode = "BKPSDM";
inline constexpr std::string_view kInspectorateCode = "INSPEKTORAT";
inline constexpr std::string_view kSecretariatCode = "SETDA";

// The perangkat daerah of one regency or city, in the order a government
// lists them. Kecamatan offices are not here: they come from the districts.
std::span<const AgencySpec> RegionalAgencies();

// Sekretariat rows every dinas/badan starts with.
std::span<const UnitRow> StandardSecretariat();
// Units of a kecamatan office (Sekretariat Kecamatan, seksi); `kota` picks
// "Kelurahan" over "Desa" in the seksi names.
std::span<const UnitRow> KecamatanUnits(bool kota);
std::span<const FunctionalSpec> KecamatanFunctional();
std::span<const std::string_view> GeneralDegrees();

}  // namespace netra::demo::detail
