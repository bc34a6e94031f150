// CSV rows through libcsv, fed one physical line at a time so every record
// knows the line it starts on (libcsv itself counts no lines).
#include <csv.h>
#include <fmt/format.h>

#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <utility>

#include "ingest/row_reader.h"

namespace netra::ingest {
namespace {

constexpr std::size_t kChunkBytes = 256 << 10;

Status Malformed(std::int64_t line, const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, fmt::format("CSV baris {}: {}", line, id),
                fmt::format("CSV line {}: {}", line, en));
}

Status TooBig(std::int64_t line, const std::string& id, const std::string& en) {
  return Status(ErrorCode::kResourceExhausted, fmt::format("CSV baris {}: {}", line, id),
                fmt::format("CSV line {}: {}", line, en));
}

class CsvReader final : public RowReader {
 public:
  CsvReader(std::string path, std::string buffer, bool from_file, ReaderLimits limits)
      : path_(std::move(path)),
        buffer_(std::move(buffer)),
        from_file_(from_file),
        limits_(limits) {}

  ~CsvReader() override {
    csv_free(&parser_);
    if (file_ != nullptr) std::fclose(file_);
  }

  Status Start() {
    if (from_file_) {
      if (file_ != nullptr) std::fclose(file_);
      file_ = std::fopen(path_.c_str(), "rb");
      if (file_ == nullptr) {
        return Status(ErrorCode::kNotFound, fmt::format("Berkas '{}' tidak dapat dibuka", path_),
                      fmt::format("Cannot open file '{}'", path_));
      }
    }
    if (parser_initialized_) csv_free(&parser_);
    if (csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI) != 0) {
      return Status(ErrorCode::kInternal, "csv_init failed");
    }
    parser_initialized_ = true;
    chunk_.clear();
    chunk_pos_ = 0;
    buffer_pos_ = 0;
    first_chunk_ = true;
    finished_ = false;
    line_ = 1;
    at_line_start_ = true;
    in_record_ = false;
    record_line_ = 0;
    record_bytes_ = 0;
    rows_ = 0;
    pending_ = Row();
    ready_.clear();
    error_ = Status::Ok();
    fatal_ = Status::Ok();
    return Status::Ok();
  }

  Result<bool> Next(Row& row) override {
    while (ready_.empty()) {
      if (!fatal_.ok()) return fatal_;  // a broken file stays broken until Rewind
      if (finished_) return false;
      fatal_ = Advance();
    }
    row = std::move(ready_.front());
    ready_.pop_front();
    return true;
  }

  Status Rewind() override { return Start(); }
  std::string_view Format() const override { return "CSV"; }

 private:
  static void OnField(void* data, std::size_t len, void* self) {
    static_cast<CsvReader*>(self)->AddField(static_cast<const char*>(data), len);
  }
  static void OnRecordEnd(int, void* self) { static_cast<CsvReader*>(self)->EndRecord(); }

  void AddField(const char* data, std::size_t len) {
    if (!error_.ok()) return;
    const std::string_view field(data == nullptr ? "" : data, data == nullptr ? 0 : len);
    if (pending_.fields.size() >= limits_.max_columns) {
      error_ = TooBig(record_line_, fmt::format("lebih dari {} kolom", limits_.max_columns),
                      fmt::format("more than {} columns", limits_.max_columns));
      return;
    }
    if (field.size() > limits_.max_field_bytes) {
      error_ = TooBig(record_line_,
                      fmt::format("kolom ke-{} lebih dari {} byte", pending_.fields.size() + 1,
                                  limits_.max_field_bytes),
                      fmt::format("field {} is longer than {} bytes", pending_.fields.size() + 1,
                                  limits_.max_field_bytes));
      return;
    }
    if (!IsValidUtf8(field)) {
      error_ = Malformed(record_line_,
                         fmt::format("kolom ke-{} bukan UTF-8 yang sah (simpan sebagai CSV UTF-8)",
                                     pending_.fields.size() + 1),
                         fmt::format("field {} is not valid UTF-8 (save as CSV UTF-8)",
                                     pending_.fields.size() + 1));
      return;
    }
    pending_.fields.emplace_back(field);
  }

  void EndRecord() {
    in_record_ = false;
    record_bytes_ = 0;
    if (!error_.ok()) return;
    if (++rows_ > limits_.max_rows) {
      error_ = TooBig(record_line_, fmt::format("lebih dari {} baris", limits_.max_rows),
                      fmt::format("more than {} rows", limits_.max_rows));
      return;
    }
    pending_.line = record_line_;
    pending_.numeric.assign(pending_.fields.size(), false);
    ready_.push_back(std::move(pending_));
    pending_ = Row();
  }

