#include "scan/linear_model.h"

#include <gtest/gtest.h>

namespace netra::scan {
namespace {

TEST(LinearModelTest, LearnsSeparableDataDeterministically) {
  // Feature 7 marks positives, 9 negatives; 1 is shared noise.
  std::vector<std::vector<std::uint32_t>> rows;
  std::vector<int> labels;
  for (int i = 0; i < 40; ++i) {
    rows.push_back({1, i % 2 == 0 ? 7u : 9u});
    labels.push_back(i % 2 == 0 ? 1 : 0);
  }
  const LinearModel a = LinearModel::Train(rows, labels, TrainOptions{});
  const LinearModel b = LinearModel::Train(rows, labels, TrainOptions{});
  const std::vector<std::uint32_t> pos = {1, 7};
  const std::vector<std::uint32_t> neg = {1, 9};
  EXPECT_GT(a.Score(pos), 0.9);
  EXPECT_LT(a.Score(neg), 0.1);
  EXPECT_EQ(a.Score(pos), b.Score(pos));
  EXPECT_DOUBLE_EQ(LinearModel().Score(pos), 0.5);
}

TEST(LinearModelTest, SerializeRoundTrip) {
  const LinearModel m =
      LinearModel::Train({{3, 5}, {4}}, {1, 0}, TrainOptions{.epochs = 5, .threshold = 0.4});
  auto parsed = LinearModel::Parse(m.Serialize());
  ASSERT_TRUE(parsed.ok()) << parsed.status().message_en();
  EXPECT_NEAR(parsed->Score(std::vector<std::uint32_t>{3, 5}),
              m.Score(std::vector<std::uint32_t>{3, 5}), 1e-6);
  EXPECT_DOUBLE_EQ(parsed->threshold(), 0.4);
}

TEST(LinearModelTest, ParseErrorsNameTheLine) {
  auto bad_header = LinearModel::Parse("something else\n");
  ASSERT_FALSE(bad_header.ok());
  EXPECT_NE(bad_header.status().message_en().find("line 1"), std::string::npos);
  auto bad_dim = LinearModel::Parse("netra-scan-linear 1\ndim 5\n");
  ASSERT_FALSE(bad_dim.ok());
  EXPECT_NE(bad_dim.status().message_en().find("line 2"), std::string::npos);
  auto bad_weight = LinearModel::Parse(
      "netra-scan-linear 1\ndim 262144\nthreshold 0.5\nbias 0\n"
      "12 0.5\n999999999 1\n");
  ASSERT_FALSE(bad_weight.ok());
  EXPECT_NE(bad_weight.status().message_en().find("line 6"), std::string::npos);
  auto bad_threshold = LinearModel::Parse("netra-scan-linear 1\ndim 262144\nthreshold 2\nbias 0\n");
  ASSERT_FALSE(bad_threshold.ok());
}

}  // namespace
}  // namespace netra::scan
