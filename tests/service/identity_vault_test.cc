// IdentityVault on a real SQLite store: identities round-trip only with the
// master key that sealed them, region keys are kept encrypted, and a key file
// others can read is refused.
#include "service/identity_vault.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "store/store.h"

namespace netra {
namespace {

class IdentityVaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("netra-vault-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = std::move(OpenStore((dir_ / "netra.db").string())).value();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(IdentityVaultTest, SealsToTheRegionAndOpensOnlyWithTheSameMasterKey) {
  auto vault = IdentityVault::Open(dir_ / "a.key");
  ASSERT_TRUE(vault.ok()) << vault.status().ToString();
  EXPECT_EQ(std::filesystem::status(dir_ / "a.key").permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  auto sealed = vault->Seal(store_->enforcement(), "35.13", "Rahmat 3513010101900001", 1);
  ASSERT_TRUE(sealed.ok()) << sealed.status().ToString();
  EXPECT_EQ(sealed->find("Rahmat"), std::string::npos);
  EXPECT_EQ(*vault->Unseal(store_->enforcement(), "35.13", *sealed), "Rahmat 3513010101900001");
  // The region's secret key is stored encrypted: another master key cannot use it.
  auto other = IdentityVault::Open(dir_ / "b.key");
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->Unseal(store_->enforcement(), "35.13", *sealed).ok());
  // Nor does another region's key open it.
  ASSERT_TRUE(vault->Seal(store_->enforcement(), "35.08", "x", 1).ok());
  EXPECT_FALSE(vault->Unseal(store_->enforcement(), "35.08", *sealed).ok());
  // Reopening the same file gives the same key.
  auto again = IdentityVault::Open(dir_ / "a.key");
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->Unseal(store_->enforcement(), "35.13", *sealed).ok());
}

TEST_F(IdentityVaultTest, RefusesAKeyFileOthersCanReadOrThatIsNotAKey) {
  ASSERT_TRUE(IdentityVault::Open(dir_ / "a.key").ok());
  ::chmod((dir_ / "a.key").c_str(), 0644);
  auto loose = IdentityVault::Open(dir_ / "a.key");
  EXPECT_EQ(loose.status().code(), ErrorCode::kFailedPrecondition);
  std::ofstream(dir_ / "junk.key") << "hello\n";
  ::chmod((dir_ / "junk.key").c_str(), 0600);
  EXPECT_EQ(IdentityVault::Open(dir_ / "junk.key").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_FALSE(IdentityVault::Open(dir_ / "missing.key", /*create_if_missing=*/false).ok());
}

}  // namespace
}  // namespace netra