  // Reads more input when needed and feeds the next physical line (or the part
  // of it in the buffer) to libcsv.
  Status Advance() {
    if (chunk_pos_ >= chunk_.size()) {
      NETRA_RETURN_IF_ERROR(Fill());
      if (chunk_pos_ >= chunk_.size()) {
        if (csv_fini(&parser_, OnField, OnRecordEnd, this) != 0) {
          return Malformed(record_line_, "tanda kutip tidak ditutup sampai akhir berkas",
                           "quoted field is not closed before the end of the file");
        }
        finished_ = true;
        return error_;
      }
    }
    const std::size_t nl = chunk_.find('\n', chunk_pos_);
    const std::size_t end = nl == std::string::npos ? chunk_.size() : nl + 1;
    const std::string_view piece(chunk_.data() + chunk_pos_, end - chunk_pos_);
    chunk_pos_ = end;
    if (at_line_start_ && !in_record_ &&
        piece.find_first_not_of(" \t\r\n") != std::string_view::npos) {
      // libcsv drops blank and whitespace-only lines, so only these start a record.
      in_record_ = true;
      record_line_ = line_;
    }
    if (in_record_) {
      record_bytes_ += piece.size();
      if (record_bytes_ > limits_.max_record_bytes) {
        return TooBig(record_line_,
                      fmt::format("satu rekaman lebih dari {} byte (tanda kutip tidak ditutup?)",
                                  limits_.max_record_bytes),
                      fmt::format("one record is longer than {} bytes (unclosed quote?)",
                                  limits_.max_record_bytes));
      }
    }
    const std::int64_t piece_line = line_;
    if (csv_parse(&parser_, piece.data(), piece.size(), OnField, OnRecordEnd, this) !=
        piece.size()) {
      return Malformed(piece_line,
                       "tanda kutip tidak pada tempatnya (kolom berisi \" harus diapit tanda kutip "
                       "dan \" ditulis \"\")",
                       "misplaced quote (a field containing \" must be quoted, with \" written "
                       "as \"\")");
    }
    at_line_start_ = nl != std::string::npos;
    if (at_line_start_) ++line_;
    return error_;
  }

  Status Fill() {
    chunk_pos_ = 0;
    if (from_file_) {
      chunk_.resize(kChunkBytes);
      const std::size_t n = std::fread(chunk_.data(), 1, kChunkBytes, file_);
      chunk_.resize(n);
      if (n == 0 && std::ferror(file_)) {
        return Status(ErrorCode::kInternal, fmt::format("Gagal membaca '{}'", path_),
                      fmt::format("Failed reading '{}'", path_));
      }
    } else {
      const std::size_t n = std::min(kChunkBytes, buffer_.size() - buffer_pos_);
      chunk_.assign(buffer_, buffer_pos_, n);
      buffer_pos_ += n;
    }
    if (first_chunk_) {
      first_chunk_ = false;
      if (chunk_.starts_with("\xEF\xBB\xBF")) chunk_pos_ = 3;
    }
    return Status::Ok();
  }

  std::string path_;
  std::string buffer_;
  bool from_file_;
  ReaderLimits limits_;
  std::FILE* file_ = nullptr;
  csv_parser parser_{};
  bool parser_initialized_ = false;
  std::string chunk_;
  std::size_t chunk_pos_ = 0;
  std::size_t buffer_pos_ = 0;
  bool first_chunk_ = true;
  bool finished_ = false;
  std::int64_t line_ = 1;  // physical line of the next byte fed
  bool at_line_start_ = true;
  bool in_record_ = false;
  std::int64_t record_line_ = 0;
  std::size_t record_bytes_ = 0;
  std::int64_t rows_ = 0;
  Row pending_;
  std::deque<Row> ready_;
  Status error_;  // set inside libcsv callbacks, which cannot return one
  Status fatal_;  // the first error Next returned
};

}  // namespace

Result<std::unique_ptr<RowReader>> OpenCsvFile(const std::string& path,
                                               const ReaderLimits& limits) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    return Status(ErrorCode::kNotFound, fmt::format("Berkas '{}' tidak dapat dibuka", path),
                  fmt::format("Cannot open file '{}': {}", path, ec.message()));
  }
  if (static_cast<std::int64_t>(size) > limits.max_file_bytes) {
    return Status(ErrorCode::kResourceExhausted,
                  fmt::format("Berkas '{}' lebih dari {} byte", path, limits.max_file_bytes),
                  fmt::format("File '{}' is larger than {} bytes", path, limits.max_file_bytes));
  }
  auto reader = std::make_unique<CsvReader>(path, std::string(), true, limits);
  NETRA_RETURN_IF_ERROR(reader->Start());
  return std::unique_ptr<RowReader>(std::move(reader));
}

Result<std::unique_ptr<RowReader>> OpenCsvBuffer(std::string data, const ReaderLimits& limits) {
  if (static_cast<std::int64_t>(data.size()) > limits.max_file_bytes) {
    return Status(ErrorCode::kResourceExhausted,
                  fmt::format("Berkas lebih dari {} byte", limits.max_file_bytes),
                  fmt::format("File is larger than {} bytes", limits.max_file_bytes));
  }
  auto reader = std::make_unique<CsvReader>(std::string(), std::move(data), false, limits);
  NETRA_RETURN_IF_ERROR(reader->Start());
  return std::unique_ptr<RowReader>(std::move(reader));
}

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

}  // namespace netra::ingest
