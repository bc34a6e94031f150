// Routes for enforcement (issue 4): public reports and receipt codes, cases and
// their workflow, findings, hearings, evidence, questions, identity openings
// and the audit log. docs/api.md "Enforcement" documents each.
#include <algorithm>
#include <cstdio>

#include "api/api_util.h"
#include "api/case_handling_api.h"
#include "api/routes.h"
#include "http/request_parsing.h"

namespace netra::api {
namespace {

using nlohmann::json;

const std::vector<Role> kCaseReaders = {Role::kPengawas, Role::kPenilai, Role::kPpk, Role::kAuditor,
                                        Role::kAdmin};
const std::vector<Role> kCaseMovers = {Role::kPengawas, Role::kPenilai, Role::kPpk};
const std::vector<Role> kPengawas = {Role::kPengawas};
const std::vector<Role> kAuditReaders = {Role::kAuditor, Role::kAdmin};
constexpr std::size_t kReportBodyBytes = 256u << 10;

const char* EscalationName(int level) {
  return level >= 2 ? "flagged_bkn" : level == 1 ? "ppk_reminded" : "none";
}

json ToJson(const CaseRecord& c, bool overdue) {
  return {{"id", c.id},
          {"number", CaseNumber(c.id, c.origin)},
          {"origin", c.origin},
          {"region_code", c.region_code},
          {"election_kind", c.election_kind},
          {"status", CaseStatusCode(c.status)},
          {"status_since", Rfc3339(c.status_since)},
          {"subject",
           {{"employee_id", c.subject_employee_id ? json(*c.subject_employee_id) : json()},
            {"name", c.subject_name},
            {"agency", c.subject_agency},
            {"nip", c.subject_nip.empty() ? json() : json(c.subject_nip)}}},
          {"summary", c.summary},
          {"act_date", c.act_date},
          {"act_place", c.act_place},
          {"violation_codes", json::parse(c.violation_codes_json, nullptr, false)},
          {"late", c.late},
          {"received_at", Rfc3339(c.received_at)},
          {"deadline_at", c.deadline_at ? Rfc3339(*c.deadline_at) : json()},
          {"deadline_rule", c.deadline_rule.empty() ? json() : json(c.deadline_rule)},
          {"overdue", overdue},
          {"escalation", EscalationName(c.escalation_level)}};
}

json ToJson(const ReportRecord& r) {
  return {{"id", r.id},
          {"anonymous", r.anonymous},
          {"subject_name", r.subject_name},
          {"subject_agency", r.subject_agency},
          {"subject_nip", r.subject_nip.empty() ? json() : json(r.subject_nip)},
          {"description", r.description},
          {"act_date", r.act_date},
          {"known_date", r.known_date},
          {"act_place", r.act_place},
          {"witnesses", json::parse(r.witnesses_json, nullptr, false)},
          {"late", r.late},
          {"received_at", Rfc3339(r.received_at)}};
}

json ToJson(const TransitionRecord& t) {
  // The documents the move produced (names from the workflow table), so the case
  // page can list them per step of the history.
  const CaseTransition* move = FindCaseTransition(t.from, t.to);
  json documents = json::array();
  if (move != nullptr) {
    for (std::string_view name : move->documents) documents.push_back(name);
  }
  return {{"id", t.id},
          {"from", CaseStatusCode(t.from)},
          {"to", CaseStatusCode(t.to)},
          {"actor", t.actor_name},
          {"actor_role", t.actor_role},
          {"at", Rfc3339(t.at)},
          {"fields", json::parse(t.fields_json, nullptr, false)},
          {"reason", t.reason},
          {"documents", std::move(documents)},
          {"deadline_at", t.deadline_at ? Rfc3339(*t.deadline_at) : json()},
          {"deadline_rule", t.deadline_rule.empty() ? json() : json(t.deadline_rule)}};
}

json ToJson(const HearingRecord& h) {
  return {{"id", h.id},
          {"held_at", Rfc3339(h.held_at)},
          {"place", h.place},
          {"heard", json::parse(h.heard_json, nullptr, false)},
          {"recorded_at", Rfc3339(h.recorded_at)}};
}

json ToJson(const EvidenceRecord& e) {
  return {{"id", e.id},
          {"report_id", e.report_id ? json(*e.report_id) : json()},
          {"hearing_id", e.hearing_id ? json(*e.hearing_id) : json()},
          {"file_name", e.file_name},
          {"media_type", e.media_type},
          {"size", e.size},
          {"sha256", e.sha256},
          {"uploaded_at", Rfc3339(e.uploaded_at)}};
}

json ToJson(const QuestionRecord& q) {
  return {{"id", q.id},
          {"report_id", q.report_id},
          {"question", q.question},
          {"asked_at", Rfc3339(q.asked_at)},
          {"answer", q.answer ? json(*q.answer) : json()},
          {"answered_at", Rfc3339(q.answered_at)}};
}

json ToJson(const CaseDocumentRecord& d) {
  return {
      {"id", d.id},
      {"transition_id", d.transition_id},
      {"kind", d.kind},
      {"number", d.number},
      {"sha256", d.sha256},
      {"size", d.size},
      {"generated_at", Rfc3339(d.generated_at)},
      {"url", "/api/v1/cases/" + std::to_string(d.case_id) + "/documents/" + std::to_string(d.id)}};
}

// The shape the case and PPK pages show (web/src/types.ts SanctionProposal):
// the headline track, level, penalty and legal basis of the primary
// proposal, then every proposed sanction per code with the rules' notes.
json ToJson(const case_sanctions::CaseProposal& p) {
  json by_code = json::array();
  json notes = json::array();
  json refer_to = json::array();
  for (const case_sanctions::CodeProposal& one : p.by_code) {
    json sanctions = json::array();
    if (one.proposal) {
      for (const ProposedSanction& s : one.proposal->sanctions) {
        json item = {{"track", SanctionTrackName(s.track)},
                     {"level", s.level},
                     {"penalty", s.penalty},
                     {"role", ProposalRoleName(s.role)},
                     {"regulation", s.regulation},
                     {"confidence", ConfidenceName(s.confidence)}};
        if (s.criminal) {
          item["criminal"] = {
              {"basis", s.criminal->basis},
              {"custody", s.criminal->custody},
              {"months_min", s.criminal->months_min ? json(*s.criminal->months_min) : json()},
              {"months_max", s.criminal->months_max ? json(*s.criminal->months_max) : json()}};
        }
        sanctions.push_back(std::move(item));
      }
      for (const std::string& n : one.proposal->notes) notes.push_back(n);
      for (const std::string& r : one.proposal->refer_to) refer_to.push_back(r);
    }
    by_code.push_back({{"code", one.code},
                       {"sanctions", std::move(sanctions)},
                       {"error", one.error.empty() ? json() : json(one.error)},
                       {"error_en", one.error_en.empty() ? json() : json(one.error_en)}});
  }
  json out = {{"employee_known", p.subject.known},
              {"employee_type", EmployeeTypeName(p.subject.type)},
              {"position", PositionCategoryName(p.subject.position)},
              {"by_code", std::move(by_code)},
              {"notes", std::move(notes)},
              {"refer_to", std::move(refer_to)}};
  if (p.primary) {
    out["track"] = SanctionTrackName(p.primary->track);
    out["level"] = p.primary->level;
    out["penalty"] = p.primary->penalty;
    out["summary"] = p.penalty_text.empty() ? p.primary->penalty : p.penalty_text;
    out["legal_basis"] = p.legal_basis;
  }
  return out;
}

// A scale the PPK chooses from (GET /cases/{id}, next_moves[].sanction_choices).
json ToJson(const SanctionScale& scale) {
  json levels = json::array();
  for (const SanctionLevel& level : scale.levels) {
    json penalties = json::array();
    for (const Penalty& p : level.penalties) {
      penalties.push_back({{"code", p.code}, {"text", p.text}, {"text_en", p.text_en}});
    }
    levels.push_back({{"level", level.level}, {"penalties", std::move(penalties)}});
  }
  return {{"track", SanctionTrackName(scale.track)},
          {"regulation", scale.regulation},
          {"levels", std::move(levels)}};
}

json ToJson(const AuditEntry& a) {
  return {{"seq", a.seq},
          {"at", Rfc3339(a.at)},
          {"actor", a.actor},
          {"action", a.action},
          {"region_code", a.region_code},
          {"case_id", a.case_id ? json(*a.case_id) : json()},
          {"detail", json::parse(a.detail_json, nullptr, false)},
          {"hash", a.hash}};
}

template <typename T>
json Array(const std::vector<T>& items) {
  json out = json::array();
  for (const T& item : items) out.push_back(ToJson(item));
  return out;
}

Result<CaseStatus> StatusField(const std::string& code, const char* field) {
  const std::optional<CaseStatus> status = ParseCaseStatus(code);
  if (!status) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string("'") + field + "' bukan status kasus yang dikenal: " + code,
                  std::string("'") + field + "' is not a known case status: " + code);
  }
  return *status;
}

