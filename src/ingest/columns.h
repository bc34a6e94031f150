// ColumnMap: finds an import format's columns in a file's header row. Header
// names match in any case and order, ignoring surrounding spaces and treating
// ' ' and '-' like '_' ("Kode Instansi" is kode_instansi). Immutable after
// construction; thread-safe to share.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "ingest/row_reader.h"

namespace netra::ingest {

struct ColumnSpec {
  std::string_view name;  // canonical, lower_snake_case
  bool required = false;
};

class ColumnMap {
 public:
  // Fails with kInvalidArgument naming the header line and every missing
  // required column, or a column given twice. Names not in `spec` are
  // returned in `ignored` (they are not an error: HR exports carry extras).
  static Result<ColumnMap> FromHeader(const Row& header, std::span<const ColumnSpec> spec,
                                      std::vector<std::string>* ignored);

  bool Has(std::size_t column) const { return positions_[column] >= 0; }
  // The trimmed value of spec column `column` in `row` ("" when absent).
  std::string_view Get(const Row& row, std::size_t column) const;
  bool Numeric(const Row& row, std::size_t column) const;
  std::string_view Name(std::size_t column) const { return names_[column]; }

 private:
  std::vector<int> positions_;  // by spec index; -1 when the file lacks it
  std::vector<std::string_view> names_;
};

// "  Kode-Instansi " -> "kode_instansi".
std::string CanonicalColumnName(std::string_view text);
std::string_view Trim(std::string_view text);

}  // namespace netra::ingest
