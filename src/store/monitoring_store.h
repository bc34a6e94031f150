// MonitoringStore: the server side of the early-warning scanner (issue 5
// point 7) — lexicon versions, monitored accounts, received social-media
// events and the alerts pengawas review. Reached through Store::monitoring().
//
// Thread-safety, transactions, region scoping and errors: as Store (store.h).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra {

struct LexiconVersion {
  std::int64_t version = 0;
  std::string document;  // the lexicon JSON as uploaded
  std::string sha256;
  int contests = 0;
  int patterns = 0;  // names, nicknames, slogans, hashtags, accounts… counted at upload
  std::int64_t created_by = 0;
  std::int64_t created_at = 0;
};

struct MonitoredAccountRow {
  std::string account;  // "@budi.santoso", "fb:Page", as in accounts.csv
  std::string platform;
  std::string nip;  // "" when not known
  std::string name;
  std::string agency;
  std::string region_code;
};

struct SocialEventRow {
  std::int64_t id = 0;
  std::string platform;
  std::string event_key;  // the event's own id
  std::string account;
  std::string kind;  // post | comment | share | like | follow | join_group
  std::string text;
  std::string target;
  std::string shared_text;
  std::string event_time;   // as sent, ISO 8601 with offset
  std::string region_code;  // the monitored account's region; "" when unlinked
  std::string raw_sha256;   // of the JSON line as received
  std::int64_t received_by = 0;
  std::int64_t received_at = 0;
};

// kConfirming: a pengawas claimed the alert and its finding is being opened
// (see MonitoringStore::ClaimAlert).
enum class AlertStatus { kOpen, kConfirming, kConfirmed, kDismissed };
// "open" | "confirming" | "confirmed" | "dismissed"
const char* AlertStatusName(AlertStatus status);
std::optional<AlertStatus> ParseAlertStatus(std::string_view name);

struct MonitoringAlert {
  std::int64_t id = 0;
  std::int64_t event_id = 0;  // social_events.id
  std::string code;           // SOC-POST | SOC-LIKE | SOC-FOLLOW | SOC-PHOTO
  std::string region_code;    // the account's region, else the contest's; scopes access
  std::string contest_region;
  int candidate = 0;  // nomor urut; 0 when none identified
  std::string nip;
  double score = 0;
  std::string reason;
  std::string spans_json;  // [{field, begin, end, text, kind}] over the original text
  bool unlinked = false;
  bool interaction = false;
  std::int64_t lexicon_version = 0;
  AlertStatus status = AlertStatus::kOpen;
  std::int64_t created_at = 0;
  std::int64_t decided_by = 0;
  std::int64_t decided_at = 0;
  std::string decision_reason;
  std::optional<std::int64_t> finding_id;
  std::string evidence_sha256;  // blob of the event and alert kept when confirmed
  std::int64_t claimed_by = 0;  // the last claim to confirm (0: never claimed)
  std::int64_t claimed_at = 0;
  SocialEventRow event;  // filled by Get/List
};

struct AlertFilter {
  std::string region_scope;  // required scoping
  std::optional<AlertStatus> status;
};

struct StoredEvents {
  std::vector<SocialEventRow> added;  // new rows with their ids
  std::int64_t duplicates = 0;        // already stored, left as they were
};

// A pengawas's claim on an alert while its finding is opened: who and when
// (unix seconds) together name the claim.
struct AlertClaim {
  std::int64_t alert_id = 0;
  std::int64_t claimed_by = 0;
  std::int64_t claimed_at = 0;
};

struct AlertDecision {
  std::int64_t alert_id = 0;
  AlertStatus status = AlertStatus::kConfirmed;  // kConfirmed or kDismissed
  std::int64_t decided_by = 0;
  std::int64_t decided_at = 0;
  std::string reason;
  std::optional<std::int64_t> finding_id;
  std::string evidence_sha256;
  // kConfirmed: the instant of the decider's own claim (ClaimAlert by decided_by).
  std::int64_t claimed_at = 0;
  // kDismissed: a claim made before this instant is void (its holder is
  // presumed dead) and does not block the dismissal; 0 lets every claim block.
  std::int64_t stale_before = 0;
};

class MonitoringStore {
 public:
  virtual ~MonitoringStore() = default;

  virtual Result<LexiconVersion> AddLexiconVersion(const LexiconVersion& lexicon) = 0;
  // The newest version; kNotFound when none was ever stored.
  virtual Result<LexiconVersion> CurrentLexicon() = 0;
  // The newest version number without its document; 0 when none was stored.
  virtual Result<std::int64_t> CurrentLexiconVersion() = 0;

  // Makes the registry exactly these accounts (handles unique, case-insensitively)
  // and bumps AccountsVersion.
  virtual Result<UpsertCounts> ReplaceMonitoredAccounts(
      std::span<const MonitoredAccountRow> accounts) = 0;
  // Starts at 0; +1 per ReplaceMonitoredAccounts.
  virtual Result<std::int64_t> AccountsVersion() = 0;
  virtual Result<std::vector<MonitoredAccountRow>> ListMonitoredAccounts() = 0;

  // Stores the events not stored yet (by platform and event key), in one
  // transaction; at most kMaxBatchRows.
  virtual Result<StoredEvents> AddEvents(std::span<const SocialEventRow> events) = 0;
  // Events with event_time >= since (ISO text order), id > after_id, by id.
  virtual Result<std::vector<SocialEventRow>> ListEventsSince(const std::string& since,
                                                              std::int64_t after_id, int limit) = 0;

  // Inserts alerts for events that have none; returns how many were added.
  virtual Result<std::int64_t> AddAlerts(std::span<const MonitoringAlert> alerts) = 0;
  virtual Result<PageOf<MonitoringAlert>> ListAlerts(const AlertFilter& filter, Page page) = 0;
  virtual Result<MonitoringAlert> GetAlert(std::int64_t id) = 0;
  // Confirming is claim → open the finding → DecideAlert(kConfirmed) from the
  // claim, so of many confirms (threads or processes) one opens a finding and
  // a dismiss cannot slip in between.
  //
  // ClaimAlert marks an open alert `confirming` for claim.claimed_by at
  // claim.claimed_at in one conditional UPDATE, or takes over a claim made
  // before stale_before. kConflict (reason "alert_decided" or
  // "alert_being_confirmed") when the alert was decided or holds a fresher
  // claim; kNotFound.
  virtual Status ClaimAlert(const AlertClaim& claim, std::int64_t stale_before) = 0;
  // Puts an alert the claim still holds back to open. kConflict when the claim
  // was taken over or the alert decided; kNotFound.
  virtual Status ReleaseAlert(const AlertClaim& claim) = 0;
  // Records a review. kConfirmed succeeds only while the alert holds the claim
  // (decided_by, claimed_at); kDismissed only on an open alert or one whose
  // claim is older than stale_before. Otherwise kConflict (reason
  // "alert_decided" or "alert_being_confirmed"); kNotFound.
  virtual Status DecideAlert(const AlertDecision& decision) = 0;
};

}  // namespace netra
