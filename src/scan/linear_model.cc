#include "scan/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <sstream>

namespace netra::scan {
namespace {

double Sigmoid(double z) {
  z = std::clamp(z, -30.0, 30.0);
  return 1.0 / (1.0 + std::exp(-z));
}

Status ModelError(std::size_t line, const std::string& what) {
  return Status(ErrorCode::kInvalidArgument,
                "Model pemindai rusak di baris " + std::to_string(line) + ": " + what,
                "scanner model is malformed at line " + std::to_string(line) + ": " + what);
}

}  // namespace

LinearModel::LinearModel() : weights_(kDim, 0.0f) {}

LinearModel LinearModel::Train(const std::vector<std::vector<std::uint32_t>>& rows,
                               const std::vector<int>& labels, const TrainOptions& options) {
  LinearModel m;
  m.threshold_ = options.threshold;
  std::vector<double> w(kDim, 0.0);
  std::vector<double> g2(kDim, 1e-8);
  double bias = 0;
  double bias_g2 = 1e-8;
  std::vector<std::size_t> order(rows.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (const std::size_t i : order) {
      double z = bias;
      for (const std::uint32_t f : rows[i]) z += w[f];
      const double grad = Sigmoid(z) - labels[i];
      for (const std::uint32_t f : rows[i]) {
        const double g = grad + options.l2 * w[f];
        g2[f] += g * g;
        w[f] -= options.learning_rate * g / std::sqrt(g2[f]);
      }
      bias_g2 += grad * grad;
      bias -= options.learning_rate * grad / std::sqrt(bias_g2);
    }
  }
  for (std::uint32_t f = 0; f < kDim; ++f) m.weights_[f] = static_cast<float>(w[f]);
  m.bias_ = bias;
  return m;
}

double LinearModel::Score(std::span<const std::uint32_t> features) const {
  double z = bias_;
  for (const std::uint32_t f : features) z += weights_[f & (kDim - 1)];
  return Sigmoid(z);
}

std::string LinearModel::Serialize() const {
  std::string out = "netra-scan-linear 1\ndim " + std::to_string(kDim) + "\n";
  char buf[64];
  std::snprintf(buf, sizeof(buf), "threshold %.6g\nbias %.9g\n", threshold_, bias_);
  out += buf;
  for (std::uint32_t f = 0; f < kDim; ++f) {
    if (weights_[f] == 0.0f) continue;
    std::snprintf(buf, sizeof(buf), "%u %.7g\n", f, static_cast<double>(weights_[f]));
    out += buf;
  }
  return out;
}

Result<LinearModel> LinearModel::Parse(std::string_view text) {
  LinearModel m;
  std::istringstream in{std::string(text)};
  std::string line;
  std::size_t n = 0;
  auto expect = [&](const char* key, double& value) -> Status {
    ++n;
    if (!std::getline(in, line)) return ModelError(n, std::string("missing '") + key + "'");
    std::istringstream ls(line);
    std::string k;
    if (!(ls >> k >> value) || k != key) {
      return ModelError(n, std::string("expected '") + key + " <number>'");
    }
    return Status::Ok();
  };
  ++n;
  if (!std::getline(in, line) || line != "netra-scan-linear 1") {
    return ModelError(n, "expected header 'netra-scan-linear 1'");
  }
  double dim = 0;
  NETRA_RETURN_IF_ERROR(expect("dim", dim));
  if (dim != kDim) return ModelError(n, "dim must be " + std::to_string(kDim));
  NETRA_RETURN_IF_ERROR(expect("threshold", m.threshold_));
  if (!(m.threshold_ > 0 && m.threshold_ < 1)) return ModelError(n, "threshold must be in (0,1)");
  NETRA_RETURN_IF_ERROR(expect("bias", m.bias_));
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    std::istringstream ls(line);
    long long index = -1;
    double weight = 0;
    std::string rest;
    if (!(ls >> index >> weight) || (ls >> rest) || index < 0 || index >= kDim ||
        !std::isfinite(weight)) {
      return ModelError(n, "expected '<index below " + std::to_string(kDim) + "> <weight>'");
    }
    m.weights_[static_cast<std::size_t>(index)] = static_cast<float>(weight);
  }
  return m;
}

}  // namespace netra::scan
