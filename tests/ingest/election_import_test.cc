#include "ingest/election_import.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_store.h"

namespace netra::ingest {
namespace {

using testing::CountRows;
using testing::RowCounts;
using testing::TempStore;

const char* kLexicon = R"({
  "election": "pilkada-2024",
  "contests": [
    {"region": "35.13", "region_name": "Kabupaten Probolinggo", "office": "bupati",
     "candidates": [
       {"number": 1, "head": ["Ahmad Fiktif", "Gus Ahmad"], "deputy": ["Budi Rekaan"],
        "pair": ["ABADI"], "hashtags": ["#Abadi2024"], "accounts": ["@abadi.official"],
        "parties": ["Partai A"]},
       {"number": 2, "head": ["Citra Karangan"], "deputy": ["Dedi Contoh"],
        "head_gender": "P", "incumbent": true}
     ]},
    {"region": "35", "region_name": "Jawa Timur", "office": "gubernur",
     "candidates": [{"number": 1, "head": ["Eko Samaran"], "deputy": ["Fajar Tiruan"]}]}
  ]
})";

class ElectionImportTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::AddRegions(*store_, {"35", "35.13"}); }
  TempStore store_;
};

// The shipped definition of Pilkada 2024 (domain.md §6).
TEST(ElectionDefinitionTest, ShippedPilkada2024Definition) {
  Result<ElectionDefinition> def = LoadElectionDefinition(
      std::string(NETRA_SOURCE_DIR) + "/" + kDefaultElectionDataDir, "pilkada-2024");
  ASSERT_TRUE(def.ok()) << def.status().ToString();
  EXPECT_EQ(def->election.voting_date, "2024-11-27");
  EXPECT_EQ(def->election.kind, "pilkada");
  const auto find = [&](const std::string& code) -> const ElectionStage* {
    for (const ElectionStage& s : def->stages) {
      if (s.code == code) return &s;
    }
    return nullptr;
  };
  const ElectionStage* campaign = find("kampanye");
  ASSERT_NE(campaign, nullptr);
  EXPECT_EQ(campaign->start_date, "2024-09-25");
  EXPECT_EQ(campaign->end_date, "2024-11-23");
  ASSERT_NE(find("masa_tenang"), nullptr);
  EXPECT_EQ(find("masa_tenang")->start_date, "2024-11-24");
  EXPECT_EQ(find("pendaftaran_calon")->start_date, "2024-08-27");
  EXPECT_EQ(find("penetapan_paslon")->start_date, "2024-09-22");
  EXPECT_EQ(find("penghitungan_rekapitulasi")->end_date, "2024-12-16");
  for (const ElectionStage& s : def->stages) {
    EXPECT_NE(s.legal_basis.find("PKPU 2/2024"), std::string::npos) << s.code;
  }
}

TEST_F(ElectionImportTest, ImportsContestsCandidatesAndStagesIdempotently) {
  Result<Lexicon> lexicon = ParseLexicon(kLexicon);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  Result<ElectionDefinition> def = LoadElectionDefinition(
      std::string(NETRA_SOURCE_DIR) + "/" + kDefaultElectionDataDir, "pilkada-2024");
  ASSERT_TRUE(def.ok());
  for (int run = 0; run < 2; ++run) {
    Result<ElectionImportReport> r = ImportElection(*store_, *lexicon, *def);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->contests, 2);
    EXPECT_EQ(r->candidates, 3);
    EXPECT_EQ(r->stages, static_cast<std::int64_t>(def->stages.size()));
  }
  const RowCounts rows = CountRows(*store_);
  EXPECT_EQ(rows.elections, 1);
  EXPECT_EQ(rows.contests, 2);
  EXPECT_EQ(rows.candidates, 3);
  EXPECT_EQ(rows.stages, static_cast<std::int64_t>(def->stages.size()));
  Result<Election> election = store_->GetElectionByCode("pilkada-2024");
  ASSERT_TRUE(election.ok()) << election.status().ToString();
  Result<std::vector<Contest>> contests = store_->ListContests(election->id, "35.13");
  ASSERT_TRUE(contests.ok()) << contests.status().ToString();
  ASSERT_EQ(contests->size(), 1u);
  const Contest& bupati = (*contests)[0];
  EXPECT_EQ(bupati.office, "bupati");
  EXPECT_EQ(bupati.election_id, election->id);
  Result<std::vector<Candidate>> candidates = store_->ListCandidates(bupati.id);
  ASSERT_TRUE(candidates.ok()) << candidates.status().ToString();
  ASSERT_EQ(candidates->size(), 2u);
  EXPECT_EQ((*candidates)[0].number, 1);
  EXPECT_EQ((*candidates)[0].hashtags, std::vector<std::string>{"#Abadi2024"});
  EXPECT_EQ((*candidates)[0].contest_id, bupati.id);
  EXPECT_TRUE((*candidates)[1].incumbent);
}

