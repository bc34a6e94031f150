#include "service/case_service.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "domain/working_days.h"
#include "ingest/row_reader.h"
#include "service/access.h"
#include "service/case_paperwork.h"
#include "service/case_support.h"

namespace netra {
namespace {

using case_support::AuditFor;
using case_support::CheckField;
using nlohmann::json;

constexpr std::initializer_list<Role> kCaseReaders = {Role::kPengawas, Role::kPenilai, Role::kPpk,
                                                      Role::kAuditor, Role::kAdmin};
constexpr std::size_t kTextMax = 10000;
constexpr std::size_t kFieldMax = 5000;
constexpr std::size_t kMaxHeard = 30;

bool Overdue(const CaseRecord& c, std::int64_t now) {
  return c.deadline_at && now > *c.deadline_at;
}

// While Bawaslu is still handling a case before its decision, its follow-up
// deadline (D3/D4 from receipt) keeps running across moves that start none.
bool KeepsRunningDeadline(CaseStatus to) {
  return to == CaseStatus::kInitialReview || to == CaseStatus::kClarification ||
         to == CaseStatus::kStudy;
}

Status NotFoundCase() {
  return Status(ErrorCode::kNotFound, "Kasus tidak ditemukan", "Case not found");
}

constexpr std::size_t kQueryTextMax = 100;

Status BadParameter(const char* name, const std::string& why_id, const std::string& why_en) {
  return Status(ErrorCode::kInvalidArgument, std::string("Parameter '") + name + "' " + why_id,
                std::string("Parameter '") + name + "' " + why_en);
}

// A YYYY-MM-DD bound of the act date, normalized; "" stays "".
Result<std::string> DateParameter(const char* name, const std::string& text) {
  if (text.empty()) return std::string();
  const std::optional<CivilDate> date =
      text.size() == 10 ? case_support::ParseYmd(text) : std::nullopt;
  if (!date) {
    return BadParameter(name, "harus tanggal YYYY-MM-DD, bukan \"" + text.substr(0, 20) + "\"",
                        "must be a YYYY-MM-DD date, not \"" + text.substr(0, 20) + "\"");
  }
  return case_support::FormatYmd(*date);
}

// The store filter for the query's violation code, deadline state, text,
// origin, lateness and act dates, each validated.
Status AddQueryFilters(const CaseQuery& query, std::int64_t now, CaseFilter& filter) {
  if (!query.violation.empty()) {
    NETRA_ASSIGN_OR_RETURN(const case_sanctions::ShippedRules* shipped, case_sanctions::Shipped());
    if (query.violation.size() > 40 || !shipped->catalog.Knows(query.violation)) {
      return BadParameter("violation",
                          "bukan kode katalog pelanggaran: \"" + query.violation.substr(0, 40) +
                              "\" (lihat GET /api/v1/catalog/violations)",
                          "is not a violation catalog code: \"" + query.violation.substr(0, 40) +
                              "\" (see GET /api/v1/catalog/violations)");
    }
    filter.violation_code = query.violation;
  }
  if (query.deadline == "overdue") {
    filter.deadline = CaseDeadlineFilter::kWithin;
    filter.deadline_before = now;
  } else if (query.deadline == "due_soon") {
    filter.deadline = CaseDeadlineFilter::kWithin;
    filter.deadline_from = now;
    filter.deadline_before = now + std::int64_t{kDueSoonDays} * 86400 + 1;
  } else if (query.deadline == "none") {
    filter.deadline = CaseDeadlineFilter::kWithout;
  } else if (query.deadline == "any") {
    filter.deadline = CaseDeadlineFilter::kWithin;
  } else if (!query.deadline.empty()) {
    return BadParameter("deadline", "harus salah satu dari: overdue, due_soon, none, any",
                        "must be one of: overdue, due_soon, none, any");
  }
  std::string text = query.text;
  const auto first = text.find_first_not_of(" \t");
  text = first == std::string::npos ? ""
                                    : text.substr(first, text.find_last_not_of(" \t") - first + 1);
  if (text.size() > kQueryTextMax) {
    return BadParameter("q", "paling panjang " + std::to_string(kQueryTextMax) + " bita",
                        "must be at most " + std::to_string(kQueryTextMax) + " bytes");
  }
  if (!ingest::IsValidUtf8(text) || std::any_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
      })) {
    return BadParameter("q", "harus teks UTF-8 tanpa karakter kendali",
                        "must be UTF-8 text without control characters");
  }
  filter.text = std::move(text);
  if (!query.origin.empty() && query.origin != "report" && query.origin != "finding") {
    return BadParameter("origin", "harus \"report\" (laporan) atau \"finding\" (temuan)",
                        "must be \"report\" or \"finding\"");
  }
  filter.origin = query.origin;
  filter.late = query.late;
  NETRA_ASSIGN_OR_RETURN(filter.act_from, DateParameter("act_from", query.act_from));
  NETRA_ASSIGN_OR_RETURN(filter.act_to, DateParameter("act_to", query.act_to));
  if (!filter.act_from.empty() && !filter.act_to.empty() && filter.act_from > filter.act_to) {
    return BadParameter("act_from", "tidak boleh setelah act_to", "must not be after act_to");
  }
  return Status::Ok();
}

}  // namespace

