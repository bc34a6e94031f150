// Streaming scan runner: reads events JSONL from a stream, writes one alert
// JSON line per flagged event, reports skipped lines with their line number,
// and tallies a summary. Used by `netra scan` and the benchmark.
//
// Thread-safety: one call per thread; the Scanner may be shared.
#pragma once

#include <cstddef>
#include <istream>
#include <map>
#include <ostream>
#include <string>

#include "core/status.h"
#include "scan/scanner.h"

namespace netra::scan {

struct RunSummary {
  std::size_t events = 0;     // well-formed events read
  std::size_t skipped = 0;    // malformed or oversize lines
  std::size_t truncated = 0;  // events whose text was cut to kMaxTextBytes
  std::size_t alerts = 0;
  std::size_t unlinked = 0;  // alerts for accounts outside the registry
  std::map<std::string, std::size_t> by_code;
};

// Scans `in` (named `source` in diagnostics, e.g. a path or "-"). Each
// skipped line is reported on `diagnostics` as "<source>:<line>: <reason>"
// (Indonesian, then English). Fails only when writing alerts fails.
Status RunScan(const Scanner& scanner, std::istream& in, const std::string& source,
               std::ostream& alerts, std::ostream& diagnostics, RunSummary& summary);

// "events 450, alerts 171 (unlinked 3), skipped 0 ..." on a few lines.
void PrintSummary(const RunSummary& summary, std::ostream& out);

}  // namespace netra::scan
