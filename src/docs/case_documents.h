// The documents of a neutrality case (domain.md §4.4) as A4 PDFs (cairo,
// DejaVu Sans, via PdfWriter): the clarification record (berita acara
// klarifikasi), the study (kajian) and the recommendation letter (surat
// rekomendasi) to BKN, the PPK or Sentra Gakkumdu. Pure: plain structs in,
// PDF bytes out; thread-safe.
//
// Document numbers follow the shape of Bawaslu's register numbers (domain.md
// §5.6, semantics unconfirmed): "012/REK/PK/Kab/35.13/XI/2024" = sequence,
// document kind, election (PL Pemilu as observed; PK Pilkada is Netra's choice,
// no Pilkada number was observed), level (RI, Prov, Kab), the office's region
// code (Kemendagri's, not Bawaslu's own area code), month in Roman numerals and
// year. The sequence is counted per office, year and kind by the caller.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/region.h"

namespace netra {

enum class CaseDocumentKind { kClarificationRecord, kStudy, kRecommendation };
// "BA-KLA", "KAJ", "REK": the kind segment of a document number.
const char* CaseDocumentKindCode(CaseDocumentKind kind);

// "I" .. "XII"; "" outside 1..12.
std::string RomanMonth(int month);

struct DocumentNumberInput {
  int sequence = 0;  // 1..999999, printed with at least 3 digits
  CaseDocumentKind kind = CaseDocumentKind::kRecommendation;
  std::string election_kind;       // "pilkada" | "pemilu"
  std::string office_region_code;  // "" Bawaslu RI, "35" province, "35.13" regency/city
  int year = 0;                    // 2000..2999
  int month = 0;                   // 1..12
};

// The number, or kInvalidArgument naming the bad field.
Result<std::string> FormatCaseDocumentNumber(const DocumentNumberInput& input);

struct Officer {
  std::string name;
  std::string position;  // "Anggota Bawaslu Kabupaten Probolinggo"
};

// Header shared by all three documents.
struct CaseDocumentHeader {
  std::string office_name;  // "Badan Pengawas Pemilihan Umum Kabupaten Probolinggo"
  std::string office_address;
  std::string document_number;  // FormatCaseDocumentNumber
  std::string case_number;      // the register number of the report/finding
  std::int64_t issued_at = 0;   // unix seconds
  TimeZone zone = TimeZone::kWib;
  std::string place;  // city where it is made: "Kraksaan"
};

struct HeardPerson {
  std::string name;
  std::string role;      // "Pelapor", "Terlapor", "Saksi"
  std::string identity;  // NIP or NIK, may be empty
  std::string position;  // job or address, may be empty
};

struct Statement {
  std::string speaker;  // a HeardPerson's name
  std::string text;
};

struct ClarificationRecord {
  CaseDocumentHeader header;
  std::int64_t held_at = 0;  // when the hearing took place
  std::string location;      // "Kantor Bawaslu Kabupaten Probolinggo, Jl. ..."
  std::vector<HeardPerson> heard;
  std::vector<Statement> statements;
  std::vector<Officer> officers;
};

struct CitedViolation {
  std::string code;   // "SOC-LIKE"
  std::string title;  // Indonesian
  std::vector<std::string> legal_basis;
};

struct StudyDocument {
  CaseDocumentHeader header;
  std::string reported_name;
  std::string reported_identity;      // NIP
  std::string reported_position;      // "Kepala Dinas Kesehatan"
  std::vector<std::string> facts;     // one paragraph each
  std::vector<std::string> analysis;  // one paragraph each
  std::vector<CitedViolation> violations;
  bool is_violation = true;  // the conclusion: violation or not
  std::string conclusion;
  std::vector<Officer> officers;
};

enum class RecommendationRecipient { kBkn, kPpk, kGakkumdu };
const char* RecommendationRecipientName(RecommendationRecipient r);  // "BKN", "PPK", "GAKKUMDU"

struct RecommendationLetter {
  CaseDocumentHeader header;
  RecommendationRecipient recipient = RecommendationRecipient::kBkn;
  std::string recipient_name;     // "Kepala Badan Kepegawaian Negara"
  std::string recipient_address;  // "Jakarta"
  std::string subject;            // perihal
  std::string reported_name;
  std::string reported_identity;
  std::string reported_position;
  std::string reported_agency;
  std::vector<CitedViolation> violations;
  std::vector<std::string> recommendations;  // numbered points
  Officer signatory;
  std::vector<std::string> copies_to;  // tembusan
};

// Each renders one document. kInvalidArgument naming the first missing field
// (office name, document and case numbers, place, an officer or heard person
// without a name, no violation cited in a recommendation, ...); kInternal when
// cairo fails.
Result<std::string> RenderClarificationRecordPdf(const ClarificationRecord& doc);
Result<std::string> RenderStudyPdf(const StudyDocument& doc);
Result<std::string> RenderRecommendationPdf(const RecommendationLetter& doc);

}  // namespace netra
