#include "service/report_service.h"

#include <sodium.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "service/case_support.h"
#include "service/evidence_files.h"
#include "service/password.h"

namespace netra {
namespace {

using case_support::AuditFor;
using case_support::CheckField;
using case_support::ParseYmd;
using nlohmann::json;

constexpr std::size_t kNameMax = 200;
constexpr std::size_t kPlaceMax = 500;
constexpr std::size_t kDescriptionMax = 10000;
constexpr std::size_t kAnswerMax = 5000;
constexpr std::size_t kMaxWitnesses = 20;
constexpr const char* kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

Status Invalid(const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, id, en);
}

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// Upper case without dashes or spaces, look-alikes mapped; "" when a character
// is not Crockford base 32.
std::string NormalizeReceipt(const std::string& code) {
  std::string out;
  for (char raw : code) {
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(raw)));
    if (c == '-' || c == ' ') continue;
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    if (std::string_view(kCrockford).find(c) == std::string_view::npos) return "";
    out += c;
  }
  return out.size() == 20 ? out : "";
}

Status CheckIdentity(const ReporterIdentity& who) {
  NETRA_RETURN_IF_ERROR(CheckField(who.name, kNameMax, "identity.name", true));
  if (who.nik.size() != 16 || !AllDigits(who.nik)) {
    return Invalid("NIK pelapor harus 16 angka", "The reporter's NIK must be 16 digits");
  }
  NETRA_RETURN_IF_ERROR(CheckField(who.address, kPlaceMax, "identity.address", true));
  NETRA_RETURN_IF_ERROR(CheckField(who.phone, 30, "identity.phone", true));
  for (char c : who.phone) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '+' && c != ' ' && c != '-') {
      return Invalid("Nomor telepon hanya boleh berisi angka, spasi, '+' dan '-'",
                     "The phone number holds only digits, spaces, '+' and '-'");
    }
  }
  return Status::Ok();
}

// The region whose Bawaslu handles an act at `code`: its regency/city, or the
// province itself for a province-level code.
std::string HandlingRegion(const std::string& code) {
  const std::size_t first = code.find('.');
  if (first == std::string::npos) return code;
  const std::size_t second = code.find('.', first + 1);
  return second == std::string::npos ? code : code.substr(0, second);
}

Status Throttled(const char* reason) {
  return Status(ErrorCode::kResourceExhausted,
                "Terlalu banyak percobaan dari alamat ini; coba lagi nanti",
                "Too many attempts from this address; try again later")
      .WithReason(reason);
}

}  // namespace

std::string NewReceiptCode() {
  unsigned char random[20];
  randombytes_buf(random, sizeof random);
  std::string code;
  for (int i = 0; i < 20; ++i) {
    if (i > 0 && i % 5 == 0) code += '-';
    code += kCrockford[random[i] & 31];  // 5 bits of each byte: 100 bits in all
  }
  return code;
}

std::string ReceiptHash(const std::string& receipt_code) {
  return Blake2bHex("netra-receipt-v1:" + NormalizeReceipt(receipt_code));
}

Result<EvidenceRecord> StoreEvidence(Store& store, const EnforcementEnv& env, const Caller& caller,
                                     const CaseRecord& target, EvidenceRecord row,
                                     std::string_view bytes, std::int64_t now) {
  if (bytes.size() > env.options().max_evidence_bytes) {
    return Status(ErrorCode::kInvalidArgument,
                  "Berkas bukti melebihi batas " +
                      std::to_string(env.options().max_evidence_bytes) + " bita",
                  "The evidence file exceeds the limit of " +
                      std::to_string(env.options().max_evidence_bytes) + " bytes")
        .WithReason("payload_too_large");
  }
  NETRA_RETURN_IF_ERROR(CheckField(row.file_name, 255, "file_name", true));
  NETRA_ASSIGN_OR_RETURN(row.media_type, SniffEvidenceType(bytes));
  // Stripped first: a file that only looks like an image is refused before
  // anything reaches the blob store.
  NETRA_ASSIGN_OR_RETURN(std::string stripped, StripLocationMetadata(bytes, row.media_type));
  NETRA_ASSIGN_OR_RETURN(BlobRef original, env.blobs().Put(bytes));
  NETRA_ASSIGN_OR_RETURN(BlobRef shown, env.blobs().Put(stripped));
  row.case_id = target.id;
  row.size = original.size;
  row.sha256 = original.sha256;
  row.public_sha256 = shown.sha256;
  row.uploaded_by = caller.user_id;
  row.uploaded_at = now;
  return store.enforcement().AddEvidence(
      row, AuditFor(caller, "evidence.add", target.region_code, target.id, "{}", now));
}

