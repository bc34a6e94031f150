#include "scan/scanner.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "scan/loader.h"
#include "scan/runner.h"

namespace netra::scan {
namespace {

constexpr const char* kDir = "tests/scan/testdata";

class ScannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = LoadLexicon(std::string(kDir) + "/lexicon.json");
    ASSERT_TRUE(lex.ok()) << lex.status().message_en();
    auto acc = LoadAccounts(std::string(kDir) + "/accounts.csv");
    ASSERT_TRUE(acc.ok()) << acc.status().message_en();
    // A model that flags every scorable event: these tests pin down what the
    // scanner does around the model (resolution, codes, spans, output).
    LinearModel always =
        *LinearModel::Parse("netra-scan-linear 1\ndim 262144\nthreshold 0.5\nbias 5\n");
    auto s = Scanner::Create(*lex, std::move(acc).value(), std::move(always));
    ASSERT_TRUE(s.ok()) << s.status().message_en();
    scanner_ = std::move(s).value();
  }
  Event Post(const std::string& text, const std::string& account = "@ratna.smd") {
    Event e;
    e.id = "t1";
    e.account = account;
    e.kind = EventKind::kPost;
    e.text = text;
    return e;
  }
  EventAnalysis Analyze(const Event& e) {
    EventAnalysis a;
    scanner_->Analyze(e, scratch_, a);
    return a;
  }
  std::optional<Alert> Scan(const Event& e) { return scanner_->ScanEvent(e, scratch_); }
  std::unique_ptr<Scanner> scanner_;
  ScanScratch scratch_;
};

TEST_F(ScannerTest, BallotNumberGoesToTheAccountsContest) {
  // The account is in Kota Samarinda (64.72), inside province 64; "wali kota"
  // points at the city contest, "gubernur" at the province.
  auto a = Analyze(Post("coblos 2 untuk wali kota"));
  ASSERT_GE(a.contest, 0);
  EXPECT_EQ(scanner_->matcher().lexicon().contests[a.contest].contest.region_code, "64.72");
  EXPECT_EQ(scanner_->matcher().lexicon().contests[a.contest].candidates[a.candidate].number, 2);
  a = Analyze(Post("coblos 2 untuk gubernur"));
  EXPECT_EQ(scanner_->matcher().lexicon().contests[a.contest].contest.region_code, "64");
}

TEST_F(ScannerTest, NameDecidesContestOverBallotNumber) {
  const auto a = Analyze(Post("Kak Iqbal pilihanku"));
  EXPECT_EQ(scanner_->matcher().lexicon().contests[a.contest].contest.region_code, "64");
  EXPECT_EQ(scanner_->matcher().lexicon().contests[a.contest].candidates[a.candidate].number, 2);
}

TEST_F(ScannerTest, IncumbentCueWithoutName) {
  const auto a = Analyze(Post("lanjutkan wali kota kita 5 tahun lagi"));
  ASSERT_GE(a.candidate, 0);
  const auto& c = scanner_->matcher().lexicon().contests[a.contest];
  EXPECT_TRUE(c.candidates[a.candidate].incumbent);
  EXPECT_EQ(c.contest.region_code, "64.72");
}

// A post that names nobody still shows the reviewer what the verdict read:
// the incumbent and office cues, not the negation; with a name in the text,
// only the name.
TEST_F(ScannerTest, WithoutANameTheContextWordsAreTheSpans) {
  const std::string text = "jangan ragu, lanjutkan wali kota kita 5 tahun lagi";
  auto alert = Scan(Post(text));
  ASSERT_TRUE(alert.has_value());
  std::vector<std::string> seen;
  for (const AlertSpan& s : alert->spans) {
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
    EXPECT_EQ(s.kind, "cue");
    seen.push_back(s.text);
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"lanjutkan", "wali kota", "tahun lagi"}));
  EXPECT_NE(alert->reason.find("kata petunjuk \"lanjutkan\""), std::string::npos) << alert->reason;
  alert = Scan(Post("lanjutkan Bang Rudi"));
  ASSERT_TRUE(alert.has_value());
  ASSERT_EQ(alert->spans.size(), 1u);
  EXPECT_EQ(alert->spans[0].text, "Bang Rudi");
}

TEST_F(ScannerTest, CodesBySocialAction) {
  EXPECT_EQ(Scan(Post("Bang Rudi mantap"))->code, "SOC-POST");
  EXPECT_EQ(Scan(Post("foto bareng Bang Rudi tadi"))->code, "SOC-PHOTO");
  Event c = Post("setuju Bang Rudi");
  c.kind = EventKind::kComment;
  EXPECT_EQ(Scan(c)->code, "SOC-LIKE");
  Event f = Post("");
  f.kind = EventKind::kFollow;
  f.target = "@BangRudi.smd";
  const auto alert = Scan(f);
  ASSERT_TRUE(alert.has_value());
  EXPECT_EQ(alert->code, "SOC-FOLLOW");
  EXPECT_TRUE(alert->interaction);
  EXPECT_EQ(alert->candidate, 1);
  EXPECT_EQ(alert->region, "64.72");
  EXPECT_EQ(alert->nip, "198807142015032004");
}

