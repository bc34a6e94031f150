#include "store/detail/sql_monitoring_store.h"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace netra {

const char* AlertStatusName(AlertStatus status) {
  switch (status) {
    case AlertStatus::kOpen:
      return "open";
    case AlertStatus::kConfirming:
      return "confirming";
    case AlertStatus::kConfirmed:
      return "confirmed";
    case AlertStatus::kDismissed:
      return "dismissed";
  }
  return "open";
}

std::optional<AlertStatus> ParseAlertStatus(std::string_view name) {
  for (AlertStatus s : {AlertStatus::kOpen, AlertStatus::kConfirming, AlertStatus::kConfirmed,
                        AlertStatus::kDismissed}) {
    if (name == AlertStatusName(s)) return s;
  }
  return std::nullopt;
}

}  // namespace netra

namespace netra::store_detail {
namespace {

constexpr std::size_t kMaxLexiconBytes = 16u << 20;
constexpr std::size_t kMaxEventTextBytes = 64u << 10;
constexpr std::size_t kMaxShortFieldBytes = 512;

constexpr const char* kLexiconColumns =
    "version, document, sha256, contests, patterns, created_by, created_at";

LexiconVersion LexiconAt(const SqlRows& rows, std::size_t r) {
  LexiconVersion l;
  l.version = rows.Int(r, 0);
  l.document = rows.Text(r, 1);
  l.sha256 = rows.Text(r, 2);
  l.contests = static_cast<int>(rows.Int(r, 3));
  l.patterns = static_cast<int>(rows.Int(r, 4));
  l.created_by = rows.Int(r, 5);
  l.created_at = rows.Int(r, 6);
  return l;
}

constexpr const char* kEventColumns =
    "e.id, e.platform, e.event_key, e.account, e.kind, e.body, e.target, e.shared_text, "
    "e.event_time, e.region_code, e.raw_sha256, e.received_by, e.received_at";

SocialEventRow EventAt(const SqlRows& rows, std::size_t r, int first) {
  SocialEventRow e;
  e.id = rows.Int(r, first + 0);
  e.platform = rows.Text(r, first + 1);
  e.event_key = rows.Text(r, first + 2);
  e.account = rows.Text(r, first + 3);
  e.kind = rows.Text(r, first + 4);
  e.text = rows.Text(r, first + 5);
  e.target = rows.Text(r, first + 6);
  e.shared_text = rows.Text(r, first + 7);
  e.event_time = rows.Text(r, first + 8);
  e.region_code = rows.Text(r, first + 9);
  e.raw_sha256 = rows.Text(r, first + 10);
  e.received_by = rows.Int(r, first + 11);
  e.received_at = rows.Int(r, first + 12);
  return e;
}

constexpr const char* kAlertColumns =
    "a.id, a.event_id, a.code, a.region_code, a.contest_region, a.candidate, a.nip, "
    "a.score_milli, a.reason, a.spans_json, a.unlinked, a.interaction, a.lexicon_version, "
    "a.status, a.created_at, a.decided_by, a.decided_at, a.decision_reason, a.finding_id, "
    "a.evidence_sha256, a.claimed_by, a.claimed_at";
constexpr int kAlertColumnCount = 22;

MonitoringAlert AlertAt(const SqlRows& rows, std::size_t r) {
  MonitoringAlert a;
  a.id = rows.Int(r, 0);
  a.event_id = rows.Int(r, 1);
  a.code = rows.Text(r, 2);
  a.region_code = rows.Text(r, 3);
  a.contest_region = rows.Text(r, 4);
  a.candidate = static_cast<int>(rows.Int(r, 5));
  a.nip = rows.Text(r, 6);
  a.score = static_cast<double>(rows.Int(r, 7)) / 1000.0;
  a.reason = rows.Text(r, 8);
  a.spans_json = rows.Text(r, 9);
  a.unlinked = rows.Int(r, 10) != 0;
  a.interaction = rows.Int(r, 11) != 0;
  a.lexicon_version = rows.Int(r, 12);
  a.status = ParseAlertStatus(rows.Text(r, 13)).value_or(AlertStatus::kOpen);
  a.created_at = rows.Int(r, 14);
  a.decided_by = rows.Int(r, 15);
  a.decided_at = rows.Int(r, 16);
  a.decision_reason = rows.Text(r, 17);
  a.finding_id = OptIntAt(rows, r, 18);
  a.evidence_sha256 = rows.Text(r, 19);
  a.claimed_by = rows.Int(r, 20);
  a.claimed_at = rows.Int(r, 21);
  a.event = EventAt(rows, r, kAlertColumnCount);
  return a;
}

std::string AlertSelect(const char* rest) {
  return std::string("SELECT ") + kAlertColumns + ", " + kEventColumns +
         " FROM monitoring_alerts a JOIN social_events e ON e.id = a.event_id " + rest;
}

// Why a claim, release or decision changed no row: the alert is missing,
// decided, or held by a claim (another one, or a fresher one).
Status AlertNotDecidable(SqlConnection& c, std::int64_t id) {
  NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                         c.Run("SELECT status FROM monitoring_alerts WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Peringatan", "Alert");
  const std::string status = rows.Text(0, 0);
  if (status == AlertStatusName(AlertStatus::kConfirming)) {
    return Status(ErrorCode::kConflict,
                  "Peringatan ini sedang dikonfirmasi; muat ulang sebentar lagi",
                  "This alert is being confirmed; reload in a moment")
        .WithReason("alert_being_confirmed");
  }
  if (status == AlertStatusName(AlertStatus::kOpen)) {
    return Status(ErrorCode::kConflict,
                  "Konfirmasi peringatan ini sudah dibatalkan; muat ulang dan coba lagi",
                  "This alert's confirmation was abandoned; reload and try again")
        .WithReason("alert_claim_lost");
  }
  return Status(ErrorCode::kConflict, "Peringatan ini sudah diputuskan (" + status + ")",
                "This alert was already decided (" + status + ")")
      .WithReason("alert_decided");
}

Status CheckEvent(const SocialEventRow& e) {
  NETRA_RETURN_IF_ERROR(CheckText(e.platform, kMaxShortFieldBytes, "platform"));
  NETRA_RETURN_IF_ERROR(CheckText(e.event_key, kMaxShortFieldBytes, "id"));
  NETRA_RETURN_IF_ERROR(CheckText(e.account, kMaxShortFieldBytes, "account"));
  NETRA_RETURN_IF_ERROR(CheckText(e.kind, kMaxShortFieldBytes, "kind"));
  NETRA_RETURN_IF_ERROR(CheckText(e.target, kMaxShortFieldBytes, "target"));
  NETRA_RETURN_IF_ERROR(CheckText(e.event_time, kMaxShortFieldBytes, "time"));
  NETRA_RETURN_IF_ERROR(CheckText(e.text, kMaxEventTextBytes, "text"));
  NETRA_RETURN_IF_ERROR(CheckText(e.shared_text, kMaxEventTextBytes, "shared_text"));
  if (e.event_key.empty()) return Invalid("Peristiwa tanpa id", "Event without an id");
  return CheckScope(e.region_code);
}

}  // namespace

Result<LexiconVersion> SqlMonitoringStore::AddLexiconVersion(const LexiconVersion& lexicon) {
  NETRA_RETURN_IF_ERROR(CheckText(lexicon.document, kMaxLexiconBytes, "lexicon"));
  return executor_->Write([&](SqlConnection& c) -> Result<LexiconVersion> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run(std::string("INSERT INTO monitoring_lexicons (document, sha256, contests, patterns, "
                          "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING ") +
                  kLexiconColumns,
              {lexicon.document, lexicon.sha256, std::int64_t{lexicon.contests},
               std::int64_t{lexicon.patterns}, lexicon.created_by, lexicon.created_at}));
    return LexiconAt(rows, 0);
  });
}

