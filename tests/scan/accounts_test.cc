#include "scan/accounts.h"

#include <gtest/gtest.h>

#include <string>

namespace netra::scan {
namespace {

TEST(AccountRegistryTest, ParsesAndFindsCaseInsensitively) {
  auto r = AccountRegistry::Parse(
      "account,platform,nip,name,agency,region\n"
      "@Budi.Santoso,instagram,198503122010011002,Budi Santoso,\"Dinas Pendidikan, Kab\",35.13\n"
      "@siti,facebook,,Siti,Puskesmas,35.08\n");
  ASSERT_TRUE(r.ok()) << r.status().message_en();
  EXPECT_EQ(r->size(), 2u);
  const MonitoredAccount* a = r->Find("@budi.santoso");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->nip, "198503122010011002");
  EXPECT_EQ(a->agency, "Dinas Pendidikan, Kab");
  EXPECT_EQ(a->region, "35.13");
  EXPECT_EQ(r->Find("@nobody"), nullptr);
}

TEST(AccountRegistryTest, ColumnsInAnyOrder) {
  auto r = AccountRegistry::Parse("region,account\n35.13,@x\n");
  ASSERT_TRUE(r.ok()) << r.status().message_en();
  EXPECT_NE(r->Find("@X"), nullptr);
}

// Enough accounts to grow the table several times: every one is still found,
// by either case, at the index FindIndex reports; unknown handles are not.
TEST(AccountRegistryTest, EveryAccountFoundAfterTheTableGrows) {
  std::string csv = "account,region\n";
  for (int i = 0; i < 5000; ++i) csv += "@Asn" + std::to_string(i) + ",35.13\n";
  auto r = AccountRegistry::Parse(csv);
  ASSERT_TRUE(r.ok()) << r.status().message_en();
  ASSERT_EQ(r->size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const std::string handle = "@ASN" + std::to_string(i);
    const MonitoredAccount* a = r->Find(handle);
    ASSERT_NE(a, nullptr) << handle;
    EXPECT_EQ(a->account, "@Asn" + std::to_string(i));
    EXPECT_EQ(r->FindIndex(handle), r->IndexOf(*a));
    EXPECT_EQ(r->FindIndex("@asn" + std::to_string(i) + "x"), AccountRegistry::kNotFound);
  }
}

void ExpectError(const std::string& csv, const std::string& part) {
  auto r = AccountRegistry::Parse(csv);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find(part), std::string::npos) << r.status().message_en();
  EXPECT_FALSE(r.status().message_id().empty());
}

TEST(AccountRegistryTest, ErrorsNameLineAndColumn) {
  ExpectError("account,nip,region\n@a,123,35.13\n", "line 2, column 'nip'");
  ExpectError("account,nip,region\n@a,198503122010011002,35.1\n", "line 2, column 'region'");
  ExpectError("account,region\n@a,35.13\n@A,35.13\n", "line 3, column 'account': duplicate");
  ExpectError("account,region\n,35.13\n", "line 2, column 'account': empty");
  ExpectError("name,region\nx,35\n", "line 1: the header must name");
  ExpectError("", "empty");
  ExpectError("account,region\n\"@a,35.13\n", "malformed CSV");
}

TEST(AccountRegistryTest, LineNumbersCountQuotedNewlines) {
  ExpectError("account,name,region\n@a,\"two\nlines\",35.13\n@b,x,bad\n", "line 4");
}

}  // namespace
}  // namespace netra::scan
