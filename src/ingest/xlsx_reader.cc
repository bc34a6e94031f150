// XLSX rows: libzip opens the package, pugixml reads the first sheet, its
// shared strings and the styles that mark date cells. Every zip entry is
// inflated through a bounded loop, so an archive that lies about its sizes (a
// zip bomb) stops at ReaderLimits::max_xml_bytes instead of exhausting memory.
#include <fmt/format.h>
#include <zip.h>

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ingest/row_reader.h"

namespace netra::ingest {
namespace {

Status Invalid(const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, "XLSX: " + id, "XLSX: " + en);
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// Inflates entry `name`; nullopt-like empty + found=false when absent.
Result<std::string> ReadEntry(zip_t* zip, const std::string& name, bool required,
                              const ReaderLimits& limits, bool* found) {
  *found = false;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip, name.c_str(), 0, &st) != 0) {
    if (!required) return std::string();
    return Invalid(fmt::format("bagian '{}' tidak ada; bukan berkas Excel yang sah", name),
                   fmt::format("part '{}' is missing; not a valid Excel file", name));
  }
  const auto too_big = [&] {
    return Status(
        ErrorCode::kResourceExhausted,
        fmt::format("XLSX: bagian '{}' lebih dari {} byte setelah dekompresi", name,
                    limits.max_xml_bytes),
        fmt::format("XLSX: part '{}' inflates to more than {} bytes", name, limits.max_xml_bytes));
  };
  if ((st.valid & ZIP_STAT_SIZE) && st.size > static_cast<std::uint64_t>(limits.max_xml_bytes)) {
    return too_big();
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(zip, name.c_str(), 0));
  if (!file) {
    return Invalid(fmt::format("bagian '{}' tidak dapat dibaca", name),
                   fmt::format("part '{}' cannot be read", name));
  }
  std::string out;
  char buf[64 << 10];
  while (true) {
    const zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
    if (n < 0) {
      return Invalid(fmt::format("bagian '{}' rusak", name),
                     fmt::format("part '{}' is corrupt", name));
    }
    if (n == 0) break;
    if (static_cast<std::int64_t>(out.size()) + n > limits.max_xml_bytes) return too_big();
    out.append(buf, static_cast<std::size_t>(n));
  }
  *found = true;
  return out;
}

Status ParseXml(pugi::xml_document& doc, std::string& text, const std::string& name) {
  const pugi::xml_parse_result r =
      doc.load_buffer_inplace(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) {
    return Invalid(
        fmt::format("XML '{}' rusak pada posisi {}: {}", name, r.offset, r.description()),
        fmt::format("XML '{}' is malformed at offset {}: {}", name, r.offset, r.description()));
  }
  return Status::Ok();
}

// Text of a shared or inline string: plain <t>, or rich-text runs <r><t>;
// phonetic runs (<rPh>) are not part of the value.
std::string StringItemText(const pugi::xml_node& item) {
  std::string out;
  for (const pugi::xml_node child : item.children()) {
    const std::string_view n = child.name();
    if (n == "t") {
      out += child.text().get();
    } else if (n == "r") {
      out += child.child("t").text().get();
    }
  }
  return out;
}

// "1.98609262015051E+17" -> "198609262015051000": the exact decimal the cell
// holds, never an exponent, so long numbers such as NIPs keep their digits.
std::string PlainNumber(std::string_view v) {
  std::size_t i = 0;
  std::string sign;
  if (i < v.size() && (v[i] == '-' || v[i] == '+')) {
    if (v[i] == '-') sign = "-";
    ++i;
  }
  std::string digits;
  int point = -1;
  for (; i < v.size() && (std::isdigit(static_cast<unsigned char>(v[i])) || v[i] == '.'); ++i) {
    if (v[i] == '.') {
      if (point >= 0) return std::string(v);
      point = static_cast<int>(digits.size());
    } else {
      digits.push_back(v[i]);
    }
  }
  if (digits.empty()) return std::string(v);
  if (point < 0) point = static_cast<int>(digits.size());
  if (i < v.size()) {
    if (v[i] != 'E' && v[i] != 'e') return std::string(v);
    ++i;
    int exp_sign = 1;
    if (i < v.size() && (v[i] == '+' || v[i] == '-')) exp_sign = v[i++] == '-' ? -1 : 1;
    int exp = 0;
    if (i == v.size()) return std::string(v);
    for (; i < v.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(v[i])) || exp > 400) return std::string(v);
      exp = exp * 10 + (v[i] - '0');
    }
    point += exp_sign * exp;
  }
  if (point > 64 || point < -64) return std::string(v);  // not a value a person typed
  if (point < 0) {
    digits.insert(0, static_cast<std::size_t>(-point), '0');
    point = 0;
  }
  if (point > static_cast<int>(digits.size())) digits.append(point - digits.size(), '0');
  std::string int_part = digits.substr(0, static_cast<std::size_t>(point));
  std::string frac = digits.substr(static_cast<std::size_t>(point));
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  const std::size_t nz = int_part.find_first_not_of('0');
  int_part = nz == std::string::npos ? "0" : int_part.substr(nz);
  if (int_part == "0" && frac.empty()) sign.clear();
  return sign + int_part + (frac.empty() ? "" : "." + frac);
}

