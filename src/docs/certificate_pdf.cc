#include "docs/certificate_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <qrencode.h>

#include <array>
#include <memory>
#include <vector>

namespace netra {
namespace {

constexpr double kPageWidth = 595.276;  // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.0;  // about 2 cm
constexpr double kQrSize = 100.0;
constexpr double kFooterHeight = kQrSize + 24.0;
constexpr const char* kFont = "DejaVu Sans";
constexpr std::string_view kKeywordsPrefix = "netra-pledge-v1 record=";
constexpr std::string_view kSignatureMarker = " signature=";
constexpr std::string_view kKeywordsKey = "/Keywords (";

struct CivilTime {
  int year, month, day, hour, minute, second;
};

// Howard Hinnant's days_from_civil inverse: exact for the proleptic Gregorian calendar.
CivilTime ToCivil(std::int64_t seconds) {
  std::int64_t days = seconds / 86400;
  std::int64_t rem = seconds % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year,
          month,
          day,
          static_cast<int>(rem / 3600),
          static_cast<int>(rem / 60 % 60),
          static_cast<int>(rem % 60)};
}

std::string TwoDigits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

Status Unreadable(const std::string& what) {
  return Status(ErrorCode::kInvalidArgument,
                "Sertifikat tidak dapat dibaca: " + what + " (bukan sertifikat Netra?)",
                "Certificate unreadable: " + what + " (not a Netra certificate?)")
      .WithReason("certificate_unreadable");
}

struct CairoDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

double TextWidth(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

void SetFont(cairo_t* cr, double size, bool bold) {
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
}

// Lays out text top-down; with draw=false it only measures, so the caller can
// pick the largest font size at which the text fits on one page.
class Writer {
 public:
  Writer(cairo_t* cr, bool draw, double y) : cr_(cr), draw_(draw), y_(y) {}

  double y() const { return y_; }
  void Skip(double dy) { y_ += dy; }

  void Centered(const std::string& line, double size, bool bold) {
    SetFont(cr_, size, bold);
    for (const std::string& part : Wrap(line, kPageWidth - 2 * kMargin, 0)) {
      y_ += size * 1.35;
      Show(part, (kPageWidth - TextWidth(cr_, part)) / 2);
    }
  }

  // A paragraph; numbered items ("1. ...") hang their continuation lines
  // under the text, not the number.
  void Paragraph(const std::string& line, double size, bool bold) {
    SetFont(cr_, size, bold);
    double indent = 0;
    const std::size_t dot = line.find(". ");
    if (dot != std::string::npos && dot > 0 && dot <= 3 &&
        line.find_first_not_of("0123456789") == dot) {
      indent = TextWidth(cr_, line.substr(0, dot + 2));
    }
    bool first = true;
    for (const std::string& part : Wrap(line, kPageWidth - 2 * kMargin, indent)) {
      y_ += size * 1.4;
      Show(part, kMargin + (first ? 0 : indent));
      first = false;
    }
  }

 private:
  std::vector<std::string> Wrap(const std::string& line, double width, double indent) {
    std::vector<std::string> out;
    std::string current;
    std::size_t pos = 0;
    while (pos <= line.size()) {
      std::size_t space = line.find(' ', pos);
      if (space == std::string::npos) space = line.size();
      const std::string word = line.substr(pos, space - pos);
      const std::string candidate = current.empty() ? word : current + " " + word;
      const double limit = out.empty() ? width : width - indent;
      if (!current.empty() && TextWidth(cr_, candidate) > limit) {
        out.push_back(current);
        current = word;
      } else {
        current = candidate;
      }
      pos = space + 1;
    }
    out.push_back(current);
    return out;
  }

  void Show(const std::string& text, double x) {
    if (!draw_) return;
    cairo_move_to(cr_, x, y_);
    cairo_show_text(cr_, text.c_str());
  }

  cairo_t* cr_;
  bool draw_;
  double y_;
};

std::string SignerValue(const std::string& line, const PledgeRecord& record) {
  if (line == "Nama:") return "Nama: " + record.name;
  if (line == "NIP:") return "NIP: " + record.nip;
  if (line == "Instansi:") return "Instansi: " + record.agency;
  return line;
}

// Heading, number, the pledge text with the signer filled in, and the
// signing statement; returns the y where the text ends.
double LayoutBody(cairo_t* cr, bool draw, double size, const CertificateInput& in,
                  const std::string& number) {
  Writer w(cr, draw, kMargin);
  w.Centered(in.pledge.kind == PledgeKind::kPakta ? "SERTIFIKAT PAKTA INTEGRITAS"
                                                  : "SERTIFIKAT IKRAR NETRALITAS",
             size + 5, true);
  w.Centered("Nomor: " + number, size, false);
  w.Skip(size * 1.2);
  // The text's first block (up to the first blank line) is its own heading.
  bool heading = true;
  std::size_t pos = 0;
  const std::string& text = in.pledge.text;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    const std::string line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty()) {
      heading = false;
      w.Skip(size * 0.6);
    } else if (heading) {
      w.Centered(line, size + 1, true);
    } else {
      w.Paragraph(SignerValue(line, in.record), size, false);
    }
  }
  w.Skip(size * 0.8);
  w.Paragraph("Ditandatangani secara elektronik pada " +
                  FormatIndonesianDateTime(in.record.signed_at, in.zone) + ".",
              size, true);
  w.Paragraph(in.record.method == PledgeMethod::kAtEvent
                  ? "Ditandatangani di atas kertas pada acara ikrar dan dicatat oleh operator."
                  : "Ditandatangani sendiri oleh yang bersangkutan melalui aplikasi Netra.",
              size - 1, false);
  return w.y();
}

