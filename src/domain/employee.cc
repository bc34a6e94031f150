#include "domain/employee.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace netra {
namespace {

constexpr std::array kTypeNames = {
    std::pair{EmployeeType::kPns, "PNS"},
    std::pair{EmployeeType::kPppk, "PPPK"},
    std::pair{EmployeeType::kPppkParuhWaktu, "PPPK_PARUH_WAKTU"},
    std::pair{EmployeeType::kNonAsn, "NON_ASN"},
};

constexpr std::array kPositionNames = {
    std::pair{PositionCategory::kJptUtama, "JPT_UTAMA"},
    std::pair{PositionCategory::kJptMadya, "JPT_MADYA"},
    std::pair{PositionCategory::kJptPratama, "JPT_PRATAMA"},
    std::pair{PositionCategory::kAdministrator, "ADMINISTRATOR"},
    std::pair{PositionCategory::kPengawas, "PENGAWAS"},
    std::pair{PositionCategory::kFungsional, "FUNGSIONAL"},
    std::pair{PositionCategory::kPelaksana, "PELAKSANA"},
    std::pair{PositionCategory::kKepalaWilayah, "KEPALA_WILAYAH"},
    std::pair{PositionCategory::kNonAsn, "NON_ASN"},
    std::pair{PositionCategory::kOther, "OTHER"},
};

// "pppk paruh-waktu" -> "PPPK_PARUH_WAKTU"
std::string Canonical(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '-') {
      out.push_back('_');
    } else {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  const auto first = out.find_first_not_of('_');
  const auto last = out.find_last_not_of('_');
  return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

template <typename Enum, std::size_t N>
const char* NameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return table[0].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> Parse(const std::array<std::pair<Enum, const char*>, N>& table,
                          std::string_view text) {
  const std::string canonical = Canonical(text);
  for (const auto& [e, name] : table) {
    if (canonical == name) return e;
  }
  return std::nullopt;
}

}  // namespace

const char* EmployeeTypeName(EmployeeType type) { return NameOf(kTypeNames, type); }
const char* PositionCategoryName(PositionCategory position) {
  return NameOf(kPositionNames, position);
}
std::optional<EmployeeType> ParseEmployeeType(std::string_view text) {
  return Parse(kTypeNames, text);
}
std::optional<PositionCategory> ParsePositionCategory(std::string_view text) {
  return Parse(kPositionNames, text);
}

}  // namespace netra
