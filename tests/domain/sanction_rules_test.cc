#include "domain/sanction_rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "domain/shipped_data.h"

namespace netra {
namespace {

class SanctionRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto catalog = LoadShippedViolationCatalog();
    ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
    catalog_ = std::move(catalog).value();
    auto rules = LoadShippedSanctionRules(catalog_);
    ASSERT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = std::move(rules).value();
  }

  std::vector<std::string> Summaries(const SanctionProposal& p) {
    std::vector<std::string> out;
    for (const ProposedSanction& s : p.sanctions) out.push_back(SanctionSummary(s));
    return out;
  }

  ViolationCatalog catalog_;
  SanctionRules rules_;
};

TEST_F(SanctionRulesTest, EmbeddedCopyIsTheDataFile) {
  std::ifstream in("data/rules/sanctions.json", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ShippedSanctionRulesJson(), ss.str());
}

// The data-driven cases: every rule's own "tests" in data/rules/sanctions.json.
TEST_F(SanctionRulesTest, EveryRuleTestCaseInTheDataFile) {
  std::set<std::string> rules_with_tests;
  for (const SanctionRuleTest& t : rules_.tests()) {
    SCOPED_TRACE("rule " + t.rule_id + " tests[" + std::to_string(t.index) + "]");
    rules_with_tests.insert(t.rule_id);
    auto proposal = rules_.Propose(t.facts, catalog_);
    ASSERT_TRUE(proposal.ok()) << proposal.status().ToString();
    EXPECT_EQ(proposal->violation_codes, t.expect_codes);
    EXPECT_EQ(Summaries(*proposal), t.expect_sanctions);
    if (t.expect_refer_to) {
      EXPECT_EQ(proposal->refer_to, *t.expect_refer_to);
    }
  }
  EXPECT_EQ(rules_with_tests.size(), rules_.rules().size());
  EXPECT_GE(rules_.tests().size(), 25u);
}

TEST_F(SanctionRulesTest, CriminalRangeOfPasal188) {
  SanctionFacts f;
  f.violation_code = "DECISION-FAVOR";
  f.position = PositionCategory::kKepalaWilayah;
  f.stage_code = "kampanye";
  f.date = "2024-10-15";
  auto p = rules_.Propose(f, catalog_);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->sanctions.size(), 2u);
  const ProposedSanction& crime = p->sanctions[1];
  ASSERT_TRUE(crime.criminal.has_value());
  EXPECT_EQ(crime.criminal->months_min, 1);
  EXPECT_EQ(crime.criminal->months_max, 6);
  EXPECT_EQ(crime.criminal->fine_min, 600000);
  EXPECT_EQ(crime.criminal->fine_max, 6000000);
  EXPECT_EQ(crime.criminal->combination, "and_or");
  EXPECT_EQ(p->sanctions[0].regulation, "PP 94/2021 Pasal 8");
  EXPECT_EQ(p->phase, "after_determination");
  EXPECT_NE(std::find(p->legal_basis.begin(), p->legal_basis.end(),
                      "UU 10/2016 Pasal 71 ayat (1) jo. Pasal 188"),
            p->legal_basis.end());
}

TEST_F(SanctionRulesTest, PppkUsesItsOwnRegulationMarkedForVerification) {
  SanctionFacts f;
  f.violation_code = "CAMPAIGN-FACILITY";
  f.employee_type = EmployeeType::kPppk;
  f.stage_code = "kampanye";
  f.date = "2024-10-15";
  auto p = rules_.Propose(f, catalog_);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->sanctions.size(), 1u);
  EXPECT_NE(p->sanctions[0].regulation.find("PP 49/2018"), std::string::npos);
  EXPECT_EQ(p->sanctions[0].confidence, Confidence::kVerify);
}

TEST_F(SanctionRulesTest, UnknownStageIsNotedAndTreatedCautiously) {
  SanctionFacts f;
  f.violation_code = "DECISION-FAVOR";
  f.position = PositionCategory::kJptPratama;
  f.date = "2024-10-15";
  auto p = rules_.Propose(f, catalog_);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->phase, "unknown");
  EXPECT_EQ(Summaries(*p), std::vector<std::string>({"discipline:heavy:demotion_12m:primary"}));
  EXPECT_NE(p->notes_en.back().find("stage unknown"), std::string::npos);
}

TEST_F(SanctionRulesTest, RefusesFactsItCannotClassify) {
  SanctionFacts f;
  f.act = "dance";
  f.date = "2024-10-15";
  auto unknown_act = rules_.Propose(f, catalog_);
  ASSERT_FALSE(unknown_act.ok());
  EXPECT_EQ(unknown_act.status().reason(), "unknown_act");
  f.act = "";
  f.violation_code = "NOT-A-CODE";
  EXPECT_EQ(rules_.Propose(f, catalog_).status().reason(), "unknown_violation");
  f.violation_code = "SOC-LIKE";
  f.date = "2021-01-01";
  EXPECT_EQ(rules_.Propose(f, catalog_).status().reason(), "violation_not_in_force");
  f.date = "15-10-2024";
  EXPECT_EQ(rules_.Propose(f, catalog_).status().code(), ErrorCode::kInvalidArgument);
  f.date = "2024-10-15";
  f.election_kind = "pilpres";
  EXPECT_NE(rules_.Propose(f, catalog_).status().message_en().find("pilkada or pemilu"),
            std::string::npos);
}

