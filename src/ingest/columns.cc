#include "ingest/columns.h"

#include <fmt/format.h>

#include <cctype>

namespace netra::ingest {

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string CanonicalColumnName(std::string_view text) {
  std::string out;
  for (const char c : Trim(text)) {
    out.push_back(c == ' ' || c == '-'
                      ? '_'
                      : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

Result<ColumnMap> ColumnMap::FromHeader(const Row& header, std::span<const ColumnSpec> spec,
                                        std::vector<std::string>* ignored) {
  ColumnMap map;
  map.positions_.assign(spec.size(), -1);
  for (const ColumnSpec& s : spec) map.names_.push_back(s.name);
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = CanonicalColumnName(header.fields[i]);
    if (name.empty()) continue;
    bool known = false;
    for (std::size_t k = 0; k < spec.size(); ++k) {
      if (spec[k].name != name) continue;
      known = true;
      if (map.positions_[k] >= 0) {
        return Status(ErrorCode::kInvalidArgument,
                      fmt::format("Baris {}: kolom '{}' muncul dua kali", header.line, name),
                      fmt::format("Line {}: column '{}' appears twice", header.line, name));
      }
      map.positions_[k] = static_cast<int>(i);
    }
    if (!known && ignored != nullptr) ignored->push_back(name);
  }
  std::string missing;
  for (std::size_t k = 0; k < spec.size(); ++k) {
    if (spec[k].required && map.positions_[k] < 0) {
      if (!missing.empty()) missing += ", ";
      missing += spec[k].name;
    }
  }
  if (!missing.empty()) {
    return Status(
        ErrorCode::kInvalidArgument,
        fmt::format("Baris {} (judul kolom): kolom wajib tidak ada: {}", header.line, missing),
        fmt::format("Line {} (header): required columns are missing: {}", header.line, missing));
  }
  return map;
}

std::string_view ColumnMap::Get(const Row& row, std::size_t column) const {
  const int pos = positions_[column];
  return pos < 0 ? std::string_view() : Trim(row.Field(static_cast<std::size_t>(pos)));
}

bool ColumnMap::Numeric(const Row& row, std::size_t column) const {
  const int pos = positions_[column];
  return pos >= 0 && row.Numeric(static_cast<std::size_t>(pos));
}

}  // namespace netra::ingest