std::string CaseNumber(std::int64_t id, const std::string& origin) {
  char text[32];
  std::snprintf(text, sizeof text, "%s-%06lld", origin == "finding" ? "TM" : "LP",
                static_cast<long long>(id));
  return text;
}

Result<CaseRecord> CaseService::CaseInScope(const Caller& caller, std::int64_t case_id) {
  Result<CaseRecord> c = store_.enforcement().GetCase(case_id);
  if (!c.ok()) return c.status().code() == ErrorCode::kNotFound ? NotFoundCase() : c.status();
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, c->region_code, "Kasus", "Case"));
  return c;
}

Result<case_sanctions::Subject> CaseService::SubjectOf(const CaseRecord& c) {
  case_sanctions::Subject subject;
  if (!c.subject_employee_id) return subject;
  Result<Employee> employee = store_.GetEmployee(*c.subject_employee_id);
  if (!employee.ok()) {
    if (employee.status().code() == ErrorCode::kNotFound) return subject;
    return employee.status();
  }
  subject.type = employee->type;
  subject.position = employee->position;
  subject.known = true;
  return subject;
}

Result<PageOf<CaseListItem>> CaseService::Inbox(const Caller& caller, CaseQuery query, Page page) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kCaseReaders));
  if (query.region_scope.empty()) query.region_scope = caller.region_code;
  NETRA_RETURN_IF_ERROR(ParseRegionCode(query.region_scope).status());
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, query.region_scope, "Wilayah", "Region"));
  const std::int64_t now = clock_.Now();
  CaseFilter filter;
  filter.region_scope = query.region_scope;
  filter.open_only = !query.include_closed;
  NETRA_RETURN_IF_ERROR(AddQueryFilters(query, now, filter));
  if (query.actionable) {
    std::set<CaseStatus> from;
    for (const CaseTransition& t : CaseTransitions()) {
      if (t.role == caller.role) from.insert(t.from);
    }
    for (CaseStatus s : from) {
      if (query.statuses.empty() ||
          std::find(query.statuses.begin(), query.statuses.end(), s) != query.statuses.end()) {
        filter.statuses.push_back(s);
      }
    }
    if (filter.statuses.empty()) return PageOf<CaseListItem>{};
  } else {
    filter.statuses = query.statuses;
  }
  page.limit = std::clamp(page.limit, 1, 500);
  NETRA_ASSIGN_OR_RETURN(PageOf<CaseRecord> found, store_.enforcement().ListCases(filter, page));
  PageOf<CaseListItem> out;
  out.total = found.total;
  for (CaseRecord& c : found.items) {
    const bool overdue = Overdue(c, now);
    out.items.push_back({std::move(c), overdue});
  }
  for (CaseListItem& item : out.items) {
    NETRA_ASSIGN_OR_RETURN(CaseConflictReport report, conflicts_.Assess(item.record));
    item.conflict = !report.conflicts.empty();
  }
  return out;
}