TEST_F(ScannerTest, TextlessEventsWithoutCampaignTargetAreNeverFlagged) {
  for (EventKind k : {EventKind::kLike, EventKind::kFollow, EventKind::kJoinGroup}) {
    Event e = Post("");
    e.kind = k;
    e.target = "@kpu.samarinda";
    EXPECT_FALSE(Scan(e).has_value());
  }
}

TEST_F(ScannerTest, SpansPointIntoTheOriginalAndUnlinkedIsMarked) {
  const std::string text = "Ayo   C0BL0S  n0 1, #RUSI2029 ✌️";
  const auto alert = Scan(Post(text, "@stranger"));
  ASSERT_TRUE(alert.has_value());
  EXPECT_TRUE(alert->unlinked);
  EXPECT_EQ(alert->nip, "");
  ASSERT_GE(alert->spans.size(), 3u);
  for (const AlertSpan& s : alert->spans) {
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
  }
  EXPECT_EQ(alert->spans[0].text, "C0BL0S  n0 1");
  EXPECT_EQ(alert->spans[1].text, "#RUSI2029");
  EXPECT_EQ(alert->spans[2].text, "✌️");
  EXPECT_NE(alert->reason.find("calon nomor 1"), std::string::npos) << alert->reason;
}

TEST_F(ScannerTest, SharedTextSpansNameTheirField) {
  Event e = Post("lihat ini");
  e.kind = EventKind::kShare;
  e.target = "@someone";
  e.shared_text = "Flyer FAJAR nomor 2";
  const auto alert = Scan(e);
  ASSERT_TRUE(alert.has_value());
  ASSERT_FALSE(alert->spans.empty());
  EXPECT_EQ(alert->spans[0].field, "shared_text");
  EXPECT_EQ(alert->spans[0].text, "FAJAR");
}

TEST_F(ScannerTest, AlertJsonHasEveryField) {
  const auto alert = Scan(Post("Bang Rudi"));
  ASSERT_TRUE(alert.has_value());
  const auto j = nlohmann::json::parse(AlertToJson(*alert));
  for (const char* key : {"event_id", "account", "nip", "code", "region", "candidate", "spans",
                          "score", "reason", "unlinked"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["candidate"], 1);
  EXPECT_EQ(j["spans"][0]["kind"], "nickname");
}

TEST_F(ScannerTest, RunnerSkipsMalformedLinesAndSummarizes) {
  std::istringstream in(
      R"({"id":"a","account":"@ratna.smd","kind":"post","text":"Bang Rudi jos"})"
      "\n{broken\n"
      R"({"id":"b","account":"@x","kind":"follow","target":"@kpu"})"
      "\n"
      R"({"id":"c","account":"@x","kind":"join_group","target":"group:Laskar FAJAR"})"
      "\n");
  std::ostringstream alerts;
  std::ostringstream diag;
  RunSummary summary;
  ASSERT_TRUE(RunScan(*scanner_, in, "events.jsonl", alerts, diag, summary).ok());
  EXPECT_EQ(summary.events, 3u);
  EXPECT_EQ(summary.skipped, 1u);
  EXPECT_EQ(summary.alerts, 2u);
  EXPECT_EQ(summary.unlinked, 1u);
  EXPECT_EQ(summary.by_code["SOC-FOLLOW"], 1u);
  EXPECT_NE(diag.str().find("events.jsonl: baris 2"), std::string::npos) << diag.str();
  EXPECT_NE(diag.str().find("line 2: not valid JSON"), std::string::npos);
  std::istringstream lines(alerts.str());
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    EXPECT_FALSE(nlohmann::json::parse(line).is_discarded());
    ++n;
  }
  EXPECT_EQ(n, 2);
  std::ostringstream text;
  PrintSummary(summary, text);
  EXPECT_NE(text.str().find("alerts 2 (unlinked 1), skipped lines 1"), std::string::npos);
}

TEST(LoaderTest, MissingFilesAndBadModelNameThePath) {
  auto r = LoadScanner("no/such/lexicon.json", "x", "y");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("no/such/lexicon.json"), std::string::npos);
  auto m = LoadModel(std::string(kDir) + "/accounts.csv");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message_en().find("accounts.csv: scanner model is malformed at line 1"),
            std::string::npos)
      << m.status().message_en();
}

TEST(LoaderTest, ShippedModelLoads) {
  auto m = LoadModel(kDefaultModelPath);
  ASSERT_TRUE(m.ok()) << m.status().message_en();
}

}  // namespace
}  // namespace netra::scan