Result<ReportReceipt> ReportService::File(const NewReport& in, const std::string& client_address) {
  const std::int64_t now = clock_.Now();
  const EnforcementOptions& opt = env_.options();
  const std::string throttle_key = "report:" + client_address;
  NETRA_ASSIGN_OR_RETURN(std::int64_t recent, store_.CountLoginFailures(
                                                  throttle_key, now - opt.throttle_window_seconds));
  if (recent >= opt.max_reports_per_address) return Throttled("report_throttled");

  // Inputs, each named when wrong.
  if (!in.anonymous) NETRA_RETURN_IF_ERROR(CheckIdentity(in.identity));
  if (in.election_kind != "pilkada" && in.election_kind != "pemilu") {
    return Invalid("Jenis pemilihan harus \"pilkada\" atau \"pemilu\"",
                   "election_kind must be \"pilkada\" or \"pemilu\"");
  }
  NETRA_RETURN_IF_ERROR(CheckField(in.subject_name, kNameMax, "subject_name", true));
  NETRA_RETURN_IF_ERROR(CheckField(in.subject_agency, kNameMax, "subject_agency", false));
  if (!in.subject_nip.empty() && (in.subject_nip.size() != 18 || !AllDigits(in.subject_nip))) {
    return Invalid("NIP terlapor harus 18 angka", "subject_nip must be 18 digits");
  }
  NETRA_RETURN_IF_ERROR(CheckField(in.description, kDescriptionMax, "description", true));
  NETRA_RETURN_IF_ERROR(CheckField(in.act_place, kPlaceMax, "act_place", true));
  const std::optional<CivilDate> act = ParseYmd(in.act_date);
  if (!act)
    return Invalid("act_date harus tanggal YYYY-MM-DD", "act_date must be a YYYY-MM-DD date");
  const std::optional<CivilDate> known = in.known_date.empty() ? act : ParseYmd(in.known_date);
  if (!known) {
    return Invalid("known_date harus tanggal YYYY-MM-DD", "known_date must be a YYYY-MM-DD date");
  }
  if (DaysFromCivil(*known) < DaysFromCivil(*act)) {
    return Invalid("known_date tidak boleh sebelum act_date",
                   "known_date may not be before act_date");
  }
  if (in.witnesses.size() > kMaxWitnesses) {
    return Invalid("Paling banyak 20 saksi", "At most 20 witnesses");
  }
  json witnesses = json::array();
  for (const Witness& w : in.witnesses) {
    NETRA_RETURN_IF_ERROR(CheckField(w.name, kNameMax, "witnesses[].name", true));
    NETRA_RETURN_IF_ERROR(CheckField(w.contact, kNameMax, "witnesses[].contact", false));
    witnesses.push_back({{"name", w.name}, {"contact", w.contact}});
  }
  NETRA_RETURN_IF_ERROR(ParseRegionCode(in.region_code).status());
  const std::string region_code = HandlingRegion(in.region_code);
  NETRA_ASSIGN_OR_RETURN(Region region, store_.GetRegion(region_code));
  NETRA_RETURN_IF_ERROR(store_.GetRegion(in.region_code).status());
  const CivilDate today = LocalDate(now, region.time_zone);
  if (DaysFromCivil(*known) > DaysFromCivil(today)) {
    return Invalid("Tanggal kejadian tidak boleh di masa depan", "Dates may not lie in the future");
  }

  // The reporting window (D1 Pilkada, D5-report Pemilu) runs from the day the
  // act became known; a late report is accepted and flagged.
  bool late = false;
  if (const DeadlineRule* rule = env_.rules().Select({"D1", "D5-report"}, in.election_kind)) {
    NETRA_ASSIGN_OR_RETURN(std::int64_t window_end,
                           RuleDeadline(*rule, env_.calendar(),
                                        EndOfLocalDay(*known, region.time_zone), region.time_zone));
    late = now > window_end;
  }

  // The reported person, matched against employees: by NIP, else by a name
  // that is unique in the region.
  std::optional<Employee> subject;
  if (!in.subject_nip.empty()) {
    Result<Employee> by_nip = store_.GetEmployeeByNip(in.subject_nip);
    if (by_nip.ok()) subject = std::move(by_nip).value();
  } else {
    EmployeeFilter filter;
    filter.region_scope = region_code;
    filter.text = in.subject_name;
    NETRA_ASSIGN_OR_RETURN(PageOf<Employee> found, store_.ListEmployees(filter, {0, 2}));
    if (found.total == 1) subject = found.items.front();
  }

  ReportRecord report;
  report.region_code = region_code;
  report.anonymous = in.anonymous;
  if (!in.anonymous) {
    const json identity = {{"name", in.identity.name},
                           {"nik", in.identity.nik},
                           {"address", in.identity.address},
                           {"phone", in.identity.phone}};
    NETRA_ASSIGN_OR_RETURN(
        report.sealed_identity,
        env_.vault().Seal(store_.enforcement(), region_code, identity.dump(), now));
  }
  ReportReceipt receipt;
  receipt.receipt_code = NewReceiptCode();
  report.receipt_hash = ReceiptHash(receipt.receipt_code);
  report.subject_name = in.subject_name;
  report.subject_agency = in.subject_agency;
  report.subject_nip = in.subject_nip;
  report.description = in.description;
  report.act_date = case_support::FormatYmd(*act);
  report.known_date = case_support::FormatYmd(*known);
  report.act_place = in.act_place;
  report.witnesses_json = witnesses.dump();
  report.late = late;
  report.received_at = now;
  receipt.late = late;
  receipt.received_at = now;

  const Caller reporter = Caller::Public();
  const json detail = {{"late", late}, {"anonymous", in.anonymous}};
  EnforcementStore& enf = store_.enforcement();
  if (subject) {
    NETRA_ASSIGN_OR_RETURN(std::vector<CaseRecord> open, enf.ListOpenCasesAbout(subject->id));
    for (const CaseRecord& existing : open) {
      if (existing.region_code != region_code ||
          !case_support::IsSameMatter(existing, subject->id, *act, env_.duplicates())) {
        continue;
      }
      report.case_id = existing.id;
      NETRA_ASSIGN_OR_RETURN(ReportRecord stored,
                             enf.AddReport(report, AuditFor(reporter, "report.joined", region_code,
                                                            existing.id, detail.dump(), now)));
      NETRA_RETURN_IF_ERROR(store_.RecordLoginFailure(throttle_key, now));
      receipt.case_id = existing.id;
      receipt.origin = existing.origin;
      receipt.report_id = stored.id;
      receipt.joined_existing = true;
      return receipt;
    }
  }

  CaseRecord c;
  c.origin = "report";
  c.region_code = region_code;
  c.election_kind = in.election_kind;
  c.status = CaseStatus::kReceived;
  if (subject) c.subject_employee_id = subject->id;
  c.subject_name = subject ? subject->name : in.subject_name;
  c.subject_agency = in.subject_agency;
  c.subject_nip = subject && subject->nip ? *subject->nip : in.subject_nip;
  c.summary = in.description.substr(0, 500);
  c.act_date = report.act_date;
  c.act_place = in.act_place;
  c.late = late;
  c.received_at = now;
  c.status_since = now;
  // Bawaslu's follow-up counts from receipt (UU Pilkada Pasal 134(5)): the
  // receipt-based deadlines of registration run from the moment of filing.
  const CaseTransition* registration =
      FindCaseTransition(CaseStatus::kInitialReview, CaseStatus::kRegistered);
  std::vector<DeadlineRef> from_receipt;
  for (const DeadlineRef& ref : registration->deadlines) {
    if (ref.from == DeadlineFrom::kReceipt) from_receipt.push_back(ref);
  }
  NETRA_ASSIGN_OR_RETURN(
      auto deadline,
      case_support::DeadlineFor(env_, from_receipt, c.election_kind, now, now, region.time_zone));
  if (deadline) {
    c.deadline_at = deadline->at;
    c.deadline_rule = deadline->rule;
  }
  NETRA_ASSIGN_OR_RETURN(CaseRecord created,
                         enf.CreateCase(c, report,
                                        AuditFor(reporter, "report.received", region_code,
                                                 std::nullopt, detail.dump(), now)));
  NETRA_RETURN_IF_ERROR(store_.RecordLoginFailure(throttle_key, now));
  NETRA_ASSIGN_OR_RETURN(ReportRecord stored, enf.GetReportByReceipt(report.receipt_hash));
  receipt.case_id = created.id;
  receipt.report_id = stored.id;
  return receipt;
}

