#include "store/detail/sql_enforcement_store.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

#include "store/detail/sql_audit.h"
#include "store/detail/sql_helpers.h"

namespace netra::store_detail {
namespace {

SqlParam OptId(const std::optional<std::int64_t>& value) {
  if (value) return *value;
  return nullptr;
}

// Bounds on stored text, so one request cannot grow a row without limit. The
// service checks tighter limits with friendlier messages first.
constexpr std::size_t kShortText = 500;
constexpr std::size_t kLongText = 20000;
constexpr std::size_t kJsonText = 200000;

// --- cases -------------------------------------------------------------------

constexpr const char* kCaseColumns =
    "id, origin, region_code, election_kind, status, subject_employee_id, subject_name, "
    "subject_agency, subject_nip, summary, act_date, act_place, violation_codes, late, "
    "received_at, status_since, deadline_at, deadline_rule, escalation_level, escalated_at, "
    "created_by";

CaseRecord CaseAt(const SqlRows& rows, std::size_t r) {
  CaseRecord c;
  c.id = rows.Int(r, 0);
  c.origin = rows.Text(r, 1);
  c.region_code = rows.Text(r, 2);
  c.election_kind = rows.Text(r, 3);
  c.status = ParseCaseStatus(rows.Text(r, 4)).value_or(CaseStatus::kReceived);
  c.subject_employee_id = OptIntAt(rows, r, 5);
  c.subject_name = rows.Text(r, 6);
  c.subject_agency = rows.Text(r, 7);
  c.subject_nip = rows.Text(r, 8);
  c.summary = rows.Text(r, 9);
  c.act_date = rows.Text(r, 10);
  c.act_place = rows.Text(r, 11);
  c.violation_codes_json = rows.Text(r, 12);
  c.late = rows.Int(r, 13) != 0;
  c.received_at = rows.Int(r, 14);
  c.status_since = rows.Int(r, 15);
  c.deadline_at = OptIntAt(rows, r, 16);
  c.deadline_rule = rows.Text(r, 17);
  c.escalation_level = static_cast<int>(rows.Int(r, 18));
  c.escalated_at = rows.Int(r, 19);
  c.created_by = rows.Int(r, 20);
  return c;
}

std::vector<CaseRecord> CasesOf(const SqlRows& rows) {
  std::vector<CaseRecord> out;
  out.reserve(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(CaseAt(rows, r));
  return out;
}

Status CheckCase(const CaseRecord& c) {
  NETRA_RETURN_IF_ERROR(CheckScope(c.region_code));
  NETRA_RETURN_IF_ERROR(CheckText(c.subject_name, kShortText, "subject_name"));
  NETRA_RETURN_IF_ERROR(CheckText(c.subject_agency, kShortText, "subject_agency"));
  NETRA_RETURN_IF_ERROR(CheckText(c.subject_nip, 40, "subject_nip"));
  NETRA_RETURN_IF_ERROR(CheckText(c.summary, kLongText, "summary"));
  NETRA_RETURN_IF_ERROR(CheckText(c.act_date, 10, "act_date"));
  NETRA_RETURN_IF_ERROR(CheckText(c.act_place, kShortText, "act_place"));
  return CheckText(c.violation_codes_json, kJsonText, "violation_codes");
}

Result<CaseRecord> ReadCase(SqlConnection& c, std::int64_t id) {
  static const std::string sql = std::string("SELECT ") + kCaseColumns + " FROM cases WHERE id = ?";
  NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
  if (rows.empty()) return NotFound("Kasus #" + std::to_string(id), "Case #" + std::to_string(id));
  return CaseAt(rows, 0);
}

// The distinct codes of a violation_codes JSON array; kInvalidArgument when it
// is not an array of strings.
Result<std::set<std::string>> CodesOf(const std::string& codes_json) {
  const nlohmann::json codes = nlohmann::json::parse(codes_json, nullptr, false);
  if (!codes.is_array()) {
    return Invalid("violation_codes bukan larik JSON", "violation_codes is not a JSON array");
  }
  std::set<std::string> out;
  for (const nlohmann::json& code : codes) {
    if (!code.is_string() || code.get_ref<const std::string&>().size() > 40) {
      return Invalid("violation_codes berisi kode yang tidak sah",
                     "violation_codes holds an invalid code");
    }
    out.insert(code.get<std::string>());
  }
  return out;
}

// Replaces the case's rows in case_violations (the inbox's violation filter),
// inside the caller's write transaction.
Status WriteViolations(SqlConnection& c, std::int64_t case_id, const std::set<std::string>& codes) {
  NETRA_RETURN_IF_ERROR(c.Run("DELETE FROM case_violations WHERE case_id = ?", {case_id}).status());
  for (const std::string& code : codes) {
    NETRA_RETURN_IF_ERROR(
        c.Run("INSERT INTO case_violations (case_id, code) VALUES (?, ?)", {case_id, code})
            .status());
  }
  return Status::Ok();
}

// --- reports -----------------------------------------------------------------

constexpr const char* kReportColumns =
    "id, case_id, region_code, anonymous, sealed_identity, receipt_hash, subject_name, "
    "subject_agency, subject_nip, description, act_date, known_date, act_place, witnesses, late, "
    "received_at";

ReportRecord ReportAt(const SqlRows& rows, std::size_t r) {
  ReportRecord p;
  p.id = rows.Int(r, 0);
  p.case_id = rows.Int(r, 1);
  p.region_code = rows.Text(r, 2);
  p.anonymous = rows.Int(r, 3) != 0;
  p.sealed_identity = rows.Text(r, 4);
  p.receipt_hash = rows.Text(r, 5);
  p.subject_name = rows.Text(r, 6);
  p.subject_agency = rows.Text(r, 7);
  p.subject_nip = rows.Text(r, 8);
  p.description = rows.Text(r, 9);
  p.act_date = rows.Text(r, 10);
  p.known_date = rows.Text(r, 11);
  p.act_place = rows.Text(r, 12);
  p.witnesses_json = rows.Text(r, 13);
  p.late = rows.Int(r, 14) != 0;
  p.received_at = rows.Int(r, 15);
  return p;
}

Status CheckReport(const ReportRecord& p) {
  NETRA_RETURN_IF_ERROR(CheckScope(p.region_code));
  NETRA_RETURN_IF_ERROR(CheckText(p.sealed_identity, 8000, "sealed_identity"));
  NETRA_RETURN_IF_ERROR(CheckText(p.receipt_hash, 128, "receipt_hash"));
  NETRA_RETURN_IF_ERROR(CheckText(p.subject_name, kShortText, "subject_name"));
  NETRA_RETURN_IF_ERROR(CheckText(p.subject_agency, kShortText, "subject_agency"));
  NETRA_RETURN_IF_ERROR(CheckText(p.subject_nip, 40, "subject_nip"));
  NETRA_RETURN_IF_ERROR(CheckText(p.description, kLongText, "description"));
  NETRA_RETURN_IF_ERROR(CheckText(p.act_place, kShortText, "act_place"));
  return CheckText(p.witnesses_json, kJsonText, "witnesses");
}

Result<ReportRecord> InsertReport(SqlConnection& c, const ReportRecord& p) {
  NETRA_ASSIGN_OR_RETURN(
      SqlRows rows,
      c.Run("INSERT INTO reports (case_id, region_code, anonymous, sealed_identity, receipt_hash, "
            "subject_name, subject_agency, subject_nip, description, act_date, known_date, "
            "act_place, witnesses, late, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {p.case_id, p.region_code, std::int64_t{p.anonymous}, p.sealed_identity, p.receipt_hash,
             p.subject_name, p.subject_agency, p.subject_nip, p.description, p.act_date,
             p.known_date, p.act_place, p.witnesses_json, std::int64_t{p.late}, p.received_at}));
  ReportRecord stored = p;
  stored.id = rows.Int(0, 0);
  return stored;
}

// --- transitions, hearings, evidence, questions -------------------------------

constexpr const char* kTransitionColumns =
    "id, case_id, from_status, to_status, actor_user_id, actor_role, actor_name, at, fields, "
    "reason, deadline_at, deadline_rule";

TransitionRecord TransitionAt(const SqlRows& rows, std::size_t r) {
  TransitionRecord t;
  t.id = rows.Int(r, 0);
  t.case_id = rows.Int(r, 1);
  t.from = ParseCaseStatus(rows.Text(r, 2)).value_or(CaseStatus::kReceived);
  t.to = ParseCaseStatus(rows.Text(r, 3)).value_or(CaseStatus::kReceived);
  t.actor_user_id = rows.Int(r, 4);
  t.actor_role = rows.Text(r, 5);
  t.actor_name = rows.Text(r, 6);
  t.at = rows.Int(r, 7);
  t.fields_json = rows.Text(r, 8);
  t.reason = rows.Text(r, 9);
  t.deadline_at = OptIntAt(rows, r, 10);
  t.deadline_rule = rows.Text(r, 11);
  return t;
}

constexpr const char* kHearingColumns =
    "id, case_id, held_at, place, heard, recorded_by, recorded_at";

HearingRecord HearingAt(const SqlRows& rows, std::size_t r) {
  return HearingRecord{rows.Int(r, 0),  rows.Int(r, 1), rows.Int(r, 2), rows.Text(r, 3),
                       rows.Text(r, 4), rows.Int(r, 5), rows.Int(r, 6)};
}

constexpr const char* kEvidenceColumns =
    "id, case_id, report_id, hearing_id, file_name, media_type, size, sha256, public_sha256, "
    "uploaded_by, uploaded_at";

EvidenceRecord EvidenceAt(const SqlRows& rows, std::size_t r) {
  EvidenceRecord e;
  e.id = rows.Int(r, 0);
  e.case_id = rows.Int(r, 1);
  e.report_id = OptIntAt(rows, r, 2);
  e.hearing_id = OptIntAt(rows, r, 3);
  e.file_name = rows.Text(r, 4);
  e.media_type = rows.Text(r, 5);
  e.size = rows.Int(r, 6);
  e.sha256 = rows.Text(r, 7);
  e.public_sha256 = rows.Text(r, 8);
  e.uploaded_by = rows.Int(r, 9);
  e.uploaded_at = rows.Int(r, 10);
  return e;
}

constexpr const char* kQuestionColumns =
    "id, case_id, report_id, question, asked_by, asked_at, answer, answered_at";

QuestionRecord QuestionAt(const SqlRows& rows, std::size_t r) {
  QuestionRecord q;
  q.id = rows.Int(r, 0);
  q.case_id = rows.Int(r, 1);
  q.report_id = rows.Int(r, 2);
  q.question = rows.Text(r, 3);
  q.asked_by = rows.Int(r, 4);
  q.asked_at = rows.Int(r, 5);
  q.answer = rows.OptText(r, 6);
  q.answered_at = rows.Int(r, 7);
  return q;
}

Result<QuestionRecord> ReadQuestion(SqlConnection& c, std::int64_t id) {
  static const std::string sql =
      std::string("SELECT ") + kQuestionColumns + " FROM case_questions WHERE id = ?";
  NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
  if (rows.empty()) {
    return NotFound("Pertanyaan #" + std::to_string(id), "Question #" + std::to_string(id));
  }
  return QuestionAt(rows, 0);
}

// --- audit -------------------------------------------------------------------

constexpr const char* kAuditColumns =
    "seq, at, actor_user_id, actor, action, region_code, case_id, detail, prev_hash, hash";

AuditEntry AuditAt(const SqlRows& rows, std::size_t r) {
  AuditEntry a;
  a.seq = rows.Int(r, 0);
  a.at = rows.Int(r, 1);
  a.actor_user_id = rows.Int(r, 2);
  a.actor = rows.Text(r, 3);
  a.action = rows.Text(r, 4);
  a.region_code = rows.Text(r, 5);
  a.case_id = OptIntAt(rows, r, 6);
  a.detail_json = rows.Text(r, 7);
  a.prev_hash = rows.Text(r, 8);
  a.hash = rows.Text(r, 9);
  return a;
}

}  // namespace

// --- cases -------------------------------------------------------------------

Result<CaseRecord> SqlEnforcementStore::CreateCase(const CaseRecord& record,
                                                   const std::optional<ReportRecord>& report,
                                                   const AuditEntry& audit) {
  NETRA_RETURN_IF_ERROR(CheckCase(record));
  if (report) NETRA_RETURN_IF_ERROR(CheckReport(*report));
  NETRA_ASSIGN_OR_RETURN(const std::set<std::string> codes, CodesOf(record.violation_codes_json));
  return executor_->Write([&](SqlConnection& c) -> Result<CaseRecord> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO cases (origin, region_code, election_kind, status, subject_employee_id, "
              "subject_name, subject_agency, subject_nip, summary, act_date, act_place, "
              "violation_codes, late, received_at, status_since, deadline_at, deadline_rule, "
              "escalation_level, escalated_at, created_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {record.origin,
               record.region_code,
               record.election_kind,
               std::string(CaseStatusCode(record.status)),
               OptId(record.subject_employee_id),
               record.subject_name,
               record.subject_agency,
               record.subject_nip,
               record.summary,
               record.act_date,
               record.act_place,
               record.violation_codes_json,
               std::int64_t{record.late},
               record.received_at,
               record.status_since,
               OptId(record.deadline_at),
               record.deadline_rule,
               std::int64_t{record.escalation_level},
               record.escalated_at,
               record.created_by}));
    CaseRecord stored = record;
    stored.id = rows.Int(0, 0);
    NETRA_RETURN_IF_ERROR(WriteViolations(c, stored.id, codes));
    if (report) {
      ReportRecord first = *report;
      first.case_id = stored.id;
      NETRA_RETURN_IF_ERROR(InsertReport(c, first).status());
    }
    AuditEntry entry = audit;
    entry.case_id = stored.id;
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, std::move(entry)).status());
    return stored;
  });
}

