// MonitoringService: the early-warning scanner inside the server (issue 5
// point 7). Social-media events arrive in batches of JSONL, are stored once,
// and are scanned with the current lexicon and account registry; the alerts
// are reviewed by pengawas of the alert's region, who confirm one — opening a
// finding (temuan) with the event kept as hashed, timestamped evidence — or
// dismiss it with a reason. A rescan reads stored events again after the
// lexicon changed (a new hashtag mid-campaign).
//
// Thread-safe. The compiled scanner is shared and rebuilt when the stored
// lexicon or account registry changes (checked on every batch, so several
// server processes on one database stay in step).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/employee.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/blob_store.h"
#include "store/monitoring_store.h"
#include "store/store.h"

namespace netra {

namespace scan {
class Scanner;
}

struct MonitoringOptions {
  std::string model_path = "data/scan/model.txt";  // the trained scorer
  std::size_t max_batch_events = 20000;            // lines per POST
};

struct IngestLineError {
  std::size_t line = 0;
  std::string reason_id;
  std::string reason_en;
};

struct IngestReport {
  std::int64_t received = 0;    // well-formed events in the batch
  std::int64_t stored = 0;      // new ones
  std::int64_t duplicates = 0;  // sent before, left alone
  std::int64_t alerts = 0;      // raised by this batch
  std::int64_t lexicon_version = 0;
  std::vector<IngestLineError> skipped;  // malformed lines, capped at 100
  std::int64_t skipped_total = 0;
};

struct RescanReport {
  std::int64_t events = 0;  // stored events read again
  std::int64_t alerts_added = 0;
  std::int64_t lexicon_version = 0;
};

// The alert with who is behind the account, when the account is linked.
struct AlertView {
  MonitoringAlert alert;
  std::optional<Employee> employee;
  std::string agency_name;
  std::string account_name;
};

// What a confirmed alert hands to the enforcement side.
struct AlertFindingDraft {
  std::int64_t alert_id = 0;
  std::string region_code;
  std::string violation_code;  // SOC-POST …
  std::string nip;             // "" when unlinked
  std::string account;
  std::string event_time;
  std::string summary;          // the alert's reason and the event text
  std::string evidence_sha256;  // blob of the event and the alert
  std::int64_t evidence_size = 0;
  std::string note;  // the reviewer's note
};

// Opens a finding (temuan) for a confirmed alert and returns its id; the
// enforcement service implements it.
class FindingOpener {
 public:
  virtual ~FindingOpener() = default;
  virtual Result<std::int64_t> OpenFindingFromAlert(const Caller& caller,
                                                    const AlertFindingDraft& draft) = 0;
};

class MonitoringService {
 public:
  MonitoringService(Store& store, const Clock& clock, const BlobStore& blobs,
                    FindingOpener& findings, MonitoringOptions options = {});
  ~MonitoringService();

  // admin: a new lexicon version (validated; errors name contest and candidate).
  Result<LexiconVersion> PublishLexicon(const Caller& caller, std::string json);
  // pengawas, auditor, admin: the current version (document included).
  Result<LexiconVersion> CurrentLexicon(const Caller& caller);
  // admin: the account registry from accounts.csv (errors name line and column).
  Result<UpsertCounts> ReplaceAccounts(const Caller& caller, std::string_view csv);

  // pengawas, admin: stores and scans a batch of events JSONL.
  Result<IngestReport> IngestEvents(const Caller& caller, std::string_view jsonl);

  // pengawas, auditor, admin, within their region.
  Result<PageOf<AlertView>> ListAlerts(const Caller& caller, std::optional<AlertStatus> status,
                                       Page page);
  Result<AlertView> GetAlert(const Caller& caller, std::int64_t id);
  // pengawas of the alert's region.
  Result<AlertView> Confirm(const Caller& caller, std::int64_t id, std::string note);
  Result<AlertView> Dismiss(const Caller& caller, std::int64_t id, std::string reason);

  // The command line: scans stored events with event time >= `since`
  // (ISO date or date-time) again with the current lexicon; events already
  // alerted keep their alert.
  Result<RescanReport> Rescan(const std::string& since);

 private:
  struct Compiled;
  Result<std::shared_ptr<const Compiled>> CurrentScanner();
  Result<AlertView> ViewOf(MonitoringAlert alert);
  // Scans stored events and stores their alerts; returns alerts added.
  Result<std::int64_t> ScanStored(const Compiled& compiled,
                                  const std::vector<SocialEventRow>& events);

  Store& store_;
  const Clock& clock_;
  const BlobStore& blobs_;
  FindingOpener& findings_;
  const MonitoringOptions options_;
  std::mutex mutex_;  // guards compiled_
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace netra
