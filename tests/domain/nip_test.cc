#include "domain/nip.h"

#include <gtest/gtest.h>

#include <string>

namespace netra {
namespace {

constexpr CivilDate kToday{2024, 10, 1};

// One row per case: input, kind, expected reason ("" = valid), and a piece of
// the English message that must name the wrong part.
struct NipCase {
  const char* text;
  NipKind kind;
  const char* reason;
  const char* message_has;
};

constexpr NipCase kCases[] = {
    {"198609262015051001", NipKind::kPns, "", ""},
    {"19860926 201505 1 001", NipKind::kPns, "", ""},
    {"19860926.201505.1.001", NipKind::kPns, "", ""},
    {"199009132025242014", NipKind::kPppk, "nip_appointment", "future"},
    {"199009132023242014", NipKind::kPppk, "", ""},
    {"", NipKind::kPns, "nip_format", "empty"},
    {"19860926201505100", NipKind::kPns, "nip_format", "18 digits, not 17"},
    {"1986092620150510011", NipKind::kPns, "nip_format", "more than 18"},
    {"19860926-201505-1-001", NipKind::kPns, "nip_format", "position 9"},
    {"19861326201505 1001", NipKind::kPns, "nip_birth_date", "digits 1-8"},
    {"198602302015051001", NipKind::kPns, "nip_birth_date", "not a real date"},
    {"193001012015051001", NipKind::kPns, "nip_birth_date", "year 1930"},
    {"201001012015051001", NipKind::kPns, "nip_birth_date", "year 2010"},
    {"198609262015131001", NipKind::kPns, "nip_appointment", "month 13"},
    {"198609262015001001", NipKind::kPns, "nip_appointment", "month 00"},
    {"198609262024111001", NipKind::kPns, "nip_appointment", "future"},
    {"198609262000011001", NipKind::kPns, "nip_appointment", "less than 18 years"},
    {"195001011965011001", NipKind::kPns, "nip_appointment", "too early"},
    {"198609262015053001", NipKind::kPns, "nip_gender", "digit 15"},
    {"198609262015050001", NipKind::kPns, "nip_gender", "digit 15"},
    {"198609262015051000", NipKind::kPns, "nip_sequence", "digits 16-18"},
    {"199009132018242014", NipKind::kPppk, "nip_appointment", "too early"},
    {"199009132023992000", NipKind::kPppk, "nip_sequence", "000"},
    {"199009132023243014", NipKind::kPppk, "nip_gender", "digit 15"},
};

class NipCaseTest : public ::testing::TestWithParam<NipCase> {};

TEST_P(NipCaseTest, MatchesExpectedVerdict) {
  const NipCase& c = GetParam();
  const Result<Nip> r = ParseNip(c.text, c.kind, kToday);
  const std::string reason = c.reason;
  if (reason.empty()) {
    ASSERT_TRUE(r.ok()) << c.text << ": " << r.status().ToString();
    EXPECT_EQ(r->digits.size(), 18u);
    return;
  }
  ASSERT_FALSE(r.ok()) << c.text;
  EXPECT_EQ(r.status().reason(), reason) << c.text;
  EXPECT_NE(r.status().message_en().find(c.message_has), std::string::npos)
      << c.text << ": " << r.status().message_en();
  EXPECT_NE(r.status().message_id(), r.status().message_en()) << "needs an Indonesian message";
}

INSTANTIATE_TEST_SUITE_P(Table, NipCaseTest, ::testing::ValuesIn(kCases));

TEST(NipTest, DecodesPnsParts) {
  const Result<Nip> r = ParseNip("19860926 201505 2 003", NipKind::kPns, kToday);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->digits, "198609262015052003");
  EXPECT_EQ(r->birth_date.year, 1986);
  EXPECT_EQ(r->birth_date.month, 9);
  EXPECT_EQ(r->birth_date.day, 26);
  EXPECT_EQ(r->appointment_year, 2015);
  EXPECT_EQ(r->appointment_month, 5);
  EXPECT_EQ(r->gender, 'P');
  EXPECT_EQ(r->sequence, 3);
  EXPECT_EQ(FormatNip(*r), "19860926 201505 2 003");
}

TEST(NipTest, DecodesPppkCodeWithoutMonthSemantics) {
  // Digits 13-14 ("24") would be an impossible month for a PNS.
  const Result<Nip> r = ParseNip("199009132023242014", NipKind::kPppk, kToday);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->appointment_year, 2023);
  EXPECT_EQ(r->appointment_month, 0);
  EXPECT_EQ(r->pppk_code, 24);
  EXPECT_EQ(r->gender, 'P');
  EXPECT_EQ(r->sequence, 14);
  EXPECT_EQ(FormatNip(*r), "19900913 2023 24 2 014");
  EXPECT_FALSE(ParseNip("199009132023242014", NipKind::kPns, kToday).ok());
}

TEST(NipTest, TodayIsAnInputNotAClock) {
  // Appointed Nov 2024: in the future on 1 Oct 2024, fine on 1 Dec 2024.
  EXPECT_FALSE(ParseNip("198609262024111001", NipKind::kPns, {2024, 10, 1}).ok());
  EXPECT_TRUE(ParseNip("198609262024111001", NipKind::kPns, {2024, 12, 1}).ok());
}

TEST(NipTest, LeapDayBirthDate) {
  EXPECT_TRUE(ParseNip("198802292010011001", NipKind::kPns, kToday).ok());
  const Result<Nip> r = ParseNip("198902292010011001", NipKind::kPns, kToday);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().reason(), "nip_birth_date");
  EXPECT_NE(r.status().message_id().find("digit 1-8"), std::string::npos);
}

TEST(NipTest, RulesAreConfigurable) {
  NipRules rules;
  rules.min_age_at_appointment = 25;
  EXPECT_TRUE(ParseNip("198609262010011001", NipKind::kPns, kToday).ok());
  EXPECT_FALSE(ParseNip("198609262010011001", NipKind::kPns, kToday, rules).ok());
}

}  // namespace
}  // namespace netra