Result<CaseRecord> SqlEnforcementStore::GetCase(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) { return ReadCase(c, id); });
}

Result<PageOf<CaseRecord>> SqlEnforcementStore::ListCases(const CaseFilter& filter, Page page) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  if (filter.statuses.size() > 32) return Invalid("Terlalu banyak status", "Too many statuses");
  NETRA_RETURN_IF_ERROR(CheckText(filter.violation_code, 40, "violation"));
  NETRA_RETURN_IF_ERROR(CheckText(filter.text, 200, "q"));
  NETRA_RETURN_IF_ERROR(CheckText(filter.origin, 20, "origin"));
  NETRA_RETURN_IF_ERROR(CheckText(filter.act_from, 10, "act_from"));
  NETRA_RETURN_IF_ERROR(CheckText(filter.act_to, 10, "act_to"));
  // The statement is assembled from constant fragments only (one cached
  // statement per combination of filters); user text is always a bound
  // parameter.
  const auto [lo, hi] = SubtreeRange(filter.region_scope);
  std::string where = " FROM cases WHERE region_code >= ? AND region_code < ?";
  std::vector<SqlParam> p = {lo, hi};
  if (filter.open_only) where += " AND status <> 'CLOSED'";
  if (!filter.statuses.empty()) {
    // One comma-separated parameter matched with LIKE, so the statement text
    // does not depend on how many statuses are asked for.
    std::string statuses;
    for (CaseStatus s : filter.statuses) statuses += std::string(",") + CaseStatusCode(s) + ",";
    where += " AND CAST(? AS TEXT) LIKE '%,' || status || ',%'";
    p.push_back(std::move(statuses));
  }
  if (filter.subject_employee_id) {
    where += " AND subject_employee_id = ?";
    p.push_back(*filter.subject_employee_id);
  }
  if (!filter.violation_code.empty()) {
    where += " AND id IN (SELECT case_id FROM case_violations WHERE code = ?)";
    p.push_back(filter.violation_code);
  }
  switch (filter.deadline) {
    case CaseDeadlineFilter::kAny:
      break;
    case CaseDeadlineFilter::kWithout:
      where += " AND deadline_at IS NULL";
      break;
    case CaseDeadlineFilter::kWithin:
      where += " AND deadline_at IS NOT NULL";
      if (filter.deadline_from) {
        where += " AND deadline_at >= ?";
        p.push_back(*filter.deadline_from);
      }
      if (filter.deadline_before) {
        where += " AND deadline_at < ?";
        p.push_back(*filter.deadline_before);
      }
      break;
  }
  if (!filter.text.empty()) {
    where +=
        " AND (lower(subject_name) LIKE ? ESCAPE '\\' OR subject_nip LIKE ? ESCAPE '\\' "
        "OR lower(summary) LIKE ? ESCAPE '\\')";
    const std::string pattern = ContainsPattern(filter.text);
    // A NIP is often typed in groups ("19860926 201505 2 001").
    std::string digits;
    for (char ch : filter.text) {
      if (ch != ' ') digits += ch;
    }
    const bool nip_like = !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char ch) {
      return ch >= '0' && ch <= '9';
    });
    p.push_back(pattern);
    p.push_back(nip_like ? ContainsPattern(digits) : pattern);
    p.push_back(pattern);
  }
  if (!filter.origin.empty()) {
    where += " AND origin = ?";
    p.push_back(filter.origin);
  }
  if (filter.late) {
    where += " AND late = ?";
    p.push_back(std::int64_t{*filter.late});
  }
  if (!filter.act_from.empty()) {
    where += " AND act_date >= ?";
    p.push_back(filter.act_from);
  }
  if (!filter.act_to.empty()) {
    where += " AND act_date <= ?";
    p.push_back(filter.act_to);
  }
  return executor_->Read(
      [&](SqlConnection& c) -> Result<PageOf<CaseRecord>> {
        NETRA_ASSIGN_OR_RETURN(SqlRows count, c.Run("SELECT COUNT(*)" + where, p));
        PageOf<CaseRecord> out;
        out.total = count.Int(0, 0);
        std::vector<SqlParam> list_params = p;
        list_params.push_back(ClampLimit(page.limit));
        list_params.push_back(std::int64_t{page.offset < 0 ? 0 : page.offset});
        const std::string list_sql =
            std::string("SELECT ") + kCaseColumns + where +
            " ORDER BY CASE WHEN deadline_at IS NULL THEN 1 ELSE 0 END, deadline_at, id "
            "LIMIT ? OFFSET ?";
        NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(list_sql, list_params));
        out.items = CasesOf(rows);
        return out;
      },
      /*snapshot=*/true);
}

