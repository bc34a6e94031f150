// XLSX export of one table (libxlsxwriter): a bold header row, then text
// cells, column widths fitted to the content. Used for lists an operator
// follows up on in a spreadsheet (pledge: employees who have not signed).
//
// Thread-safe: each call writes its own workbook to its own temporary file
// (libxlsxwriter 1.0 on Debian 12 cannot write to memory), read back and removed.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"

namespace netra {

struct XlsxTable {
  std::string sheet_name;  // at most 31 characters, none of []:*?/\ (Excel's rules)
  std::string title;       // optional first line above the header ("" for none)
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;  // each as long as headers
};

// The .xlsx bytes. kInvalidArgument for a bad sheet name or a row of the wrong
// width; kInternal when libxlsxwriter or the temporary file fails.
Result<std::string> WriteXlsxTable(const XlsxTable& table);

}  // namespace netra
