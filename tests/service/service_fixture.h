// A fresh SQLite store in a temporary directory, seeded with a few regions,
// for service tests that need real storage.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "service/clock.h"
#include "store/store.h"

namespace netra::testing {

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("netra-service-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto store = OpenStore((dir_ / "netra.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    const Region regions[] = {
        {"35", "", "Jawa Timur", RegionLevel::kProvince, TimeZone::kWib},
        {"35.13", "35", "Kabupaten Probolinggo", RegionLevel::kRegency, TimeZone::kWib},
        {"35.13.15", "35.13", "Kraksaan", RegionLevel::kDistrict, TimeZone::kWib},
        {"35.08", "35", "Kabupaten Lumajang", RegionLevel::kRegency, TimeZone::kWib},
        {"18", "", "Lampung", RegionLevel::kProvince, TimeZone::kWib},
        {"18.09", "18", "Kabupaten Pesawaran", RegionLevel::kRegency, TimeZone::kWib},
    };
    ASSERT_TRUE(store_->UpsertRegions(regions).ok());
  }

  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  ManualClock clock_{1'726'700'000};  // 2024-09-18, the eve of the Probolinggo apel
};

}  // namespace netra::testing