Result<LexiconVersion> SqlMonitoringStore::CurrentLexicon() {
  return executor_->Read([&](SqlConnection& c) -> Result<LexiconVersion> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run(std::string("SELECT ") + kLexiconColumns +
                                 " FROM monitoring_lexicons ORDER BY version DESC LIMIT 1"));
    if (rows.empty()) return NotFound("Leksikon pemantauan", "Monitoring lexicon");
    return LexiconAt(rows, 0);
  });
}

Result<std::int64_t> SqlMonitoringStore::CurrentLexiconVersion() {
  return executor_->Read([&](SqlConnection& c) -> Result<std::int64_t> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run("SELECT COALESCE(MAX(version), 0) FROM monitoring_lexicons"));
    return rows.Int(0, 0);
  });
}

Result<UpsertCounts> SqlMonitoringStore::ReplaceMonitoredAccounts(
    std::span<const MonitoredAccountRow> accounts) {
  if (accounts.size() > kMaxBatchRows) {
    return Invalid(
        "Terlalu banyak akun dalam satu unggahan (paling banyak " + std::to_string(kMaxBatchRows) +
            ")",
        "Too many accounts in one upload (at most " + std::to_string(kMaxBatchRows) + ")");
  }
  for (const MonitoredAccountRow& a : accounts) {
    NETRA_RETURN_IF_ERROR(CheckText(a.account, kMaxShortFieldBytes, "account"));
    NETRA_RETURN_IF_ERROR(CheckText(a.name, kMaxShortFieldBytes, "name"));
    NETRA_RETURN_IF_ERROR(CheckText(a.agency, kMaxShortFieldBytes, "agency"));
    NETRA_RETURN_IF_ERROR(CheckText(a.platform, kMaxShortFieldBytes, "platform"));
    NETRA_RETURN_IF_ERROR(CheckScope(a.region_code));
  }
  return executor_->Write([&](SqlConnection& c) -> Result<UpsertCounts> {
    NETRA_RETURN_IF_ERROR(c.Run("DELETE FROM monitored_accounts").status());
    UpsertCounts counts;
    for (const MonitoredAccountRow& a : accounts) {
      auto inserted = c.Run(
          "INSERT INTO monitored_accounts (account_key, account, platform, nip, name, agency, "
          "region_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {AsciiLower(a.account), a.account, a.platform,
           a.nip.empty() ? SqlParam(nullptr) : SqlParam(a.nip), a.name, a.agency, a.region_code});
      if (!inserted.ok()) {
        if (inserted.status().code() == ErrorCode::kAlreadyExists) {
          return Invalid("Akun " + a.account + " tercantum lebih dari sekali",
                         "Account " + a.account + " is listed more than once");
        }
        return inserted.status();
      }
      ++counts.inserted;
    }
    NETRA_RETURN_IF_ERROR(
        c.Run("UPDATE monitoring_state SET version = version + 1 WHERE name = 'accounts'")
            .status());
    return counts;
  });
}

