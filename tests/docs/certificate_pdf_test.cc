#include "docs/certificate_pdf.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

namespace netra {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Runs a shell command; its stdout, or nullopt when it fails.
std::optional<std::string> RunCommand(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) return std::nullopt;
  std::string out;
  std::array<char, 4096> buf;
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
  if (::pclose(pipe.release()) != 0) return std::nullopt;
  return out;
}

bool HaveTool(const char* name) {
  return RunCommand(std::string("command -v ") + name + " >/dev/null 2>&1").has_value();
}

class CertificatePdfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = "data/pledges/pilkada-2024-ikrar-v1.txt";
    auto pledge = ParsePledgeText(ReadFile(path), path);
    ASSERT_TRUE(pledge.ok()) << pledge.status().ToString();
    input_.pledge = *pledge;
    input_.record.text_hash = pledge->text_hash;
    input_.record.nip = "198609262015051001";
    input_.record.name = "Siti Aminah, S.Sos.";
    input_.record.agency = "Dinas Kependudukan dan Pencatatan Sipil";
    input_.record.signed_at = 1726708500;  // 2024-09-19 01:15 UTC
    input_.record.event_id = 4;
    input_.record.method = PledgeMethod::kAtEvent;
    input_.record.operator_id = 2;
    input_.signature = *SignPledgeRecord(input_.record, key_);
    input_.zone = TimeZone::kWib;
    input_.base_url = "https://netra.probolinggokab.go.id";
    auto pdf = RenderCertificatePdf(input_);
    ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
    pdf_ = *pdf;
  }

  // The PDF with the embedded record's NIP changed, base64 re-encoded to the
  // same length so the file stays well-formed.
  std::string WithAlteredNip() const {
    const std::string old_b64 = ToBase64(*CanonicalPledgeRecord(input_.record));
    PledgeRecord altered = input_.record;
    altered.nip[17] = '2';
    const std::string new_b64 = ToBase64(*CanonicalPledgeRecord(altered));
    std::string pdf = pdf_;
    const std::size_t at = pdf.find(old_b64);
    EXPECT_NE(at, std::string::npos);
    pdf.replace(at, old_b64.size(), new_b64);
    return pdf;
  }

  const SigningKey key_ = *SigningKey::FromSeed(std::string(32, '\x07'));
  CertificateInput input_;
  std::string pdf_;
};

TEST(CertificateDateTest, FormatsInTheRegionsZone) {
  EXPECT_EQ(FormatIndonesianDateTime(1726708500, TimeZone::kWib), "19 September 2024 08.15 WIB");
  EXPECT_EQ(FormatIndonesianDateTime(1726708500, TimeZone::kWita), "19 September 2024 09.15 WITA");
  // 2024-02-29 17:30 UTC is past midnight in WIT: the day and month roll over.
  EXPECT_EQ(FormatIndonesianDateTime(1709227800, TimeZone::kWit), "1 Maret 2024 02.30 WIT");
}

TEST_F(CertificatePdfTest, RendersAnA4Pdf) {
  EXPECT_EQ(pdf_.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf_.find("/MediaBox [ 0 0 595.276 841.89 ]"), std::string::npos);
  EXPECT_NE(pdf_.find("DejaVuSans"), std::string::npos);
}

TEST_F(CertificatePdfTest, ExtractAndVerifySucceeds) {
  auto verified = VerifyCertificatePdf(pdf_, key_.public_key());
  ASSERT_TRUE(verified.ok()) << verified.status().ToString();
  EXPECT_EQ(verified->record, input_.record);
  EXPECT_EQ(verified->signature, input_.signature);
  EXPECT_EQ(verified->certificate_number, *PledgeCertificateNumber(input_.record));
}

TEST_F(CertificatePdfTest, AlteredNipInThePdfFailsVerification) {
  auto extracted = ExtractEmbeddedPledge(WithAlteredNip());
  ASSERT_TRUE(extracted.ok()) << extracted.status().ToString();
  EXPECT_EQ(extracted->record.nip, "198609262015051002");
  auto verified = VerifyCertificatePdf(WithAlteredNip(), key_.public_key());
  ASSERT_FALSE(verified.ok());
  EXPECT_EQ(verified.status().reason(), "signature_invalid");
}

TEST_F(CertificatePdfTest, AnyFlippedByteOfTheEmbeddedRecordIsRejected) {
  const std::string b64 = ToBase64(*CanonicalPledgeRecord(input_.record));
  const std::size_t at = pdf_.find(b64);
  ASSERT_NE(at, std::string::npos);
  for (std::size_t i = 0; i < b64.size(); i += 7) {
    std::string pdf = pdf_;
    pdf[at + i] = pdf[at + i] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(VerifyCertificatePdf(pdf, key_.public_key()).ok()) << "byte " << i;
  }
}

