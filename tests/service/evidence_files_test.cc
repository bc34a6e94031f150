// Evidence files: types decided by content, and location metadata removed from
// the copy shown to others (a PNG with GPS EXIF made here with cairo + exiv2;
// an MP4 box tree with '©xyz' and Apple location keys built by hand).
#include "service/evidence_files.h"

#include <cairo.h>
#include <gtest/gtest.h>

#include <exiv2/exiv2.hpp>
#include <string>

namespace netra {
namespace {

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string PngWithGps() {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 8, 8);
  std::string png;
  cairo_surface_write_to_png_stream(surface, Append, &png);
  cairo_surface_destroy(surface);
  auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(png.data()),
                                         static_cast<long>(png.size()));
  image->readMetadata();
  Exiv2::ExifData& exif = image->exifData();
  exif["Exif.GPSInfo.GPSLatitudeRef"] = "S";
  exif["Exif.GPSInfo.GPSLatitude"].setValue("7/1 45/1 0/1");
  exif["Exif.Image.Orientation"] = static_cast<std::uint16_t>(6);
  exif["Exif.Image.Make"] = "KameraPonsel";
  image->writeMetadata();
  Exiv2::BasicIo& io = image->io();
  io.seek(0, Exiv2::BasicIo::beg);
  Exiv2::DataBuf buffer = io.read(io.size());
  return std::string(reinterpret_cast<const char*>(buffer.pData_), buffer.size_);
}

Exiv2::ExifData ExifOf(const std::string& bytes) {
  auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(bytes.data()),
                                         static_cast<long>(bytes.size()));
  image->readMetadata();
  return image->exifData();
}

std::string Box(const std::string& type, const std::string& body) {
  const std::uint32_t size = static_cast<std::uint32_t>(8 + body.size());
  std::string out;
  for (int shift : {24, 16, 8, 0}) out += static_cast<char>((size >> shift) & 0xFF);
  return out + type + body;
}

std::string Be32(std::uint32_t v) {
  std::string out;
  for (int shift : {24, 16, 8, 0}) out += static_cast<char>((v >> shift) & 0xFF);
  return out;
}

TEST(EvidenceFilesTest, TypeIsDecidedByContent) {
  EXPECT_EQ(*SniffEvidenceType("%PDF-1.4\n%%EOF\n"), "application/pdf");
  EXPECT_EQ(*SniffEvidenceType(PngWithGps()), "image/png");
  const auto script = SniffEvidenceType("#!/bin/sh\necho hi\n");
  ASSERT_FALSE(script.ok());
  EXPECT_EQ(script.status().reason(), "unsupported_evidence_type");
  EXPECT_FALSE(SniffEvidenceType("").ok());
  EXPECT_FALSE(SniffEvidenceType(std::string("MZ\x90\x00\x03", 5) + std::string(200, '\0')).ok());
}

TEST(EvidenceFilesTest, ImageLosesGpsAndCameraButKeepsOrientation) {
  const std::string original = PngWithGps();
  const Exiv2::ExifData before = ExifOf(original);
  ASSERT_NE(before.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude")), before.end());
  auto stripped = StripLocationMetadata(original, "image/png");
  ASSERT_TRUE(stripped.ok()) << stripped.status().ToString();
  const Exiv2::ExifData after = ExifOf(*stripped);
  EXPECT_EQ(after.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude")), after.end());
  EXPECT_EQ(after.findKey(Exiv2::ExifKey("Exif.Image.Make")), after.end());
  const auto orientation = after.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
  ASSERT_NE(orientation, after.end());
  EXPECT_EQ(orientation->toLong(), 6);
  EXPECT_EQ(stripped->find("KameraPonsel"), std::string::npos);
  EXPECT_EQ(*SniffEvidenceType(*stripped), "image/png");
}

TEST(EvidenceFilesTest, VideoLocationBoxesAreZeroedInPlace) {
  const std::string xyz = Box("\xA9xyz", std::string("\x00\x12\x15\xC7", 4) + "-07.7543+113.2153/");
  const std::string keys = Box("keys", Be32(0) + Be32(2) + Box("mdta", "com.apple.quicktime.make") +
                                           Box("mdta", "com.apple.quicktime.location.ISO6709"));
  const std::string ilst =
      Box("ilst", Box(Be32(1), Box("data", Be32(1) + Be32(0) + "Apple")) +
                      Box(Be32(2), Box("data", Be32(1) + Be32(0) + "-07.7543+113.2153/")));
  const std::string moov =
      Box("moov", Box("mvhd", std::string(20, '\1')) + Box("udta", xyz) +
                      Box("meta", Box("hdlr", std::string(24, '\0')) + keys + ilst));
  const std::string mp4 = Box("ftyp", "isom\0\0\0\0isommp41") + moov + Box("mdat", "frames");
  auto stripped = StripLocationMetadata(mp4, "video/mp4");
  ASSERT_TRUE(stripped.ok());
  EXPECT_EQ(stripped->size(), mp4.size());
  EXPECT_EQ(stripped->find("113.2153"), std::string::npos);
  EXPECT_NE(stripped->find("Apple"), std::string::npos);  // other metadata stays
  EXPECT_NE(stripped->find("frames"), std::string::npos);
  // A truncated box tree is left alone rather than misread.
  EXPECT_TRUE(StripLocationMetadata(mp4.substr(0, 40), "video/mp4").ok());
}

}  // namespace
}  // namespace netra
