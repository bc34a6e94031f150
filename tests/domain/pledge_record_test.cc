#include "domain/pledge_record.h"

#include <gtest/gtest.h>

#include <string>

namespace netra {
namespace {

PledgeRecord AtEventRecord() {
  PledgeRecord r;
  r.text_hash = "4f2b8c1d9e0a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c";
  r.nip = "198609262015051001";
  r.name = "Siti Aminah, S.Sos.";
  r.agency = "Dinas Kependudukan dan Pencatatan Sipil";
  r.signed_at = 1726708500;  // 2024-09-19 01:15 UTC = 08.15 WIB
  r.event_id = 12;
  r.method = PledgeMethod::kAtEvent;
  r.operator_id = 7;
  return r;
}

TEST(PledgeRecordTest, CanonicalFormGoldenBytes) {
  auto bytes = CanonicalPledgeRecord(AtEventRecord());
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  EXPECT_EQ(*bytes,
            "netra-pledge-v1\n"
            "text_hash:64:4f2b8c1d9e0a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c\n"
            "nip:18:198609262015051001\n"
            "name:19:Siti Aminah, S.Sos.\n"
            "agency:39:Dinas Kependudukan dan Pencatatan Sipil\n"
            "signed_at:10:1726708500\n"
            "event:2:12\n"
            "method:8:at_event\n"
            "operator:1:7\n");
}

TEST(PledgeRecordTest, SelfSignatureWithoutEventHasEmptyFields) {
  PledgeRecord r = AtEventRecord();
  r.method = PledgeMethod::kSelf;
  r.event_id.reset();
  r.operator_id.reset();
  auto bytes = CanonicalPledgeRecord(r);
  ASSERT_TRUE(bytes.ok());
  EXPECT_NE(bytes->find("\nevent:0:\nmethod:4:self\noperator:0:\n"), std::string::npos) << *bytes;
}

TEST(PledgeRecordTest, LengthPrefixKeepsSeparatorsInValuesUnambiguous) {
  PledgeRecord a = AtEventRecord();
  PledgeRecord b = AtEventRecord();
  a.name = "Ana\nagency:3:X";
  b.name = "Ana";
  b.agency = "X\nagency:39:" + b.agency;
  auto ca = CanonicalPledgeRecord(a);
  auto cb = CanonicalPledgeRecord(b);
  ASSERT_TRUE(ca.ok());
  ASSERT_TRUE(cb.ok());
  EXPECT_NE(*ca, *cb);
  auto back = ParseCanonicalPledgeRecord(*ca);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, a);
}

TEST(PledgeRecordTest, ParseRoundTripsAndRejectsNonCanonicalBytes) {
  const std::string bytes = *CanonicalPledgeRecord(AtEventRecord());
  auto back = ParseCanonicalPledgeRecord(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, AtEventRecord());

  std::string leading_zero = bytes;
  leading_zero.replace(leading_zero.find("event:2:12"), 10, "event:3:012");
  std::string wrong_length = bytes;
  wrong_length.replace(wrong_length.find("nip:18:"), 7, "nip:17:");
  std::string short_nip = bytes;
  short_nip.replace(short_nip.find("nip:18:198609262015051001"), 25, "nip:17:19860926201505100");
  const std::string cases[] = {leading_zero, wrong_length,       short_nip,
                               bytes + "x",  bytes.substr(1),    bytes.substr(0, bytes.size() - 1),
                               "",           "netra-pledge-v2\n"};
  for (const std::string& c : cases) {
    EXPECT_FALSE(ParseCanonicalPledgeRecord(c).ok()) << c;
  }
}

TEST(PledgeRecordTest, ValidationNamesTheField) {
  struct Case {
    void (*mutate)(PledgeRecord&);
    const char* field;
  };
  const Case cases[] = {
      {[](PledgeRecord& r) { r.text_hash[0] = 'F'; }, "text_hash"},
      {[](PledgeRecord& r) { r.nip = "19860926201505100X"; }, "nip"},
      {[](PledgeRecord& r) { r.name.clear(); }, "name"},
      {[](PledgeRecord& r) { r.agency.clear(); }, "agency"},
      {[](PledgeRecord& r) { r.signed_at = 0; }, "signed_at"},
      {[](PledgeRecord& r) { r.event_id = -1; }, "event"},
      {[](PledgeRecord& r) { r.operator_id.reset(); }, "operator"},
      {[](PledgeRecord& r) { r.method = PledgeMethod::kSelf; }, "operator"},
  };
  for (const Case& c : cases) {
    PledgeRecord r = AtEventRecord();
    c.mutate(r);
    const Status status = ValidatePledgeRecord(r);
    EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument) << c.field;
    EXPECT_NE(status.message_en().find(c.field), std::string::npos) << status.message_en();
    EXPECT_FALSE(CanonicalPledgeRecord(r).ok());
  }
  EXPECT_TRUE(ValidatePledgeRecord(AtEventRecord()).ok());
}

TEST(PledgeRecordTest, CertificateNumberIsStableAndFollowsTheRecord) {
  auto number = PledgeCertificateNumber(AtEventRecord());
  ASSERT_TRUE(number.ok());
  ASSERT_EQ(number->size(), 20u);
  EXPECT_EQ(number->substr(0, 6), "NETRA-");
  EXPECT_EQ((*number)[10], '-');
  EXPECT_EQ((*number)[15], '-');
  EXPECT_EQ(number->find_first_of("ILOU", 6), std::string::npos);  // Crockford alphabet
  EXPECT_EQ(*PledgeCertificateNumber(AtEventRecord()), *number);
  PledgeRecord later = AtEventRecord();
  later.signed_at += 1;
  EXPECT_NE(*PledgeCertificateNumber(later), *number);
}

}  // namespace
}  // namespace netra