TEST_F(CertificatePdfTest, AnotherInstancesKeyFails) {
  auto verified = VerifyCertificatePdf(pdf_, SigningKey::Generate().public_key());
  EXPECT_EQ(verified.status().reason(), "signature_invalid");
}

TEST_F(CertificatePdfTest, NotACertificateIsUnreadable) {
  EXPECT_EQ(ExtractEmbeddedPledge("%PDF-1.5\n%%EOF\n").status().reason(), "certificate_unreadable");
  EXPECT_EQ(ExtractEmbeddedPledge(pdf_ + pdf_).status().reason(), "certificate_unreadable");
}

TEST_F(CertificatePdfTest, RefusesARecordForAnotherText) {
  CertificateInput other = input_;
  other.pledge.text_hash = Sha256Hex("x");
  EXPECT_EQ(RenderCertificatePdf(other).status().code(), ErrorCode::kInvalidArgument);
}

// A text too long for the page at the normal size is set smaller rather than
// running into the footer or off the page: the bounding boxes poppler reports
// keep every body line above the footer rule.
TEST_F(CertificatePdfTest, LongTextShrinksToFitAboveTheFooter) {
  if (!HaveTool("pdftotext")) GTEST_SKIP() << "poppler-utils not installed";
  CertificateInput long_input = input_;
  std::string text = long_input.pledge.text;
  const std::size_t points = text.find("\n1. ");
  const std::size_t after = text.find("\n\nDemikian");
  ASSERT_NE(after, std::string::npos);
  const std::string items = text.substr(points, after - points);
  text.insert(after, items + items);
  long_input.pledge.text = text;
  long_input.pledge.text_hash = Sha256Hex(text);
  long_input.record.text_hash = long_input.pledge.text_hash;
  long_input.signature = *SignPledgeRecord(long_input.record, key_);
  auto pdf = RenderCertificatePdf(long_input);
  ASSERT_TRUE(pdf.ok());
  std::string dir_template =
      (std::filesystem::temp_directory_path() / "netra-cert-XXXXXX").string();
  const std::filesystem::path dir = ::mkdtemp(dir_template.data());
  const std::string pdf_path = (dir / "long.pdf").string();
  std::ofstream(pdf_path, std::ios::binary) << *pdf;
  auto bbox = RunCommand("pdftotext -bbox " + pdf_path + " -");
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(bbox.has_value());
  // The signing statement is the body's last line; the footer starts at
  // 841.89 - 56 - 100 - 12 = 673.89 pt from the top.
  const std::size_t word = bbox->find(">elektronik<");
  ASSERT_NE(word, std::string::npos);
  const std::size_t ymax = bbox->rfind("yMax=\"", word);
  ASSERT_NE(ymax, std::string::npos);
  EXPECT_LT(std::stod(bbox->substr(ymax + 6)), 673.0);
}

// With poppler-utils and zbar-tools: the page says what it should and the QR
// code leads to the verification page.
TEST_F(CertificatePdfTest, PdfTextAndQrCodeReadBack) {
  if (!HaveTool("pdftotext") || !HaveTool("pdftoppm") || !HaveTool("zbarimg")) {
    GTEST_SKIP() << "poppler-utils or zbar-tools not installed";
  }
  std::string dir_template =
      (std::filesystem::temp_directory_path() / "netra-cert-XXXXXX").string();
  const std::filesystem::path dir = ::mkdtemp(dir_template.data());
  const std::string pdf_path = (dir / "sertifikat.pdf").string();
  std::ofstream(pdf_path, std::ios::binary) << pdf_;

  auto text = RunCommand("pdftotext -layout " + pdf_path + " -");
  ASSERT_TRUE(text.has_value());
  const std::string number = *PledgeCertificateNumber(input_.record);
  for (const std::string& expected :
       {std::string("SERTIFIKAT IKRAR NETRALITAS"), "Nomor: " + number,
        std::string("Nama: Siti Aminah, S.Sos."), std::string("NIP: 198609262015051001"),
        std::string("Instansi: Dinas Kependudukan dan Pencatatan Sipil"),
        std::string("19 September 2024 08.15 WIB"), std::string("politik uang"),
        input_.pledge.text_hash}) {
    EXPECT_NE(text->find(expected), std::string::npos) << "missing: " << expected << "\n" << *text;
  }

  ASSERT_TRUE(
      RunCommand("pdftoppm -r 150 -png -singlefile " + pdf_path + " " + (dir / "page").string())
          .has_value());
  auto qr = RunCommand("zbarimg -q --raw " + (dir / "page.png").string() + " 2>/dev/null");
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(qr.has_value());
  EXPECT_EQ(*qr, "https://netra.probolinggokab.go.id/verifikasi/" + number + "\n");
}

}  // namespace
}  // namespace netra
