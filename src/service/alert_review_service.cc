#include "service/alert_review_service.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "service/access.h"

namespace netra {
namespace {

constexpr std::size_t kMaxReasonBytes = 2000;

constexpr std::initializer_list<Role> kReviewReaders = {Role::kPengawas, Role::kAuditor,
                                                        Role::kAdmin};

Status RequireReason(const std::string& reason) {
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status(ErrorCode::kInvalidArgument, "Alasan wajib diisi saat mengabaikan peringatan",
                  "A reason is required to dismiss an alert")
        .WithReason("reason_required");
  }
  if (reason.size() > kMaxReasonBytes) {
    return Status(
        ErrorCode::kInvalidArgument,
        "Alasan terlalu panjang (paling banyak " + std::to_string(kMaxReasonBytes) + " bita)",
        "Reason too long (at most " + std::to_string(kMaxReasonBytes) + " bytes)");
  }
  return Status::Ok();
}

}  // namespace

Result<AlertView> AlertReviewService::ViewOf(MonitoringAlert alert) {
  AlertView view;
  if (!alert.nip.empty()) {
    Result<Employee> employee = store_.GetEmployeeByNip(alert.nip);
    if (employee.ok()) {
      Result<Agency> agency = store_.GetAgency(employee->agency_id);
      if (agency.ok()) view.agency_name = agency->name;
      view.employee = std::move(employee).value();
    } else if (employee.status().code() != ErrorCode::kNotFound) {
      return employee.status();
    }
  }
  if (alert.status == AlertStatus::kConfirming) {
    view.claim_expires_at = alert.claimed_at + kAlertClaimStaleSeconds;
  }
  view.alert = std::move(alert);
  return view;
}

Result<PageOf<AlertView>> AlertReviewService::ListAlerts(const Caller& caller,
                                                         std::optional<AlertStatus> status,
                                                         Page page) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReviewReaders));
  NETRA_ASSIGN_OR_RETURN(PageOf<MonitoringAlert> alerts,
                         store_.monitoring().ListAlerts({caller.region_code, status}, page));
  PageOf<AlertView> out;
  out.total = alerts.total;
  out.items.reserve(alerts.items.size());
  for (MonitoringAlert& a : alerts.items) {
    NETRA_ASSIGN_OR_RETURN(AlertView view, ViewOf(std::move(a)));
    out.items.push_back(std::move(view));
  }
  return out;
}

Result<AlertView> AlertReviewService::GetAlert(const Caller& caller, std::int64_t id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kReviewReaders));
  NETRA_ASSIGN_OR_RETURN(MonitoringAlert alert, store_.monitoring().GetAlert(id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, alert.region_code, "Peringatan", "Alert"));
  return ViewOf(std::move(alert));
}

Result<AlertView> AlertReviewService::Confirm(const Caller& caller, std::int64_t id,
                                              std::string note) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  if (note.size() > kMaxReasonBytes) return RequireReason(note);
  NETRA_ASSIGN_OR_RETURN(MonitoringAlert alert, store_.monitoring().GetAlert(id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, alert.region_code, "Peringatan", "Alert"));
  const std::int64_t now = clock_.Now();
  // The claim is what makes the confirmation happen once: the finding is
  // opened in transactions of its own, so only the one caller whose claim
  // succeeded may open it (the alert's content never changes; only its status).
  const AlertClaim claim{id, caller.user_id, now};
  NETRA_RETURN_IF_ERROR(store_.monitoring().ClaimAlert(claim, now - kAlertClaimStaleSeconds));
  // The evidence: the event as stored with the alert that flagged it, and who
  // confirmed it when; the finding keeps it as its first evidence file.
  nlohmann::ordered_json evidence;
  evidence["kind"] = "netra-monitoring-evidence-v1";
  evidence["event"] = {{"platform", alert.event.platform},
                       {"id", alert.event.event_key},
                       {"account", alert.event.account},
                       {"kind", alert.event.kind},
                       {"text", alert.event.text},
                       {"target", alert.event.target},
                       {"shared_text", alert.event.shared_text},
                       {"time", alert.event.event_time},
                       {"raw_sha256", alert.event.raw_sha256},
                       {"received_at", alert.event.received_at}};
  evidence["alert"] = {{"id", alert.id},
                       {"code", alert.code},
                       {"region", alert.contest_region},
                       {"candidate", alert.candidate},
                       {"nip", alert.nip},
                       {"score", alert.score},
                       {"reason", alert.reason},
                       {"spans", nlohmann::json::parse(alert.spans_json, nullptr, false)},
                       {"lexicon_version", alert.lexicon_version}};
  evidence["confirmed_by"] = caller.username;
  evidence["confirmed_at"] = now;
  AlertFindingDraft draft;
  draft.alert_id = alert.id;
  draft.region_code = alert.region_code;
  draft.violation_code = alert.code;
  draft.nip = alert.nip;
  draft.account = alert.event.account;
  draft.event_time = alert.event.event_time;
  draft.summary = alert.reason + "\n\n" + alert.event.text;
  if (!note.empty()) draft.summary += "\n\n" + note;
  draft.evidence_name = "peringatan-" + std::to_string(alert.id) + ".json";
  draft.evidence_json = evidence.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  Result<OpenedFinding> opened = findings_.OpenFindingFromAlert(caller, draft);
  if (!opened.ok()) {
    // Give the alert back now rather than when the claim goes stale; should
    // this fail too, the claim still expires.
    (void)store_.monitoring().ReleaseAlert(claim);
    return opened.status();
  }
  NETRA_RETURN_IF_ERROR(store_.monitoring().DecideAlert(
      {id, AlertStatus::kConfirmed, caller.user_id, now, std::move(note), opened->case_id,
       opened->evidence_sha256, claim.claimed_at}));
  return GetAlert(caller, id);
}

Result<AlertView> AlertReviewService::Dismiss(const Caller& caller, std::int64_t id,
                                              std::string reason) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_RETURN_IF_ERROR(RequireReason(reason));
  NETRA_ASSIGN_OR_RETURN(MonitoringAlert alert, store_.monitoring().GetAlert(id));
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, alert.region_code, "Peringatan", "Alert"));
  const std::int64_t now = clock_.Now();
  // A fresh claim means a confirm is opening the finding: the dismiss loses.
  NETRA_RETURN_IF_ERROR(store_.monitoring().DecideAlert(
      {id, AlertStatus::kDismissed, caller.user_id, now, std::move(reason), std::nullopt, "", 0,
       now - kAlertClaimStaleSeconds}));
  return GetAlert(caller, id);
}

}  // namespace netra