Result<CaseFile> CaseService::Get(const Caller& caller, std::int64_t case_id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kCaseReaders));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  EnforcementStore& enf = store_.enforcement();
  CaseFile file;
  file.overdue = Overdue(c, clock_.Now());
  NETRA_ASSIGN_OR_RETURN(file.reports, enf.ListReports(c.id));
  NETRA_ASSIGN_OR_RETURN(file.history, enf.ListTransitions(c.id));
  NETRA_ASSIGN_OR_RETURN(file.hearings, enf.ListHearings(c.id));
  NETRA_ASSIGN_OR_RETURN(file.evidence, enf.ListEvidence(c.id));
  NETRA_ASSIGN_OR_RETURN(file.questions, enf.ListQuestions(c.id));
  NETRA_ASSIGN_OR_RETURN(file.documents, enf.ListCaseDocuments(c.id));
  NETRA_ASSIGN_OR_RETURN(case_sanctions::Subject subject, SubjectOf(c));
  NETRA_ASSIGN_OR_RETURN(file.sanction_proposal, case_sanctions::Propose(c, subject));
  NETRA_ASSIGN_OR_RETURN(file.conflicts, conflicts_.Assess(c));
  NETRA_ASSIGN_OR_RETURN(file.handler_history, handling_.History(caller, c.id));
  for (const CaseTransition& t : CaseTransitions()) {
    if (t.from != c.status || t.role != caller.role) continue;
    file.next_moves.push_back(&t);
    if (RequiresSanctionChoice(t) && file.sanction_choices.empty()) {
      NETRA_ASSIGN_OR_RETURN(file.sanction_choices, case_sanctions::ChoosableScales(subject));
    }
  }
  // The caller's moves from one status are all its role's: one check covers them.
  if (!file.next_moves.empty()) {
    const Status may = conflicts_.CheckMayAct(caller, c, file.next_moves.front());
    if (may.code() == ErrorCode::kPermissionDenied) {
      file.blocked = ActBlock{may.reason(), may.message_id(), may.message_en()};
      file.next_moves.clear();
    } else {
      NETRA_RETURN_IF_ERROR(may);
    }
  }
  file.record = std::move(c);
  return file;
}

