// AlertReviewService: pengawas review the scanner's alerts of their region —
// the event, its highlighted spans and the employee behind the account — and
// confirm one, which opens a finding (temuan) with the event kept as hashed,
// timestamped evidence, or dismiss it with a reason.
//
// Thread-safe (no state of its own).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/employee.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/monitoring_store.h"
#include "store/store.h"

namespace netra {

// How long a claim to confirm an alert holds (MonitoringStore::ClaimAlert).
// Opening the finding takes milliseconds; a claim this old belongs to a
// confirm whose process died, and another confirm or a dismiss may take the
// alert over. Long against that work and against clock differences between
// server processes, short enough that nobody waits long on a stuck alert.
inline constexpr std::int64_t kAlertClaimStaleSeconds = 300;

// The alert with who is behind the account, when the account is linked.
struct AlertView {
  MonitoringAlert alert;
  std::optional<Employee> employee;
  std::string agency_name;
  // While the alert is being confirmed: when its claim goes stale; else 0.
  std::int64_t claim_expires_at = 0;
};

// What a confirmed alert hands to the enforcement side.
struct AlertFindingDraft {
  std::int64_t alert_id = 0;
  std::string region_code;
  std::string violation_code;  // SOC-POST …
  std::string nip;             // "" when unlinked
  std::string account;
  std::string event_time;
  std::string summary;        // the alert's reason, the event text and the reviewer's note
  std::string evidence_name;  // "peringatan-12.json"
  std::string evidence_json;  // the event as received, the alert, who confirmed it and when
};

struct OpenedFinding {
  std::int64_t case_id = 0;
  std::string evidence_sha256;  // of evidence_json as stored
};

// Opens a finding (temuan) for a confirmed alert with the draft's evidence
// attached; the enforcement side implements it (service/alert_findings.h).
class FindingOpener {
 public:
  virtual ~FindingOpener() = default;
  virtual Result<OpenedFinding> OpenFindingFromAlert(const Caller& caller,
                                                     const AlertFindingDraft& draft) = 0;
};

class AlertReviewService {
 public:
  AlertReviewService(Store& store, const Clock& clock, FindingOpener& findings)
      : store_(store), clock_(clock), findings_(findings) {}

  // pengawas, auditor, admin, within their region.
  Result<PageOf<AlertView>> ListAlerts(const Caller& caller, std::optional<AlertStatus> status,
                                       Page page);
  Result<AlertView> GetAlert(const Caller& caller, std::int64_t id);
  // pengawas of the alert's region. Of concurrent confirms and dismisses of
  // one alert (threads or server processes) exactly one succeeds and at most
  // one finding is opened; the others get kConflict. Confirm claims the alert
  // before opening the finding and gives the claim back when that fails.
  Result<AlertView> Confirm(const Caller& caller, std::int64_t id, std::string note);
  Result<AlertView> Dismiss(const Caller& caller, std::int64_t id, std::string reason);

 private:
  Result<AlertView> ViewOf(MonitoringAlert alert);

  Store& store_;
  const Clock& clock_;
  FindingOpener& findings_;
};

}  // namespace netra