TEST_F(SanctionRulesTest, LoaderRejectsRulesThatDoNotFitCatalogOrScales) {
  std::string text(ShippedSanctionRulesJson());
  struct Case {
    std::string from, to;
    const char* en;
  };
  const Case cases[] = {
      {R"("when": {"actor": "asn", "codes": ["PARTY-MEMBER"]})",
       R"("when": {"actor": "asn", "codes": ["PARTY-MEMBR"]})",
       "rules[1] (P-PARTY-MEMBER).when.codes: violation code not in the catalog \"PARTY-MEMBR\""},
      {R"("penalty": "ptdh", "role": "primary")", R"("penalty": "ptdhx", "role": "primary")",
       "(P-PARTY-MEMBER).propose[0]: level/penalty not in the scale"},
      {R"("criminal": "UU10-2016-P187A")", R"("criminal": "UU10-2016-P999")",
       "(C-VOTE-BUYING-PILKADA).propose[0].criminal: unknown criminal range"},
      {R"("phase": "after_determination"},)", R"("phase": "later"},)",
       "(P-DOUBLE-LIST-AFTER).when.phase: must be"},
      {R"({"id": "P-MEDIUM", )", R"({"id": "P-HEAVY", )", "(P-HEAVY).id: id repeats"},
      {R"("role": "primary"}],
     "note": "Keanggotaan)",
       R"("role": "main"}],
     "note": "Keanggotaan)",
       "(P-PARTY-MEMBER).propose[0].role: must be"},
  };
  for (const Case& c : cases) {
    std::string changed = text;
    const std::size_t at = changed.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.from;
    changed.replace(at, c.from.size(), c.to);
    auto r = SanctionRules::Parse(changed, "s.json", catalog_);
    ASSERT_FALSE(r.ok()) << c.to;
    EXPECT_NE(r.status().message_en().find(c.en), std::string::npos) << r.status().message_en();
    EXPECT_FALSE(r.status().message_id().empty());
  }
}

TEST_F(SanctionRulesTest, DecisionOverrideNeedsAReason) {
  SanctionDecision d;
  d.proposed = {SanctionTrack::kDiscipline, "heavy", "demotion_12m"};
  d.chosen = d.proposed;
  EXPECT_TRUE(ValidateSanctionDecision(d, rules_, PositionCategory::kAdministrator).ok());
  d.chosen = {SanctionTrack::kEthics, "moral", "moral_open"};
  Status s = ValidateSanctionDecision(d, rules_, PositionCategory::kAdministrator);
  EXPECT_EQ(s.reason(), "override_reason_required");
  d.override_reason = "   pendek   ";
  EXPECT_EQ(ValidateSanctionDecision(d, rules_, PositionCategory::kAdministrator).reason(),
            "override_reason_required");
  d.override_reason = "Unggahan dihapus dalam satu jam dan terlapor belum pernah dihukum.";
  EXPECT_TRUE(ValidateSanctionDecision(d, rules_, PositionCategory::kAdministrator).ok());
  d.override_reason = std::string(kMaxOverrideReasonBytes + 1, 'x');
  EXPECT_EQ(ValidateSanctionDecision(d, rules_, PositionCategory::kAdministrator).reason(),
            "override_reason_too_long");
}

TEST_F(SanctionRulesTest, DecisionChoicesMustExistAndFitThePosition) {
  SanctionDecision d;
  d.proposed = {SanctionTrack::kDiscipline, "heavy", "demotion_12m"};
  d.override_reason = "Terlapor mengerahkan dua puluh guru ke kampanye akbar.";
  d.chosen = {SanctionTrack::kDiscipline, "heavy", "release_to_pelaksana_12m"};
  EXPECT_TRUE(ValidateSanctionDecision(d, rules_, PositionCategory::kPengawas).ok());
  EXPECT_EQ(ValidateSanctionDecision(d, rules_, PositionCategory::kPelaksana).reason(),
            "penalty_not_for_position");
  d.chosen = {SanctionTrack::kDiscipline, "severe", "pdhtaps"};
  EXPECT_EQ(ValidateSanctionDecision(d, rules_, PositionCategory::kPengawas).reason(),
            "unknown_level");
  d.chosen = {SanctionTrack::kDiscipline, "medium", "tukin_cut_25_7m"};
  EXPECT_EQ(ValidateSanctionDecision(d, rules_, PositionCategory::kPengawas).reason(),
            "unknown_penalty");
  d.chosen = {SanctionTrack::kCriminal, "UU10-2016-P188", ""};
  EXPECT_EQ(ValidateSanctionDecision(d, rules_, PositionCategory::kPengawas).reason(),
            "criminal_not_choosable");
}

}  // namespace
}  // namespace netra
