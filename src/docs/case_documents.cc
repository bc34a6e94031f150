#include "docs/case_documents.h"

#include <array>
#include <cstdio>

#include "docs/certificate_pdf.h"
#include "docs/pdf_writer.h"
#include "domain/working_days.h"

namespace netra {
namespace {

constexpr std::array<const char*, 12> kMonths = {"Januari",   "Februari", "Maret",    "April",
                                                 "Mei",       "Juni",     "Juli",     "Agustus",
                                                 "September", "Oktober",  "November", "Desember"};
constexpr std::array<const char*, 7> kDays = {"Minggu", "Senin", "Selasa", "Rabu",
                                              "Kamis",  "Jumat", "Sabtu"};

std::string IndonesianDate(std::int64_t instant, TimeZone zone) {
  const CivilDate d = LocalDate(instant, zone);
  return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

std::string DayName(std::int64_t instant, TimeZone zone) {
  return kDays[DayOfWeek(LocalDate(instant, zone))];
}

std::string IsoUtc(std::int64_t instant) {
  const CivilDate d = CivilFromDays(instant >= 0 ? instant / 86400 : (instant - 86399) / 86400);
  char buf[32];
  const std::int64_t rem = ((instant % 86400) + 86400) % 86400;
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year, d.month, d.day,
                static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60),
                static_cast<int>(rem % 60));
  return buf;
}

Status Missing(const std::string& field) {
  return Status(ErrorCode::kInvalidArgument, field + " wajib diisi", field + " is required");
}

Status CheckHeader(const CaseDocumentHeader& h) {
  if (h.office_name.empty()) return Missing("header.office_name");
  if (h.document_number.empty()) return Missing("header.document_number");
  if (h.case_number.empty()) return Missing("header.case_number");
  if (h.place.empty()) return Missing("header.place");
  if (h.issued_at <= 0) return Missing("header.issued_at");
  return Status::Ok();
}

Status CheckOfficers(const std::vector<Officer>& officers, const std::string& field) {
  if (officers.empty()) return Missing(field);
  for (std::size_t i = 0; i < officers.size(); ++i) {
    if (officers[i].name.empty()) return Missing(field + "[" + std::to_string(i) + "].name");
  }
  return Status::Ok();
}

void Letterhead(PdfWriter& w, const CaseDocumentHeader& h) {
  w.Centered("BADAN PENGAWAS PEMILIHAN UMUM", 13, true);
  w.Centered(h.office_name, 11, true);
  if (!h.office_address.empty()) w.Centered(h.office_address, 9, false);
  w.Rule();
  w.Gap(6);
}

PdfMetadata Metadata(const std::string& title, const CaseDocumentHeader& h) {
  return {title + " " + h.document_number, "Perkara " + h.case_number,
          "netra-case-document " + h.document_number, IsoUtc(h.issued_at)};
}

void Violations(PdfWriter& w, const std::vector<CitedViolation>& violations) {
  int n = 1;
  for (const CitedViolation& v : violations) {
    std::string basis;
    for (const std::string& b : v.legal_basis) basis += (basis.empty() ? "" : "; ") + b;
    w.Paragraph(std::to_string(n++) + ". " + v.code + " — " + v.title +
                (basis.empty() ? "" : " (" + basis + ")"));
  }
}

void Closing(PdfWriter& w, const CaseDocumentHeader& h) {
  w.Gap(10);
  w.Paragraph(h.place + ", " + IndonesianDate(h.issued_at, h.zone));
}

std::vector<std::pair<std::string, std::string>> OfficerBlocks(const std::vector<Officer>& os) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Officer& o : os) out.emplace_back(o.position, o.name);
  return out;
}

}  // namespace

const char* CaseDocumentKindCode(CaseDocumentKind kind) {
  switch (kind) {
    case CaseDocumentKind::kClarificationRecord:
      return "BA-KLA";
    case CaseDocumentKind::kStudy:
      return "KAJ";
    case CaseDocumentKind::kRecommendation:
      return "REK";
  }
  return "REK";
}

std::string RomanMonth(int month) {
  static constexpr std::array<const char*, 12> kRoman = {"I",   "II",   "III", "IV", "V",  "VI",
                                                         "VII", "VIII", "IX",  "X",  "XI", "XII"};
  if (month < 1 || month > 12) return "";
  return kRoman[month - 1];
}

