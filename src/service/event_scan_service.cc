#include "service/event_scan_service.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "domain/lexicon.h"
#include "domain/pledge_text.h"
#include "scan/accounts.h"
#include "scan/event_reader.h"
#include "scan/loader.h"
#include "scan/scanner.h"
#include "service/access.h"

namespace netra {
namespace {

constexpr std::size_t kMaxReportedLineErrors = 100;
constexpr int kRescanPage = 5000;

constexpr std::initializer_list<Role> kReviewReaders = {Role::kPengawas, Role::kAuditor,
                                                        Role::kAdmin};

int CountPatterns(const Lexicon& lexicon) {
  std::size_t n = 0;
  for (const LexiconContest& contest : lexicon.contests) {
    for (const Candidate& c : contest.candidates) {
      n += c.head.size() + c.deputy.size() + c.pair.size() + c.slogans.size() + c.hashtags.size() +
           c.accounts.size() + c.parties.size() + c.descriptors.size();
    }
  }
  return static_cast<int>(n);
}

scan::Event ToScanEvent(const SocialEventRow& row) {
  scan::Event e;
  e.id = row.event_key;
  e.platform = row.platform;
  e.account = row.account;
  scan::ParseEventKind(row.kind, e.kind);
  e.text = row.text;
  e.target = row.target;
  e.shared_text = row.shared_text;
  e.time = row.event_time;
  return e;
}

std::string SpansJson(const scan::Alert& alert) {
  auto spans = nlohmann::json::array();
  for (const scan::AlertSpan& s : alert.spans) {
    spans.push_back({{"field", s.field},
                     {"begin", s.begin},
                     {"end", s.end},
                     {"text", s.text},
                     {"kind", s.kind}});
  }
  return spans.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

struct EventScanService::Compiled {
  std::int64_t lexicon_version = 0;
  std::int64_t accounts_version = 0;
  std::unique_ptr<scan::Scanner> scanner;
};

EventScanService::EventScanService(Store& store, const Clock& clock, EventScanOptions options)
    : store_(store), clock_(clock), options_(std::move(options)) {}

EventScanService::~EventScanService() = default;

Result<LexiconVersion> EventScanService::PublishLexicon(const Caller& caller, std::string json) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  NETRA_ASSIGN_OR_RETURN(Lexicon lexicon, ParseLexicon(json));
  LexiconVersion version;
  version.sha256 = Sha256Hex(json);
  version.contests = static_cast<int>(lexicon.contests.size());
  version.patterns = CountPatterns(lexicon);
  version.document = std::move(json);
  version.created_by = caller.user_id;
  version.created_at = clock_.Now();
  return store_.monitoring().AddLexiconVersion(version);
}

Result<LexiconVersion> EventScanService::CurrentLexicon(const Caller& caller) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReviewReaders));
  return store_.monitoring().CurrentLexicon();
}

Result<UpsertCounts> EventScanService::ReplaceAccounts(const Caller& caller, std::string_view csv) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kAdmin}));
  NETRA_ASSIGN_OR_RETURN(scan::AccountRegistry registry, scan::AccountRegistry::Parse(csv));
  std::vector<MonitoredAccountRow> rows;
  rows.reserve(registry.size());
  registry.ForEach([&](const scan::MonitoredAccount& a) {
    rows.push_back({a.account, a.platform, a.nip, a.name, a.agency, a.region});
  });
  return store_.monitoring().ReplaceMonitoredAccounts(rows);
}

Result<std::shared_ptr<const EventScanService::Compiled>> EventScanService::CurrentScanner() {
  MonitoringStore& monitoring = store_.monitoring();
  // Every batch asks for the versions only; the lexicon document (megabytes
  // for a national election) is read when the scanner must be rebuilt.
  NETRA_ASSIGN_OR_RETURN(std::int64_t lexicon_version, monitoring.CurrentLexiconVersion());
  if (lexicon_version == 0) {
    return Status(ErrorCode::kFailedPrecondition,
                  "Belum ada leksikon pemantauan; admin perlu mengunggahnya lebih dahulu",
                  "No monitoring lexicon yet; an admin must upload one first")
        .WithReason("no_lexicon");
  }
  NETRA_ASSIGN_OR_RETURN(std::int64_t accounts_version, monitoring.AccountsVersion());
  std::lock_guard<std::mutex> lock(mutex_);
  if (compiled_ && compiled_->lexicon_version == lexicon_version &&
      compiled_->accounts_version == accounts_version) {
    return compiled_;
  }
  NETRA_ASSIGN_OR_RETURN(LexiconVersion lexicon, monitoring.CurrentLexicon());
  NETRA_ASSIGN_OR_RETURN(Lexicon parsed, ParseLexicon(lexicon.document));
  NETRA_ASSIGN_OR_RETURN(std::vector<MonitoredAccountRow> rows, monitoring.ListMonitoredAccounts());
  std::vector<scan::MonitoredAccount> accounts;
  accounts.reserve(rows.size());
  for (MonitoredAccountRow& r : rows) {
    accounts.push_back({std::move(r.account), std::move(r.platform), std::move(r.nip),
                        std::move(r.name), std::move(r.agency), std::move(r.region_code)});
  }
  NETRA_ASSIGN_OR_RETURN(scan::AccountRegistry registry,
                         scan::AccountRegistry::FromAccounts(std::move(accounts)));
  NETRA_ASSIGN_OR_RETURN(scan::LinearModel model, scan::LoadModel(options_.model_path));
  auto compiled = std::make_shared<Compiled>();
  compiled->lexicon_version = lexicon.version;
  compiled->accounts_version = accounts_version;
  NETRA_ASSIGN_OR_RETURN(compiled->scanner,
                         scan::Scanner::Create(parsed, std::move(registry), std::move(model)));
  compiled_ = compiled;
  return compiled_;
}