// Days since 1970-01-01 -> civil date (H. Hinnant's algorithm).
void CivilFromDays(std::int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

// An Excel serial date as "YYYY-MM-DD" (or "YYYY-MM-DD HH:MM:SS" when it has a time).
std::string SerialToDate(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958465) return fmt::format("{}", serial);
  std::int64_t days = static_cast<std::int64_t>(std::floor(serial));
  std::int64_t seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
  if (seconds >= 86400) {
    ++days;
    seconds -= 86400;
  }
  std::int64_t epoch_days;  // days since 1970-01-01
  if (date1904) {
    epoch_days = days - 24107;  // 1904-01-01 is serial 0
  } else {
    // Excel counts the non-existent 1900-02-29 (serial 60); serials after it are one day ahead.
    epoch_days = (days >= 61 ? days - 25569 : days - 25568);
  }
  int y, m, d;
  CivilFromDays(epoch_days, y, m, d);
  if (seconds == 0) return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
  return fmt::format("{:04d}-{:02d}-{:02d} {:02d}:{:02d}:{:02d}", y, m, d, seconds / 3600,
                     seconds / 60 % 60, seconds % 60);
}

// Whether a number format shows a date: built-in ids 14-22 and 45-47, or a
// custom code with day or year tokens outside quoted text and [..] sections.
bool IsDateFormatCode(std::string_view code) {
  bool quoted = false;
  int bracket = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (quoted) {
      continue;
    } else if (c == '\\') {
      ++i;
    } else if (c == '[') {
      ++bracket;
    } else if (c == ']') {
      bracket = bracket > 0 ? bracket - 1 : 0;
    } else if (bracket == 0 && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) {
      return true;
    }
  }
  return false;
}