TEST(ElectionImportUnknownRegionTest, IsNamedAndNothingWritten) {
  TempStore store;
  testing::AddRegions(*store, {"35"});  // no 35.13 for the bupati contest
  const RowCounts before = CountRows(*store);
  Result<Lexicon> lexicon = ParseLexicon(kLexicon);
  ASSERT_TRUE(lexicon.ok());
  ElectionDefinition def;
  def.election.code = "pilkada-2024";
  Result<ElectionImportReport> r = ImportElection(*store, *lexicon, def);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("Contest bupati 35.13 (Kabupaten Probolinggo)"),
            std::string::npos)
      << r.status().message_en();
  EXPECT_EQ(CountRows(*store), before);
  def.election.code = "pemilu-2024";
  EXPECT_EQ(ImportElection(*store, *lexicon, def).status().code(), ErrorCode::kInvalidArgument);
}

struct BadDefinition {
  const char* json;
  const char* reason;
};

const BadDefinition kBadDefinitions[] = {
    {"[]", "not a valid JSON object"},
    {R"({"code":"x","name":"X","kind":"pilpres","voting_date":"2024-11-27","stages":[]})",
     "must be pilkada or pemilu"},
    {R"({"code":"x","name":"X","kind":"pilkada","voting_date":"2024-02-30","stages":[]})",
     "'voting_date' = '2024-02-30' is not a real"},
    {R"({"code":"x","name":"X","kind":"pilkada","voting_date":"2024-11-27","stages":[]})",
     "stages: must be an array"},
    {R"({"code":"x","name":"X","kind":"pilkada","voting_date":"2024-11-27","stages":[
       {"code":"a","name":"A","start":"2024-11-28","end":"2024-11-27","legal_basis":"L"}]})",
     "stages[0] (a): end 2024-11-27 is before start"},
    {R"({"code":"x","name":"X","kind":"pilkada","voting_date":"2024-11-27","stages":[
       {"code":"a","name":"A","start":"2024-11-27","end":"2024-11-27"}]})",
     "field 'legal_basis' is required"},
    {R"({"code":"x","name":"X","kind":"pilkada","voting_date":"2024-11-27","stages":[
       {"code":"a","name":"A","start":"2024-11-27","end":"2024-11-27","legal_basis":"L"},
       {"code":"a","name":"B","start":"2024-11-27","end":"2024-11-27","legal_basis":"L"}]})",
     "appears twice"},
    {R"({"code":"x","name":"X","kind":"pilkada","voting_date":"2024-11-27","stages":[
       {"code":"a","name":"A","start":"2024-11-01","end":"2024-11-02","legal_basis":"L"}]})",
     "voting date 2024-11-27 lies in no stage"},
};

class BadDefinitionTest : public ::testing::TestWithParam<BadDefinition> {};

TEST_P(BadDefinitionTest, NamesTheField) {
  Result<ElectionDefinition> r = ParseElectionDefinition(GetParam().json);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find(GetParam().reason), std::string::npos)
      << r.status().message_en();
  EXPECT_NE(r.status().message_id(), r.status().message_en());
}

INSTANTIATE_TEST_SUITE_P(Table, BadDefinitionTest, ::testing::ValuesIn(kBadDefinitions));

TEST_F(ElectionImportTest, FileEntryPointNamesMissingDefinitionAndBadLexicon) {
  const auto dir = std::filesystem::temp_directory_path() / "netra_election_import_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "lexicon.json") << kLexicon;
  Result<ElectionImportReport> r =
      ImportElectionFile(*store_, (dir / "lexicon.json").string(), dir.string());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message_en().find("pilkada-2024"), std::string::npos);
  std::ofstream(dir / "bad.json") << R"({"election":"pilkada-2024","contests":[{}]})";
  r = ImportElectionFile(*store_, (dir / "bad.json").string(), dir.string());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r.status().message_en().find("bad.json"), std::string::npos);
  EXPECT_EQ(LoadElectionDefinition(dir.string(), "../etc").status().code(),
            ErrorCode::kInvalidArgument);
  std::filesystem::copy_file(std::string(NETRA_SOURCE_DIR) + "/data/elections/pilkada-2024.json",
                             dir / "pilkada-2024.json",
                             std::filesystem::copy_options::overwrite_existing);
  r = ImportElectionFile(*store_, (dir / "lexicon.json").string(), dir.string());
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace netra::ingest
