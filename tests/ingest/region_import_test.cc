#include "ingest/region_import.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_store.h"

namespace netra::ingest {
namespace {

using testing::CountRows;
using testing::RowCounts;
using testing::TempStore;

Region StoredRegion(Store& store, const std::string& code) {
  Result<Region> r = store.GetRegion(code);
  EXPECT_TRUE(r.ok()) << code << ": " << r.status().ToString();
  return r.ok() ? *r : Region{};
}

class RegionImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("netra_region_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("provinces.csv", "code,name\n35,Jawa Timur\n94,Papua Tengah\n");
    Write("regencies.csv", "code,province_code,name\n35.13,35,Kabupaten Probolinggo\n");
    Write("districts.csv", "code,regency_code,name\n35.13.15,35.13,Kraksaan\n");
    Write("villages.csv",
          "code,district_code,name\n35.13.15.2017,35.13.15,\"Soka\"\"an\"\n"
          "35.13.15.1001,35.13.15,\"Lubuk Pakam I,II\"\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

  std::filesystem::path dir_;
  TempStore store_;
};

TEST_F(RegionImportTest, LoadsAllLevelsWithZonesAndIsIdempotent) {
  int progress_calls = 0;
  Result<RegionImportReport> r = ImportRegions(
      *store_, dir_.string(), [&](const ImportProgress&) { ++progress_calls; }, 2);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->provinces, 2);
  EXPECT_EQ(r->regencies, 1);
  EXPECT_EQ(r->districts, 1);
  EXPECT_EQ(r->villages, 2);
  EXPECT_EQ(r->inserted, 6);
  EXPECT_EQ(progress_calls, 3);  // batches of 2
  EXPECT_EQ(StoredRegion(*store_, "94").time_zone, TimeZone::kWit);
  const Region village = StoredRegion(*store_, "35.13.15.2017");
  EXPECT_EQ(village.name, "Soka\"an");
  EXPECT_EQ(village.parent_code, "35.13.15");
  EXPECT_EQ(village.level, RegionLevel::kVillage);
  EXPECT_EQ(village.time_zone, TimeZone::kWib);
  r = ImportRegions(*store_, dir_.string());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->inserted, 0);
  EXPECT_EQ(r->updated, 6);
  EXPECT_EQ(CountRows(*store_).regions, 6);
}

struct BadRegionFile {
  const char* file;
  const char* text;
  const char* reason;
};

class BadRegionTest : public RegionImportTest,
                      public ::testing::WithParamInterface<BadRegionFile> {};

TEST_P(BadRegionTest, FailsNamingFileAndLineAndWritesNothing) {
  Write(GetParam().file, GetParam().text);
  Result<RegionImportReport> r = ImportRegions(*store_, dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find(GetParam().reason), std::string::npos)
      << r.status().message_en();
  EXPECT_EQ(CountRows(*store_), RowCounts{});
}

const BadRegionFile kBadFiles[] = {
    {"provinces.csv", "code,name\n35,Jawa Timur\n99,Nowhere\n",
     "provinces.csv line 3: time zone of province 99"},
    {"regencies.csv", "code,province_code,name\n35.13,35,A\n36.01,36,B\n",
     "regencies.csv line 3: parent 36 of 36.01 does not exist"},
    {"regencies.csv", "code,province_code,name\n35.13,35,A\n35.13,35,B\n", "appears twice"},
    {"districts.csv", "code,regency_code,name\n35.13.15,35.74,A\n",
     "regency_code '35.74' is not the parent"},
    {"districts.csv", "code,regency_code,name\n35.13,35,A\n", "is not of level kecamatan"},
    {"villages.csv", "code,district_code,name\n35.13.15.20x7,35.13.15,A\n", "part 4"},
    {"villages.csv", "code,name\n", "required columns are missing: district_code"},
    {"villages.csv", "code,district_code,name\n35.13.15.2017,35.13.15,\n", "is empty"},
};

INSTANTIATE_TEST_SUITE_P(Table, BadRegionTest, ::testing::ValuesIn(kBadFiles));

TEST_F(RegionImportTest, MissingFileIsNamed) {
  std::filesystem::remove(dir_ / "districts.csv");
  Result<RegionImportReport> r = ImportRegions(*store_, dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message_en().find("districts.csv"), std::string::npos);
}

// The pinned idn-area-data 4.0.1 installed by the setup step.
TEST(RegionImportRealDataTest, LoadsIdnAreaData401) {
  const std::string dir = std::string(NETRA_SOURCE_DIR) + "/" + kDefaultRegionDataDir;
  TempStore store;
  Result<RegionImportReport> r = ImportRegions(*store, dir);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->provinces, 38);
  EXPECT_EQ(r->regencies, 514);
  EXPECT_EQ(r->districts, 7285);
  EXPECT_EQ(r->villages, 83762);
  EXPECT_EQ(StoredRegion(*store, "35.13").name, "Kabupaten Probolinggo");
  EXPECT_EQ(StoredRegion(*store, "51").time_zone, TimeZone::kWita);
  EXPECT_EQ(StoredRegion(*store, "96").time_zone, TimeZone::kWit);
  EXPECT_EQ(StoredRegion(*store, "12.07.28.1007").name, "Lubuk Pakam I,II");
  EXPECT_EQ(CountRows(*store).regions, 38 + 514 + 7285 + 83762);
}

}  // namespace
}  // namespace netra::ingest
