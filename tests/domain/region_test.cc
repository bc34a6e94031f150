#include "domain/region.h"

#include <gtest/gtest.h>

namespace netra {
namespace {

TEST(RegionCodeTest, LevelsFromShape) {
  EXPECT_EQ(*ParseRegionCode(""), RegionLevel::kNation);
  EXPECT_EQ(*ParseRegionCode("35"), RegionLevel::kProvince);
  EXPECT_EQ(*ParseRegionCode("35.13"), RegionLevel::kRegency);
  EXPECT_EQ(*ParseRegionCode("35.13.15"), RegionLevel::kDistrict);
  EXPECT_EQ(*ParseRegionCode("35.13.15.2017"), RegionLevel::kVillage);
}

TEST(RegionCodeTest, RejectsMalformedNamingThePart) {
  auto r = ParseRegionCode("35.1");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("part 2"), std::string::npos);
  EXPECT_FALSE(ParseRegionCode("35.13.15.201").ok());
  EXPECT_FALSE(ParseRegionCode("35.13.15.2017.1").ok());
  EXPECT_FALSE(ParseRegionCode("3a").ok());
  EXPECT_FALSE(ParseRegionCode("35.").ok());
}

TEST(RegionCodeTest, WithinIsSegmentAware) {
  EXPECT_TRUE(RegionWithin("35.13.15", "35.13"));
  EXPECT_TRUE(RegionWithin("35.13", "35.13"));
  EXPECT_TRUE(RegionWithin("35.13", ""));
  EXPECT_FALSE(RegionWithin("35.1", "35.13"));
  EXPECT_FALSE(RegionWithin("35", "35.13"));
  EXPECT_FALSE(RegionWithin("351", "35"));
  EXPECT_EQ(ParentRegionCode("35.13.15"), "35.13");
  EXPECT_EQ(ParentRegionCode("35"), "");
}

TEST(RegionCodeTest, ProvinceZones) {
  EXPECT_EQ(ProvinceTimeZone("35"), TimeZone::kWib);   // Jawa Timur
  EXPECT_EQ(ProvinceTimeZone("18"), TimeZone::kWib);   // Lampung
  EXPECT_EQ(ProvinceTimeZone("51"), TimeZone::kWita);  // Bali
  EXPECT_EQ(ProvinceTimeZone("65"), TimeZone::kWita);  // Kalimantan Utara
  EXPECT_EQ(ProvinceTimeZone("96"), TimeZone::kWit);   // Papua Barat Daya
  EXPECT_FALSE(ProvinceTimeZone("99").has_value());
  EXPECT_EQ(TimeZoneUtcOffsetHours(TimeZone::kWit), 9);
}

}  // namespace
}  // namespace netra