Result<std::vector<CaseRecord>> SqlEnforcementStore::ListOpenCasesAbout(std::int64_t employee_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<CaseRecord>> {
    static const std::string sql = std::string("SELECT ") + kCaseColumns +
                                   " FROM cases WHERE subject_employee_id = ? AND status <> "
                                   "'CLOSED' ORDER BY id DESC LIMIT 50";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {employee_id}));
    return CasesOf(rows);
  });
}

Result<CaseRecord> SqlEnforcementStore::ApplyTransition(
    const TransitionRecord& t, const AuditEntry& audit,
    const std::vector<GeneratedDocument>& documents) {
  NETRA_RETURN_IF_ERROR(CheckText(t.fields_json, kJsonText, "fields"));
  NETRA_RETURN_IF_ERROR(CheckText(t.reason, kLongText, "reason"));
  NETRA_RETURN_IF_ERROR(CheckText(t.actor_name, kShortText, "actor_name"));
  std::optional<std::set<std::string>> codes;
  if (t.violation_codes_json) {
    NETRA_RETURN_IF_ERROR(CheckText(*t.violation_codes_json, kJsonText, "violation_codes"));
    NETRA_ASSIGN_OR_RETURN(codes, CodesOf(*t.violation_codes_json));
  }
  return executor_->Write([&](SqlConnection& c) -> Result<CaseRecord> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows moved,
        c.Run("UPDATE cases SET status = ?, status_since = ?, deadline_at = ?, deadline_rule = ?, "
              "escalation_level = 0, escalated_at = 0, "
              "violation_codes = COALESCE(CAST(? AS TEXT), violation_codes) "
              "WHERE id = ? AND status = ?",
              {std::string(CaseStatusCode(t.to)), t.at, OptId(t.deadline_at), t.deadline_rule,
               t.violation_codes_json ? SqlParam(*t.violation_codes_json) : SqlParam(nullptr),
               t.case_id, std::string(CaseStatusCode(t.from))}));
    if (moved.affected == 0) {
      NETRA_RETURN_IF_ERROR(ReadCase(c, t.case_id).status());
      return Status(ErrorCode::kConflict, "Status kasus sudah berubah; muat ulang lalu coba lagi",
                    "The case has moved on; reload and try again")
          .WithReason("case_moved");
    }
    if (codes) NETRA_RETURN_IF_ERROR(WriteViolations(c, t.case_id, *codes));
    NETRA_ASSIGN_OR_RETURN(
        SqlRows inserted,
        c.Run("INSERT INTO case_transitions (case_id, from_status, to_status, actor_user_id, "
              "actor_role, actor_name, at, fields, reason, deadline_at, deadline_rule) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {t.case_id, std::string(CaseStatusCode(t.from)), std::string(CaseStatusCode(t.to)),
               t.actor_user_id, t.actor_role, t.actor_name, t.at, t.fields_json, t.reason,
               OptId(t.deadline_at), t.deadline_rule}));
    const std::int64_t transition_id = inserted.Int(0, 0);
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, audit).status());
    for (const GeneratedDocument& doc : documents) {
      const CaseDocumentRecord& d = doc.record;
      NETRA_ASSIGN_OR_RETURN(SqlRows taken,
                             c.Run("SELECT id FROM case_documents WHERE number = ?", {d.number}));
      if (!taken.empty()) {
        return Status(ErrorCode::kAlreadyExists, "Nomor dokumen " + d.number + " sudah dipakai",
                      "Document number " + d.number + " is already taken");
      }
      NETRA_RETURN_IF_ERROR(
          c.Run("INSERT INTO case_documents (case_id, transition_id, kind, number, office_code, "
                "year, sequence, sha256, size, generated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {t.case_id, transition_id, d.kind, d.number, d.office_code, std::int64_t{d.year},
                 std::int64_t{d.sequence}, d.sha256, d.size, d.generated_at})
              .status());
      NETRA_RETURN_IF_ERROR(AppendAuditLink(c, doc.audit).status());
    }
    return ReadCase(c, t.case_id);
  });
}

