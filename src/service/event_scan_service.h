// EventScanService: the early-warning scanner inside the server (issue 5
// point 7). Social-media events arrive in batches of JSONL, are stored once,
// and are scanned with the current lexicon and account registry into alerts
// (reviewed through AlertReviewService). A rescan reads stored events again
// after the lexicon changed (a new hashtag mid-campaign).
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
#include "service/caller.h"
#include "service/clock.h"
#include "store/monitoring_store.h"
#include "store/store.h"

namespace netra {

namespace scan {
class Scanner;
}

struct EventScanOptions {
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
  std::vector<IngestLineError> skipped;  // malformed lines, the first 100
  std::int64_t skipped_total = 0;
};

struct RescanReport {
  std::int64_t events = 0;  // stored events read again
  std::int64_t alerts_added = 0;
  std::int64_t lexicon_version = 0;
};

class EventScanService {
 public:
  EventScanService(Store& store, const Clock& clock, EventScanOptions options = {});
  ~EventScanService();

  // admin: a new lexicon version (validated; errors name contest and candidate).
  Result<LexiconVersion> PublishLexicon(const Caller& caller, std::string json);
  // pengawas, auditor, admin: the current version.
  Result<LexiconVersion> CurrentLexicon(const Caller& caller);
  // admin: the account registry from accounts.csv (errors name line and column).
  Result<UpsertCounts> ReplaceAccounts(const Caller& caller, std::string_view csv);

  // pengawas, admin: stores and scans a batch of events JSONL. A malformed
  // line is reported with its number and skipped; the rest is kept.
  Result<IngestReport> IngestEvents(const Caller& caller, std::string_view jsonl);

  // The command line: scans stored events with event time >= `since`
  // (ISO date or date-time) again with the current lexicon; events already
  // alerted keep their alert.
  Result<RescanReport> Rescan(const std::string& since);

 private:
  struct Compiled;
  Result<std::shared_ptr<const Compiled>> CurrentScanner();
  // Scans stored events and stores their alerts; returns alerts added.
  Result<std::int64_t> ScanStored(const Compiled& compiled,
                                  const std::vector<SocialEventRow>& events);

  Store& store_;
  const Clock& clock_;
  const EventScanOptions options_;
  std::mutex mutex_;  // guards compiled_
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace netra
