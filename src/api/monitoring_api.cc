#include <nlohmann/json.hpp>

#include "api/api_util.h"
#include "api/routes.h"
#include "http/request_parsing.h"

namespace netra::api {
namespace {

constexpr std::size_t kMaxEventsBodyBytes = 16u << 20;
constexpr std::size_t kMaxLexiconBodyBytes = 16u << 20;
constexpr std::size_t kMaxAccountsBodyBytes = 32u << 20;

const std::vector<Role> kReviewers = {Role::kPengawas, Role::kAuditor, Role::kAdmin};
const std::vector<Role> kReceivers = {Role::kPengawas, Role::kAdmin};
const std::vector<Role> kDeciders = {Role::kPengawas};

nlohmann::json ToJson(const LexiconVersion& l) {
  return {{"version", l.version},
          {"sha256", l.sha256},
          {"contests", l.contests},
          {"patterns", l.patterns},
          {"created_at", Rfc3339(l.created_at)}};
}

nlohmann::json ToJson(const AlertView& view) {
  const MonitoringAlert& a = view.alert;
  const SocialEventRow& e = a.event;
  nlohmann::json out = {
      {"id", a.id},
      {"code", a.code},
      {"region_code", a.region_code},
      {"contest_region", a.contest_region},
      {"candidate", a.candidate == 0 ? nlohmann::json() : nlohmann::json(a.candidate)},
      {"nip", a.nip.empty() ? nlohmann::json() : nlohmann::json(a.nip)},
      {"score", a.score},
      {"reason", a.reason},
      {"spans", nlohmann::json::parse(a.spans_json, nullptr, false)},
      {"unlinked", a.unlinked},
      {"interaction", a.interaction},
      {"lexicon_version", a.lexicon_version},
      {"status", AlertStatusName(a.status)},
      {"created_at", Rfc3339(a.created_at)},
      {"decided_at", Rfc3339(a.decided_at)},
      {"decision_reason", a.decision_reason},
      {"finding_id", a.finding_id ? nlohmann::json(*a.finding_id) : nlohmann::json()},
      {"evidence_sha256",
       a.evidence_sha256.empty() ? nlohmann::json() : nlohmann::json(a.evidence_sha256)},
      {"claim_expires_at", Rfc3339(view.claim_expires_at)},
      {"event",
       {{"platform", e.platform},
        {"id", e.event_key},
        {"account", e.account},
        {"kind", e.kind},
        {"text", e.text},
        {"target", e.target},
        {"shared_text", e.shared_text},
        {"time", e.event_time},
        {"raw_sha256", e.raw_sha256}}}};
  if (view.employee) {
    const Employee& emp = *view.employee;
    out["employee"] = {{"id", emp.id},
                       {"nip", emp.nip ? nlohmann::json(*emp.nip) : nlohmann::json()},
                       {"name", emp.name},
                       {"position", PositionCategoryName(emp.position)},
                       {"position_title", emp.position_title},
                       {"agency_id", emp.agency_id},
                       {"agency_name", view.agency_name},
                       {"region_code", emp.region_code}};
  } else {
    out["employee"] = nullptr;
  }
  return out;
}

Result<std::optional<AlertStatus>> QueryStatus(const http::Request& request) {
  const std::string status = QueryString(request, "status", 20);
  if (status.empty()) return std::optional<AlertStatus>();
  std::optional<AlertStatus> parsed = ParseAlertStatus(status);
  if (!parsed) {
    return Status(ErrorCode::kInvalidArgument,
                  "Parameter 'status' harus open, confirming, confirmed atau dismissed",
                  "Parameter 'status' must be open, confirming, confirmed or dismissed");
  }
  return parsed;
}

}  // namespace

void RegisterMonitoringRoutes(http::Router& router, EventScanService& scanning,
                              AlertReviewService& review) {
  router.Add({"POST",
              "/api/v1/monitoring/events",
              "monitoring.events.ingest",
              kReceivers,
              std::nullopt,
              kMaxEventsBodyBytes,
              {"application/x-ndjson", "application/jsonl", "application/json", "text/plain"}},
             [&scanning](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(IngestReport report,
                                      scanning.IngestEvents(CallerOf(request), request.body));
               nlohmann::json skipped = nlohmann::json::array();
               for (const IngestLineError& e : report.skipped) {
                 skipped.push_back(
                     {{"line", e.line}, {"reason_id", e.reason_id}, {"reason_en", e.reason_en}});
               }
               return http::Response::Json({{"received", report.received},
                                            {"stored", report.stored},
                                            {"duplicates", report.duplicates},
                                            {"alerts", report.alerts},
                                            {"lexicon_version", report.lexicon_version},
                                            {"skipped_total", report.skipped_total},
                                            {"skipped", std::move(skipped)}});
             });

  router.Add({"GET", "/api/v1/monitoring/alerts", "monitoring.alerts.list", kReviewers},
             [&review](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::optional<AlertStatus> status, QueryStatus(request));
               NETRA_ASSIGN_OR_RETURN(Page page, QueryPage(request));
               NETRA_ASSIGN_OR_RETURN(PageOf<AlertView> alerts,
                                      review.ListAlerts(CallerOf(request), status, page));
               // Built here: PageJson's ToJson lookup cannot see this file's overloads.
               nlohmann::json items = nlohmann::json::array();
               for (const AlertView& alert : alerts.items) items.push_back(ToJson(alert));
               return http::Response::Json({{"items", std::move(items)}, {"total", alerts.total}});
             });

