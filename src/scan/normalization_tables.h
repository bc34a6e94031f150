// The normalization tables of data/scan/normalization.tsv, compiled into the
// binary by CMake (normalization_tables.cc.in) so the scanner needs no data
// path at run time. Immutable; thread-safe.
#pragma once

#include <string_view>

namespace netra::scan {

extern const std::string_view kNormalizationTsv;

}  // namespace netra::scan