Result<CaseRecord> CaseService::Move(const Caller& caller, std::int64_t case_id, CaseStatus to,
                                     const CaseFields& fields, const std::string& reason) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas, Role::kPenilai, Role::kPpk}));
  NETRA_RETURN_IF_ERROR(CheckField(reason, kFieldMax, "reason", false));
  if (fields.size() > 20) {
    return Status(ErrorCode::kInvalidArgument, "Terlalu banyak kolom (paling banyak 20)",
                  "Too many fields (at most 20)");
  }
  json fields_json = json::object();
  for (const auto& [name, value] : fields) {
    NETRA_RETURN_IF_ERROR(CheckField(name, 64, "fields (nama kolom)", true));
    NETRA_RETURN_IF_ERROR(CheckField(value, kFieldMax, name.c_str(), false));
    fields_json[name] = value;
  }
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  // A conflict of interest bars the caller whatever the move's fields say.
  const CaseTransition* move = FindCaseTransition(c.status, to);
  if (move != nullptr) NETRA_RETURN_IF_ERROR(conflicts_.CheckMayAct(caller, c, move));
  NETRA_RETURN_IF_ERROR(NextCaseStatus(c.status, to, caller.role, fields).status());
  if (fields.count("sanction_proposed") != 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "sanction_proposed diisi oleh Netra dari aturan sanksi, bukan oleh petugas",
                  "sanction_proposed is set by Netra from the sanction rules, not by the officer")
        .WithReason("reserved_field");
  }
  const bool names_sanction = fields.count("sanction_track") != 0 ||
                              fields.count("sanction_level") != 0 ||
                              fields.count("sanction_penalty") != 0;
  // The PPK's decision requires the sanction (NextCaseStatus named any
  // missing part); the recommendation may carry one.
  if (names_sanction) {
    if (to != CaseStatus::kForwardedBkn && to != CaseStatus::kSanctioned) {
      return Status(ErrorCode::kInvalidArgument,
                    "Sanksi dipilih hanya pada rekomendasi (FORWARDED_BKN) atau keputusan PPK "
                    "(SANCTIONED)",
                    "A sanction is chosen only at the recommendation (FORWARDED_BKN) or the PPK's "
                    "decision (SANCTIONED)")
          .WithReason("sanction_not_here");
    }
    // The proposal follows the codes the move sets, if it sets any.
    CaseRecord judged = c;
    const auto move_codes = fields.find("violation_codes");
    if (move_codes != fields.end()) {
      NETRA_ASSIGN_OR_RETURN(judged.violation_codes_json,
                             case_support::ViolationCodesJson(move_codes->second));
    }
    NETRA_ASSIGN_OR_RETURN(case_sanctions::Subject subject, SubjectOf(judged));
    NETRA_ASSIGN_OR_RETURN(auto proposal, case_sanctions::Propose(judged, subject));
    NETRA_ASSIGN_OR_RETURN(std::optional<std::string> proposed,
                           case_sanctions::CheckChosenSanction(fields, proposal, subject));
    if (proposed) fields_json["sanction_proposed"] = *proposed;
  }
  NETRA_ASSIGN_OR_RETURN(Region region, store_.GetRegion(c.region_code));
  const std::int64_t now = clock_.Now();

  TransitionRecord t;
  t.case_id = c.id;
  t.from = c.status;
  t.to = to;
  t.actor_user_id = caller.user_id;
  t.actor_role = RoleName(caller.role);
  t.actor_name = caller.username;
  t.at = now;
  t.fields_json = fields_json.dump();
  t.reason = reason;
  const auto codes = fields.find("violation_codes");
  if (codes != fields.end()) {
    NETRA_ASSIGN_OR_RETURN(std::string codes_json, case_support::ViolationCodesJson(codes->second));
    t.violation_codes_json = std::move(codes_json);
  }
  NETRA_ASSIGN_OR_RETURN(auto deadline,
                         case_support::DeadlineFor(env_, move->deadlines, c.election_kind,
                                                   c.received_at, now, region.time_zone));
  if (deadline) {
    t.deadline_at = deadline->at;
    t.deadline_rule = deadline->rule;
  } else if (move->deadlines.empty() && KeepsRunningDeadline(to)) {
    t.deadline_at = c.deadline_at;
    t.deadline_rule = c.deadline_rule;
  }
  const json detail = {{"from", CaseStatusCode(c.status)},
                       {"to", CaseStatusCode(to)},
                       {"fields", fields_json},
                       {"reason", reason},
                       {"documents", move->documents}};
  NETRA_ASSIGN_OR_RETURN(
      std::vector<GeneratedDocument> documents,
      GenerateDocuments(caller, c, region, *move, fields,
                        t.violation_codes_json.value_or(c.violation_codes_json), now));
  NETRA_ASSIGN_OR_RETURN(
      CaseRecord moved,
      store_.enforcement().ApplyTransition(
          t, AuditFor(caller, "case.transition", c.region_code, c.id, detail.dump(), now),
          documents));
  NETRA_RETURN_IF_ERROR(handling_.EnsureHandler(caller, moved, "first_action"));
  return moved;
}