Result<std::int64_t> SqlMonitoringStore::AccountsVersion() {
  return executor_->Read([&](SqlConnection& c) -> Result<std::int64_t> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run("SELECT version FROM monitoring_state WHERE name = 'accounts'"));
    return rows.empty() ? 0 : rows.Int(0, 0);
  });
}

Result<std::vector<MonitoredAccountRow>> SqlMonitoringStore::ListMonitoredAccounts() {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<MonitoredAccountRow>> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run("SELECT account, platform, nip, name, agency, region_code FROM "
                                 "monitored_accounts ORDER BY account_key"));
    std::vector<MonitoredAccountRow> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      out.push_back({rows.Text(r, 0), rows.Text(r, 1), rows.Text(r, 2), rows.Text(r, 3),
                     rows.Text(r, 4), rows.Text(r, 5)});
    }
    return out;
  });
}

Result<StoredEvents> SqlMonitoringStore::AddEvents(std::span<const SocialEventRow> events) {
  if (events.size() > kMaxBatchRows) {
    return Invalid("Terlalu banyak peristiwa dalam satu kiriman (paling banyak " +
                       std::to_string(kMaxBatchRows) + ")",
                   "Too many events in one batch (at most " + std::to_string(kMaxBatchRows) + ")");
  }
  for (const SocialEventRow& e : events) NETRA_RETURN_IF_ERROR(CheckEvent(e));
  return executor_->Write([&](SqlConnection& c) -> Result<StoredEvents> {
    StoredEvents out;
    for (const SocialEventRow& e : events) {
      NETRA_ASSIGN_OR_RETURN(
          SqlRows rows,
          c.Run("INSERT INTO social_events (platform, event_key, account, kind, body, target, "
                "shared_text, event_time, region_code, raw_sha256, received_by, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (platform, event_key) DO NOTHING RETURNING id",
                {e.platform, e.event_key, e.account, e.kind, e.text, e.target, e.shared_text,
                 e.event_time, e.region_code, e.raw_sha256, e.received_by, e.received_at}));
      if (rows.empty()) {
        ++out.duplicates;
        continue;
      }
      SocialEventRow added = e;
      added.id = rows.Int(0, 0);
      out.added.push_back(std::move(added));
    }
    return out;
  });
}