Result<int> SqlEnforcementStore::NextDocumentSequence(const std::string& office_code, int year,
                                                      const std::string& kind) {
  NETRA_RETURN_IF_ERROR(CheckText(office_code, 40, "office_code"));
  NETRA_RETURN_IF_ERROR(CheckText(kind, 20, "kind"));
  return executor_->Write([&](SqlConnection& c) -> Result<int> {
    NETRA_RETURN_IF_ERROR(
        c.Run("INSERT INTO case_document_counters (office_code, year, kind, last_sequence) "
              "VALUES (?, ?, ?, 0) ON CONFLICT (office_code, year, kind) DO NOTHING",
              {office_code, std::int64_t{year}, kind})
            .status());
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("UPDATE case_document_counters SET last_sequence = last_sequence + 1 "
              "WHERE office_code = ? AND year = ? AND kind = ? RETURNING last_sequence",
              {office_code, std::int64_t{year}, kind}));
    if (rows.empty()) {
      return Status(ErrorCode::kInternal, "Penghitung nomor dokumen hilang",
                    "The document number counter is missing");
    }
    return static_cast<int>(rows.Int(0, 0));
  });
}

namespace {

constexpr const char* kDocumentColumns =
    "id, case_id, transition_id, kind, number, office_code, year, sequence, sha256, size, "
    "generated_at";

CaseDocumentRecord DocumentAt(const SqlRows& rows, std::size_t r) {
  CaseDocumentRecord d;
  d.id = rows.Int(r, 0);
  d.case_id = rows.Int(r, 1);
  d.transition_id = rows.Int(r, 2);
  d.kind = rows.Text(r, 3);
  d.number = rows.Text(r, 4);
  d.office_code = rows.Text(r, 5);
  d.year = static_cast<int>(rows.Int(r, 6));
  d.sequence = static_cast<int>(rows.Int(r, 7));
  d.sha256 = rows.Text(r, 8);
  d.size = rows.Int(r, 9);
  d.generated_at = rows.Int(r, 10);
  return d;
}

}  // namespace