void DrawQr(cairo_t* cr, const QRcode& qr, double x, double y, double size) {
  const double module = size / qr.width;
  cairo_save(cr);
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
  for (int row = 0; row < qr.width; ++row) {
    for (int col = 0; col < qr.width; ++col) {
      if (qr.data[row * qr.width + col] & 1) {
        cairo_rectangle(cr, x + col * module, y + row * module, module, module);
      }
    }
  }
  cairo_fill(cr);
  cairo_restore(cr);
}

void DrawFooter(cairo_t* cr, const CertificateInput& in, const std::string& number,
                const std::string& url, const QRcode& qr) {
  const double top = kPageHeight - kMargin - kQrSize;
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kMargin, top - 12);
  cairo_line_to(cr, kPageWidth - kMargin, top - 12);
  cairo_stroke(cr);
  DrawQr(cr, qr, kMargin, top, kQrSize);
  const double x = kMargin + kQrSize + 16;
  double y = top + 12;
  const auto line = [&](const std::string& text, double size, bool bold) {
    SetFont(cr, size, bold);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, text.c_str());
    y += size * 1.5;
  };
  line("Periksa keaslian sertifikat ini:", 9, true);
  line(url, 8, false);
  line("Nomor sertifikat: " + number, 8, false);
  line("Teks: " + in.pledge.election + ", " + PledgeKindName(in.pledge.kind) + ", versi " +
           std::to_string(in.pledge.version),
       8, false);
  line("SHA-256 teks: " + in.pledge.text_hash, 6.5, false);
  line("Rekaman bertanda tangan Ed25519 tersimpan dalam metadata berkas ini.", 7, false);
}

std::string IsoUtc(std::int64_t seconds) {
  const CivilTime t = ToCivil(seconds);
  return std::to_string(t.year) + "-" + TwoDigits(t.month) + "-" + TwoDigits(t.day) + "T" +
         TwoDigits(t.hour) + ":" + TwoDigits(t.minute) + ":" + TwoDigits(t.second) + "Z";
}

}  // namespace