// Column index from a cell reference: "C5" -> 2; -1 when malformed.
int ColumnOf(std::string_view ref) {
  int col = 0;
  std::size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    if (col > 16384) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

class XlsxReader final : public RowReader {
 public:
  explicit XlsxReader(ReaderLimits limits) : limits_(limits) {}

  Status Load(zip_t* zip) {
    if (zip_get_num_entries(zip, 0) > limits_.max_zip_entries) {
      return Status(ErrorCode::kResourceExhausted,
                    fmt::format("XLSX: lebih dari {} bagian", limits_.max_zip_entries),
                    fmt::format("XLSX: more than {} parts", limits_.max_zip_entries));
    }
    bool found = false;
    NETRA_ASSIGN_OR_RETURN(std::string workbook_xml,
                           ReadEntry(zip, "xl/workbook.xml", true, limits_, &found));
    pugi::xml_document workbook;
    NETRA_RETURN_IF_ERROR(ParseXml(workbook, workbook_xml, "xl/workbook.xml"));
    const pugi::xml_node wb = workbook.child("workbook");
    date1904_ = wb.child("workbookPr").attribute("date1904").as_bool();
    const pugi::xml_node first_sheet = wb.child("sheets").child("sheet");
    if (!first_sheet) {
      return Invalid("buku kerja tidak memiliki lembar", "the workbook has no sheet");
    }
    std::string sheet_path = "xl/worksheets/sheet1.xml";
    const std::string rid = first_sheet.attribute("r:id").as_string();
    NETRA_ASSIGN_OR_RETURN(std::string rels_xml,
                           ReadEntry(zip, "xl/_rels/workbook.xml.rels", false, limits_, &found));
    if (found && !rid.empty()) {
      pugi::xml_document rels;
      NETRA_RETURN_IF_ERROR(ParseXml(rels, rels_xml, "xl/_rels/workbook.xml.rels"));
      for (const pugi::xml_node rel : rels.child("Relationships").children("Relationship")) {
        if (rid != rel.attribute("Id").as_string()) continue;
        std::string target = rel.attribute("Target").as_string();
        sheet_path = target.starts_with('/') ? target.substr(1) : "xl/" + target;
      }
    }

    NETRA_ASSIGN_OR_RETURN(std::string strings_xml,
                           ReadEntry(zip, "xl/sharedStrings.xml", false, limits_, &found));
    if (found) {
      pugi::xml_document strings;
      NETRA_RETURN_IF_ERROR(ParseXml(strings, strings_xml, "xl/sharedStrings.xml"));
      for (const pugi::xml_node si : strings.child("sst").children("si")) {
        if (static_cast<std::int64_t>(shared_.size()) >= limits_.max_shared_strings) {
          return Status(
              ErrorCode::kResourceExhausted,
              fmt::format("XLSX: lebih dari {} teks bersama", limits_.max_shared_strings),
              fmt::format("XLSX: more than {} shared strings", limits_.max_shared_strings));
        }
        shared_.push_back(StringItemText(si));
      }
    }

    NETRA_ASSIGN_OR_RETURN(std::string styles_xml,
                           ReadEntry(zip, "xl/styles.xml", false, limits_, &found));
    if (found) {
      pugi::xml_document styles;
      NETRA_RETURN_IF_ERROR(ParseXml(styles, styles_xml, "xl/styles.xml"));
      const pugi::xml_node ss = styles.child("styleSheet");
      std::unordered_set<unsigned> date_formats = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47};
      for (const pugi::xml_node f : ss.child("numFmts").children("numFmt")) {
        if (IsDateFormatCode(f.attribute("formatCode").as_string())) {
          date_formats.insert(f.attribute("numFmtId").as_uint());
        }
      }
      for (const pugi::xml_node xf : ss.child("cellXfs").children("xf")) {
        date_style_.push_back(date_formats.contains(xf.attribute("numFmtId").as_uint()));
      }
    }

    NETRA_ASSIGN_OR_RETURN(sheet_xml_, ReadEntry(zip, sheet_path, true, limits_, &found));
    NETRA_RETURN_IF_ERROR(ParseXml(sheet_, sheet_xml_, sheet_path));
    return Rewind();
  }

  Result<bool> Next(Row& row) override {
    if (!next_row_) return false;
    const pugi::xml_node xrow = next_row_;
    next_row_ = next_row_.next_sibling("row");
    if (++rows_ > limits_.max_rows) {
      return Status(ErrorCode::kResourceExhausted,
                    fmt::format("XLSX: lebih dari {} baris", limits_.max_rows),
                    fmt::format("XLSX: more than {} rows", limits_.max_rows));
    }
    const std::int64_t r = xrow.attribute("r").as_llong(0);
    row.line = r > 0 ? r : last_line_ + 1;
    last_line_ = row.line;
    row.fields.clear();
    row.numeric.clear();
    int next_col = 0;
    for (const pugi::xml_node c : xrow.children("c")) {
      const pugi::xml_attribute ref = c.attribute("r");
      const int col = ref ? ColumnOf(ref.as_string()) : next_col;
      if (col < 0 || col < next_col) {
        return Invalid(
            fmt::format("baris {}: referensi sel '{}' tidak sah", row.line, ref.as_string()),
            fmt::format("row {}: invalid cell reference '{}'", row.line, ref.as_string()));
      }
      if (static_cast<std::size_t>(col) >= limits_.max_columns) {
        return Status(
            ErrorCode::kResourceExhausted,
            fmt::format("XLSX baris {}: lebih dari {} kolom", row.line, limits_.max_columns),
            fmt::format("XLSX row {}: more than {} columns", row.line, limits_.max_columns));
      }
      next_col = col + 1;
      bool numeric = false;
      NETRA_ASSIGN_OR_RETURN(std::string value, CellText(c, row.line, col, numeric));
      if (value.size() > limits_.max_field_bytes) {
        return Status(ErrorCode::kResourceExhausted,
                      fmt::format("XLSX baris {} kolom {}: lebih dari {} byte", row.line, col + 1,
                                  limits_.max_field_bytes),
                      fmt::format("XLSX row {} column {}: longer than {} bytes", row.line, col + 1,
                                  limits_.max_field_bytes));
      }
      row.fields.resize(static_cast<std::size_t>(col));
      row.numeric.resize(static_cast<std::size_t>(col));
      row.fields.push_back(std::move(value));
      row.numeric.push_back(numeric);
    }
    // Styled but empty trailing cells are not data.
    while (!row.fields.empty() && row.fields.back().empty()) {
      row.fields.pop_back();
      row.numeric.pop_back();
    }
    return true;
  }

  Status Rewind() override {
    next_row_ = sheet_.child("worksheet").child("sheetData").child("row");
    rows_ = 0;
    last_line_ = 0;
    return Status::Ok();
  }

  std::string_view Format() const override { return "XLSX"; }

 private:
  Result<std::string> CellText(const pugi::xml_node& c, std::int64_t line, int col, bool& numeric) {
    const std::string_view type = c.attribute("t").as_string("n");
    const char* v = c.child("v").text().get();
    if (type == "s") {
      const std::size_t idx = c.child("v").text().as_ullong(shared_.size());
      if (idx >= shared_.size()) {
        return Invalid(
            fmt::format("baris {} kolom {}: indeks teks bersama {} tidak ada", line, col + 1, v),
            fmt::format("row {} column {}: shared string index {} does not exist", line, col + 1,
                        v));
      }
      return shared_[idx];
    }
    if (type == "inlineStr") return StringItemText(c.child("is"));
    if (type == "str" || type == "e") return std::string(v);
    if (type == "b") return std::string(std::string_view(v) == "1" ? "TRUE" : "FALSE");
    if (*v == '\0') return std::string();
    const std::size_t style = c.attribute("s").as_uint(0);
    if (style < date_style_.size() && date_style_[style]) {
      return SerialToDate(std::strtod(v, nullptr), date1904_);
    }
    numeric = true;
    return PlainNumber(v);
  }

  ReaderLimits limits_;
  bool date1904_ = false;
  std::vector<std::string> shared_;
  std::vector<bool> date_style_;  // by cellXfs index
  std::string sheet_xml_;         // parsed in place: must outlive sheet_
  pugi::xml_document sheet_;
  pugi::xml_node next_row_;
  std::int64_t rows_ = 0;
  std::int64_t last_line_ = 0;
};

