#include "domain/violation_catalog.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "domain/shipped_data.h"

namespace netra {
namespace {

constexpr char kPath[] = "data/catalog/violations.json";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ViolationCatalog Shipped() {
  auto catalog = LoadShippedViolationCatalog();
  EXPECT_TRUE(catalog.ok()) << catalog.status().ToString();
  return std::move(catalog).value();
}

TEST(ViolationCatalogTest, EmbeddedCopyIsTheDataFile) {
  EXPECT_EQ(ShippedViolationCatalogJson(), ReadFile(kPath));
}

TEST(ViolationCatalogTest, CoversEveryCodeOfDomainSection2) {
  const ViolationCatalog catalog = Shipped();
  const char* codes[] = {
      "APK-INSTALL",       "SELF-PROMOTE",       "PARTY-APPROACH",  "SOC-CAMPAIGN",
      "SOC-POST",          "SOC-LIKE",           "SOC-FOLLOW",      "SOC-PHOTO",
      "PHOTO-GESTURE",     "DECLARATION-ATTEND", "CAMPAIGN-ATTEND", "CAMPAIGN-ATTRIBUTE",
      "CAMPAIGN-MOBILIZE", "CAMPAIGN-FACILITY",  "SPOUSE-CAMPAIGN", "PARTISAN-ACTIVITY",
      "DECISION-FAVOR",    "KTP-SUPPORT",        "TEAM-MEMBER",     "PARTY-MEMBER",
      "PARTY-SPEAKER",     "HEAD-MUTATION",      "HEAD-PROGRAM",    "CANDIDATE-INVOLVE",
      "VOTE-BUYING"};
  std::set<std::string> in_catalog;
  for (const Violation& v : catalog.entries()) in_catalog.insert(v.code);
  for (const char* code : codes) {
    EXPECT_TRUE(catalog.Knows(code)) << code;
    EXPECT_NE(catalog.Find(code, "2024-11-01"), nullptr) << code << " in force for Pilkada 2024";
  }
  EXPECT_EQ(in_catalog.size(), std::size(codes));
  for (const Violation& v : catalog.entries()) {
    bool allowed = false, forbidden = false;
    for (const CatalogExample& e : v.examples) (e.allowed ? allowed : forbidden) = true;
    EXPECT_TRUE(allowed && forbidden) << v.code << ": one example of each kind";
  }
}

TEST(ViolationCatalogTest, KeepsDomainMdConfidenceMarks) {
  const ViolationCatalog catalog = Shipped();
  EXPECT_EQ(catalog.Find("KTP-SUPPORT", "2024-10-01")->confidence, Confidence::kVerify);
  EXPECT_EQ(catalog.Find("PARTY-SPEAKER", "2024-10-01")->confidence, Confidence::kSingle);
  EXPECT_EQ(catalog.Find("SOC-LIKE", "2024-10-01")->confidence, Confidence::kConfirmed);
  EXPECT_FALSE(catalog.Find("TEAM-MEMBER", "2024-10-01")->open_questions.empty());
  const Violation* decision = catalog.Find("DECISION-FAVOR", "2024-10-01");
  EXPECT_TRUE(decision->HasType(ViolationType::kDisciplineHeavy));
  EXPECT_TRUE(decision->HasType(ViolationType::kCriminalPilkada));
}

TEST(ViolationCatalogTest, RulesChangeByDate) {
  const ViolationCatalog catalog = Shipped();
  // Party membership: UU 5/2014 until UU 20/2023.
  const Violation* old_law = catalog.Find("PARTY-MEMBER", "2023-10-30");
  const Violation* new_law = catalog.Find("PARTY-MEMBER", "2023-10-31");
  ASSERT_NE(old_law, nullptr);
  ASSERT_NE(new_law, nullptr);
  EXPECT_NE(old_law->legal_basis[0].find("UU 5/2014"), std::string::npos);
  EXPECT_NE(new_law->legal_basis[0].find("UU 20/2023"), std::string::npos);
  // SKB 2022 entries do not exist before it was signed.
  EXPECT_EQ(catalog.Find("SOC-LIKE", "2022-09-21"), nullptr);
  EXPECT_NE(catalog.Find("SOC-LIKE", "2022-09-22"), nullptr);
  // KASN's neutrality role passed to BKN with SE MenPANRB 4/2024 (4 Sep 2024).
  EXPECT_EQ(catalog.ResolveAuthority("neutrality_supervisor", "2024-09-03")->name, "KASN");
  EXPECT_EQ(catalog.ResolveAuthority("neutrality_supervisor", "2024-09-04")->name, "BKN");
  EXPECT_EQ(catalog.ResolveAuthority("neutrality_supervisor", "2013-01-01"), nullptr);
}

TEST(ViolationCatalogTest, SearchIsCaseInsensitiveInBothLanguages) {
  const ViolationCatalog catalog = Shipped();
  const auto codes = [&](std::string_view q, std::string_view date) {
    std::set<std::string> out;
    for (const Violation* v : catalog.Search(q, date)) out.insert(v->code);
    return out;
  };
  EXPECT_TRUE(codes("BALIHO", "2024-10-01").contains("APK-INSTALL"));
  EXPECT_TRUE(codes("billboard", "2024-10-01").contains("APK-INSTALL"));
  EXPECT_TRUE(codes("Like", "2024-10-01").contains("SOC-LIKE"));
  EXPECT_TRUE(codes("serangan fajar", "2024-10-01").contains("VOTE-BUYING"));
  EXPECT_TRUE(codes("mobil dinas", "2024-10-01").contains("CAMPAIGN-FACILITY"));
  EXPECT_TRUE(codes("soc-post", "2024-10-01").contains("SOC-POST"));
  EXPECT_TRUE(codes("xyzzy", "2024-10-01").empty());
  // Every word must match.
  EXPECT_EQ(codes("whatsapp grup", "2024-10-01"), std::set<std::string>({"SOC-FOLLOW"}));
  // Empty query: everything in force at the date; one PARTY-MEMBER per date.
  EXPECT_EQ(catalog.Search("", "2024-10-01").size(), 25u);
  EXPECT_EQ(catalog.Search("", "").size(), catalog.entries().size());
  EXPECT_EQ(catalog.Search("partai anggota", "2020-01-01").size(), 1u);
  // Title and keyword matches rank first: "foto" is SOC-PHOTO's keyword, while
  // earlier entries mention photos only in their examples.
  const auto photo = catalog.Search("foto", "2024-10-01");
  ASSERT_GE(photo.size(), 2u);
  EXPECT_EQ(photo[0]->code, "SOC-PHOTO");
}

struct BadCase {
  std::string violation;  // one entry's JSON
  const char* en;
  const char* id;
};

std::string Doc(const std::string& violations) {
  return R"({"authorities":[{"key":"ppk","name":"PPK","name_en":"PPK","valid_from":"2014-01-15","valid_to":null,"basis":"x","confidence":"confirmed"}],"violations":[)" +
         violations + "]}";
}

std::string Entry(const std::string& code, const std::string& override_fields = "") {
  return R"({"code":")" + code +
         R"(","category":"c","actor":"asn","title":"t","title_en":"t","description":"d","description_en":"d","types":["ethics"],"legal_basis":["b"],"sanction":"s","sanction_en":"s","refer_to":["ppk"],"valid_from":"2022-09-22","valid_to":null,"confidence":"confirmed","explain":"e","explain_en":"e","examples":[{"allowed":false,"text":"x","text_en":"x"}])" +
         override_fields + "}";
}

