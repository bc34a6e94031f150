#include "domain/deadline_rules.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

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

// The shipped calendar: data/holidays/2024-2026.csv.
Calendar ShippedCalendar() {
  std::vector<Holiday> all;
  for (const char* year : {"2024", "2025", "2026"}) {
    const std::string path = std::string("data/holidays/") + year + ".csv";
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    auto rows = ParseHolidayCsv(ss.str(), path);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (rows.ok()) all.insert(all.end(), rows->begin(), rows->end());
  }
  return std::move(Calendar::Create(std::move(all))).value();
}

// "YYYY-MM-DDTHH:MM" local in `zone`, or with a trailing 'Z' in UTC.
std::int64_t ParseStart(const std::string& text, TimeZone zone) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0;
  char z = 0;
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d%c", &y, &mo, &d, &h, &mi, &z);
  EXPECT_TRUE(n == 5 || (n == 6 && z == 'Z')) << text;
  const std::int64_t local = DaysFromCivil(CivilDate{y, mo, d}) * 86400 + h * 3600 + mi * 60;
  return n == 6 ? local : local - std::int64_t{TimeZoneUtcOffsetHours(zone)} * 3600;
}

TEST(DeadlineRuleCasesTest, EveryRuleInEveryZoneAcrossHolidays) {
  const DeadlineRules rules = ShippedRules();
  const Calendar calendar = ShippedCalendar();
  const std::string path = "tests/domain/testdata/deadline_rules.case";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "run from the source root: " << path;
  std::set<std::string> rules_seen;
  std::set<std::string> zones_seen;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    line = line.substr(0, line.find('#'));
    std::istringstream fields(line);
    std::string id, start, zone_text, expected;
    if (!(fields >> id)) continue;
    SCOPED_TRACE(path + ":" + std::to_string(line_no));
    ASSERT_TRUE(fields >> start >> zone_text >> expected) << "malformed case";
    const DeadlineRule* rule = rules.Find(id);
    ASSERT_NE(rule, nullptr) << id;
    rules_seen.insert(id);
    zones_seen.insert(zone_text);
    TimeZone zone = TimeZone::kWib;
    if (zone_text == "WITA") zone = TimeZone::kWita;
    if (zone_text == "WIT") zone = TimeZone::kWit;
    ASSERT_EQ(TimeZoneName(zone), zone_text);
    auto deadline = RuleDeadline(*rule, calendar, ParseStart(start, zone), zone);
    if (expected.rfind("error:", 0) == 0) {
      ASSERT_FALSE(deadline.ok());
      EXPECT_EQ(CodeName(deadline.status().code()), expected.substr(6));
      continue;
    }
    ASSERT_TRUE(deadline.ok()) << deadline.status().ToString();
    int y = 0, m = 0, d = 0;
    ASSERT_EQ(std::sscanf(expected.c_str(), "%4d-%2d-%2d", &y, &m, &d), 3) << expected;
    const CivilDate got = LocalDate(*deadline, zone);
    EXPECT_EQ(*deadline, EndOfLocalDay(CivilDate{y, m, d}, zone))
        << id << " got " << got.year << "-" << got.month << "-" << got.day;
  }
  for (const DeadlineRule& rule : rules.rules()) {
    EXPECT_TRUE(rules_seen.contains(rule.id)) << "no case for rule " << rule.id;
  }
  EXPECT_EQ(zones_seen, (std::set<std::string>{"WIB", "WITA", "WIT"}));
}

// For every rule, zone and start day of 2024 through Nov 2026: a working-day
// deadline falls on a working day with exactly `days` working days after the
// day of receipt; a calendar deadline is the local date + days. The deadline is
// the last second of that local day: one second later is the next local day.
TEST(DeadlineRuleCasesTest, PropertiesHoldForEveryStartDay) {
  const DeadlineRules rules = ShippedRules();
  const Calendar calendar = ShippedCalendar();
  const std::int64_t first = DaysFromCivil(CivilDate{2024, 1, 1});
  const std::int64_t last = DaysFromCivil(CivilDate{2026, 11, 30});
  int checked = 0;
  for (const DeadlineRule& rule : rules.rules()) {
    for (TimeZone zone : {TimeZone::kWib, TimeZone::kWita, TimeZone::kWit}) {
      for (std::int64_t day = first; day <= last; ++day) {
        // 23:30 local: late enough that a UTC-based count would pick the wrong day.
        const std::int64_t start =
            day * 86400 + 23 * 3600 + 1800 - std::int64_t{TimeZoneUtcOffsetHours(zone)} * 3600;
        auto deadline = RuleDeadline(rule, calendar, start, zone);
        ASSERT_TRUE(deadline.ok()) << rule.id << " " << deadline.status().ToString();
        const CivilDate end = LocalDate(*deadline, zone);
        const std::int64_t end_day = DaysFromCivil(end);
        ASSERT_EQ(LocalDate(*deadline + 1, zone).day, CivilFromDays(end_day + 1).day);
        if (rule.count == DayCount::kCalendar) {
          ASSERT_EQ(end_day, day + rule.days) << rule.id;
        } else {
          int working = 0;
          for (std::int64_t d = day + 1; d <= end_day; ++d) {
            if (calendar.IsWorkingDay(CivilFromDays(d))) ++working;
          }
          ASSERT_EQ(working, rule.days) << rule.id << " from day " << day;
          ASSERT_TRUE(rule.days == 0 || calendar.IsWorkingDay(end)) << rule.id;
        }
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 40000);
}

}  // namespace
}  // namespace netra