Result<std::vector<SocialEventRow>> SqlMonitoringStore::ListEventsSince(const std::string& since,
                                                                        std::int64_t after_id,
                                                                        int limit) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<SocialEventRow>> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run(std::string("SELECT ") + kEventColumns +
                                     " FROM social_events e WHERE e.event_time >= ? AND e.id > ? "
                                     "ORDER BY e.id LIMIT ?",
                                 {since, after_id, ClampLimit(limit)}));
    std::vector<SocialEventRow> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(EventAt(rows, r, 0));
    return out;
  });
}

Result<std::int64_t> SqlMonitoringStore::AddAlerts(std::span<const MonitoringAlert> alerts) {
  if (alerts.size() > kMaxBatchRows) {
    return Invalid("Terlalu banyak peringatan dalam satu batch", "Too many alerts in one batch");
  }
  for (const MonitoringAlert& a : alerts) {
    NETRA_RETURN_IF_ERROR(CheckScope(a.region_code));
    NETRA_RETURN_IF_ERROR(CheckText(a.reason, kMaxShortFieldBytes * 4, "reason"));
    NETRA_RETURN_IF_ERROR(CheckText(a.spans_json, kMaxEventTextBytes * 2, "spans"));
  }
  return executor_->Write([&](SqlConnection& c) -> Result<std::int64_t> {
    std::int64_t added = 0;
    for (const MonitoringAlert& a : alerts) {
      NETRA_ASSIGN_OR_RETURN(
          SqlRows rows,
          c.Run("INSERT INTO monitoring_alerts (event_id, code, region_code, contest_region, "
                "candidate, nip, score_milli, reason, spans_json, unlinked, interaction, "
                "lexicon_version, status, created_at, decided_by, decided_at, decision_reason, "
                "finding_id, evidence_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', "
                "?, 0, 0, '', NULL, '') ON CONFLICT (event_id) DO NOTHING",
                {a.event_id, a.code, a.region_code, a.contest_region, std::int64_t{a.candidate},
                 a.nip, static_cast<std::int64_t>(std::lround(a.score * 1000.0)), a.reason,
                 a.spans_json, std::int64_t{a.unlinked}, std::int64_t{a.interaction},
                 a.lexicon_version, a.created_at}));
      added += rows.affected;
    }
    return added;
  });
}