Result<std::vector<GeneratedDocument>> CaseService::GenerateDocuments(
    const Caller& caller, const CaseRecord& c, const Region& region, const CaseTransition& move,
    const CaseFields& fields, const std::string& violation_codes_json, std::int64_t now) {
  const std::vector<std::string> kinds = case_paperwork::GeneratedKinds(move);
  if (kinds.empty()) return std::vector<GeneratedDocument>{};
  EnforcementStore& enf = store_.enforcement();
  case_paperwork::MoveFacts facts;
  facts.record = c;
  facts.region = region;
  facts.case_number = CaseNumber(c.id, c.origin);
  NETRA_ASSIGN_OR_RETURN(std::vector<TransitionRecord> history, enf.ListTransitions(c.id));
  for (const TransitionRecord& earlier : history) {
    const json f = json::parse(earlier.fields_json, nullptr, /*allow_exceptions=*/false);
    if (f.is_object() && f.contains("register_number") && f["register_number"].is_string()) {
      facts.case_number = f["register_number"].get<std::string>();
    }
  }
  NETRA_ASSIGN_OR_RETURN(facts.hearings, enf.ListHearings(c.id));
  facts.to = move.to;
  facts.fields = fields;
  facts.violation_codes_json = violation_codes_json;
  facts.officer = caller.username;
  facts.now = now;
  const CivilDate today = LocalDate(now, region.time_zone);
  const std::string office = case_paperwork::OfficeCode(c.region_code);
  std::vector<GeneratedDocument> out;
  for (const std::string& kind : kinds) {
    // A trial render first: a document that cannot be made must not use up a
    // register number.
    NETRA_RETURN_IF_ERROR(case_paperwork::Render(kind, "-", facts).status());
    NETRA_ASSIGN_OR_RETURN(int sequence, enf.NextDocumentSequence(office, today.year, kind));
    NETRA_ASSIGN_OR_RETURN(std::string number,
                           case_paperwork::DocumentNumber(kind, sequence, facts));
    NETRA_ASSIGN_OR_RETURN(std::string pdf, case_paperwork::Render(kind, number, facts));
    NETRA_ASSIGN_OR_RETURN(BlobRef blob, env_.blobs().Put(pdf));
    GeneratedDocument doc;
    doc.record.case_id = c.id;
    doc.record.kind = kind;
    doc.record.number = number;
    doc.record.office_code = office;
    doc.record.year = today.year;
    doc.record.sequence = sequence;
    doc.record.sha256 = blob.sha256;
    doc.record.size = blob.size;
    doc.record.generated_at = now;
    const json detail = {{"kind", kind},
                         {"number", number},
                         {"sha256", blob.sha256},
                         {"to", CaseStatusCode(move.to)}};
    doc.audit = AuditFor(caller, "document.generated", c.region_code, c.id, detail.dump(), now);
    out.push_back(std::move(doc));
  }
  return out;
}

Result<CaseDocumentFile> CaseService::ReadDocument(const Caller& caller, std::int64_t case_id,
                                                   std::int64_t document_id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kCaseReaders));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  Result<CaseDocumentRecord> row = store_.enforcement().GetCaseDocument(document_id);
  if (!row.ok() || row->case_id != c.id) {
    return Status(ErrorCode::kNotFound, "Dokumen tidak ditemukan", "Document not found");
  }
  CaseDocumentFile file;
  NETRA_ASSIGN_OR_RETURN(file.bytes, env_.blobs().Get(row->sha256));
  const std::int64_t now = clock_.Now();
  const json detail = {{"document_id", document_id}, {"number", row->number}};
  NETRA_RETURN_IF_ERROR(
      store_.enforcement()
          .AppendAudit(AuditFor(caller, "document.read", c.region_code, c.id, detail.dump(), now))
          .status());
  file.record = std::move(row).value();
  return file;
}

