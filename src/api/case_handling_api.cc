// Routes for a case's handling officer (issue 4 point 7): who may handle it,
// taking it over or assigning it. docs/api.md "Handling officer and conflicts".
#include "api/case_handling_api.h"

#include "api/api_util.h"
#include "api/routes.h"
#include "http/request_parsing.h"

namespace netra::api {
namespace {

using nlohmann::json;

const std::vector<Role> kPengawasOnly = {Role::kPengawas};

const char* EscalationKindName(EscalationKind kind) {
  return kind == EscalationKind::kAnotherOfficer ? "another_officer" : "level_above";
}

json Conflicts(const std::vector<Conflict>& conflicts) {
  json out = json::array();
  for (const Conflict& c : conflicts) out.push_back(ToJson(c));
  return out;
}

}  // namespace

json ToJson(const Conflict& conflict) {
  return {{"kind", ConflictKindName(conflict.kind)},
          {"explanation", conflict.explanation},
          {"explanation_en", conflict.explanation_en},
          {"escalation",
           {{"kind", EscalationKindName(conflict.escalation.kind)},
            {"region_code", conflict.escalation.region_code},
            {"target", conflict.escalation.target},
            {"target_en", conflict.escalation.target_en}}}};
}

json ToJson(const OfficerView& officer) {
  return {{"user_id", officer.user.id},
          {"username", officer.user.username},
          {"display_name", officer.user.display_name},
          {"region_code", officer.user.region_code},
          {"employee_nip",
           officer.employee && officer.employee->nip ? json(*officer.employee->nip) : json()},
          {"agency_name", officer.agency_name.empty() ? json() : json(officer.agency_name)}};
}

json ToJson(const HandlerView& handler) {
  json out = ToJson(handler.officer);
  out["since"] = Rfc3339(handler.record.assigned_at);
  out["how"] = handler.record.how;
  out["reason"] = handler.record.reason;
  out["assigned_by"] = handler.record.assigned_by;
  return out;
}

void AddHandlingFields(json& body, const CaseFile& file) {
  const CaseConflictReport& report = file.conflicts;
  body["handling_officer"] = report.handler ? ToJson(*report.handler) : json();
  json history = json::array();
  for (const HandlerView& h : file.handler_history) history.push_back(ToJson(h));
  body["handler_history"] = std::move(history);
  body["conflicts"] = Conflicts(report.conflicts);
  body["has_conflict"] = !report.conflicts.empty();
  body["ppk_region"] = report.ppk_region;
  body["decision_region"] = report.decision_region ? json(*report.decision_region) : json();
  body["blocked"] = file.blocked ? json{{"reason", file.blocked->reason},
                                        {"detail", file.blocked->message_id},
                                        {"detail_en", file.blocked->message_en}}
                                 : json();
}

void RegisterCaseHandlingRoutes(http::Router& router, CaseHandlingService& handling) {
  router.Add({"GET", "/api/v1/cases/{id}/officers", "cases.officers", kPengawasOnly},
             [&handling](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(auto options, handling.Officers(CallerOf(request), id));
               json items = json::array();
               for (const OfficerOption& o : options) {
                 json item = ToJson(o.officer);
                 item["current"] = o.current;
                 item["conflicts"] = Conflicts(o.conflicts);
                 items.push_back(std::move(item));
               }
               return http::Response::Json({{"items", std::move(items)}});
             });

  router.Add({"POST",
              "/api/v1/cases/{id}/handler",
              "cases.handler",
              kPengawasOnly,
              std::nullopt,
              8u << 10,
              {"application/json"}},
             [&handling](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
               std::optional<std::int64_t> user_id;
               const auto it = body.find("user_id");
               if (it != body.end() && !it->is_null()) {
                 if (!it->is_number_integer() || it->get<std::int64_t>() < 1) {
                   return Status(ErrorCode::kInvalidArgument,
                                 "'user_id' harus nomor pengguna (bilangan bulat positif)",
                                 "'user_id' must be a user id (a positive integer)");
                 }
                 user_id = it->get<std::int64_t>();
               }
               NETRA_ASSIGN_OR_RETURN(std::string reason, JsonString(body, "reason", false, 1000));
               NETRA_ASSIGN_OR_RETURN(HandlerView handler,
                                      handling.Assign(CallerOf(request), id, user_id, reason));
               return http::Response::Json({{"handling_officer", ToJson(handler)}});
             });
}

}  // namespace netra::api
