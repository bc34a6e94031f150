#include "docs/xlsx_table.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace netra {
namespace {

// Display width of UTF-8 text in characters (continuation bytes do not count).
std::size_t Chars(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

Status Internal(const std::string& what) {
  return Status(ErrorCode::kInternal, "Gagal membuat berkas XLSX: " + what,
                "Could not write the XLSX file: " + what);
}

}  // namespace

Result<std::string> WriteXlsxTable(const XlsxTable& table) {
  const std::string& name = table.sheet_name;
  if (name.empty() || Chars(name) > 31 || name.find_first_of("[]:*?/\\") != std::string::npos) {
    return Status(ErrorCode::kInvalidArgument, "Nama lembar XLSX tidak sah: " + name,
                  "Invalid XLSX sheet name: " + name);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (table.rows[r].size() != table.headers.size()) {
      return Status(ErrorCode::kInvalidArgument,
                    "Baris " + std::to_string(r + 1) + " tidak sama lebar dengan judul kolom",
                    "Row " + std::to_string(r + 1) + " does not match the header width");
    }
  }
  std::string path = (std::filesystem::temp_directory_path() / "netra-xlsx-XXXXXX").string();
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return Internal("mkstemp");
  ::close(fd);
  struct Remove {
    std::string p;
    ~Remove() { std::filesystem::remove(p); }
  } remove{path};

  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) return Internal("workbook_new");
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_row_t row = 0;
  if (!table.title.empty()) {
    worksheet_write_string(sheet, row, 0, table.title.c_str(), bold);
    row += 2;
  }
  std::vector<std::size_t> widths(table.headers.size(), 8);
  for (std::size_t c = 0; c < table.headers.size(); ++c) {
    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), table.headers[c].c_str(), bold);
    widths[c] = std::max(widths[c], Chars(table.headers[c]));
  }
  worksheet_freeze_panes(sheet, row + 1, 0);
  ++row;
  for (const auto& cells : table.rows) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      // Text, not numbers: an 18-digit NIP would lose digits as a number.
      worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), cells[c].c_str(), nullptr);
      widths[c] = std::max(widths[c], Chars(cells[c]));
    }
    ++row;
  }
  for (std::size_t c = 0; c < widths.size(); ++c) {
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         static_cast<double>(std::min<std::size_t>(widths[c] + 2, 60)), nullptr);
  }
  if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
    return Internal(lxw_strerror(error));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Internal("reading " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace netra