Result<std::vector<CaseDocumentRecord>> SqlEnforcementStore::ListCaseDocuments(
    std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<CaseDocumentRecord>> {
    static const std::string sql = std::string("SELECT ") + kDocumentColumns +
                                   " FROM case_documents WHERE case_id = ? ORDER BY id";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
    std::vector<CaseDocumentRecord> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(DocumentAt(rows, r));
    return out;
  });
}

Result<CaseDocumentRecord> SqlEnforcementStore::GetCaseDocument(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<CaseDocumentRecord> {
    static const std::string sql =
        std::string("SELECT ") + kDocumentColumns + " FROM case_documents WHERE id = ?";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return Status(ErrorCode::kNotFound, "Dokumen tidak ditemukan", "Document not found");
    }
    return DocumentAt(rows, 0);
  });
}

Result<std::vector<TransitionRecord>> SqlEnforcementStore::ListTransitions(std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<TransitionRecord>> {
    static const std::string sql = std::string("SELECT ") + kTransitionColumns +
                                   " FROM case_transitions WHERE case_id = ? ORDER BY id";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
    std::vector<TransitionRecord> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(TransitionAt(rows, r));
    return out;
  });
}

Result<std::vector<CaseRecord>> SqlEnforcementStore::ListOverdue(CaseStatus status,
                                                                 std::int64_t now, int below_level,
                                                                 int limit) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<CaseRecord>> {
    static const std::string sql =
        std::string("SELECT ") + kCaseColumns +
        " FROM cases WHERE status = ? AND deadline_at < ? AND escalation_level < ? "
        "ORDER BY deadline_at, id LIMIT ?";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run(sql, {std::string(CaseStatusCode(status)), now,
                                       std::int64_t{below_level}, ClampLimit(limit)}));
    return CasesOf(rows);
  });
}