Result<PageOf<MonitoringAlert>> SqlMonitoringStore::ListAlerts(const AlertFilter& filter,
                                                               Page page) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  const auto [low, high] = SubtreeRange(filter.region_scope);
  const std::string status = filter.status ? AlertStatusName(*filter.status) : "";
  return executor_->Read(
      [&](SqlConnection& c) -> Result<PageOf<MonitoringAlert>> {
        constexpr const char* kWhere =
            "WHERE a.region_code >= ? AND a.region_code < ? AND (? = '' OR a.status = ?) ";
        PageOf<MonitoringAlert> out;
        NETRA_ASSIGN_OR_RETURN(
            SqlRows count, c.Run(std::string("SELECT COUNT(*) FROM monitoring_alerts a ") + kWhere,
                                 {low, high, status, status}));
        out.total = count.Int(0, 0);
        // Open alerts first (the review queue), then those being confirmed,
        // highest score first within.
        constexpr const char* kOrder =
            "ORDER BY CASE a.status WHEN 'open' THEN 0 WHEN 'confirming' THEN 1 ELSE 2 END, "
            "a.score_milli DESC, a.id DESC LIMIT ? OFFSET ?";
        NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                               c.Run(AlertSelect((std::string(kWhere) + kOrder).c_str()),
                                     {low, high, status, status, ClampLimit(page.limit),
                                      std::int64_t{std::max(page.offset, 0)}}));
        for (std::size_t r = 0; r < rows.size(); ++r) out.items.push_back(AlertAt(rows, r));
        return out;
      },
      /*snapshot=*/true);
}

Result<MonitoringAlert> SqlMonitoringStore::GetAlert(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<MonitoringAlert> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(AlertSelect("WHERE a.id = ?"), {id}));
    if (rows.empty()) return NotFound("Peringatan", "Alert");
    return AlertAt(rows, 0);
  });
}

Status SqlMonitoringStore::ClaimAlert(const AlertClaim& claim, std::int64_t stale_before) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    // One conditional UPDATE: on PostgreSQL a second claimant waits for the
    // first one's row lock and then re-checks the WHERE against the claimed
    // row, so exactly one of them changes it; SQLite serializes writers.
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("UPDATE monitoring_alerts SET status = 'confirming', claimed_by = ?, claimed_at = ? "
              "WHERE id = ? AND (status = 'open' OR (status = 'confirming' AND claimed_at < ?))",
              {claim.claimed_by, claim.claimed_at, claim.alert_id, stale_before}));
    if (rows.affected == 1) return Status::Ok();
    return AlertNotDecidable(c, claim.alert_id);
  });
}

Status SqlMonitoringStore::ReleaseAlert(const AlertClaim& claim) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("UPDATE monitoring_alerts SET status = 'open', claimed_by = 0, claimed_at = 0 "
              "WHERE id = ? AND status = 'confirming' AND claimed_by = ? AND claimed_at = ?",
              {claim.alert_id, claim.claimed_by, claim.claimed_at}));
    if (rows.affected == 1) return Status::Ok();
    return AlertNotDecidable(c, claim.alert_id);
  });
}

Status SqlMonitoringStore::DecideAlert(const AlertDecision& d) {
  if (d.status != AlertStatus::kConfirmed && d.status != AlertStatus::kDismissed) {
    return Invalid("Keputusan harus konfirmasi atau abaikan", "A decision confirms or dismisses");
  }
  NETRA_RETURN_IF_ERROR(CheckText(d.reason, 2000, "reason"));
  const bool confirm = d.status == AlertStatus::kConfirmed;
  return executor_->Write([&](SqlConnection& c) -> Status {
    std::string sql =
        "UPDATE monitoring_alerts SET status = ?, decided_by = ?, decided_at = ?, "
        "decision_reason = ?, finding_id = ?, evidence_sha256 = ? WHERE id = ? AND ";
    std::vector<SqlParam> params = {std::string(AlertStatusName(d.status)),
                                    d.decided_by,
                                    d.decided_at,
                                    d.reason,
                                    d.finding_id ? SqlParam(*d.finding_id) : SqlParam(nullptr),
                                    d.evidence_sha256,
                                    d.alert_id};
    if (confirm) {
      sql += "status = 'confirming' AND claimed_by = ? AND claimed_at = ?";
      params.insert(params.end(), {d.decided_by, d.claimed_at});
    } else {
      sql += "(status = 'open' OR (status = 'confirming' AND claimed_at < ?))";
      params.push_back(d.stale_before);
    }
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, params));
    if (rows.affected == 1) return Status::Ok();
    return AlertNotDecidable(c, d.alert_id);
  });
}

}  // namespace netra::store_detail