Result<ReportRecord> ReportService::Lookup(const std::string& receipt_code,
                                           const std::string& client_address) {
  const std::int64_t now = clock_.Now();
  const std::string key = "receipt:" + client_address;
  NETRA_ASSIGN_OR_RETURN(
      std::int64_t failures,
      store_.CountLoginFailures(key, now - env_.options().throttle_window_seconds));
  if (failures >= env_.options().max_receipt_failures) return Throttled("receipt_throttled");
  Result<ReportRecord> report =
      NormalizeReceipt(receipt_code).empty()
          ? Result<ReportRecord>(Status(ErrorCode::kNotFound, ""))
          : store_.enforcement().GetReportByReceipt(ReceiptHash(receipt_code));
  if (!report.ok() && report.status().code() == ErrorCode::kNotFound) {
    NETRA_RETURN_IF_ERROR(store_.RecordLoginFailure(key, now));
    return Status(ErrorCode::kNotFound, "Kode tanda terima tidak dikenal", "Unknown receipt code");
  }
  return report;
}

Result<ReceiptView> ReportService::Track(const std::string& receipt_code,
                                         const std::string& client_address) {
  NETRA_ASSIGN_OR_RETURN(ReportRecord report, Lookup(receipt_code, client_address));
  EnforcementStore& enf = store_.enforcement();
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, enf.GetCase(report.case_id));
  ReceiptView view;
  view.case_id = c.id;
  view.origin = c.origin;
  view.status = c.status;
  view.status_since = c.status_since;
  view.received_at = report.received_at;
  view.late = report.late;
  view.steps.push_back({CaseStatus::kReceived, c.received_at});
  NETRA_ASSIGN_OR_RETURN(std::vector<TransitionRecord> moves, enf.ListTransitions(c.id));
  for (const TransitionRecord& t : moves) view.steps.push_back({t.to, t.at});
  NETRA_ASSIGN_OR_RETURN(std::vector<QuestionRecord> questions, enf.ListQuestions(c.id));
  for (QuestionRecord& q : questions) {
    if (q.report_id == report.id) view.questions.push_back(std::move(q));
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<EvidenceRecord> files, enf.ListEvidence(c.id));
  for (const EvidenceRecord& e : files) {
    if (e.report_id == report.id) ++view.evidence_files;
  }
  return view;
}