Result<std::vector<Witness>> ParseWitnesses(const json& body) {
  std::vector<Witness> out;
  const auto it = body.find("witnesses");
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array() || it->size() > 20) {
    return Status(ErrorCode::kInvalidArgument, "'witnesses' harus larik berisi paling banyak 20",
                  "'witnesses' must be an array of at most 20");
  }
  for (const json& w : *it) {
    if (!w.is_object()) {
      return Status(ErrorCode::kInvalidArgument, "Setiap saksi harus objek {name, contact}",
                    "Each witness must be an object {name, contact}");
    }
    Witness witness;
    NETRA_ASSIGN_OR_RETURN(witness.name, JsonString(w, "name", true, 200));
    NETRA_ASSIGN_OR_RETURN(witness.contact, JsonString(w, "contact", false, 200));
    out.push_back(std::move(witness));
  }
  return out;
}

Result<NewReport> ParseReport(const json& body) {
  NewReport r;
  const auto anonymous = body.find("anonymous");
  if (anonymous != body.end() && !anonymous->is_boolean()) {
    return Status(ErrorCode::kInvalidArgument, "'anonymous' harus true atau false",
                  "'anonymous' must be true or false");
  }
  r.anonymous = anonymous == body.end() || anonymous->get<bool>();
  if (!r.anonymous) {
    const auto who = body.find("reporter");
    if (who == body.end() || !who->is_object()) {
      return Status(ErrorCode::kInvalidArgument,
                    "Laporan beridentitas memerlukan 'reporter' {name, nik, address, phone}",
                    "An identified report needs 'reporter' {name, nik, address, phone}");
    }
    NETRA_ASSIGN_OR_RETURN(r.identity.name, JsonString(*who, "name", true, 200));
    NETRA_ASSIGN_OR_RETURN(r.identity.nik, JsonString(*who, "nik", true, 16));
    NETRA_ASSIGN_OR_RETURN(r.identity.address, JsonString(*who, "address", true, 500));
    NETRA_ASSIGN_OR_RETURN(r.identity.phone, JsonString(*who, "phone", true, 30));
  }
  NETRA_ASSIGN_OR_RETURN(r.region_code, JsonString(body, "region_code", true, 20));
  NETRA_ASSIGN_OR_RETURN(std::string kind, JsonString(body, "election_kind", false, 20));
  if (!kind.empty()) r.election_kind = kind;
  const auto subject = body.find("subject");
  if (subject == body.end() || !subject->is_object()) {
    return Status(ErrorCode::kInvalidArgument, "'subject' {name, agency, nip} wajib diisi",
                  "'subject' {name, agency, nip} is required");
  }
  NETRA_ASSIGN_OR_RETURN(r.subject_name, JsonString(*subject, "name", true, 200));
  NETRA_ASSIGN_OR_RETURN(r.subject_agency, JsonString(*subject, "agency", false, 200));
  NETRA_ASSIGN_OR_RETURN(r.subject_nip, JsonString(*subject, "nip", false, 18));
  NETRA_ASSIGN_OR_RETURN(r.description, JsonString(body, "description", true, 10000));
  NETRA_ASSIGN_OR_RETURN(r.act_date, JsonString(body, "act_date", true, 10));
  NETRA_ASSIGN_OR_RETURN(r.known_date, JsonString(body, "known_date", false, 10));
  NETRA_ASSIGN_OR_RETURN(r.act_place, JsonString(body, "act_place", true, 500));
  NETRA_ASSIGN_OR_RETURN(r.witnesses, ParseWitnesses(body));
  return r;
}

