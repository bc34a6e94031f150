#include "domain/conflict_of_interest.h"

#include <gtest/gtest.h>

namespace netra {
namespace {

ConflictFacts Clean() {
  ConflictFacts f;
  f.ppk_person = "bupati-35.13";
  f.ppk_region_code = "35.13";
  f.reported_person = "emp:77";
  f.reported_unit = "agency:12";
  f.officer_person = "user:5";
  f.officer_unit = "bawaslu-35.13";
  f.officer_region_code = "35.13";
  return f;
}

TEST(ConflictOfInterestTest, NoneWhenNothingIsShared) {
  EXPECT_TRUE(FindConflicts(Clean()).empty());
  ConflictFacts f = Clean();
  f.reported_unit = "";
  f.officer_unit = "";  // unknown units are never "the same"
  EXPECT_TRUE(FindConflicts(f).empty());
}

TEST(ConflictOfInterestTest, RegencyPpkRunningGoesToTheGovernorAndBkn) {
  ConflictFacts f = Clean();
  f.ppk_is_candidate_in_running_contest = true;
  const auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].kind, ConflictKind::kPpkCandidate);
  EXPECT_EQ(conflicts[0].escalation.kind, EscalationKind::kLevelAbove);
  EXPECT_EQ(conflicts[0].escalation.region_code, "35");
  EXPECT_NE(conflicts[0].escalation.target.find("Gubernur"), std::string::npos);
  EXPECT_NE(conflicts[0].escalation.target_en.find("BKN"), std::string::npos);
  EXPECT_NE(conflicts[0].explanation.find("calon"), std::string::npos);
}

TEST(ConflictOfInterestTest, ProvincePpkGoesToTheMinister) {
  ConflictFacts f = Clean();
  f.ppk_region_code = "35";
  f.ppk_person = "gubernur-35";
  f.reported_person = "gubernur-35";
  const auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].kind, ConflictKind::kPpkIsReported);
  EXPECT_EQ(conflicts[0].escalation.region_code, "");
  EXPECT_NE(conflicts[0].escalation.target.find("Menteri Dalam Negeri"), std::string::npos);
}

TEST(ConflictOfInterestTest, OfficerFromTheReportedUnitIsReplaced) {
  ConflictFacts f = Clean();
  f.officer_unit = "agency:12";
  auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].kind, ConflictKind::kOfficerSameUnitAsReported);
  EXPECT_EQ(conflicts[0].escalation.kind, EscalationKind::kAnotherOfficer);
  EXPECT_EQ(conflicts[0].escalation.region_code, "35.13");
  f.other_officers_available = false;
  conflicts = FindConflicts(f);
  EXPECT_EQ(conflicts[0].escalation.kind, EscalationKind::kLevelAbove);
  EXPECT_EQ(conflicts[0].escalation.target, "Bawaslu 35");
}

TEST(ConflictOfInterestTest, ListsEveryConflictPpkFirst) {
  ConflictFacts f = Clean();
  f.ppk_is_candidate_in_running_contest = true;
  f.reporter_person = "user:5";  // the officer reported it
  f.reporter_unit = "agency:12";
  f.officer_unit = "agency:12";
  const auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 4u);
  EXPECT_EQ(conflicts[0].kind, ConflictKind::kPpkCandidate);
  EXPECT_EQ(conflicts[1].kind, ConflictKind::kOfficerIsParty);
  EXPECT_EQ(conflicts[2].kind, ConflictKind::kOfficerSameUnitAsReported);
  EXPECT_EQ(conflicts[3].kind, ConflictKind::kOfficerSameUnitAsReporter);
  EXPECT_STREQ(ConflictKindName(conflicts[3].kind), "officer_same_unit_as_reporter");
}

TEST(ConflictOfInterestTest, NationalOfficerEscalatesToBawasluRi) {
  ConflictFacts f = Clean();
  f.officer_region_code = "35";
  f.other_officers_available = false;
  f.officer_person = "emp:77";
  const auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].escalation.target, "Bawaslu RI");
}

TEST(ConflictOfInterestTest, AGovernorRunningTooIsPassedOverToTheMinister) {
  ConflictFacts f = Clean();
  f.ppk_is_candidate_in_running_contest = true;
  f.candidate_heads_above = {"35"};
  const auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].escalation.region_code, "");
  EXPECT_NE(conflicts[0].escalation.target.find("Menteri Dalam Negeri"), std::string::npos);
  EXPECT_NE(conflicts[0].escalation.target.find("juga calon"), std::string::npos);
  // A running governor elsewhere changes nothing.
  f.candidate_heads_above = {"18"};
  EXPECT_EQ(FindConflicts(f)[0].escalation.region_code, "35");
}

TEST(ConflictOfInterestTest, ExplanationsNameTheUnit) {
  ConflictFacts f = Clean();
  f.officer_unit = "agency:12";
  f.reported_unit_name = "Dinas Pendidikan Kabupaten Probolinggo";
  const auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_NE(conflicts[0].explanation.find("(Dinas Pendidikan Kabupaten Probolinggo)"),
            std::string::npos);
  EXPECT_EQ(conflicts[0].explanation.find("agency:12"), std::string::npos);
}

TEST(ConflictOfInterestTest, EscalationsNameTheOfficesByRegionName) {
  ConflictFacts f = Clean();
  f.region_names = {{"35", "Jawa Timur"}, {"35.13", "Kabupaten Probolinggo"}};
  f.ppk_is_candidate_in_running_contest = true;
  f.officer_unit = "agency:12";
  auto conflicts = FindConflicts(f);
  ASSERT_EQ(conflicts.size(), 2u);
  EXPECT_EQ(conflicts[0].escalation.target,
            "Gubernur Jawa Timur sebagai PPK provinsi 35, dengan tembusan ke BKN");
  EXPECT_EQ(conflicts[1].escalation.target, "Petugas lain di Bawaslu Kabupaten Probolinggo");
  f.other_officers_available = false;
  f.candidate_heads_above = {"35"};
  conflicts = FindConflicts(f);
  EXPECT_EQ(conflicts[1].escalation.target, "Bawaslu Provinsi Jawa Timur");
  EXPECT_NE(conflicts[0].escalation.target.find("(Gubernur Provinsi Jawa Timur juga calon)"),
            std::string::npos)
      << conflicts[0].escalation.target;
}

}  // namespace
}  // namespace netra
