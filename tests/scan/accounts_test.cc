#include "scan/accounts.h"

#include <gtest/gtest.h>

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