Result<std::int64_t> EventScanService::ScanStored(const Compiled& compiled,
                                                  const std::vector<SocialEventRow>& events) {
  scan::ScanScratch scratch;
  std::vector<MonitoringAlert> alerts;
  const std::int64_t now = clock_.Now();
  for (const SocialEventRow& row : events) {
    const std::optional<scan::Alert> found = compiled.scanner->ScanEvent(ToScanEvent(row), scratch);
    if (!found) continue;
    MonitoringAlert a;
    a.event_id = row.id;
    a.code = found->code;
    // The account's region decides who reviews; an unlinked account's alert
    // goes to the contest's region, and with neither only the nation sees it.
    a.region_code = !row.region_code.empty() ? row.region_code : found->region;
    a.contest_region = found->region;
    a.candidate = found->candidate;
    a.nip = found->nip;
    a.score = found->score;
    a.reason = found->reason;
    a.spans_json = SpansJson(*found);
    a.unlinked = found->unlinked;
    a.interaction = found->interaction;
    a.lexicon_version = compiled.lexicon_version;
    a.created_at = now;
    alerts.push_back(std::move(a));
  }
  if (alerts.empty()) return std::int64_t{0};
  return store_.monitoring().AddAlerts(alerts);
}

Result<IngestReport> EventScanService::IngestEvents(const Caller& caller, std::string_view jsonl) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas, Role::kAdmin}));
  NETRA_ASSIGN_OR_RETURN(std::shared_ptr<const Compiled> compiled, CurrentScanner());
  IngestReport report;
  report.lexicon_version = compiled->lexicon_version;
  std::vector<SocialEventRow> rows;
  const std::int64_t now = clock_.Now();
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < jsonl.size()) {
    std::size_t end = jsonl.find('\n', pos);
    if (end == std::string_view::npos) end = jsonl.size();
    std::string_view line = jsonl.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto skip = [&](const Status& why) {
      ++report.skipped_total;
      if (report.skipped.size() < kMaxReportedLineErrors) {
        report.skipped.push_back({line_number, why.message_id(), why.message_en()});
      }
    };
    if (line.size() > scan::kMaxEventLineBytes) {
      skip(Status(ErrorCode::kInvalidArgument,
                  "baris " + std::to_string(line_number) + ": lebih dari " +
                      std::to_string(scan::kMaxEventLineBytes) + " bita",
                  "line " + std::to_string(line_number) + ": longer than " +
                      std::to_string(scan::kMaxEventLineBytes) + " bytes"));
      continue;
    }
    scan::Event event;
    if (Status parsed = scan::ParseEventJson(line, line_number, event); !parsed.ok()) {
      skip(parsed);
      continue;
    }
    if (rows.size() == options_.max_batch_events) {
      return Status(ErrorCode::kResourceExhausted,
                    "Terlalu banyak peristiwa dalam satu kiriman (paling banyak " +
                        std::to_string(options_.max_batch_events) +
                        "); kirim dalam beberapa bagian",
                    "Too many events in one batch (at most " +
                        std::to_string(options_.max_batch_events) + "); send several batches");
    }
    SocialEventRow row;
    row.platform = event.platform;
    row.event_key = event.id;
    row.account = event.account;
    row.kind = scan::EventKindName(event.kind);
    row.text = std::move(event.text);
    row.target = std::move(event.target);
    row.shared_text = std::move(event.shared_text);
    row.event_time = std::move(event.time);
    const scan::MonitoredAccount* account = compiled->scanner->accounts().Find(event.account);
    row.region_code = account ? account->region : "";
    row.raw_sha256 = Sha256Hex(line);
    row.received_by = caller.user_id;
    row.received_at = now;
    rows.push_back(std::move(row));
  }
  report.received = static_cast<std::int64_t>(rows.size());
  NETRA_ASSIGN_OR_RETURN(StoredEvents stored, store_.monitoring().AddEvents(rows));
  report.stored = static_cast<std::int64_t>(stored.added.size());
  report.duplicates = stored.duplicates;
  NETRA_ASSIGN_OR_RETURN(report.alerts, ScanStored(*compiled, stored.added));
  return report;
}

Result<RescanReport> EventScanService::Rescan(const std::string& since) {
  NETRA_ASSIGN_OR_RETURN(std::shared_ptr<const Compiled> compiled, CurrentScanner());
  RescanReport report;
  report.lexicon_version = compiled->lexicon_version;
  std::int64_t after = 0;
  for (;;) {
    NETRA_ASSIGN_OR_RETURN(std::vector<SocialEventRow> events,
                           store_.monitoring().ListEventsSince(since, after, kRescanPage));
    if (events.empty()) break;
    after = events.back().id;
    report.events += static_cast<std::int64_t>(events.size());
    NETRA_ASSIGN_OR_RETURN(std::int64_t added, ScanStored(*compiled, events));
    report.alerts_added += added;
  }
  return report;
}

}  // namespace netra