json ReceiptJson(const ReceiptView& v) {
  json steps = json::array();
  for (const ReceiptStep& s : v.steps) {
    steps.push_back({{"status", CaseStatusCode(s.status)}, {"at", Rfc3339(s.at)}});
  }
  json questions = json::array();
  for (const QuestionRecord& q : v.questions) {
    questions.push_back({{"id", q.id},
                         {"question", q.question},
                         {"asked_at", Rfc3339(q.asked_at)},
                         {"answer", q.answer ? json(*q.answer) : json()}});
  }
  return {{"case_number", CaseNumber(v.case_id, v.origin)},
          {"status", CaseStatusCode(v.status)},
          {"status_since", Rfc3339(v.status_since)},
          {"received_at", Rfc3339(v.received_at)},
          {"late", v.late},
          {"steps", std::move(steps)},
          {"questions", std::move(questions)},
          {"evidence_files", v.evidence_files}};
}

std::string ReceiptHeader(const http::Request& request) {
  return std::string(request.Header("x-receipt-code").value_or("")).substr(0, 64);
}

}  // namespace

void RegisterEnforcementRoutes(http::Router& router, ReportService& reports, CaseService& cases,
                               AuditService& audit, std::size_t max_evidence_bytes) {
  // --- the public, by receipt code ---
  router.Add(
      {"POST",
       "/api/v1/reports",
       "reports.create",
       kEveryone,
       std::nullopt,
       kReportBodyBytes,
       {"application/json"}},
      [&reports](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
        NETRA_ASSIGN_OR_RETURN(NewReport report, ParseReport(body));
        NETRA_ASSIGN_OR_RETURN(ReportReceipt receipt, reports.File(report, request.client_address));
        return http::Response::Json({{"receipt_code", receipt.receipt_code},
                                     {"case_number", CaseNumber(receipt.case_id, receipt.origin)},
                                     {"late", receipt.late},
                                     {"joined_existing", receipt.joined_existing},
                                     {"received_at", Rfc3339(receipt.received_at)}},
                                    201);
      });

  router.Add({"POST",
              "/api/v1/receipts/track",
              "receipts.track",
              kEveryone,
              false,
              http::kDefaultMaxBodyBytes,
              {"application/json"}},
             [&reports](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string code, JsonString(body, "receipt_code", true, 64));
               NETRA_ASSIGN_OR_RETURN(ReceiptView view,
                                      reports.Track(code, request.client_address));
               return http::Response::Json(ReceiptJson(view));
             });

  router.Add({"POST",
              "/api/v1/receipts/answers",
              "receipts.answer",
              kEveryone,
              std::nullopt,
              http::kDefaultMaxBodyBytes,
              {"application/json"}},
             [&reports](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string code, JsonString(body, "receipt_code", true, 64));
               NETRA_ASSIGN_OR_RETURN(std::optional<std::int64_t> id, JsonId(body, "question_id"));
               if (!id) {
                 return Status(ErrorCode::kInvalidArgument, "'question_id' wajib diisi",
                               "'question_id' is required");
               }
               NETRA_ASSIGN_OR_RETURN(std::string answer, JsonString(body, "answer", true, 5000));
               NETRA_ASSIGN_OR_RETURN(QuestionRecord q,
                                      reports.Answer(code, *id, answer, request.client_address));
               return http::Response::Json(ToJson(q));
             });

  router.Add({"POST", "/api/v1/receipts/evidence", "receipts.evidence", kEveryone, std::nullopt,
              max_evidence_bytes},
             [&reports](const http::Request& request) -> Result<http::Response> {
               const std::string file_name = QueryString(request, "file_name", 255);
               NETRA_ASSIGN_OR_RETURN(EvidenceRecord row,
                                      reports.AddEvidence(ReceiptHeader(request),
                                                          file_name.empty() ? "bukti" : file_name,
                                                          request.body, request.client_address));
               return http::Response::Json(ToJson(row), 201);
             });

  // --- staff ---
  router.Add({"GET", "/api/v1/cases", "cases.list", kCaseReaders},
             [&cases](const http::Request& request) -> Result<http::Response> {
               CaseQuery query;
               query.region_scope = QueryString(request, "region", 20);
               const std::string statuses = QueryString(request, "status", 400);
               std::size_t start = 0;
               while (start < statuses.size()) {
                 std::size_t comma = statuses.find(',', start);
                 if (comma == std::string::npos) comma = statuses.size();
                 NETRA_ASSIGN_OR_RETURN(
                     CaseStatus s, StatusField(statuses.substr(start, comma - start), "status"));
                 query.statuses.push_back(s);
                 start = comma + 1;
               }
               NETRA_ASSIGN_OR_RETURN(query.actionable, QueryBool(request, "actionable", false));
               NETRA_ASSIGN_OR_RETURN(query.include_closed,
                                      QueryBool(request, "include_closed", false));
               // Bounded here; CaseService::Inbox checks each value and names it.
               query.violation = QueryString(request, "violation", 40);
               query.deadline = QueryString(request, "deadline", 20);
               query.text = QueryString(request, "q", 400);
               query.origin = QueryString(request, "origin", 20);
               query.act_from = QueryString(request, "act_from", 20);
               query.act_to = QueryString(request, "act_to", 20);
               if (request.Query("late") && !request.Query("late")->empty()) {
                 NETRA_ASSIGN_OR_RETURN(bool late, QueryBool(request, "late", false));
                 query.late = late;
               }
               NETRA_ASSIGN_OR_RETURN(Page page, QueryPage(request));
               NETRA_ASSIGN_OR_RETURN(auto found, cases.Inbox(CallerOf(request), query, page));
               json items = json::array();
               for (const CaseListItem& item : found.items) {
                 items.push_back(ToJson(item.record, item.overdue));
                 items.back()["conflict"] = item.conflict;
               }
               return http::Response::Json({{"items", std::move(items)}, {"total", found.total}});
             });

  router.Add({"GET", "/api/v1/cases/{id}", "cases.get", kCaseReaders},
             [&cases](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(CaseFile file, cases.Get(CallerOf(request), id));
               json body = ToJson(file.record, file.overdue);
               body["reports"] = Array(file.reports);
               body["history"] = Array(file.history);
               body["hearings"] = Array(file.hearings);
               body["evidence"] = Array(file.evidence);
               body["questions"] = Array(file.questions);
               body["documents"] = Array(file.documents);
               body["sanction_proposal"] =
                   file.sanction_proposal ? ToJson(*file.sanction_proposal) : json();
               json moves = json::array();
               for (const CaseTransition* t : file.next_moves) {
                 json move = {{"to", CaseStatusCode(t->to)},
                              {"required_fields", t->required_fields},
                              {"documents", t->documents}};
                 if (RequiresSanctionChoice(*t)) {
                   move["sanction_choices"] = Array(file.sanction_choices);
                 }
                 moves.push_back(std::move(move));
               }
               body["next_moves"] = std::move(moves);
               AddHandlingFields(body, file);
               return http::Response::Json(body);
             });

  router.Add({"POST",
              "/api/v1/cases/{id}/transitions",
              "cases.transition",
              kCaseMovers,
              std::nullopt,
              http::kDefaultMaxBodyBytes,
              {"application/json"}},
             [&cases](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(std::string to, JsonString(body, "to", true, 40));
               NETRA_ASSIGN_OR_RETURN(CaseStatus target, StatusField(to, "to"));
               NETRA_ASSIGN_OR_RETURN(std::string reason, JsonString(body, "reason", false, 5000));
               CaseFields fields;
               const auto it = body.find("fields");
               if (it != body.end() && !it->is_null()) {
                 if (!it->is_object() || it->size() > 20) {
                   return Status(ErrorCode::kInvalidArgument,
                                 "'fields' harus objek teks dengan paling banyak 20 kolom",
                                 "'fields' must be an object of strings with at most 20 members");
                 }
                 for (const auto& [name, value] : it->items()) {
                   NETRA_ASSIGN_OR_RETURN(fields[name], JsonString(*it, name.c_str(), true, 5000));
                   (void)value;
                 }
               }
               NETRA_ASSIGN_OR_RETURN(CaseRecord moved,
                                      cases.Move(CallerOf(request), id, target, fields, reason));
               return http::Response::Json(ToJson(moved, false));
             });

  router.Add(
      {"POST",
       "/api/v1/findings",
       "findings.create",
       kPengawas,
       std::nullopt,
       http::kDefaultMaxBodyBytes,
       {"application/json"}},
      [&cases](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
        NewFinding f;
        NETRA_ASSIGN_OR_RETURN(f.region_code, JsonString(body, "region_code", true, 20));
        NETRA_ASSIGN_OR_RETURN(std::string kind, JsonString(body, "election_kind", false, 20));
        if (!kind.empty()) f.election_kind = kind;
        NETRA_ASSIGN_OR_RETURN(auto employee, JsonId(body, "subject_employee_id"));
        f.subject_employee_id = employee.value_or(0);
        NETRA_ASSIGN_OR_RETURN(f.subject_name, JsonString(body, "subject_name", false, 200));
        NETRA_ASSIGN_OR_RETURN(f.subject_agency, JsonString(body, "subject_agency", false, 200));
        NETRA_ASSIGN_OR_RETURN(f.summary, JsonString(body, "summary", true, 10000));
        NETRA_ASSIGN_OR_RETURN(f.act_date, JsonString(body, "act_date", true, 10));
        NETRA_ASSIGN_OR_RETURN(f.act_place, JsonString(body, "act_place", true, 500));
        NETRA_ASSIGN_OR_RETURN(f.violation_codes, JsonString(body, "violation_codes", false, 1000));
        NETRA_ASSIGN_OR_RETURN(CaseRecord c, cases.RecordFinding(CallerOf(request), f));
        return http::Response::Json(ToJson(c, false), 201);
      });

  router.Add(
      {"POST",
       "/api/v1/cases/{id}/hearings",
       "cases.hearings.create",
       kPengawas,
       std::nullopt,
       kReportBodyBytes,
       {"application/json"}},
      [&cases](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
        NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
        NewHearing h;
        const auto held = body.find("held_at");
        if (held == body.end() || !held->is_number_integer()) {
          return Status(ErrorCode::kInvalidArgument,
                        "'held_at' wajib: detik Unix waktu klarifikasi",
                        "'held_at' is required: the hearing's unix seconds");
        }
        h.held_at = held->get<std::int64_t>();
        NETRA_ASSIGN_OR_RETURN(h.place, JsonString(body, "place", true, 500));
        const auto heard = body.find("heard");
        if (heard == body.end() || !heard->is_array() || heard->size() > 30) {
          return Status(ErrorCode::kInvalidArgument,
                        "'heard' harus larik {name, capacity, statement}, paling banyak 30",
                        "'heard' must be an array of {name, capacity, statement}, at most 30");
        }
        for (const json& p : *heard) {
          if (!p.is_object()) {
            return Status(ErrorCode::kInvalidArgument, "Setiap isi 'heard' harus objek",
                          "Each 'heard' entry must be an object");
          }
          HeardPerson person;
          NETRA_ASSIGN_OR_RETURN(person.name, JsonString(p, "name", true, 200));
          NETRA_ASSIGN_OR_RETURN(person.capacity, JsonString(p, "capacity", true, 50));
          NETRA_ASSIGN_OR_RETURN(person.statement, JsonString(p, "statement", true, 10000));
          h.heard.push_back(std::move(person));
        }
        NETRA_ASSIGN_OR_RETURN(HearingRecord stored, cases.RecordHearing(CallerOf(request), id, h));
        return http::Response::Json(ToJson(stored), 201);
      });

  router.Add({"POST", "/api/v1/cases/{id}/evidence", "cases.evidence.create", kPengawas,
              std::nullopt, max_evidence_bytes},
             [&cases](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(auto hearing, QueryInt(request, "hearing_id", 1, INT64_MAX));
               const std::string file_name = QueryString(request, "file_name", 255);
               NETRA_ASSIGN_OR_RETURN(
                   EvidenceRecord row,
                   cases.AddEvidence(CallerOf(request), id, hearing,
                                     file_name.empty() ? "bukti" : file_name, request.body));
               return http::Response::Json(ToJson(row), 201);
             });

  router.Add(
      {"GET", "/api/v1/cases/{id}/evidence/{evidence_id}", "cases.evidence.get", kCaseReaders},
      [&cases](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
        NETRA_ASSIGN_OR_RETURN(std::int64_t evidence_id, PathId(request, "evidence_id"));
        NETRA_ASSIGN_OR_RETURN(bool original, QueryBool(request, "original", false));
        NETRA_ASSIGN_OR_RETURN(EvidenceFile file,
                               cases.ReadEvidence(CallerOf(request), id, evidence_id, original));
        http::Response response =
            http::Response::Bytes(std::move(file.bytes), file.record.media_type);
        // Served as a download so a PDF or image never runs in the app's origin.
        response.headers.push_back(
            {"Content-Disposition",
             "attachment; filename=\"bukti-" + std::to_string(file.record.id) + "\""});
        return response;
      });

  router.Add({"GET", "/api/v1/cases/{id}/documents/{doc_id}", "cases.documents.get", kCaseReaders},
             [&cases](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(std::int64_t doc_id, PathId(request, "doc_id"));
               NETRA_ASSIGN_OR_RETURN(CaseDocumentFile file,
                                      cases.ReadDocument(CallerOf(request), id, doc_id));
               http::Response response =
                   http::Response::Bytes(std::move(file.bytes), "application/pdf");
               // The register number names the file; '/' cannot appear in a file name.
               std::string name = file.record.number;
               std::replace(name.begin(), name.end(), '/', '-');
               response.headers.push_back(
                   {"Content-Disposition", "attachment; filename=\"" + name + ".pdf\""});
               return response;
             });

  router.Add({"POST",
              "/api/v1/cases/{id}/questions",
              "cases.questions.create",
              kPengawas,
              std::nullopt,
              http::kDefaultMaxBodyBytes,
              {"application/json"}},
             [&cases](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
               NETRA_ASSIGN_OR_RETURN(auto report, JsonId(body, "report_id"));
               if (!report) {
                 return Status(ErrorCode::kInvalidArgument, "'report_id' wajib diisi",
                               "'report_id' is required");
               }
               NETRA_ASSIGN_OR_RETURN(std::string question,
                                      JsonString(body, "question", true, 5000));
               NETRA_ASSIGN_OR_RETURN(QuestionRecord q,
                                      cases.AskReporter(CallerOf(request), id, *report, question));
               return http::Response::Json(ToJson(q), 201);
             });

  router.Add(
      {"POST",
       "/api/v1/cases/{id}/reports/{report_id}/identity",
       "cases.identity.open",
       kPengawas,
       std::nullopt,
       http::kDefaultMaxBodyBytes,
       {"application/json"}},
      [&cases](const http::Request& request) -> Result<http::Response> {
        NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
        NETRA_ASSIGN_OR_RETURN(std::int64_t report_id, PathId(request, "report_id"));
        NETRA_ASSIGN_OR_RETURN(json body, http::ParseJsonObject(request));
        NETRA_ASSIGN_OR_RETURN(std::string purpose, JsonString(body, "purpose", true, 1000));
        NETRA_ASSIGN_OR_RETURN(ReporterIdentity who,
                               cases.OpenIdentity(CallerOf(request), id, report_id, purpose));
        http::Response response = http::Response::Json(
            {{"name", who.name}, {"nik", who.nik}, {"address", who.address}, {"phone", who.phone}});
        response.headers.push_back({"Cache-Control", "no-store"});
        return response;
      });

  router.Add({"GET", "/api/v1/audit", "audit.list", kAuditReaders},
             [&audit](const http::Request& request) -> Result<http::Response> {
               AuditFilter filter;
               filter.region_scope = QueryString(request, "region", 20);
               NETRA_ASSIGN_OR_RETURN(filter.case_id, QueryInt(request, "case_id", 1, INT64_MAX));
               NETRA_ASSIGN_OR_RETURN(Page page, QueryPage(request));
               NETRA_ASSIGN_OR_RETURN(auto found, audit.List(CallerOf(request), filter, page));
               return http::Response::Json({{"items", Array(found.items)}, {"total", found.total}});
             });
}

}  // namespace netra::api