Result<std::string> FormatCaseDocumentNumber(const DocumentNumberInput& in) {
  const auto bad = [](const std::string& field, const std::string& id, const std::string& en) {
    return Status(ErrorCode::kInvalidArgument, "Nomor dokumen: " + field + " " + id,
                  "Document number: " + field + " " + en);
  };
  if (in.sequence < 1 || in.sequence > 999999) {
    return bad("sequence", "harus 1..999999", "must be 1..999999");
  }
  std::string election;
  if (in.election_kind == "pilkada") {
    election = "PK";
  } else if (in.election_kind == "pemilu") {
    election = "PL";
  } else {
    return bad("election_kind", "harus pilkada atau pemilu", "must be pilkada or pemilu");
  }
  std::string level = "RI";
  if (!in.office_region_code.empty()) {
    const Result<RegionLevel> region = ParseRegionCode(in.office_region_code);
    if (!region.ok() || *region == RegionLevel::kDistrict || *region == RegionLevel::kVillage) {
      return bad("office_region_code", "harus kode provinsi atau kabupaten/kota",
                 "must be a province or regency/city code");
    }
    level = *region == RegionLevel::kProvince ? "Prov" : "Kab";
  }
  if (in.year < 2000 || in.year > 2999)
    return bad("year", "harus 2000..2999", "must be 2000..2999");
  if (in.month < 1 || in.month > 12) return bad("month", "harus 1..12", "must be 1..12");
  std::string seq = std::to_string(in.sequence);
  if (seq.size() < 3) seq.insert(0, 3 - seq.size(), '0');
  std::string out = seq + "/" + CaseDocumentKindCode(in.kind) + "/" + election + "/" + level;
  if (!in.office_region_code.empty()) out += "/" + in.office_region_code;
  return out + "/" + RomanMonth(in.month) + "/" + std::to_string(in.year);
}

const char* RecommendationRecipientName(RecommendationRecipient r) {
  switch (r) {
    case RecommendationRecipient::kBkn:
      return "BKN";
    case RecommendationRecipient::kPpk:
      return "PPK";
    case RecommendationRecipient::kGakkumdu:
      return "GAKKUMDU";
  }
  return "BKN";
}

Result<std::string> RenderClarificationRecordPdf(const ClarificationRecord& doc) {
  const CaseDocumentHeader& h = doc.header;
  NETRA_RETURN_IF_ERROR(CheckHeader(h));
  if (doc.location.empty()) return Missing("location");
  if (doc.held_at <= 0) return Missing("held_at");
  if (doc.heard.empty()) return Missing("heard");
  for (std::size_t i = 0; i < doc.heard.size(); ++i) {
    if (doc.heard[i].name.empty()) return Missing("heard[" + std::to_string(i) + "].name");
  }
  NETRA_RETURN_IF_ERROR(CheckOfficers(doc.officers, "officers"));

  PdfWriter w(Metadata("Berita Acara Klarifikasi", h));
  Letterhead(w, h);
  w.Centered("BERITA ACARA KLARIFIKASI", 12, true);
  w.Centered("Nomor: " + h.document_number, 10, false);
  w.Gap(10);
  w.Paragraph("Pada hari ini, " + DayName(doc.held_at, h.zone) + ", tanggal " +
              FormatIndonesianDateTime(doc.held_at, h.zone) + ", bertempat di " + doc.location +
              ", kami yang bertanda tangan di bawah ini telah melakukan klarifikasi atas "
              "perkara dugaan pelanggaran netralitas ASN nomor " +
              h.case_number + " terhadap:");
  w.Gap(4);
  int n = 1;
  for (const HeardPerson& p : doc.heard) {
    w.Paragraph(std::to_string(n++) + ". " + p.name + " (" + p.role + ")", 10.5, true);
    if (!p.identity.empty()) w.Field("   NIP/NIK", p.identity);
    if (!p.position.empty()) w.Field("   Jabatan/alamat", p.position);
  }
  w.Gap(8);
  w.Paragraph("Keterangan yang diberikan:", 10.5, true);
  n = 1;
  for (const Statement& s : doc.statements) {
    w.Paragraph(std::to_string(n++) + ". " + s.speaker + ": " + s.text);
  }
  w.Gap(8);
  w.Paragraph(
      "Demikian berita acara ini dibuat dengan sebenarnya, dibacakan kembali kepada yang "
      "memberi keterangan, dan ditandatangani bersama.");
  Closing(w, h);
  std::vector<std::pair<std::string, std::string>> blocks;
  for (const HeardPerson& p : doc.heard)
    blocks.emplace_back("Yang memberi keterangan (" + p.role + ")", p.name);
  for (const auto& b : OfficerBlocks(doc.officers)) blocks.push_back(b);
  w.Signatures(blocks);
  return w.Finish();
}

