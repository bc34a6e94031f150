// ImportReport: what an import did — counts, the rows it rejected with line,
// column and reason in Indonesian and English — and the progress callback
// long imports report through (the CLI prints rows/s; the server stores it in
// an ImportJob). Plain values.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra::ingest {

struct RowError {
  std::int64_t line = 0;  // CSV physical line / XLSX row; 0 for the file as a whole
  std::string column;     // header name ("nip"); empty when the row as a whole is wrong
  std::string message_id;
  std::string message_en;
};

struct ImportReport {
  std::int64_t rows = 0;                     // data rows read (header and blank rows excluded)
  std::int64_t inserted = 0;                 // records created
  std::int64_t updated = 0;                  // records that existed and were updated
  std::int64_t rejected = 0;                 // rows with at least one error
  std::int64_t error_count = 0;              // every error found, also those not kept
  std::vector<RowError> errors;              // the first ImportOptions::max_errors_kept
  std::vector<std::string> ignored_columns;  // header names the format does not know
  // False when nothing was written because --all-or-nothing met a bad row.
  bool written = true;
  // Set when the import stopped part-way (unreadable file, database error)
  // after some batches were written; the counts say how far it got.
  Status failure;

  // Records an error, keeping it only while fewer than `keep` are kept.
  void AddError(std::size_t keep, std::int64_t line, std::string column, std::string message_id,
                std::string message_en);
};

struct ImportProgress {
  std::string_view phase;  // "validating" (first pass of all-or-nothing) or "importing"
  std::int64_t rows = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t rejected = 0;
};

// Called after every batch and once at the end; may be empty.
using ProgressCallback = std::function<void(const ImportProgress&)>;

// The kept errors as the JSON array ImportJob::errors_json holds:
// [{"line":7,"column":"nip","reason_id":"...","reason_en":"..."}].
std::string ErrorsToJson(const ImportReport& report);

}  // namespace netra::ingest
