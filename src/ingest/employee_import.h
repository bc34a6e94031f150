// ImportEmployees: the employee import pipeline shared by `netra import
// employees` and the server's upload endpoint. Streams rows from a RowReader,
// validates each (NIP per domain.md §5.1/§5.2 and its agreement with the
// gender, type and position names, golongan, agency, unit, region and scope,
// duplicates inside the file) and upserts good rows through
// Store::UpsertEmployees in batches, so re-importing updates by NIP and never
// duplicates. Column layout: docs/import-format.md.
//
// Memory is constant in the file's length apart from the in-file duplicate
// check: 12 bytes per ASN row and the name of each non-ASN row. Not
// thread-safe per call; separate calls may run concurrently on one Store.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"
#include "domain/employee.h"
#include "domain/nip.h"
#include "ingest/import_report.h"
#include "ingest/row_reader.h"
#include "store/store.h"

namespace netra::ingest {

struct EmployeeImportOptions {
  CivilDate today;                     // required: the date NIPs are judged against
  bool all_or_nothing = false;         // any bad row: write nothing (two passes over the file)
  std::string region_scope;            // "" = nation; rows outside it are rejected
  std::size_t max_errors_kept = 1000;  // all errors are counted
  std::size_t batch_size = 5000;       // rows per UpsertEmployees transaction
  NipRules nip_rules;
};

// Fails (nothing written) on a bad header, an unreadable file before any
// write, invalid options, or a database error on the first batch. Problems
// with single rows go to the report. A failure after some batches were
// written is in ImportReport::failure.
Result<ImportReport> ImportEmployees(Store& store, RowReader& reader,
                                     const EmployeeImportOptions& options,
                                     const ProgressCallback& progress = {});

// PNS "III/c" (I-III take a-d, IV takes a-e) or PPPK roman I-XVII, in any case
// and spacing ("iii / C" -> "III/c"). kInvalidArgument names the expected form.
Result<std::string> NormalizeGolongan(std::string_view text, EmployeeType type);

}  // namespace netra::ingest