Status SqlEnforcementStore::SetEscalation(std::int64_t case_id, int level, std::int64_t at,
                                          const AuditEntry& audit) {
  return executor_->Write([&](SqlConnection& c) -> Status {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run("UPDATE cases SET escalation_level = ?, escalated_at = ? "
                                 "WHERE id = ? AND escalation_level < ?",
                                 {std::int64_t{level}, at, case_id, std::int64_t{level}}));
    if (rows.affected == 0) {
      return Status(ErrorCode::kConflict, "Eskalasi kasus sudah tercatat",
                    "The case's escalation is already recorded")
          .WithReason("already_escalated");
    }
    return AppendAuditLink(c, audit).status();
  });
}

// --- reports -----------------------------------------------------------------

Result<ReportRecord> SqlEnforcementStore::AddReport(const ReportRecord& report,
                                                    const AuditEntry& audit) {
  NETRA_RETURN_IF_ERROR(CheckReport(report));
  return executor_->Write([&](SqlConnection& c) -> Result<ReportRecord> {
    NETRA_RETURN_IF_ERROR(ReadCase(c, report.case_id).status());
    NETRA_ASSIGN_OR_RETURN(ReportRecord stored, InsertReport(c, report));
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, audit).status());
    return stored;
  });
}

Result<ReportRecord> SqlEnforcementStore::GetReport(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<ReportRecord> {
    static const std::string sql =
        std::string("SELECT ") + kReportColumns + " FROM reports WHERE id = ?";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return NotFound("Laporan #" + std::to_string(id), "Report #" + std::to_string(id));
    }
    return ReportAt(rows, 0);
  });
}

Result<ReportRecord> SqlEnforcementStore::GetReportByReceipt(const std::string& receipt_hash) {
  return executor_->Read([&](SqlConnection& c) -> Result<ReportRecord> {
    static const std::string sql =
        std::string("SELECT ") + kReportColumns + " FROM reports WHERE receipt_hash = ?";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {receipt_hash}));
    if (rows.empty()) return NotFound("Kode tanda terima", "Receipt code");
    return ReportAt(rows, 0);
  });
}

Result<std::vector<ReportRecord>> SqlEnforcementStore::ListReports(std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<ReportRecord>> {
    static const std::string sql =
        std::string("SELECT ") + kReportColumns + " FROM reports WHERE case_id = ? ORDER BY id";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
    std::vector<ReportRecord> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(ReportAt(rows, r));
    return out;
  });
}

// --- hearings, evidence, questions --------------------------------------------

