#include "scan/training.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "scan/loader.h"

namespace netra::scan {
namespace {

constexpr const char* kDev = "../shared/data/monitoring-dev";

TEST(LabelsTest, ParsesAndNamesBadLines) {
  std::istringstream ok(
      R"({"id":"e1","partisan":true,"candidate":2,"region":"35.13","tags":["coded-emoji"]})"
      "\n\n"
      R"({"id":"e2","partisan":false,"candidate":null,"region":null,"tags":[]})");
  auto r = ParseLabels(ok);
  ASSERT_TRUE(r.ok()) << r.status().message_en();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_TRUE((*r)[0].partisan);
  EXPECT_EQ((*r)[0].candidate, 2);
  EXPECT_EQ((*r)[0].tags[0], "coded-emoji");
  EXPECT_EQ((*r)[1].candidate, 0);
  std::istringstream bad(R"({"id":"e1","partisan":true})"
                         "\n"
                         R"({"id":"e2","partisan":"yes"})");
  auto b = ParseLabels(bad);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message_en().find("labels line 2: field 'partisan'"), std::string::npos);
}

TEST(TrainingTest, TrainingNeedsLabels) {
  auto lex = LoadLexicon("tests/scan/testdata/lexicon.json");
  ASSERT_TRUE(lex.ok());
  auto acc = LoadAccounts("tests/scan/testdata/accounts.csv");
  ASSERT_TRUE(acc.ok());
  Event e;
  e.id = "x";
  e.account = "@ratna.smd";
  e.text = "halo";
  auto m = TrainModel(*lex, *acc, {e}, {}, TrainOptions{});
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message_en().find("no labeled events"), std::string::npos);
}

// The quality target of issue 5 on the dev data, cross-validated: every event
// is scored by a model that never saw it.
TEST(TrainingTest, CrossValidatedQualityOnDevData) {
  if (!std::filesystem::exists(std::string(kDev) + "/labels.jsonl")) {
    GTEST_SKIP() << "dev data not present at " << kDev;
  }
  auto lex = LoadLexicon(std::string(kDev) + "/lexicon.json");
  ASSERT_TRUE(lex.ok());
  auto acc = LoadAccounts(std::string(kDev) + "/accounts.csv");
  ASSERT_TRUE(acc.ok());
  std::ifstream ev(std::string(kDev) + "/events.jsonl");
  auto events = ReadAllEvents(ev);
  ASSERT_TRUE(events.ok()) << events.status().message_en();
  std::ifstream lb(std::string(kDev) + "/labels.jsonl");
  auto labels = ParseLabels(lb);
  ASSERT_TRUE(labels.ok());
  auto report = CrossValidate(*lex, *acc, *events, *labels, 5, TrainOptions{});
  ASSERT_TRUE(report.ok()) << report.status().message_en();
  EXPECT_EQ(report->events, 450);
  EXPECT_GE(report->Precision(), 0.90);
  EXPECT_GE(report->F1(), 0.90);
  EXPECT_GE(report->BallotAccuracy(), 0.90);
  std::ostringstream out;
  PrintReport(*report, out);
  EXPECT_NE(out.str().find("hard-news"), std::string::npos);
  auto too_many = CrossValidate(*lex, *acc, *events, *labels, 1, TrainOptions{});
  EXPECT_FALSE(too_many.ok());

  // The fastText scorer kept for comparison runs on the same folds; the
  // linear model is shipped because it scores higher (docs/scanner.md).
  auto ft = CrossValidateFastText(*lex, *acc, *events, *labels, 5, TrainOptions{});
  ASSERT_TRUE(ft.ok()) << ft.status().message_en();
  EXPECT_EQ(ft->events, 450);
  EXPECT_GE(ft->F1(), 0.75);
  EXPECT_GT(report->F1(), ft->F1());
}

}  // namespace
}  // namespace netra::scan
