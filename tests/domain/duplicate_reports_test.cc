#include "domain/duplicate_reports.h"

#include <gtest/gtest.h>

#include <vector>

namespace netra {
namespace {

DuplicateRule Shipped() {
  auto rule = LoadShippedDuplicateRule();
  EXPECT_TRUE(rule.ok()) << rule.status().ToString();
  return *rule;
}

ReportSubject Base() {
  ReportSubject r;
  r.nip = "198609262015052001";
  r.employee_name = "Siti Aminah, S.Sos.";
  r.agency = "Dinas Kesehatan";
  r.violation_code = "SOC-LIKE";
  r.category = "social_media";
  r.act_date = "2024-10-10";
  return r;
}

TEST(DuplicateRuleTest, ShippedWindowIsThreeDaysUnconfirmed) {
  const DuplicateRule rule = Shipped();
  EXPECT_EQ(rule.window_days, 3);
  EXPECT_FALSE(rule.confirmed);
}

TEST(DuplicateRuleTest, SameNipSameCodeWithinWindow) {
  const DuplicateRule rule = Shipped();
  ReportSubject a = Base(), b = Base();
  b.employee_name = "SITI AMINAH";  // the NIP decides when both have one
  b.act_date = "2024-10-13";
  DuplicateMatch m = SameCase(a, b, rule);
  EXPECT_TRUE(m.same) << m.reason_en;
  EXPECT_NE(m.reason_en.find("same NIP"), std::string::npos);
  b.act_date = "2024-10-14";  // 4 days apart
  m = SameCase(a, b, rule);
  EXPECT_FALSE(m.same);
  EXPECT_NE(m.reason_en.find("4 days apart (limit 3)"), std::string::npos) << m.reason_en;
  b.act_date = "2024-10-07";  // order does not matter
  EXPECT_TRUE(SameCase(a, b, rule).same);
  b = Base();
  b.nip = "197901012005011003";
  EXPECT_FALSE(SameCase(a, b, rule).same);
}

TEST(DuplicateRuleTest, NameAndAgencyWhenANipIsMissing) {
  const DuplicateRule rule = Shipped();
  ReportSubject a = Base(), b = Base();
  b.nip = "";
  b.employee_name = "  dr.  siti   aminah ";
  b.agency = "dinas  kesehatan.";
  EXPECT_TRUE(SameCase(a, b, rule).same) << SameCase(a, b, rule).reason_en;
  b.agency = "Dinas Pendidikan";
  EXPECT_FALSE(SameCase(a, b, rule).same);
  b.agency = "";
  EXPECT_FALSE(SameCase(b, a, rule).same);
}

TEST(DuplicateRuleTest, SameActByCodeOrByCategory) {
  const DuplicateRule rule = Shipped();
  ReportSubject a = Base(), b = Base();
  b.violation_code = "SOC-POST";  // both coded: codes must match
  EXPECT_FALSE(SameCase(a, b, rule).same);
  b.violation_code = "";  // not yet classified: the category decides
  EXPECT_TRUE(SameCase(a, b, rule).same);
  b.category = "campaign";
  EXPECT_FALSE(SameCase(a, b, rule).same);
  b.category = "";
  EXPECT_FALSE(SameCase(a, b, rule).same);
}

TEST(DuplicateRuleTest, BadDatesNeverMatch) {
  ReportSubject a = Base(), b = Base();
  b.act_date = "2024-02-30";
  const DuplicateMatch m = SameCase(a, b, Shipped());
  EXPECT_FALSE(m.same);
  EXPECT_EQ(m.reason_en, "invalid act date");
}

TEST(DuplicateRuleTest, FindDuplicatesListsMatchesInOrder) {
  const DuplicateRule rule = Shipped();
  std::vector<ReportSubject> existing(4, Base());
  existing[1].act_date = "2024-11-30";
  existing[3].nip = "";
  existing[3].employee_name = "Hj. Siti Aminah";
  EXPECT_EQ(FindDuplicates(Base(), existing, rule), (std::vector<std::size_t>{0, 2, 3}));
  DuplicateRule wide = rule;
  wide.window_days = 60;
  EXPECT_EQ(FindDuplicates(Base(), existing, wide), (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(DuplicateRuleTest, NormalizesNames) {
  EXPECT_EQ(NormalizePersonName("Dr. H. Ahmad  Fauzi, M.Si."), "ahmad fauzi");
  EXPECT_EQ(NormalizePersonName("Prof. Ir. Budi"), "budi");
  EXPECT_EQ(NormalizePersonName("H"), "h");  // a name is never dropped entirely
  EXPECT_EQ(NormalizePersonName("Ni Luh Putu Ayu"), "ni luh putu ayu");
}

TEST(DuplicateRuleTest, ConfigLoaderNamesTheField) {
  auto r =
      ParseDuplicateRule(R"({"window_days": -1, "confirmed": false, "source": "x"})", "d.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("d.json.window_days: must be an integer 0..366"),
            std::string::npos)
      << r.status().message_en();
  r = ParseDuplicateRule(R"({"window_days": 5, "source": "x"})", "d.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_id().find("d.json.confirmed: wajib"), std::string::npos);
  r = ParseDuplicateRule(R"({"window_days": 5, "confirmed": true, "source": "SE 1/2025"})",
                         "d.json");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->window_days, 5);
}

}  // namespace
}  // namespace netra
