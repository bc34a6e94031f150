// ImportRegions: loads Indonesia's administrative regions (provinces,
// regencies/cities, districts, villages) from idn-area-data's CSV files
// (data-sources.md §1) into the Store, each with its province's time zone.
// Every file is read and checked (code shape, level, parent present, unique)
// before anything is written; then the regions are upserted by code in large
// batches, so running it again changes nothing. Not thread-safe per call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/status.h"
#include "ingest/import_report.h"
#include "store/store.h"

namespace netra::ingest {

// Where `netra import regions` looks by default (installed by the setup step).
inline constexpr const char* kDefaultRegionDataDir =
    "third_party/npm/node_modules/idn-area-data/data";

struct RegionImportReport {
  std::int64_t provinces = 0;
  std::int64_t regencies = 0;
  std::int64_t districts = 0;
  std::int64_t villages = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
};

// Reads DIR/provinces.csv, regencies.csv, districts.csv and villages.csv.
// Fails with kInvalidArgument naming file, line and reason on the first bad
// row (nothing written), kNotFound when a file is missing, or the Store's
// error. `progress` sees rows written so far.
Result<RegionImportReport> ImportRegions(Store& store, const std::string& dir,
                                         const ProgressCallback& progress = {},
                                         std::size_t batch_size = 10000);

}  // namespace netra::ingest