Result<QuestionRecord> ReportService::Answer(const std::string& receipt_code,
                                             std::int64_t question_id, const std::string& answer,
                                             const std::string& client_address) {
  NETRA_RETURN_IF_ERROR(CheckField(answer, kAnswerMax, "answer", true));
  NETRA_ASSIGN_OR_RETURN(ReportRecord report, Lookup(receipt_code, client_address));
  EnforcementStore& enf = store_.enforcement();
  Result<QuestionRecord> question = enf.GetQuestion(question_id);
  if (!question.ok() || question->report_id != report.id) {
    return Status(ErrorCode::kNotFound, "Pertanyaan tidak ditemukan", "Question not found");
  }
  const std::int64_t now = clock_.Now();
  return enf.AnswerQuestion(
      question_id, answer, now,
      AuditFor(Caller::Public(), "question.answered", report.region_code, report.case_id,
               json{{"question_id", question_id}}.dump(), now));
}

Result<EvidenceRecord> ReportService::AddEvidence(const std::string& receipt_code,
                                                  const std::string& file_name,
                                                  std::string_view bytes,
                                                  const std::string& client_address) {
  NETRA_ASSIGN_OR_RETURN(ReportRecord report, Lookup(receipt_code, client_address));
  EnforcementStore& enf = store_.enforcement();
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, enf.GetCase(report.case_id));
  NETRA_ASSIGN_OR_RETURN(std::vector<EvidenceRecord> files, enf.ListEvidence(c.id));
  int mine = 0;
  for (const EvidenceRecord& e : files) mine += e.report_id == report.id ? 1 : 0;
  if (mine >= env_.options().max_evidence_per_report) {
    return Status(ErrorCode::kResourceExhausted,
                  "Batas jumlah berkas bukti per laporan sudah tercapai",
                  "This report already has the most evidence files allowed");
  }
  EvidenceRecord row;
  row.report_id = report.id;
  row.file_name = file_name;
  return StoreEvidence(store_, env_, Caller::Public(), c, std::move(row), bytes, clock_.Now());
}

}  // namespace netra
