// Flowing text on A4 pages (cairo PDF, DejaVu Sans), for the official letters
// Netra prints: headings, wrapped paragraphs with hanging numbers, "label :
// value" rows and signature blocks, breaking to a new page (numbered at the
// foot) when the next item does not fit. One writer renders one document; it
// is not thread-safe, but separate writers are independent.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace netra {

struct PdfMetadata {
  std::string title;
  std::string subject;
  std::string keywords;
  std::string create_date;  // "2024-10-15T03:00:00Z"
};

class PdfWriter {
 public:
  explicit PdfWriter(const PdfMetadata& metadata);
  ~PdfWriter();
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  void Centered(std::string_view text, double size, bool bold);
  // A wrapped paragraph; "1. text" hangs its continuation lines under "text".
  void Paragraph(std::string_view text, double size = 10.5, bool bold = false, double indent = 0);
  // "label   : value", the value wrapped in its own column.
  void Field(std::string_view label, std::string_view value, double size = 10.5);
  void Rule();  // a thin horizontal line across the text width
  void Gap(double points);
  // Signature blocks side by side, two per row: role above, a blank space to
  // sign, the name below. Kept together on one page.
  void Signatures(const std::vector<std::pair<std::string, std::string>>& role_and_name);

  // Ends the last page and returns the PDF bytes; kInternal when cairo failed.
  Result<std::string> Finish();

 private:
  std::vector<std::string> Wrap(std::string_view text, double width);
  void Ensure(double height);  // starts a new page unless `height` still fits
  void Show(std::string_view text, double x);
  void NewPage();

  std::unique_ptr<std::string> pdf_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  double y_ = 0;
  int page_ = 1;
};

}  // namespace netra