Result<CaseRecord> CaseService::RecordFinding(const Caller& caller, const NewFinding& in) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_RETURN_IF_ERROR(ParseRegionCode(in.region_code).status());
  NETRA_RETURN_IF_ERROR(RequireInScope(caller, in.region_code, "Wilayah", "Region"));
  NETRA_ASSIGN_OR_RETURN(Region region, store_.GetRegion(in.region_code));
  if (in.election_kind != "pilkada" && in.election_kind != "pemilu") {
    return Status(ErrorCode::kInvalidArgument, "Jenis pemilihan harus \"pilkada\" atau \"pemilu\"",
                  "election_kind must be \"pilkada\" or \"pemilu\"");
  }
  NETRA_RETURN_IF_ERROR(CheckField(in.summary, kTextMax, "summary", true));
  NETRA_RETURN_IF_ERROR(CheckField(in.act_place, 500, "act_place", true));
  NETRA_RETURN_IF_ERROR(CheckField(in.subject_agency, 200, "subject_agency", false));
  const std::optional<CivilDate> act = case_support::ParseYmd(in.act_date);
  if (!act) {
    return Status(ErrorCode::kInvalidArgument, "act_date harus tanggal YYYY-MM-DD",
                  "act_date must be a YYYY-MM-DD date");
  }
  const std::int64_t now = clock_.Now();
  CaseRecord c;
  c.origin = "finding";
  c.region_code = in.region_code;
  c.election_kind = in.election_kind;
  c.subject_agency = in.subject_agency;
  if (in.subject_employee_id != 0) {
    Result<Employee> employee = store_.GetEmployee(in.subject_employee_id);
    // An employee outside the caller's region is as unknown as a missing one.
    if (!employee.ok() || !RegionWithin(employee->region_code, caller.region_code)) {
      return Status(ErrorCode::kNotFound, "Pegawai tidak ditemukan", "Employee not found");
    }
    c.subject_employee_id = employee->id;
    c.subject_name = employee->name;
    c.subject_nip = employee->nip.value_or("");
  } else {
    NETRA_RETURN_IF_ERROR(CheckField(in.subject_name, 200, "subject_name", true));
    c.subject_name = in.subject_name;
  }
  c.summary = in.summary;
  c.act_date = case_support::FormatYmd(*act);
  c.act_place = in.act_place;
  NETRA_ASSIGN_OR_RETURN(c.violation_codes_json,
                         case_support::ViolationCodesJson(in.violation_codes));
  c.received_at = now;
  c.status_since = now;
  c.created_by = caller.user_id;
  // A finding is set within 7 (working) days of discovery in Pemilu (D5-finding).
  NETRA_ASSIGN_OR_RETURN(
      auto deadline,
      case_support::DeadlineFor(
          env_, {{"D5-finding", DeadlineFrom::kReceipt}, {"D3", DeadlineFrom::kReceipt}},
          c.election_kind, now, now, region.time_zone));
  if (deadline) {
    c.deadline_at = deadline->at;
    c.deadline_rule = deadline->rule;
  }
  NETRA_ASSIGN_OR_RETURN(CaseRecord created, store_.enforcement().CreateCase(
                                                 c, std::nullopt,
                                                 AuditFor(caller, "finding.recorded", c.region_code,
                                                          std::nullopt, "{}", now)));
  NETRA_RETURN_IF_ERROR(handling_.EnsureHandler(caller, created, "finding"));
  return created;
}

Result<HearingRecord> CaseService::RecordHearing(const Caller& caller, std::int64_t case_id,
                                                 const NewHearing& in) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  NETRA_RETURN_IF_ERROR(conflicts_.CheckMayAct(caller, c, nullptr));
  if (c.status == CaseStatus::kReceived || c.status == CaseStatus::kClosed) {
    return Status(ErrorCode::kFailedPrecondition,
                  "Klarifikasi dicatat untuk kasus yang sedang ditangani",
                  "Hearings are recorded for cases being handled")
        .WithReason("case_not_in_handling");
  }
  NETRA_RETURN_IF_ERROR(CheckField(in.place, 500, "place", true));
  const std::int64_t now = clock_.Now();
  if (in.held_at <= 0 || in.held_at > now) {
    return Status(ErrorCode::kInvalidArgument, "held_at harus waktu yang sudah lewat",
                  "held_at must be a past instant");
  }
  if (in.heard.empty() || in.heard.size() > kMaxHeard) {
    return Status(ErrorCode::kInvalidArgument, "heard harus berisi 1 sampai 30 orang",
                  "heard must list 1 to 30 people");
  }
  json heard = json::array();
  for (const HeardPerson& p : in.heard) {
    NETRA_RETURN_IF_ERROR(CheckField(p.name, 200, "heard[].name", true));
    NETRA_RETURN_IF_ERROR(CheckField(p.capacity, 50, "heard[].capacity", true));
    NETRA_RETURN_IF_ERROR(CheckField(p.statement, kTextMax, "heard[].statement", true));
    heard.push_back({{"name", p.name}, {"capacity", p.capacity}, {"statement", p.statement}});
  }
  HearingRecord h;
  h.case_id = c.id;
  h.held_at = in.held_at;
  h.place = in.place;
  h.heard_json = heard.dump();
  h.recorded_by = caller.user_id;
  h.recorded_at = now;
  NETRA_ASSIGN_OR_RETURN(HearingRecord stored, store_.enforcement().AddHearing(
                                                   h, AuditFor(caller, "hearing.recorded",
                                                               c.region_code, c.id, "{}", now)));
  NETRA_RETURN_IF_ERROR(handling_.EnsureHandler(caller, c, "first_action"));
  return stored;
}

