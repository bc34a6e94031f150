// ImportAgencies: agencies (instansi) of a regional government and their
// units (unit kerja), a tree built through each unit's parent unit code, from
// a CSV or XLSX file (docs/import-format.md). One row names an agency and,
// optionally, one of its units. Upserts by agency code and by (agency, unit
// code), so re-importing updates and never duplicates.
//
// Agency files are small (a regency has a few hundred units), so the whole
// file is read and checked before anything is written; rows are capped by
// AgencyImportOptions::max_rows. Not thread-safe per call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/status.h"
#include "ingest/import_report.h"
#include "ingest/row_reader.h"
#include "store/store.h"

namespace netra::ingest {

struct AgencyImportOptions {
  bool all_or_nothing = false;  // any bad row: write nothing
  std::string region_scope;     // "" = nation; agencies outside it are rejected
  std::size_t max_errors_kept = 1000;
  std::int64_t max_rows = 200'000;
};

// Fails (nothing written) on a bad header, an unreadable file, too many rows,
// or a Store error before the first write; row problems go to the report.
// inserted/updated count agencies and units together.
Result<ImportReport> ImportAgencies(Store& store, RowReader& reader,
                                    const AgencyImportOptions& options);

}  // namespace netra::ingest
