#include "service/case_paperwork.h"

#include <nlohmann/json.hpp>

#include "docs/case_documents.h"
#include "domain/violation_catalog.h"
#include "domain/working_days.h"

namespace netra::case_paperwork {
namespace {

using nlohmann::json;

// The shipped catalog, parsed once: it is compiled in and never changes.
const Result<ViolationCatalog>& Catalog() {
  static const Result<ViolationCatalog> catalog = LoadShippedViolationCatalog();
  return catalog;
}

std::string Field(const MoveFacts& f, const char* name) {
  const auto it = f.fields.find(name);
  return it == f.fields.end() ? std::string() : it->second;
}

CaseDocumentHeader HeaderOf(const std::string& number, const MoveFacts& f) {
  CaseDocumentHeader h;
  h.office_name = "Badan Pengawas Pemilihan Umum " + f.region.name;
  h.document_number = number;
  h.case_number = f.case_number;
  h.issued_at = f.now;
  h.zone = f.region.time_zone;
  h.place = f.region.name;
  return h;
}

Officer OfficerOf(const MoveFacts& f) {
  return Officer{f.officer, "Pengawas, Bawaslu " + f.region.name};
}

// "terlapor" → "Terlapor".
std::string Capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

Result<std::vector<CitedViolation>> Cited(const MoveFacts& f) {
  const Result<ViolationCatalog>& loaded = Catalog();
  if (!loaded.ok()) return loaded.status();
  const ViolationCatalog& catalog = *loaded;
  std::vector<CitedViolation> out;
  const json codes = json::parse(f.violation_codes_json, nullptr, /*allow_exceptions=*/false);
  if (codes.is_array()) {
    for (const json& code : codes) {
      if (!code.is_string()) continue;
      const std::string c = code.get<std::string>();
      const Violation* v = catalog.Find(c, f.record.act_date);
      if (v == nullptr) {
        return Status(
            ErrorCode::kInvalidArgument,
            "Kode pelanggaran " + c + " tidak berlaku pada tanggal perbuatan " + f.record.act_date,
            "Violation code " + c + " is not in force on the act date " + f.record.act_date);
      }
      out.push_back({v->code, v->title, v->legal_basis});
    }
  }
  const std::string articles = Field(f, "criminal_articles");
  if (!articles.empty()) out.push_back({"PIDANA", "Dugaan tindak pidana pemilihan", {articles}});
  return out;
}

Result<std::string> ClarificationPdf(const std::string& number, const MoveFacts& f) {
  if (f.hearings.empty()) {
    return Status(
               ErrorCode::kFailedPrecondition,
               "Catat klarifikasi (pihak yang didengar) sebelum membuat berita acara klarifikasi",
               "Record the clarification hearing (who was heard) before the clarification "
               "record is made")
        .WithReason("hearing_missing");
  }
  ClarificationRecord doc;
  doc.header = HeaderOf(number, f);
  const HearingRecord& last = f.hearings.back();
  doc.held_at = last.held_at;
  doc.location = last.place;
  for (const HearingRecord& h : f.hearings) {
    const json heard = json::parse(h.heard_json, nullptr, /*allow_exceptions=*/false);
    if (!heard.is_array()) continue;
    for (const json& p : heard) {
      if (!p.is_object()) continue;
      const std::string name = p.value("name", "");
      doc.heard.push_back({name, Capitalized(p.value("capacity", "")), "", ""});
      doc.statements.push_back({name, p.value("statement", "")});
    }
  }
  doc.officers.push_back(OfficerOf(f));
  return RenderClarificationRecordPdf(doc);
}

bool ConcludesViolation(CaseStatus to) {
  return to == CaseStatus::kForwardedBkn || to == CaseStatus::kForwardedGakkumdu ||
         to == CaseStatus::kForwardedRegent;
}

Result<std::string> StudyPdf(const std::string& number, const MoveFacts& f) {
  StudyDocument doc;
  doc.header = HeaderOf(number, f);
  doc.reported_name = f.record.subject_name;
  doc.reported_identity = f.record.subject_nip;
  doc.reported_position = f.record.subject_agency;
  doc.facts.push_back(f.record.summary);
  doc.facts.push_back("Peristiwa terjadi pada " + f.record.act_date + " di " + f.record.act_place +
                      ".");
  const std::string record = Field(f, "clarification_record");
  if (!record.empty()) doc.facts.push_back(record);
  doc.analysis.push_back(Field(f, "study_conclusion"));
  doc.is_violation = ConcludesViolation(f.to);
  if (doc.is_violation) {
    NETRA_ASSIGN_OR_RETURN(doc.violations, Cited(f));
    if (doc.violations.empty()) {
      return Status(ErrorCode::kInvalidArgument,
                    "Kajian yang menyimpulkan pelanggaran harus menyebut kode pelanggaran "
                    "(violation_codes)",
                    "A study that concludes a violation must name the violation codes "
                    "(violation_codes)")
          .WithReason("violation_codes_required");
    }
  }
  const std::string reason = Field(f, "reason");
  doc.conclusion = Field(f, "study_conclusion") + (reason.empty() ? "" : " " + reason) +
                   " (rapat pleno " + Field(f, "plenary_date") + ")";
  doc.officers.push_back(OfficerOf(f));
  return RenderStudyPdf(doc);
}

Result<std::string> RecommendationPdf(const std::string& number, const MoveFacts& f) {
  RecommendationLetter doc;
  doc.header = HeaderOf(number, f);
  doc.recipient = RecommendationRecipient::kBkn;
  doc.recipient_name = "Kepala Badan Kepegawaian Negara";
  doc.recipient_address = "Jakarta";
  doc.subject = "Rekomendasi pelanggaran netralitas Aparatur Sipil Negara";
  doc.reported_name = f.record.subject_name;
  doc.reported_identity = f.record.subject_nip;
  doc.reported_agency = f.record.subject_agency;
  NETRA_ASSIGN_OR_RETURN(doc.violations, Cited(f));
  doc.recommendations.push_back(
      "Memeriksa dan menjatuhkan sanksi kepada yang bersangkutan sesuai ketentuan peraturan "
      "perundang-undangan.");
  doc.recommendations.push_back("Kesimpulan kajian: " + Field(f, "study_conclusion"));
  doc.signatory = OfficerOf(f);
  doc.copies_to.push_back("Bawaslu Republik Indonesia");
  return RenderRecommendationPdf(doc);
}

}  // namespace

std::vector<std::string> GeneratedKinds(const CaseTransition& move) {
  std::vector<std::string> out;
  for (std::string_view name : move.documents) {
    if (name == "berita acara klarifikasi") {
      out.push_back(CaseDocumentKindCode(CaseDocumentKind::kClarificationRecord));
    } else if (name == "kajian") {
      out.push_back(CaseDocumentKindCode(CaseDocumentKind::kStudy));
    } else if (name == "surat rekomendasi") {
      out.push_back(CaseDocumentKindCode(CaseDocumentKind::kRecommendation));
    }
  }
  return out;
}

std::string OfficeCode(const std::string& region_code) {
  const std::size_t first = region_code.find('.');
  if (first == std::string::npos) return region_code;
  const std::size_t second = region_code.find('.', first + 1);
  return second == std::string::npos ? region_code : region_code.substr(0, second);
}

namespace {

CaseDocumentKind KindOf(const std::string& code) {
  if (code == CaseDocumentKindCode(CaseDocumentKind::kClarificationRecord)) {
    return CaseDocumentKind::kClarificationRecord;
  }
  if (code == CaseDocumentKindCode(CaseDocumentKind::kStudy)) return CaseDocumentKind::kStudy;
  return CaseDocumentKind::kRecommendation;
}

}  // namespace

Result<std::string> DocumentNumber(const std::string& kind, int sequence, const MoveFacts& f) {
  const CivilDate today = LocalDate(f.now, f.region.time_zone);
  DocumentNumberInput in;
  in.sequence = sequence;
  in.kind = KindOf(kind);
  in.election_kind = f.record.election_kind;
  in.office_region_code = OfficeCode(f.record.region_code);
  in.year = today.year;
  in.month = today.month;
  return FormatCaseDocumentNumber(in);
}

Result<std::string> Render(const std::string& kind, const std::string& number,
                           const MoveFacts& facts) {
  switch (KindOf(kind)) {
    case CaseDocumentKind::kClarificationRecord:
      return ClarificationPdf(number, facts);
    case CaseDocumentKind::kStudy:
      return StudyPdf(number, facts);
    case CaseDocumentKind::kRecommendation:
      return RecommendationPdf(number, facts);
  }
  return Status(ErrorCode::kInternal, "Jenis dokumen tidak dikenal", "Unknown document kind");
}

}  // namespace netra::case_paperwork