Result<EvidenceRecord> CaseService::AddEvidence(const Caller& caller, std::int64_t case_id,
                                                std::optional<std::int64_t> hearing_id,
                                                const std::string& file_name,
                                                std::string_view bytes) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  NETRA_RETURN_IF_ERROR(conflicts_.CheckMayAct(caller, c, nullptr));
  if (hearing_id) {
    NETRA_ASSIGN_OR_RETURN(std::vector<HearingRecord> hearings,
                           store_.enforcement().ListHearings(c.id));
    if (std::none_of(hearings.begin(), hearings.end(),
                     [&](const HearingRecord& h) { return h.id == *hearing_id; })) {
      return Status(ErrorCode::kNotFound, "Klarifikasi tidak ditemukan", "Hearing not found");
    }
  }
  EvidenceRecord row;
  row.hearing_id = hearing_id;
  row.file_name = file_name;
  NETRA_ASSIGN_OR_RETURN(EvidenceRecord stored, StoreEvidence(store_, env_, caller, c,
                                                              std::move(row), bytes, clock_.Now()));
  NETRA_RETURN_IF_ERROR(handling_.EnsureHandler(caller, c, "first_action"));
  return stored;
}

Result<EvidenceRecord> CaseService::AddRecordEvidence(const Caller& caller, std::int64_t case_id,
                                                      const std::string& file_name,
                                                      const std::string& media_type,
                                                      std::string_view bytes) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  NETRA_RETURN_IF_ERROR(conflicts_.CheckMayAct(caller, c, nullptr));
  NETRA_RETURN_IF_ERROR(CheckField(file_name, 255, "file_name", true));
  if (bytes.size() > env_.options().max_evidence_bytes) {
    return Status(ErrorCode::kInvalidArgument, "Catatan bukti terlalu besar",
                  "The evidence record is too large");
  }
  const std::int64_t now = clock_.Now();
  NETRA_ASSIGN_OR_RETURN(BlobRef blob, env_.blobs().Put(bytes));
  EvidenceRecord row;
  row.case_id = c.id;
  row.file_name = file_name;
  row.media_type = media_type;
  row.size = blob.size;
  row.sha256 = blob.sha256;
  row.public_sha256 = blob.sha256;
  row.uploaded_by = caller.user_id;
  row.uploaded_at = now;
  NETRA_ASSIGN_OR_RETURN(EvidenceRecord stored, store_.enforcement().AddEvidence(
                                                    row, AuditFor(caller, "evidence.add",
                                                                  c.region_code, c.id, "{}", now)));
  NETRA_RETURN_IF_ERROR(handling_.EnsureHandler(caller, c, "first_action"));
  return stored;
}

Result<EvidenceFile> CaseService::ReadEvidence(const Caller& caller, std::int64_t case_id,
                                               std::int64_t evidence_id, bool original) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, kCaseReaders));
  if (original) NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  Result<EvidenceRecord> row = store_.enforcement().GetEvidence(evidence_id);
  if (!row.ok() || row->case_id != c.id) {
    return Status(ErrorCode::kNotFound, "Bukti tidak ditemukan", "Evidence not found");
  }
  EvidenceFile file;
  NETRA_ASSIGN_OR_RETURN(file.bytes, env_.blobs().Get(original ? row->sha256 : row->public_sha256));
  const std::int64_t now = clock_.Now();
  const json detail = {{"evidence_id", evidence_id}, {"original", original}};
  NETRA_RETURN_IF_ERROR(
      store_.enforcement()
          .AppendAudit(AuditFor(caller, "evidence.read", c.region_code, c.id, detail.dump(), now))
          .status());
  file.record = std::move(row).value();
  return file;
}

Result<QuestionRecord> CaseService::AskReporter(const Caller& caller, std::int64_t case_id,
                                                std::int64_t report_id,
                                                const std::string& question) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_RETURN_IF_ERROR(CheckField(question, kFieldMax, "question", true));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  NETRA_RETURN_IF_ERROR(conflicts_.CheckMayAct(caller, c, nullptr));
  Result<ReportRecord> report = store_.enforcement().GetReport(report_id);
  if (!report.ok() || report->case_id != c.id) {
    return Status(ErrorCode::kNotFound, "Laporan tidak ditemukan", "Report not found");
  }
  const std::int64_t now = clock_.Now();
  QuestionRecord q;
  q.case_id = c.id;
  q.report_id = report_id;
  q.question = question;
  q.asked_by = caller.user_id;
  q.asked_at = now;
  NETRA_ASSIGN_OR_RETURN(QuestionRecord stored, store_.enforcement().AddQuestion(
                                                    q, AuditFor(caller, "question.asked",
                                                                c.region_code, c.id, "{}", now)));
  NETRA_RETURN_IF_ERROR(handling_.EnsureHandler(caller, c, "first_action"));
  return stored;
}

