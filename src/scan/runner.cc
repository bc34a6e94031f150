#include "scan/runner.h"

#include "scan/event_reader.h"

namespace netra::scan {

Status RunScan(const Scanner& scanner, std::istream& in, const std::string& source,
               std::ostream& alerts, std::ostream& diagnostics, RunSummary& summary) {
  EventReader reader(in);
  ScanScratch scratch;
  EventAnalysis analysis;
  Event event;
  Status error;
  while (true) {
    const auto outcome = reader.Next(event, error);
    if (outcome == EventReader::Outcome::kEnd) break;
    if (outcome == EventReader::Outcome::kSkipped) {
      ++summary.skipped;
      diagnostics << source << ": " << error.message_id() << " / " << error.message_en() << "\n";
      continue;
    }
    ++summary.events;
    if (reader.truncated()) ++summary.truncated;
    scanner.Analyze(event, scratch, analysis);
    std::optional<Alert> alert = scanner.BuildAlert(event, analysis, scratch);
    if (!alert) continue;
    ++summary.alerts;
    if (alert->unlinked) ++summary.unlinked;
    ++summary.by_code[alert->code];
    alerts << AlertToJson(*alert) << '\n';
    if (!alerts) {
      return Status(ErrorCode::kInternal, "Gagal menulis peringatan", "failed to write alerts");
    }
  }
  return Status::Ok();
}

void PrintSummary(const RunSummary& s, std::ostream& out) {
  out << "ringkasan/summary: events " << s.events << ", alerts " << s.alerts << " (unlinked "
      << s.unlinked << "), skipped lines " << s.skipped << ", truncated texts " << s.truncated
      << "\n";
  for (const auto& [code, n] : s.by_code) out << "  " << code << " " << n << "\n";
}

}  // namespace netra::scan
