// Evidence files: what a report or hearing may attach, decided by content (not
// by name or declared type), and the copy shown to everyone but the pengawas,
// with location metadata removed.
//
// Thread-safety: the functions are safe from many threads (libmagic handles are
// per thread; exiv2 works on in-memory copies).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace netra {

// The media type libmagic finds in `bytes` when it is one evidence may be:
// image/jpeg, image/png, image/webp, application/pdf, video/mp4,
// video/quicktime, video/3gpp, video/webm. kInvalidArgument naming what was
// found otherwise; kInvalidArgument for an empty file.
Result<std::string> SniffEvidenceType(std::string_view bytes);

// A copy of `bytes` (of sniffed `media_type`) without location metadata:
//  - JPEG, PNG, WebP: every EXIF, IPTC and XMP entry and comment is removed
//    (exiv2), except the EXIF orientation, so the picture still shows upright;
//  - MP4, QuickTime, 3GPP: the payloads of '©xyz' and 'loci' boxes and of
//    Apple 'keys'/'ilst' items whose key names a location are zeroed in place,
//    so offsets stay valid;
//  - PDF and WebM carry no standard location field and are returned as is.
// kInvalidArgument when an image cannot be parsed.
Result<std::string> StripLocationMetadata(std::string_view bytes, const std::string& media_type);

}  // namespace netra