Result<ReporterIdentity> CaseService::OpenIdentity(const Caller& caller, std::int64_t case_id,
                                                   std::int64_t report_id,
                                                   const std::string& purpose) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_RETURN_IF_ERROR(CheckField(purpose, 1000, "purpose", true));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(caller, case_id));
  // A conflicted officer must not learn who reported.
  NETRA_RETURN_IF_ERROR(conflicts_.CheckMayAct(caller, c, nullptr));
  Result<ReportRecord> report = store_.enforcement().GetReport(report_id);
  if (!report.ok() || report->case_id != c.id) {
    return Status(ErrorCode::kNotFound, "Laporan tidak ditemukan", "Report not found");
  }
  if (report->anonymous) {
    return Status(ErrorCode::kFailedPrecondition, "Laporan ini anonim: tidak ada identitas",
                  "This report is anonymous: there is no identity")
        .WithReason("anonymous_report");
  }
  // The opening is recorded before the identity is shown: if the audit entry
  // cannot be written, nothing is disclosed.
  const std::int64_t now = clock_.Now();
  const json detail = {{"report_id", report_id}, {"purpose", purpose}};
  NETRA_RETURN_IF_ERROR(
      store_.enforcement()
          .AppendAudit(AuditFor(caller, "identity.open", c.region_code, c.id, detail.dump(), now))
          .status());
  NETRA_ASSIGN_OR_RETURN(
      std::string plain,
      env_.vault().Unseal(store_.enforcement(), report->region_code, report->sealed_identity));
  const json who = json::parse(plain, nullptr, /*allow_exceptions=*/false);
  if (!who.is_object()) {
    return Status(ErrorCode::kInternal, "Identitas tersegel rusak",
                  "The sealed identity is corrupt");
  }
  return ReporterIdentity{who.value("name", ""), who.value("nik", ""), who.value("address", ""),
                          who.value("phone", "")};
}

Result<EscalationSummary> CaseService::RunEscalation() {
  const std::int64_t now = clock_.Now();
  const Caller system{0, "sistem", Role::kAdmin, ""};
  EscalationSummary summary;
  EnforcementStore& enf = store_.enforcement();
  const auto audit = [&](const CaseRecord& c, const char* action) {
    AuditEntry entry =
        AuditFor(system, action, c.region_code, c.id,
                 json{{"deadline_at", *c.deadline_at}, {"rule", c.deadline_rule}}.dump(), now);
    entry.actor = "sistem";
    return entry;
  };
  NETRA_ASSIGN_OR_RETURN(std::vector<CaseRecord> late,
                         enf.ListOverdue(CaseStatus::kAwaitingPpk, now, 1, 1000));
  for (const CaseRecord& c : late) {
    const Status raised = enf.SetEscalation(c.id, 1, now, audit(c, "case.ppk_reminder"));
    if (raised.ok())
      ++summary.reminded;
    else if (raised.code() != ErrorCode::kConflict)
      return raised;
  }
  const std::int64_t grace = std::int64_t{env_.options().flag_after_days} * 86400;
  NETRA_ASSIGN_OR_RETURN(std::vector<CaseRecord> ignored,
                         enf.ListOverdue(CaseStatus::kAwaitingPpk, now - grace, 2, 1000));
  for (const CaseRecord& c : ignored) {
    if (c.escalation_level != 1 || c.escalated_at + grace > now) continue;
    const Status raised = enf.SetEscalation(c.id, 2, now, audit(c, "case.flagged_bkn"));
    if (raised.ok())
      ++summary.flagged;
    else if (raised.code() != ErrorCode::kConflict)
      return raised;
  }
  return summary;
}

}  // namespace netra
