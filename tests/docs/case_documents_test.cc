#include "docs/case_documents.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

namespace netra {
namespace {

// The text of `pdf` as pdftotext (poppler-utils) extracts it, or nullopt.
std::optional<std::string> PdfText(const std::string& pdf) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("netra-casedoc-" + std::to_string(::getpid()) + ".pdf");
  {
    std::ofstream out(path, std::ios::binary);
    out << pdf;
  }
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(
      ::popen(("pdftotext -enc UTF-8 " + path.string() + " - 2>/dev/null").c_str(), "r"), ::pclose);
  std::string text;
  std::array<char, 4096> buf;
  std::size_t n = 0;
  while (pipe && (n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0) {
    text.append(buf.data(), n);
  }
  const int rc = pipe ? ::pclose(pipe.release()) : -1;
  std::filesystem::remove(path);
  if (rc != 0) return std::nullopt;
  // Join wrapped lines so phrases can be searched whole.
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  std::string squeezed;
  for (char c : text) {
    if (c == ' ' && !squeezed.empty() && squeezed.back() == ' ') continue;
    squeezed += c;
  }
  return squeezed;
}

CaseDocumentHeader Header(CaseDocumentKind kind) {
  CaseDocumentHeader h;
  h.office_name = "Badan Pengawas Pemilihan Umum Kabupaten Probolinggo";
  h.office_address = "Jl. Panglima Sudirman No. 1, Kraksaan";
  h.document_number = *FormatCaseDocumentNumber({12, kind, "pilkada", "35.13", 2024, 10});
  h.case_number = "004/Reg/LP/PB/Kab/16.13/X/2024";
  h.issued_at = 1728961200;  // 2024-10-15 03:00 UTC = 10:00 WIB
  h.zone = TimeZone::kWib;
  h.place = "Kraksaan";
  return h;
}

std::vector<CitedViolation> Cited() {
  return {{"SOC-LIKE",
           "Menyukai, mengomentari atau membagikan konten calon",
           {"SKB 2022 Lampiran II", "PP 42/2004 Pasal 15"}}};
}

TEST(DocumentNumberTest, FollowsTheBawasluRegisterShape) {
  EXPECT_EQ(*FormatCaseDocumentNumber(
                {12, CaseDocumentKind::kRecommendation, "pilkada", "35.13", 2024, 11}),
            "012/REK/PK/Kab/35.13/XI/2024");
  EXPECT_EQ(*FormatCaseDocumentNumber({7, CaseDocumentKind::kStudy, "pemilu", "35", 2024, 2}),
            "007/KAJ/PL/Prov/35/II/2024");
  EXPECT_EQ(*FormatCaseDocumentNumber(
                {1234, CaseDocumentKind::kClarificationRecord, "pilkada", "", 2025, 12}),
            "1234/BA-KLA/PK/RI/XII/2025");
  for (int m = 1; m <= 12; ++m) EXPECT_FALSE(RomanMonth(m).empty());
  EXPECT_EQ(RomanMonth(4), "IV");
  EXPECT_EQ(RomanMonth(9), "IX");
  EXPECT_EQ(RomanMonth(13), "");
  EXPECT_FALSE(
      FormatCaseDocumentNumber({0, CaseDocumentKind::kStudy, "pilkada", "35", 2024, 1}).ok());
  EXPECT_FALSE(
      FormatCaseDocumentNumber({1, CaseDocumentKind::kStudy, "pilpres", "35", 2024, 1}).ok());
  EXPECT_FALSE(
      FormatCaseDocumentNumber({1, CaseDocumentKind::kStudy, "pilkada", "35.13.01", 2024, 1}).ok());
  auto bad_month =
      FormatCaseDocumentNumber({1, CaseDocumentKind::kStudy, "pilkada", "35", 2024, 13});
  ASSERT_FALSE(bad_month.ok());
  EXPECT_NE(bad_month.status().message_en().find("month"), std::string::npos);
}

TEST(CaseDocumentsTest, ClarificationRecordCarriesTheHearing) {
  ClarificationRecord doc;
  doc.header = Header(CaseDocumentKind::kClarificationRecord);
  doc.held_at = 1728874800;  // Monday 2024-10-14 03:00 UTC = 10:00 WIB
  doc.location = "Kantor Bawaslu Kabupaten Probolinggo";
  doc.heard = {{"Siti Aminah", "Terlapor", "198609262015052001", "Kepala Puskesmas Kraksaan"},
               {"Budi Santoso", "Pelapor", "", "Desa Sumberlele"}};
  doc.statements = {
      {"Siti Aminah", "Saya menyukai unggahan itu tanpa sengaja dan sudah menghapusnya."},
      {"Budi Santoso", "Tangkapan layar diambil pada 10 Oktober 2024 pukul 20.15."}};
  doc.officers = {{"Ahmad Fauzi", "Anggota Bawaslu Kabupaten Probolinggo"},
                  {"Rina Wulandari", "Staf Penanganan Pelanggaran"}};
  auto pdf = RenderClarificationRecordPdf(doc);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
  const auto text = PdfText(*pdf);
  ASSERT_TRUE(text.has_value()) << "pdftotext failed";
  for (const char* want : {"BERITA ACARA KLARIFIKASI", "Nomor: 012/BA-KLA/PK/Kab/35.13/X/2024",
                           "004/Reg/LP/PB/Kab/16.13/X/2024", "Senin", "14 Oktober 2024 10.00 WIB",
                           "Kantor Bawaslu Kabupaten Probolinggo", "Siti Aminah (Terlapor)",
                           "198609262015052001", "Budi Santoso (Pelapor)", "sudah menghapusnya",
                           "Ahmad Fauzi", "Rina Wulandari", "Kraksaan, 15 Oktober 2024"}) {
    EXPECT_NE(text->find(want), std::string::npos) << want << "\n" << *text;
  }
}

TEST(CaseDocumentsTest, StudyCarriesFactsAnalysisCodesAndConclusion) {
  StudyDocument doc;
  doc.header = Header(CaseDocumentKind::kStudy);
  doc.reported_name = "Siti Aminah";
  doc.reported_identity = "198609262015052001";
  doc.reported_position = "Kepala Puskesmas Kraksaan";
  doc.facts = {"Akun Facebook terlapor menyukai unggahan kampanye pasangan calon nomor 2."};
  doc.analysis = {"Perbuatan terjadi setelah penetapan pasangan calon pada 22 September 2024."};
  doc.violations = Cited();
  doc.conclusion = "Direkomendasikan kepada BKN untuk ditindaklanjuti.";
  doc.officers = {{"Ahmad Fauzi", "Koordinator Divisi Penanganan Pelanggaran"}};
  auto pdf = RenderStudyPdf(doc);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  const auto text = PdfText(*pdf);
  ASSERT_TRUE(text.has_value());
  for (const char* want :
       {"KAJIAN DUGAAN PELANGGARAN NETRALITAS ASN", "012/KAJ/PK/Kab/35.13/X/2024", "I. FAKTA",
        "pasangan calon nomor 2", "II. ANALISIS", "SOC-LIKE", "PP 42/2004 Pasal 15",
        "Merupakan pelanggaran netralitas ASN.", "Direkomendasikan kepada BKN"}) {
    EXPECT_NE(text->find(want), std::string::npos) << want << "\n" << *text;
  }
  doc.is_violation = false;
  doc.violations.clear();
  const auto not_violation = PdfText(*RenderStudyPdf(doc));
  ASSERT_TRUE(not_violation.has_value());
  EXPECT_NE(not_violation->find("Bukan merupakan pelanggaran"), std::string::npos);
}

TEST(CaseDocumentsTest, RecommendationLetterToBkn) {
  RecommendationLetter doc;
  doc.header = Header(CaseDocumentKind::kRecommendation);
  doc.recipient = RecommendationRecipient::kBkn;
  doc.recipient_name = "Kepala Badan Kepegawaian Negara";
  doc.recipient_address = "Jakarta";
  doc.subject = "Rekomendasi pelanggaran netralitas ASN";
  doc.reported_name = "Siti Aminah";
  doc.reported_identity = "198609262015052001";
  doc.reported_position = "Kepala Puskesmas Kraksaan";
  doc.reported_agency = "Dinas Kesehatan Kabupaten Probolinggo";
  doc.violations = Cited();
  doc.recommendations = {"Menjatuhkan sanksi sesuai ketentuan kepada terlapor.",
                         "Menyampaikan hasil tindak lanjut kepada Bawaslu Kabupaten Probolinggo."};
  doc.signatory = {"Ahmad Fauzi", "Ketua Bawaslu Kabupaten Probolinggo"};
  doc.copies_to = {"Bupati Probolinggo selaku PPK", "Bawaslu Provinsi Jawa Timur"};
  auto pdf = RenderRecommendationPdf(doc);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  const auto text = PdfText(*pdf);
  ASSERT_TRUE(text.has_value());
  for (const char* want :
       {"012/REK/PK/Kab/35.13/X/2024", "Kepala Badan Kepegawaian Negara", "di Jakarta", "Perihal",
        "Siti Aminah", "Dinas Kesehatan Kabupaten Probolinggo", "SOC-LIKE", "1. Menjatuhkan sanksi",
        "2. Menyampaikan hasil", "Ahmad Fauzi", "Tembusan:", "Bupati Probolinggo selaku PPK",
        "Kraksaan, 15 Oktober 2024"}) {
    EXPECT_NE(text->find(want), std::string::npos) << want << "\n" << *text;
  }
}

TEST(CaseDocumentsTest, LongDocumentsFlowOntoMorePages) {
  StudyDocument doc;
  doc.header = Header(CaseDocumentKind::kStudy);
  doc.reported_name = "Siti Aminah";
  for (int i = 0; i < 60; ++i) {
    doc.facts.push_back("Fakta ke-" + std::to_string(i + 1) +
                        ": unggahan dan komentar yang sama diulang di grup WhatsApp kecamatan.");
  }
  doc.analysis = {"Analisis."};
  doc.violations = Cited();
  doc.conclusion = "Kesimpulan.";
  doc.officers = {{"Ahmad Fauzi", "Anggota"}};
  const auto text = PdfText(*RenderStudyPdf(doc));
  ASSERT_TRUE(text.has_value());
  EXPECT_NE(text->find("Fakta ke-60"), std::string::npos);
  EXPECT_NE(text->find("Halaman 2"), std::string::npos);
}

TEST(CaseDocumentsTest, MissingFieldsAreNamed) {
  RecommendationLetter doc;
  doc.header = Header(CaseDocumentKind::kRecommendation);
  auto r = RenderRecommendationPdf(doc);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message_en(), "recipient_name is required");
  doc.header.case_number.clear();
  EXPECT_EQ(RenderRecommendationPdf(doc).status().message_en(), "header.case_number is required");
  ClarificationRecord rec;
  rec.header = Header(CaseDocumentKind::kClarificationRecord);
  rec.location = "x";
  rec.held_at = 1;
  rec.heard = {{"", "Saksi", "", ""}};
  EXPECT_EQ(RenderClarificationRecordPdf(rec).status().message_en(), "heard[0].name is required");
}

}  // namespace
}  // namespace netra
