#include "domain/deadline_rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace netra {
namespace {

constexpr char kRulesPath[] = "data/rules/deadlines.json";

DeadlineRules ShippedRules() {
  std::ifstream in(kRulesPath);
  std::stringstream ss;
  ss << in.rdbuf();
  auto rules = DeadlineRules::Parse(ss.str(), kRulesPath);
  EXPECT_TRUE(rules.ok()) << rules.status().ToString();
  return std::move(rules).value();
}

TEST(DeadlineRulesTest, ShippedRulesMatchDomainSection43) {
  const DeadlineRules rules = ShippedRules();
  struct Expect {
    const char* id;
    int days;
    DayCount count;
    const char* election;
    const char* source;
    bool confirmed;
  };
  const Expect expected[] = {
      {"D1", 7, DayCount::kCalendar, "pilkada", "UU Pilkada Pasal 134(4)", true},
      {"D2", 3, DayCount::kWorking, "pemilu", "Perbawaslu 7/2022", false},
      {"D3", 3, DayCount::kCalendar, "pilkada", "UU Pilkada Pasal 134(5)", true},
      {"D4", 5, DayCount::kCalendar, "pilkada", "UU Pilkada Pasal 134(6)", true},
      {"D5-finding", 7, DayCount::kWorking, "pemilu", "UU 7/2017 Pasal 454(5)-(8)", true},
      {"D5-report", 7, DayCount::kWorking, "pemilu", "UU 7/2017 Pasal 454(5)-(8)", true},
      {"D5-follow-up", 7, DayCount::kWorking, "pemilu", "UU 7/2017 Pasal 454(5)-(8)", true},
      {"D5-extension", 14, DayCount::kWorking, "pemilu", "UU 7/2017 Pasal 454(5)-(8)", true},
      {"D6", 7, DayCount::kCalendar, "pilkada", "BKN procedure 2024 (SBT)", false},
      {"D7", 3, DayCount::kWorking, "pilkada", "BKN procedure 2024 (SBT)", false},
      {"D8", 10, DayCount::kCalendar, "any", "SKB 2020/2022", false},
      {"D10-forward", 3, DayCount::kWorking, "any", "SP4N-LAPOR! service rules", false},
      {"D10-respond", 5, DayCount::kWorking, "any", "SP4N-LAPOR! service rules", false},
      {"D10-autoclose", 10, DayCount::kWorking, "any", "SP4N-LAPOR! service rules", false},
  };
  EXPECT_EQ(rules.rules().size(), std::size(expected));
  for (const Expect& e : expected) {
    const DeadlineRule* rule = rules.Find(e.id);
    ASSERT_NE(rule, nullptr) << e.id;
    EXPECT_EQ(rule->days, e.days) << e.id;
    EXPECT_EQ(rule->count, e.count) << e.id;
    EXPECT_EQ(rule->election, e.election) << e.id;
    EXPECT_EQ(rule->source, e.source) << e.id;
    EXPECT_EQ(rule->confirmed, e.confirmed) << e.id;
    EXPECT_FALSE(rule->step.empty()) << e.id;
  }
  EXPECT_EQ(rules.Find("D9"), nullptr);
}

TEST(DeadlineRulesTest, SelectPicksTheRuleForTheElectionKind) {
  const DeadlineRules rules = ShippedRules();
  EXPECT_EQ(rules.Select({"D3", "D5-follow-up"}, "pilkada")->id, "D3");
  EXPECT_EQ(rules.Select({"D3", "D5-follow-up"}, "pemilu")->id, "D5-follow-up");
  EXPECT_EQ(rules.Select({"D8"}, "pilkada")->id, "D8");
  EXPECT_EQ(rules.Select({"D8"}, "pemilu")->id, "D8");
  // §4.3 gives no Pilkada time to complete a report.
  EXPECT_EQ(rules.Select({"D2"}, "pilkada"), nullptr);
  EXPECT_EQ(rules.Select({"D-unknown"}, "pilkada"), nullptr);
}

TEST(DeadlineRulesTest, RuleDeadlineCountsWithTheCalendar) {
  const DeadlineRules rules = ShippedRules();
  auto calendar = Calendar::Create(
      {Holiday{CivilDate{2024, 6, 17}, HolidayKind::kLiburNasional, "Idul Adha", "SKB 855/2023"},
       Holiday{CivilDate{2024, 6, 18}, HolidayKind::kCutiBersama, "Cuti bersama Idul Adha",
               "SKB 855/2023"}});
  ASSERT_TRUE(calendar.ok());
  // Friday 2024-06-14 10:00 WITA.
  const std::int64_t received = DaysFromCivil(CivilDate{2024, 6, 14}) * 86400 + 2 * 3600;
  // D3: 3 calendar days -> Monday 17 Jun, even though it is Idul Adha.
  auto d3 = RuleDeadline(*rules.Find("D3"), *calendar, received, TimeZone::kWita);
  ASSERT_TRUE(d3.ok());
  EXPECT_EQ(*d3, EndOfLocalDay(CivilDate{2024, 6, 17}, TimeZone::kWita));
  // D7: 3 working days -> Friday 21 Jun.
  auto d7 = RuleDeadline(*rules.Find("D7"), *calendar, received, TimeZone::kWita);
  ASSERT_TRUE(d7.ok());
  EXPECT_EQ(*d7, EndOfLocalDay(CivilDate{2024, 6, 21}, TimeZone::kWita));
}

TEST(DeadlineRulesTest, LoaderNamesRuleAndFieldInBothLanguages) {
  const std::string ok_rule =
      R"({"id":"D1","step":"s","days":7,"count":"calendar","election":"pilkada","source":"x","confirmed":true})";
  struct Case {
    std::string text;
    const char* en;
    const char* id;
  };
  const Case cases[] = {
      {"{", "r.json: invalid JSON", "r.json: JSON tidak sah"},
      {"[]", "must be an object with a \"rules\" array", "larik \"rules\""},
      {R"({"rules":[{"step":"s"}]})", "rules[0].id: required", "rules[0].id: wajib"},
      {R"({"rules":[)" + ok_rule + "," + ok_rule + "]}", "rules[1] (D1).id: id repeats",
       "rules[1] (D1).id: id sudah dipakai"},
      {R"({"rules":[{"id":"D1","days":7}]})", "rules[0] (D1).step: required",
       "rules[0] (D1).step: wajib"},
      {R"({"rules":[{"id":"D1","step":"s","days":-1}]})", "rules[0] (D1).days: required, integer",
       "(D1).days: wajib"},
      {R"({"rules":[{"id":"D1","step":"s","days":"7"}]})", "(D1).days", "(D1).days"},
      {R"({"rules":[{"id":"D1","step":"s","days":7,"count":"hari"}]})",
       "(D1).count: must be \"calendar\" or \"working\"", "(D1).count: harus"},
      {R"({"rules":[{"id":"D1","step":"s","days":7,"count":"working","election":"pilpres"}]})",
       "(D1).election: must be", "(D1).election: harus"},
      {R"({"rules":[{"id":"D1","step":"s","days":7,"count":"working","election":"any"}]})",
       "(D1).source: legal source is required", "(D1).source: dasar hukum wajib"},
      {R"({"rules":[{"id":"D1","step":"s","days":7,"count":"working","election":"any","source":"x","confirmed":"yes"}]})",
       "(D1).confirmed: required, true or false", "(D1).confirmed: wajib"},
      {R"({"rules":[{"id":"D1","step":"s","days":7,"count":"working","election":"any","source":"x","confirmed":false,"note":1}]})",
       "(D1).note: must be a string", "(D1).note: harus teks"},
  };
  for (const Case& c : cases) {
    auto r = DeadlineRules::Parse(c.text, "r.json");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(r.status().message_en().find(c.en), std::string::npos) << r.status().message_en();
    EXPECT_NE(r.status().message_id().find(c.id), std::string::npos) << r.status().message_id();
  }
  auto good = DeadlineRules::Parse(R"({"rules":[)" + ok_rule + "]}", "r.json");
  ASSERT_TRUE(good.ok()) << good.status().ToString();
  EXPECT_EQ(good->rules().size(), 1u);
}

}  // namespace
}  // namespace netra