Result<HearingRecord> SqlEnforcementStore::AddHearing(const HearingRecord& h,
                                                      const AuditEntry& audit) {
  NETRA_RETURN_IF_ERROR(CheckText(h.place, kShortText, "place"));
  NETRA_RETURN_IF_ERROR(CheckText(h.heard_json, kJsonText, "heard"));
  return executor_->Write([&](SqlConnection& c) -> Result<HearingRecord> {
    NETRA_RETURN_IF_ERROR(ReadCase(c, h.case_id).status());
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO hearings (case_id, held_at, place, heard, recorded_by, recorded_at) "
              "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
              {h.case_id, h.held_at, h.place, h.heard_json, h.recorded_by, h.recorded_at}));
    HearingRecord stored = h;
    stored.id = rows.Int(0, 0);
    AuditEntry entry = audit;
    entry.detail_json = "{\"hearing_id\":" + std::to_string(stored.id) + "}";
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, std::move(entry)).status());
    return stored;
  });
}

Result<std::vector<HearingRecord>> SqlEnforcementStore::ListHearings(std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<HearingRecord>> {
    static const std::string sql = std::string("SELECT ") + kHearingColumns +
                                   " FROM hearings WHERE case_id = ? ORDER BY held_at, id";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
    std::vector<HearingRecord> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(HearingAt(rows, r));
    return out;
  });
}

Result<EvidenceRecord> SqlEnforcementStore::AddEvidence(const EvidenceRecord& e,
                                                        const AuditEntry& audit) {
  NETRA_RETURN_IF_ERROR(CheckText(e.file_name, 255, "file_name"));
  NETRA_RETURN_IF_ERROR(CheckText(e.media_type, 100, "media_type"));
  return executor_->Write([&](SqlConnection& c) -> Result<EvidenceRecord> {
    NETRA_RETURN_IF_ERROR(ReadCase(c, e.case_id).status());
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO evidence (case_id, report_id, hearing_id, file_name, media_type, size, "
              "sha256, public_sha256, uploaded_by, uploaded_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
              {e.case_id, OptId(e.report_id), OptId(e.hearing_id), e.file_name, e.media_type,
               e.size, e.sha256, e.public_sha256, e.uploaded_by, e.uploaded_at}));
    EvidenceRecord stored = e;
    stored.id = rows.Int(0, 0);
    AuditEntry entry = audit;
    entry.detail_json =
        "{\"evidence_id\":" + std::to_string(stored.id) + ",\"sha256\":\"" + e.sha256 + "\"}";
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, std::move(entry)).status());
    return stored;
  });
}

Result<EvidenceRecord> SqlEnforcementStore::GetEvidence(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) -> Result<EvidenceRecord> {
    static const std::string sql =
        std::string("SELECT ") + kEvidenceColumns + " FROM evidence WHERE id = ?";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {id}));
    if (rows.empty()) {
      return NotFound("Bukti #" + std::to_string(id), "Evidence #" + std::to_string(id));
    }
    return EvidenceAt(rows, 0);
  });
}

Result<std::vector<EvidenceRecord>> SqlEnforcementStore::ListEvidence(std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<EvidenceRecord>> {
    static const std::string sql =
        std::string("SELECT ") + kEvidenceColumns + " FROM evidence WHERE case_id = ? ORDER BY id";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
    std::vector<EvidenceRecord> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(EvidenceAt(rows, r));
    return out;
  });
}

Result<QuestionRecord> SqlEnforcementStore::AddQuestion(const QuestionRecord& q,
                                                        const AuditEntry& audit) {
  NETRA_RETURN_IF_ERROR(CheckText(q.question, kLongText, "question"));
  return executor_->Write([&](SqlConnection& c) -> Result<QuestionRecord> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("INSERT INTO case_questions (case_id, report_id, question, asked_by, asked_at, "
              "answer, answered_at) VALUES (?, ?, ?, ?, ?, NULL, 0) RETURNING id",
              {q.case_id, q.report_id, q.question, q.asked_by, q.asked_at}));
    QuestionRecord stored = q;
    stored.id = rows.Int(0, 0);
    stored.answer.reset();
    stored.answered_at = 0;
    AuditEntry entry = audit;
    entry.detail_json = "{\"question_id\":" + std::to_string(stored.id) + "}";
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, std::move(entry)).status());
    return stored;
  });
}

Result<QuestionRecord> SqlEnforcementStore::AnswerQuestion(std::int64_t question_id,
                                                           const std::string& answer,
                                                           std::int64_t at,
                                                           const AuditEntry& audit) {
  NETRA_RETURN_IF_ERROR(CheckText(answer, kLongText, "answer"));
  return executor_->Write([&](SqlConnection& c) -> Result<QuestionRecord> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows,
                           c.Run("UPDATE case_questions SET answer = ?, answered_at = ? "
                                 "WHERE id = ? AND answer IS NULL",
                                 {answer, at, question_id}));
    if (rows.affected == 0) {
      NETRA_RETURN_IF_ERROR(ReadQuestion(c, question_id).status());
      return Status(ErrorCode::kConflict, "Pertanyaan ini sudah dijawab",
                    "This question has already been answered")
          .WithReason("already_answered");
    }
    NETRA_RETURN_IF_ERROR(AppendAuditLink(c, audit).status());
    return ReadQuestion(c, question_id);
  });
}

