#include "docs/pdf_writer.h"

#include <cairo-pdf.h>
#include <cairo.h>

namespace netra {
namespace {

constexpr double kPageWidth = 595.276;  // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 62.0;  // about 2.2 cm
constexpr double kBottom = kPageHeight - kMargin - 14;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kLabelWidth = 130.0;
constexpr const char* kFont = "DejaVu Sans";

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void SetFont(cairo_t* cr, double size, bool bold) {
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
}

double TextWidth(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

}  // namespace

PdfWriter::PdfWriter(const PdfMetadata& metadata) : pdf_(std::make_unique<std::string>()) {
  surface_ =
      cairo_pdf_surface_create_for_stream(AppendToString, pdf_.get(), kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, metadata.title.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_SUBJECT, metadata.subject.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Netra");
  if (!metadata.create_date.empty()) {
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE,
                                   metadata.create_date.c_str());
  }
  cr_ = cairo_create(surface_);
  cairo_set_source_rgb(cr_, 0, 0, 0);
  y_ = kMargin;
}

PdfWriter::~PdfWriter() {
  if (cr_ != nullptr) cairo_destroy(cr_);
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

std::vector<std::string> PdfWriter::Wrap(std::string_view text, double width) {
  std::vector<std::string> out;
  std::string current;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t space = text.find(' ', pos);
    if (space == std::string_view::npos) space = text.size();
    const std::string word(text.substr(pos, space - pos));
    const std::string candidate = current.empty() ? word : current + " " + word;
    if (!current.empty() && TextWidth(cr_, candidate) > width) {
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

void PdfWriter::NewPage() {
  SetFont(cr_, 8, false);
  const std::string footer = "Halaman " + std::to_string(page_);
  cairo_move_to(cr_, kPageWidth - kMargin - TextWidth(cr_, footer), kPageHeight - kMargin / 2);
  cairo_show_text(cr_, footer.c_str());
  cairo_show_page(cr_);
  ++page_;
  y_ = kMargin;
}

void PdfWriter::Ensure(double height) {
  if (y_ + height > kBottom) NewPage();
}

void PdfWriter::Show(std::string_view text, double x) {
  const std::string s(text);
  cairo_move_to(cr_, x, y_);
  cairo_show_text(cr_, s.c_str());
}

void PdfWriter::Centered(std::string_view text, double size, bool bold) {
  SetFont(cr_, size, bold);
  for (const std::string& line : Wrap(text, kTextWidth)) {
    Ensure(size * 1.4);
    y_ += size * 1.4;
    Show(line, (kPageWidth - TextWidth(cr_, line)) / 2);
  }
}

void PdfWriter::Paragraph(std::string_view text, double size, bool bold, double indent) {
  SetFont(cr_, size, bold);
  double hang = 0;
  const std::size_t dot = text.find(". ");
  if (dot != std::string_view::npos && dot > 0 && dot <= 3 &&
      text.find_first_not_of("0123456789") == dot) {
    hang = TextWidth(cr_, std::string(text.substr(0, dot + 2)));
  }
  bool first = true;
  for (const std::string& line : Wrap(text, kTextWidth - indent - hang)) {
    Ensure(size * 1.45);
    y_ += size * 1.45;
    Show(line, kMargin + indent + (first ? 0 : hang));
    first = false;
  }
}

void PdfWriter::Field(std::string_view label, std::string_view value, double size) {
  SetFont(cr_, size, false);
  const std::vector<std::string> lines = Wrap(value, kTextWidth - kLabelWidth - 12);
  bool first = true;
  for (const std::string& line : lines) {
    Ensure(size * 1.45);
    y_ += size * 1.45;
    if (first) {
      Show(label, kMargin);
      Show(":", kMargin + kLabelWidth);
    }
    Show(line, kMargin + kLabelWidth + 12);
    first = false;
  }
}

void PdfWriter::Rule() {
  Ensure(8);
  y_ += 6;
  cairo_set_line_width(cr_, 0.8);
  cairo_move_to(cr_, kMargin, y_);
  cairo_line_to(cr_, kPageWidth - kMargin, y_);
  cairo_stroke(cr_);
  y_ += 2;
}

void PdfWriter::Gap(double points) {
  if (y_ + points > kBottom) {
    NewPage();
  } else {
    y_ += points;
  }
}

void PdfWriter::Signatures(const std::vector<std::pair<std::string, std::string>>& blocks) {
  constexpr double kBlockHeight = 92;
  const double column = kTextWidth / 2;
  for (std::size_t i = 0; i < blocks.size(); i += 2) {
    Ensure(kBlockHeight);
    const double top = y_;
    for (std::size_t j = i; j < blocks.size() && j < i + 2; ++j) {
      const double x = kMargin + (j - i) * column;
      SetFont(cr_, 10, false);
      y_ = top + 14;
      for (const std::string& line : Wrap(blocks[j].first, column - 16)) {
        Show(line, x);
        y_ += 12;
      }
      y_ = top + kBlockHeight - 12;
      SetFont(cr_, 10, true);
      Show(blocks[j].second, x);
      cairo_set_line_width(cr_, 0.5);
      cairo_move_to(cr_, x, y_ + 3);
      cairo_line_to(cr_, x + column - 24, y_ + 3);
      cairo_stroke(cr_);
    }
    y_ = top + kBlockHeight + 6;
  }
}

Result<std::string> PdfWriter::Finish() {
  if (cr_ == nullptr) return Status(ErrorCode::kInternal, "PdfWriter::Finish called twice");
  if (page_ > 1) {
    SetFont(cr_, 8, false);
    const std::string footer = "Halaman " + std::to_string(page_);
    cairo_move_to(cr_, kPageWidth - kMargin - TextWidth(cr_, footer), kPageHeight - kMargin / 2);
    cairo_show_text(cr_, footer.c_str());
  }
  cairo_show_page(cr_);
  const cairo_status_t status = cairo_status(cr_);
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  const cairo_status_t surface_status = cairo_surface_status(surface_);
  cairo_surface_destroy(surface_);
  surface_ = nullptr;
  if (status != CAIRO_STATUS_SUCCESS || surface_status != CAIRO_STATUS_SUCCESS) {
    return Status(
        ErrorCode::kInternal,
        std::string("cairo: ") +
            cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surface_status));
  }
  return std::move(*pdf_);
}

}  // namespace netra