  router.Add({"GET", "/api/v1/monitoring/alerts/{id}", "monitoring.alerts.get", kReviewers},
             [&review](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(AlertView alert, review.GetAlert(CallerOf(request), id));
               return http::Response::Json(ToJson(alert));
             });

  router.Add(
      {"POST", "/api/v1/monitoring/alerts/{id}/confirm", "monitoring.alerts.confirm", kDeciders},
      [&review](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
        std::string note;
        if (!request.body.empty()) {
          NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
          NETRA_ASSIGN_OR_RETURN(note, JsonString(body, "note", false, 2000));
        }
        NETRA_ASSIGN_OR_RETURN(AlertView alert,
                               review.Confirm(CallerOf(request), id, std::move(note)));
        return http::Response::Json(ToJson(alert));
      });

  router.Add(
      {"POST", "/api/v1/monitoring/alerts/{id}/dismiss", "monitoring.alerts.dismiss", kDeciders},
      [&review](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
        NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
        NETRA_ASSIGN_OR_RETURN(std::string reason, JsonString(body, "reason", true, 2000));
        NETRA_ASSIGN_OR_RETURN(AlertView alert,
                               review.Dismiss(CallerOf(request), id, std::move(reason)));
        return http::Response::Json(ToJson(alert));
      });

  router.Add({"GET", "/api/v1/monitoring/lexicon", "monitoring.lexicon.get", kReviewers},
             [&scanning](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(LexiconVersion lexicon,
                                      scanning.CurrentLexicon(CallerOf(request)));
               return http::Response::Json(ToJson(lexicon));
             });

  router.Add({"PUT",
              "/api/v1/monitoring/lexicon",
              "monitoring.lexicon.publish",
              kAdmins,
              std::nullopt,
              kMaxLexiconBodyBytes,
              {"application/json"}},
             [&scanning](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(LexiconVersion lexicon,
                                      scanning.PublishLexicon(CallerOf(request), request.body));
               return http::Response::Json(ToJson(lexicon), 201);
             });

  router.Add({"PUT",
              "/api/v1/monitoring/accounts",
              "monitoring.accounts.replace",
              kAdmins,
              std::nullopt,
              kMaxAccountsBodyBytes,
              {"text/csv"}},
             [&scanning](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(UpsertCounts counts,
                                      scanning.ReplaceAccounts(CallerOf(request), request.body));
               return http::Response::Json({{"accounts", counts.inserted}});
             });
}

}  // namespace netra::api