Result<std::string> RenderStudyPdf(const StudyDocument& doc) {
  const CaseDocumentHeader& h = doc.header;
  NETRA_RETURN_IF_ERROR(CheckHeader(h));
  if (doc.reported_name.empty()) return Missing("reported_name");
  if (doc.facts.empty()) return Missing("facts");
  if (doc.analysis.empty()) return Missing("analysis");
  if (doc.is_violation && doc.violations.empty()) return Missing("violations");
  if (doc.conclusion.empty()) return Missing("conclusion");
  NETRA_RETURN_IF_ERROR(CheckOfficers(doc.officers, "officers"));

  PdfWriter w(Metadata("Kajian", h));
  Letterhead(w, h);
  w.Centered("KAJIAN DUGAAN PELANGGARAN NETRALITAS ASN", 12, true);
  w.Centered("Nomor: " + h.document_number, 10, false);
  w.Gap(10);
  w.Field("Nomor perkara", h.case_number);
  w.Field("Terlapor", doc.reported_name);
  if (!doc.reported_identity.empty()) w.Field("NIP", doc.reported_identity);
  if (!doc.reported_position.empty()) w.Field("Jabatan", doc.reported_position);
  w.Gap(8);
  w.Paragraph("I. FAKTA", 10.5, true);
  int n = 1;
  for (const std::string& f : doc.facts) w.Paragraph(std::to_string(n++) + ". " + f);
  w.Gap(6);
  w.Paragraph("II. ANALISIS", 10.5, true);
  n = 1;
  for (const std::string& a : doc.analysis) w.Paragraph(std::to_string(n++) + ". " + a);
  w.Gap(6);
  w.Paragraph("III. PELANGGARAN DAN DASAR HUKUM", 10.5, true);
  if (doc.violations.empty()) {
    w.Paragraph("Tidak ada.");
  } else {
    Violations(w, doc.violations);
  }
  w.Gap(6);
  w.Paragraph("IV. KESIMPULAN", 10.5, true);
  w.Paragraph(doc.is_violation ? "Merupakan pelanggaran netralitas ASN."
                               : "Bukan merupakan pelanggaran netralitas ASN.",
              10.5, true);
  w.Paragraph(doc.conclusion);
  Closing(w, h);
  w.Signatures(OfficerBlocks(doc.officers));
  return w.Finish();
}

Result<std::string> RenderRecommendationPdf(const RecommendationLetter& doc) {
  const CaseDocumentHeader& h = doc.header;
  NETRA_RETURN_IF_ERROR(CheckHeader(h));
  if (doc.recipient_name.empty()) return Missing("recipient_name");
  if (doc.subject.empty()) return Missing("subject");
  if (doc.reported_name.empty()) return Missing("reported_name");
  if (doc.violations.empty()) return Missing("violations");
  if (doc.recommendations.empty()) return Missing("recommendations");
  if (doc.signatory.name.empty()) return Missing("signatory.name");

  PdfWriter w(Metadata("Surat Rekomendasi", h));
  Letterhead(w, h);
  w.Paragraph(h.place + ", " + IndonesianDate(h.issued_at, h.zone));
  w.Gap(6);
  w.Field("Nomor", h.document_number);
  w.Field("Sifat", "Penting");
  w.Field("Perihal", doc.subject);
  w.Gap(10);
  w.Paragraph("Kepada Yth.");
  w.Paragraph(doc.recipient_name, 10.5, true);
  if (!doc.recipient_address.empty()) w.Paragraph("di " + doc.recipient_address);
  w.Gap(10);
  w.Paragraph("Berdasarkan hasil klarifikasi dan kajian atas perkara nomor " + h.case_number +
              ", dengan ini disampaikan rekomendasi atas dugaan pelanggaran netralitas oleh:");
  w.Gap(4);
  w.Field("Nama", doc.reported_name);
  if (!doc.reported_identity.empty()) w.Field("NIP", doc.reported_identity);
  if (!doc.reported_position.empty()) w.Field("Jabatan", doc.reported_position);
  if (!doc.reported_agency.empty()) w.Field("Instansi", doc.reported_agency);
  w.Gap(6);
  w.Paragraph("Perbuatan yang terbukti dan dasar hukumnya:");
  Violations(w, doc.violations);
  w.Gap(6);
  w.Paragraph("Rekomendasi:");
  int n = 1;
  for (const std::string& r : doc.recommendations) w.Paragraph(std::to_string(n++) + ". " + r);
  w.Gap(6);
  w.Paragraph(
      "Demikian rekomendasi ini disampaikan untuk ditindaklanjuti sesuai ketentuan "
      "peraturan perundang-undangan.");
  w.Gap(10);
  w.Signatures({{doc.signatory.position, doc.signatory.name}});
  if (!doc.copies_to.empty()) {
    w.Paragraph("Tembusan:", 9.5, true);
    n = 1;
    for (const std::string& c : doc.copies_to) w.Paragraph(std::to_string(n++) + ". " + c, 9.5);
  }
  return w.Finish();
}

}  // namespace netra