TEST(ViolationCatalogTest, LoaderNamesTheEntryAndField) {
  // JSON keeps the last of repeated keys, so an override after the defaults wins.
  const BadCase cases[] = {
      {Entry("A-1", R"(,"title":"")"), "violations[0] (A-1).title: required", "(A-1).title: wajib"},
      {Entry("A-1", R"(,"types":["moral"])"), "(A-1).types[0]: unknown type \"moral\"",
       "(A-1).types[0]: jenis tidak dikenal"},
      {Entry("A-1", R"(,"valid_to":"2020-01-01")"), "(A-1).valid_to: is before valid_from",
       "(A-1).valid_to: sebelum valid_from"},
      {Entry("A-1", R"(,"valid_from":"2022-02-30")"), "(A-1).valid_from: must be a valid date",
       "(A-1).valid_from: harus tanggal"},
      {Entry("A-1") + "," + Entry("A-1", R"(,"valid_from":"2023-01-01")"),
       "violations[1] (A-1).code: code repeats an entry whose period overlaps",
       "violations[1] (A-1).code: kode sudah dipakai"},
      {Entry("a-1"), "(a-1).code: only upper-case", "(a-1).code: hanya huruf besar"},
      {Entry("A-1", R"(,"refer_to":["kasn"])"), "(A-1).refer_to[0]: unknown authority \"kasn\"",
       "otoritas tidak dikenal"},
      {Entry("A-1", R"(,"examples":[])"), "(A-1).examples: required", "(A-1).examples: wajib"},
      {Entry("A-1", R"(,"examples":[{"allowed":"no","text":"x","text_en":"x"}])"),
       "(A-1).examples[0].allowed: must be true or false", "examples[0].allowed: harus"},
      {Entry("A-1", R"(,"actor":"pns")"), "(A-1).actor: must be asn", "(A-1).actor: harus"},
      {Entry("A-1", R"(,"confidence":"maybe")"), "(A-1).confidence: must be",
       "(A-1).confidence: harus"},
      {Entry("A-1", R"(,"explain_en":"")"), "(A-1).explain_en: required", "(A-1).explain_en"},
  };
  for (const BadCase& c : cases) {
    auto r = ViolationCatalog::Parse(Doc(c.violation), "v.json");
    ASSERT_FALSE(r.ok()) << c.violation;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(r.status().message_en().find(c.en), std::string::npos) << r.status().message_en();
    EXPECT_NE(r.status().message_id().find(c.id), std::string::npos) << r.status().message_id();
  }
  auto disjoint = ViolationCatalog::Parse(Doc(Entry("A-1", R"(,"valid_to":"2022-12-31")") + "," +
                                              Entry("A-1", R"(,"valid_from":"2023-01-01")")),
                                          "v.json");
  ASSERT_TRUE(disjoint.ok()) << disjoint.status().ToString();
  EXPECT_EQ(disjoint->entries().size(), 2u);
  auto bad_json = ViolationCatalog::Parse("{", "v.json");
  ASSERT_FALSE(bad_json.ok());
  EXPECT_NE(bad_json.status().message_en().find("v.json: invalid JSON"), std::string::npos);
}

}  // namespace
}  // namespace netra
