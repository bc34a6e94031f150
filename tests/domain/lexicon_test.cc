#include "domain/lexicon.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace netra {
namespace {

// One contest with one candidate; `candidate_extra` and `contest_region` let a
// test break exactly one thing.
std::string Lex(const std::string& candidate_extra, const std::string& region = "71.05",
                const std::string& office = "bupati") {
  return R"({"election":"pilkada-2029","contests":[{"region":")" + region +
         R"(","region_name":"Kabupaten Uji","office":")" + office +
         R"(","candidates":[{"number":4,"head":["Andi Wirawan","Bang Andi"])" + candidate_extra +
         "}]}]}";
}

TEST(LexiconTest, ParsesAllFields) {
  const auto r = ParseLexicon(Lex(
      R"(,"deputy":["Sri"],"pair":["ANSRI"],"slogans":["Maju Terus"],"hashtags":["#AnSri2029"],
      "accounts":["@andi.sri","fb:Andi Page","group:Relawan AnSri"],"parties":["Partai X"],
      "incumbent":true,"head_gender":"L","deputy_gender":"P","descriptors":["petahana"])"));
  ASSERT_TRUE(r.ok()) << r.status().message_en();
  EXPECT_EQ(r->election, "pilkada-2029");
  ASSERT_EQ(r->contests.size(), 1u);
  EXPECT_EQ(r->contests[0].contest.region_code, "71.05");
  EXPECT_EQ(r->contests[0].contest.office, "bupati");
  EXPECT_EQ(r->contests[0].contest.region_name, "Kabupaten Uji");
  const Candidate& c = r->contests[0].candidates[0];
  EXPECT_EQ(c.number, 4);
  EXPECT_EQ(c.head.size(), 2u);
  EXPECT_EQ(c.pair[0], "ANSRI");
  EXPECT_EQ(c.accounts.size(), 3u);
  EXPECT_TRUE(c.incumbent);
  EXPECT_EQ(c.deputy_gender, "P");
  EXPECT_EQ(c.descriptors[0], "petahana");
}

TEST(LexiconTest, ParsesTheDevLexicon) {
  std::ifstream in("../shared/data/monitoring-dev/lexicon.json");
  if (!in) GTEST_SKIP() << "dev data not present";
  std::stringstream ss;
  ss << in.rdbuf();
  const auto r = ParseLexicon(ss.str());
  ASSERT_TRUE(r.ok()) << r.status().message_en();
  EXPECT_EQ(r->contests.size(), 3u);
  EXPECT_EQ(r->contests[2].contest.region_code, "35");
  EXPECT_EQ(r->contests[2].candidates.size(), 3u);
}

void ExpectError(const std::string& json, const std::string& en_part, const std::string& id_part) {
  const auto r = ParseLexicon(json);
  ASSERT_FALSE(r.ok()) << json;
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r.status().message_en().find(en_part), std::string::npos) << r.status().message_en();
  EXPECT_NE(r.status().message_id().find(id_part), std::string::npos) << r.status().message_id();
}

TEST(LexiconTest, EmptyPatternNamesContestAndCandidate) {
  ExpectError(Lex(R"(,"slogans":["ok","  "])"),
              "contest 71.05 bupati, candidate number 4, slogans[2]: empty pattern",
              "kontes 71.05 bupati, calon nomor 4, slogans[2]: pola kosong");
}

TEST(LexiconTest, MalformedHashtagNamesContestAndCandidate) {
  ExpectError(Lex(R"(,"hashtags":["#Ada Spasi"])"),
              "contest 71.05 bupati, candidate number 4, hashtags[1]: malformed hashtag",
              "calon nomor 4, hashtags[1]: tagar '#Ada Spasi' tidak sah");
  ExpectError(Lex(R"(,"hashtags":["TanpaPagar"])"), "malformed hashtag", "tagar");
  ExpectError(Lex(R"(,"hashtags":["#"])"), "malformed hashtag", "tagar");
}

TEST(LexiconTest, MalformedAccount) {
  ExpectError(Lex(R"(,"accounts":["nama saja"])"), "candidate number 4, accounts[1]: malformed",
              "akun");
  ExpectError(Lex(R"(,"accounts":["group:"])"), "malformed account", "akun");
}

TEST(LexiconTest, DuplicateNumber) {
  const std::string json =
      R"({"election":"e","contests":[{"region":"35.13","office":"bupati","candidates":[
      {"number":1,"head":["A"]},{"number":1,"head":["B"]}]}]})";
  ExpectError(json, "contest 35.13 bupati, candidate number 1: duplicate ballot number",
              "kontes 35.13 bupati, calon nomor 1: nomor urut ganda");
}

TEST(LexiconTest, BadRegionCodeAndOfficeMismatch) {
  ExpectError(Lex("", "35.1"), "contest 35.1 bupati: Region code '35.1'", "kontes 35.1 bupati");
  ExpectError(Lex("", "35", "bupati"), "a bupati contest needs a regency/city code",
              "kabupaten/kota");
  ExpectError(Lex("", "35.13", "gubernur"), "needs a province code", "provinsi");
  ExpectError(Lex("", "35.13", "presiden"), "unknown office 'presiden'", "tidak dikenal");
}

TEST(LexiconTest, BadJsonGivesPosition) {
  ExpectError(R"({"election":"x","contests":[)", "not valid JSON (at byte", "bukan JSON");
  ExpectError("[]", "must be a JSON object", "objek");
}

TEST(LexiconTest, StructuralErrors) {
  ExpectError(Lex(R"(,"deputy":"Sri")"), "field 'deputy' must be an array", "daftar");
  ExpectError(Lex(R"(,"head_gender":"X")"), "'head_gender' must be 'L' or 'P'", "harus");
  ExpectError(R"({"election":"e","contests":[{"region":"35.13","office":"bupati","candidates":[
      {"number":0,"head":["A"]}]}]})",
              "contest 35.13 bupati, candidate #1: field 'number'", "calon ke-1");
  ExpectError(R"({"election":"e","contests":[{"region":"35.13","office":"bupati","candidates":[
      {"number":2,"head":[]}]}]})",
              "candidate number 2: field 'head' must not be empty", "calon nomor 2");
  ExpectError(
      R"({"election":"e","contests":[{"region":"35.13","office":"bupati","candidates":[]}]})",
      "at least one candidate", "paling sedikit");
  ExpectError(Lex(R"(,"pair":[")" + std::string(300, 'A') + R"("])"), "longer than 256 bytes",
              "lebih dari 256");
}

TEST(LexiconTest, DuplicateContest) {
  ExpectError(R"({"election":"e","contests":[
      {"region":"35.13","office":"bupati","candidates":[{"number":1,"head":["A"]}]},
      {"region":"35.13","office":"bupati","candidates":[{"number":1,"head":["B"]}]}]})",
              "contest 35.13 bupati: duplicate contest", "kontes ganda");
}

}  // namespace
}  // namespace netra
