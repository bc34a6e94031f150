// LinearModel: logistic regression over hashed binary features, the scorer
// the scanner ships with (docs/scanner.md records why it won over fastText).
// Training is AdaGrad with L2 on a seeded shuffle, so a given data set and
// seed always give the same model. Immutable after training or parsing;
// Score is thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra::scan {

struct TrainOptions {
  int epochs = 30;             // passes over the data
  double learning_rate = 0.3;  // AdaGrad base rate
  double l2 = 1e-4;            // per-step weight decay on touched weights
  std::uint32_t seed = 20241127;
  double threshold = 0.5;  // probability at or above which an event is flagged
};

class LinearModel {
 public:
  static constexpr std::uint32_t kDimBits = 18;
  static constexpr std::uint32_t kDim = 1u << kDimBits;

  LinearModel();  // all-zero weights: scores 0.5 for everything

  // Trains on rows of feature indices (< kDim) with labels 0/1.
  static LinearModel Train(const std::vector<std::vector<std::uint32_t>>& rows,
                           const std::vector<int>& labels, const TrainOptions& options);

  // Probability that the event is partisan.
  double Score(std::span<const std::uint32_t> features) const;
  double threshold() const { return threshold_; }

  // Text format: "netra-scan-linear 1", "dim N", "threshold T", "bias B",
  // then "index weight" lines for non-zero weights.
  std::string Serialize() const;
  // Errors name the line that is wrong.
  static Result<LinearModel> Parse(std::string_view text);

 private:
  std::vector<float> weights_;
  double bias_ = 0;
  double threshold_ = 0.5;
};

}  // namespace netra::scan
