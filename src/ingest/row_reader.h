// RowReader: one interface over the tabular files people import (CSV and
// XLSX), so importers never care which format arrived. A reader yields rows of
// text fields in file order, each with the line (CSV: the physical line the
// record starts on; XLSX: the sheet's row number) that error messages cite.
//
// Every input is bounded by ReaderLimits: a file that exceeds one fails with
// kResourceExhausted naming the limit; a malformed file fails with
// kInvalidArgument naming the line. Reader errors are fatal for the file;
// row-level problems (a bad NIP) are the importer's business.
//
// Thread-safety: a reader is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra::ingest {

struct ReaderLimits {
  std::int64_t max_file_bytes = std::int64_t{4} << 30;  // 4.3M employees are ~0.7 GB of CSV
  std::int64_t max_rows = 10'000'000;                   // header included
  std::size_t max_field_bytes = 4096;
  std::size_t max_columns = 256;
  std::size_t max_record_bytes = 64 << 10;  // CSV: one record, quoted newlines included
  // XLSX: bytes inflated from any one zip entry (sheet, shared strings,
  // styles). Bounds memory against zip bombs whatever the archive claims.
  std::int64_t max_xml_bytes = std::int64_t{512} << 20;
  std::int64_t max_shared_strings = 5'000'000;
  std::int64_t max_zip_entries = 10'000;
};

struct Row {
  std::int64_t line = 0;
  std::vector<std::string> fields;  // UTF-8; trailing missing cells are absent
  // XLSX: whether each field came from a numeric cell (a NIP typed as a number
  // has lost digits in Excel). CSV: all false. Same size as `fields`.
  std::vector<bool> numeric;

  std::string_view Field(std::size_t i) const {
    return i < fields.size() ? std::string_view(fields[i]) : std::string_view();
  }
  bool Numeric(std::size_t i) const { return i < numeric.size() && numeric[i]; }
};

class RowReader {
 public:
  virtual ~RowReader() = default;
  // Fills `row` with the next row and returns true; false at the end.
  virtual Result<bool> Next(Row& row) = 0;
  // Starts again from the first row (the second pass of an all-or-nothing import).
  virtual Status Rewind() = 0;
  // "CSV" or "XLSX".
  virtual std::string_view Format() const = 0;
};

// CSV (RFC 4180, UTF-8, optional BOM), streamed from a file in constant memory.
Result<std::unique_ptr<RowReader>> OpenCsvFile(const std::string& path,
                                               const ReaderLimits& limits = {});
// CSV held in memory (an uploaded body).
Result<std::unique_ptr<RowReader>> OpenCsvBuffer(std::string data, const ReaderLimits& limits = {});
// XLSX: the workbook's first sheet.
Result<std::unique_ptr<RowReader>> OpenXlsxFile(const std::string& path,
                                                const ReaderLimits& limits = {});
Result<std::unique_ptr<RowReader>> OpenXlsxBuffer(std::string data,
                                                  const ReaderLimits& limits = {});
// Chooses by content: a zip archive is XLSX, anything else CSV.
Result<std::unique_ptr<RowReader>> OpenRowReader(const std::string& path,
                                                 const ReaderLimits& limits = {});

// Whether `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace netra::ingest
