#include "service/evidence_files.h"

#include <magic.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <exiv2/exiv2.hpp>
#include <memory>
#include <vector>

namespace netra {
namespace {

constexpr std::array<std::string_view, 8> kAllowedTypes = {
    "image/jpeg", "image/png",       "image/webp", "application/pdf",
    "video/mp4",  "video/quicktime", "video/3gpp", "video/webm"};

struct MagicCloser {
  void operator()(magic_set* cookie) const { magic_close(cookie); }
};

// A libmagic handle is not thread-safe; each thread loads its own once.
magic_t ThreadMagic() {
  thread_local std::unique_ptr<magic_set, MagicCloser> cookie = [] {
    std::unique_ptr<magic_set, MagicCloser> c(magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR));
    if (c && magic_load(c.get(), nullptr) != 0) c.reset();
    return c;
  }();
  return cookie.get();
}

// --- ISO base media (MP4, QuickTime, 3GPP) -----------------------------------

std::uint32_t Be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         p[3];
}

bool IsContainer(std::string_view type) {
  return type == "moov" || type == "trak" || type == "udta" || type == "meta" || type == "ilst" ||
         type == "mdia" || type == "minf";
}

// Zeroes location payloads in [begin, end). `location_keys` are the 1-based
// indexes of Apple metadata keys naming a location, from the sibling 'keys'.
void ZeroLocationBoxes(std::string& data, std::size_t begin, std::size_t end, int depth,
                       std::vector<std::uint32_t>& location_keys, bool in_ilst) {
  if (depth > 8) return;
  std::size_t pos = begin;
  while (pos + 8 <= end) {
    auto* p = reinterpret_cast<unsigned char*>(data.data()) + pos;
    std::uint64_t size = Be32(p);
    std::size_t header = 8;
    if (size == 1 && pos + 16 <= end) {
      size = (std::uint64_t{Be32(p + 8)} << 32) | Be32(p + 12);
      header = 16;
    } else if (size == 0) {
      size = end - pos;
    }
    if (size < header || pos + size > end) return;  // malformed: leave the rest alone
    const std::string_view type(reinterpret_cast<const char*>(p + 4), 4);
    const std::size_t body = pos + header;
    const std::size_t box_end = pos + size;
    const std::uint32_t item_index = Be32(p + 4);
    if (type == "\xA9xyz" || type == "loci" ||
        (in_ilst && std::find(location_keys.begin(), location_keys.end(), item_index) !=
                        location_keys.end())) {
      std::memset(data.data() + body, 0, box_end - body);
    } else if (type == "keys" && body + 8 <= box_end) {
      // Full box: version/flags, entry count, then (size, namespace, name) entries.
      std::size_t k = body + 8;
      for (std::uint32_t index = 1; k + 8 <= box_end; ++index) {
        const std::uint32_t key_size = Be32(reinterpret_cast<unsigned char*>(data.data()) + k);
        if (key_size < 8 || k + key_size > box_end) break;
        const std::string_view name(data.data() + k + 8, key_size - 8);
        if (name.find("location") != std::string_view::npos) location_keys.push_back(index);
        k += key_size;
      }
    } else if (IsContainer(type)) {
      std::size_t child = body;
      // ISO 'meta' is a full box (4 bytes of version/flags); QuickTime's is not.
      if (type == "meta" && body + 4 <= box_end && Be32(p + header) == 0) child += 4;
      ZeroLocationBoxes(data, child, box_end, depth + 1, location_keys, type == "ilst");
    }
    pos = box_end;
  }
}

Result<std::string> StripImage(std::string_view bytes) {
  try {
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(bytes.data()),
                                           static_cast<long>(bytes.size()));
    if (image.get() == nullptr) throw Exiv2::Error(Exiv2::kerErrorMessage, "no image");
    image->readMetadata();
    const Exiv2::ExifData& exif = image->exifData();
    const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    const bool has_orientation = orientation != exif.end();
    const std::uint16_t value =
        has_orientation ? static_cast<std::uint16_t>(orientation->toLong()) : 0;
    image->clearMetadata();
    if (has_orientation) image->exifData()["Exif.Image.Orientation"] = value;
    image->writeMetadata();
    Exiv2::BasicIo& io = image->io();
    io.seek(0, Exiv2::BasicIo::beg);
    const long size = io.size();
    Exiv2::DataBuf buffer = io.read(size);
    return std::string(reinterpret_cast<const char*>(buffer.pData_), buffer.size_);
  } catch (const std::exception& e) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string("Gambar tidak dapat dibaca: ") + e.what(),
                  std::string("The image cannot be read: ") + e.what());
  }
}

}  // namespace

Result<std::string> SniffEvidenceType(std::string_view bytes) {
  if (bytes.empty()) {
    return Status(ErrorCode::kInvalidArgument, "Berkas bukti kosong", "The evidence file is empty");
  }
  magic_t cookie = ThreadMagic();
  if (cookie == nullptr) {
    return Status(ErrorCode::kInternal, "libmagic tidak dapat dimuat", "libmagic failed to load");
  }
  const char* found = magic_buffer(cookie, bytes.data(), bytes.size());
  const std::string type = found == nullptr ? "unknown" : found;
  for (std::string_view allowed : kAllowedTypes) {
    if (type == allowed) return type;
  }
  return Status(ErrorCode::kInvalidArgument,
                "Jenis berkas " + type +
                    " tidak diterima sebagai bukti; kirim gambar (JPEG, PNG, WebP), PDF atau video "
                    "(MP4, MOV, 3GP, WebM)",
                "File type " + type +
                    " is not accepted as evidence; send an image (JPEG, PNG, WebP), a PDF or a "
                    "video (MP4, MOV, 3GP, WebM)")
      .WithReason("unsupported_evidence_type");
}

Result<std::string> StripLocationMetadata(std::string_view bytes, const std::string& media_type) {
  if (media_type == "image/jpeg" || media_type == "image/png" || media_type == "image/webp") {
    return StripImage(bytes);
  }
  if (media_type == "video/mp4" || media_type == "video/quicktime" || media_type == "video/3gpp") {
    std::string copy(bytes);
    std::vector<std::uint32_t> location_keys;
    ZeroLocationBoxes(copy, 0, copy.size(), 0, location_keys, false);
    return copy;
  }
  return std::string(bytes);
}

}  // namespace netra