std::string FormatIndonesianDateTime(std::int64_t unix_seconds, TimeZone zone) {
  static constexpr std::array<const char*, 12> kMonths = {
      "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
  const CivilTime t = ToCivil(unix_seconds + std::int64_t{TimeZoneUtcOffsetHours(zone)} * 3600);
  return std::to_string(t.day) + " " + kMonths[t.month - 1] + " " + std::to_string(t.year) + " " +
         TwoDigits(t.hour) + "." + TwoDigits(t.minute) + " " + TimeZoneName(zone);
}

std::string CertificateVerifyUrl(std::string_view base_url, std::string_view certificate_number) {
  return std::string(base_url) + "/verifikasi/" + std::string(certificate_number);
}

Result<std::string> RenderCertificatePdf(const CertificateInput& in) {
  NETRA_ASSIGN_OR_RETURN(const std::string canonical, CanonicalPledgeRecord(in.record));
  NETRA_ASSIGN_OR_RETURN(const std::string number, PledgeCertificateNumber(in.record));
  if (in.pledge.text_hash != in.record.text_hash) {
    return Status(ErrorCode::kInvalidArgument,
                  "Hash teks rekaman tidak sama dengan teks ikrar yang diberikan",
                  "The record's text hash does not match the pledge text given");
  }
  if (in.base_url.empty()) {
    return Status(ErrorCode::kInvalidArgument, "certificate base URL is empty");
  }
  const std::string url = CertificateVerifyUrl(in.base_url, number);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
      QRcode_encodeString(url.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!qr) return Status(ErrorCode::kInternal, "libqrencode could not encode " + url);

  std::string pdf;
  std::unique_ptr<cairo_surface_t, CairoDeleter> surface(
      cairo_pdf_surface_create_for_stream(AppendToString, &pdf, kPageWidth, kPageHeight));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, in.pledge.title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, number.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Netra");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE,
                                 IsoUtc(in.record.signed_at).c_str());
  const std::string keywords = std::string(kKeywordsPrefix) + ToBase64(canonical) +
                               std::string(kSignatureMarker) + in.signature;
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_KEYWORDS, keywords.c_str());
  {
    std::unique_ptr<cairo_t, CairoDeleter> cr(cairo_create(surface.get()));
    // The largest size, in half points, at which the body clears the footer.
    double size = 11.0;
    const double limit = kPageHeight - kMargin - kFooterHeight;
    while (size > 6.0 && LayoutBody(cr.get(), false, size, in, number) > limit) size -= 0.5;
    cairo_set_source_rgb(cr.get(), 0, 0, 0);
    LayoutBody(cr.get(), true, size, in, number);
    DrawFooter(cr.get(), in, number, url, *qr);
    cairo_show_page(cr.get());
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      return Status(ErrorCode::kInternal,
                    std::string("cairo: ") + cairo_status_to_string(cairo_status(cr.get())));
    }
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return Status(
        ErrorCode::kInternal,
        std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return pdf;
}

Result<EmbeddedPledge> ExtractEmbeddedPledge(std::string_view pdf) {
  const std::size_t key = pdf.find(kKeywordsKey);
  if (key == std::string_view::npos) return Unreadable("no Keywords entry");
  if (pdf.find(kKeywordsKey, key + 1) != std::string_view::npos) {
    return Unreadable("more than one Keywords entry");
  }
  const std::size_t start = key + kKeywordsKey.size();
  const std::size_t end = pdf.find(')', start);
  if (end == std::string_view::npos) return Unreadable("unterminated Keywords entry");
  std::string_view value = pdf.substr(start, end - start);
  if (value.substr(0, kKeywordsPrefix.size()) != kKeywordsPrefix) {
    return Unreadable("Keywords entry is not a netra-pledge-v1 record");
  }
  value.remove_prefix(kKeywordsPrefix.size());
  const std::size_t marker = value.find(kSignatureMarker);
  if (marker == std::string_view::npos) return Unreadable("no signature in Keywords entry");
  auto canonical = FromBase64(value.substr(0, marker));
  if (!canonical.ok()) return Unreadable("record is not base64");
  auto record = ParseCanonicalPledgeRecord(*canonical);
  if (!record.ok()) return Unreadable("record is not canonical");
  EmbeddedPledge out;
  out.canonical = std::move(*canonical);
  out.signature = std::string(value.substr(marker + kSignatureMarker.size()));
  out.record = std::move(*record);
  NETRA_ASSIGN_OR_RETURN(out.certificate_number, PledgeCertificateNumber(out.record));
  return out;
}

Result<EmbeddedPledge> VerifyCertificatePdf(std::string_view pdf, const PledgePublicKey& key) {
  NETRA_ASSIGN_OR_RETURN(EmbeddedPledge pledge, ExtractEmbeddedPledge(pdf));
  NETRA_RETURN_IF_ERROR(VerifyCanonicalPledge(pledge.canonical, pledge.signature, key));
  return pledge;
}

}  // namespace netra