Result<QuestionRecord> SqlEnforcementStore::GetQuestion(std::int64_t id) {
  return executor_->Read([&](SqlConnection& c) { return ReadQuestion(c, id); });
}

Result<std::vector<QuestionRecord>> SqlEnforcementStore::ListQuestions(std::int64_t case_id) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<QuestionRecord>> {
    static const std::string sql = std::string("SELECT ") + kQuestionColumns +
                                   " FROM case_questions WHERE case_id = ? ORDER BY id";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {case_id}));
    std::vector<QuestionRecord> out;
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(QuestionAt(rows, r));
    return out;
  });
}

// --- sealing keys --------------------------------------------------------------

Result<RegionKeyRecord> SqlEnforcementStore::EnsureRegionKey(const RegionKeyRecord& key) {
  NETRA_RETURN_IF_ERROR(CheckScope(key.region_code));
  NETRA_RETURN_IF_ERROR(CheckText(key.public_key, 200, "public_key"));
  NETRA_RETURN_IF_ERROR(CheckText(key.sealed_secret_key, 400, "sealed_secret_key"));
  NETRA_RETURN_IF_ERROR(executor_->Write([&](SqlConnection& c) -> Status {
    return c
        .Run(
            "INSERT INTO region_keys (region_code, public_key, sealed_secret_key, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (region_code) DO NOTHING",
            {key.region_code, key.public_key, key.sealed_secret_key, key.created_at})
        .status();
  }));
  return GetRegionKey(key.region_code);
}

Result<RegionKeyRecord> SqlEnforcementStore::GetRegionKey(const std::string& region_code) {
  return executor_->Read([&](SqlConnection& c) -> Result<RegionKeyRecord> {
    NETRA_ASSIGN_OR_RETURN(
        SqlRows rows,
        c.Run("SELECT region_code, public_key, sealed_secret_key, created_at FROM region_keys "
              "WHERE region_code = ?",
              {region_code}));
    if (rows.empty()) {
      return NotFound("Kunci wilayah " + region_code, "Key of region " + region_code);
    }
    return RegionKeyRecord{rows.Text(0, 0), rows.Text(0, 1), rows.Text(0, 2), rows.Int(0, 3)};
  });
}

// --- audit chain ---------------------------------------------------------------

Result<AuditEntry> SqlEnforcementStore::AppendAudit(const AuditEntry& entry) {
  return executor_->Write([&](SqlConnection& c) { return AppendAuditLink(c, entry); });
}

Result<PageOf<AuditEntry>> SqlEnforcementStore::ListAudit(const AuditFilter& filter, Page page) {
  NETRA_RETURN_IF_ERROR(CheckScope(filter.region_scope));
  const auto [lo, hi] = SubtreeRange(filter.region_scope);
  return executor_->Read(
      [&](SqlConnection& c) -> Result<PageOf<AuditEntry>> {
        static const std::string where =
            " FROM audit_log WHERE region_code >= ? AND region_code < ? "
            "AND (CAST(? AS BIGINT) IS NULL OR case_id = CAST(? AS BIGINT))";
        std::vector<SqlParam> p = {lo, hi, OptId(filter.case_id), OptId(filter.case_id)};
        NETRA_ASSIGN_OR_RETURN(SqlRows count, c.Run("SELECT COUNT(*)" + where, p));
        PageOf<AuditEntry> out;
        out.total = count.Int(0, 0);
        p.push_back(ClampLimit(page.limit));
        p.push_back(std::int64_t{page.offset < 0 ? 0 : page.offset});
        static const std::string list_sql =
            std::string("SELECT ") + kAuditColumns + where + " ORDER BY seq DESC LIMIT ? OFFSET ?";
        NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(list_sql, p));
        for (std::size_t r = 0; r < rows.size(); ++r) out.items.push_back(AuditAt(rows, r));
        return out;
      },
      /*snapshot=*/true);
}

Result<std::vector<AuditEntry>> SqlEnforcementStore::ReadAuditChain(std::int64_t after_seq,
                                                                    int limit) {
  return executor_->Read([&](SqlConnection& c) -> Result<std::vector<AuditEntry>> {
    static const std::string sql = std::string("SELECT ") + kAuditColumns +
                                   " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?";
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run(sql, {after_seq, ClampLimit(limit)}));
    std::vector<AuditEntry> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(AuditAt(rows, r));
    return out;
  });
}

Result<AuditHead> SqlEnforcementStore::GetAuditHead() {
  return executor_->Read([&](SqlConnection& c) -> Result<AuditHead> {
    NETRA_ASSIGN_OR_RETURN(SqlRows rows, c.Run("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (rows.empty()) {
      return Status(ErrorCode::kInternal, "Kepala rantai audit hilang",
                    "The audit head row is missing");
    }
    return AuditHead{rows.Int(0, 0), rows.Text(0, 1)};
  });
}

}  // namespace netra::store_detail