Result<std::unique_ptr<RowReader>> OpenXlsx(zip_source_t* source, const ReaderLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_t, ZipCloser> zip(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!zip) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Invalid(fmt::format("bukan arsip XLSX yang sah ({})", why),
                   fmt::format("not a valid XLSX archive ({})", why));
  }
  zip_error_fini(&error);
  auto reader = std::make_unique<XlsxReader>(limits);
  NETRA_RETURN_IF_ERROR(reader->Load(zip.get()));
  return std::unique_ptr<RowReader>(std::move(reader));
}

}  // namespace

Result<std::unique_ptr<RowReader>> OpenXlsxFile(const std::string& path,
                                                const ReaderLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_file_create(path.c_str(), 0, -1, &error);
  zip_error_fini(&error);
  if (source == nullptr) {
    return Status(ErrorCode::kNotFound, fmt::format("Berkas '{}' tidak dapat dibuka", path),
                  fmt::format("Cannot open file '{}'", path));
  }
  zip_stat_t st;
  if (zip_source_stat(source, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
      st.size > static_cast<std::uint64_t>(limits.max_file_bytes)) {
    zip_source_free(source);
    return Status(ErrorCode::kResourceExhausted,
                  fmt::format("Berkas '{}' lebih dari {} byte", path, limits.max_file_bytes),
                  fmt::format("File '{}' is larger than {} bytes", path, limits.max_file_bytes));
  }
  return OpenXlsx(source, limits);
}

Result<std::unique_ptr<RowReader>> OpenXlsxBuffer(std::string data, const ReaderLimits& limits) {
  if (static_cast<std::int64_t>(data.size()) > limits.max_file_bytes) {
    return Status(ErrorCode::kResourceExhausted,
                  fmt::format("Berkas lebih dari {} byte", limits.max_file_bytes),
                  fmt::format("File is larger than {} bytes", limits.max_file_bytes));
  }
  // libzip reads the buffer lazily, so it must outlive the archive: hand it a copy it frees.
  void* copy = std::malloc(data.size() == 0 ? 1 : data.size());
  if (copy == nullptr) return Status(ErrorCode::kResourceExhausted, "out of memory");
  std::memcpy(copy, data.data(), data.size());
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(copy, data.size(), 1, &error);
  zip_error_fini(&error);
  if (source == nullptr) {
    std::free(copy);
    return Status(ErrorCode::kInternal, "zip_source_buffer_create failed");
  }
  return OpenXlsx(source, limits);
}

Result<std::unique_ptr<RowReader>> OpenRowReader(const std::string& path,
                                                 const ReaderLimits& limits) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status(ErrorCode::kNotFound, fmt::format("Berkas '{}' tidak dapat dibuka", path),
                  fmt::format("Cannot open file '{}'", path));
  }
  char magic[4] = {};
  const std::size_t n = std::fread(magic, 1, sizeof magic, f);
  std::fclose(f);
  if (n == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0) return OpenXlsxFile(path, limits);
  return OpenCsvFile(path, limits);
}

}  // namespace netra::ingest
