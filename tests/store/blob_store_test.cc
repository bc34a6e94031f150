#include "store/blob_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "domain/pledge_text.h"

namespace netra {
namespace {

class BlobStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("netra-blob-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(BlobStoreTest, StoresBytesUnderTheirHashAndReadsThemBack) {
  auto store = BlobStore::Open(dir_);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  std::string bytes("%PDF-1.4\0binary\xff", 16);
  auto ref = store->Put(bytes);
  ASSERT_TRUE(ref.ok()) << ref.status().ToString();
  EXPECT_EQ(ref->sha256, Sha256Hex(bytes));
  EXPECT_EQ(ref->size, 16);
  EXPECT_TRUE(std::filesystem::exists(dir_ / ref->sha256.substr(0, 2) / ref->sha256.substr(2, 2) /
                                      ref->sha256));
  auto back = store->Get(ref->sha256);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, bytes);
  EXPECT_TRUE(store->Contains(ref->sha256));
}

TEST_F(BlobStoreTest, SameBytesAreStoredOnceEvenFromManyThreads) {
  auto store = BlobStore::Open(dir_);
  ASSERT_TRUE(store.ok());
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] { ASSERT_TRUE(store->Put("same photo").ok()); });
  }
  for (auto& t : threads) t.join();
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_)) {
    files += entry.is_regular_file() ? 1 : 0;
  }
  EXPECT_EQ(files, 1);
}

TEST_F(BlobStoreTest, RejectsUnknownMalformedAndAlteredBlobs) {
  auto store = BlobStore::Open(dir_);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store->Get(std::string(64, 'a')).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store->Get("../etc/passwd").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_FALSE(store->Contains("../../x"));

  auto ref = store->Put("original evidence");
  ASSERT_TRUE(ref.ok());
  std::ofstream(dir_ / ref->sha256.substr(0, 2) / ref->sha256.substr(2, 2) / ref->sha256,
                std::ios::trunc)
      << "edited evidence";
  EXPECT_EQ(store->Get(ref->sha256).status().code(), ErrorCode::kInternal);
}

TEST(DefaultBlobDirectory, SitsBesideTheDatabaseFile) {
  EXPECT_EQ(DefaultBlobDirectory("var/netra.db"), std::filesystem::path("var/netra-blobs"));
}

}  // namespace
}  // namespace netra
