// Rng: the demo generator's only source of randomness — std::mt19937_64 with
// a fixed seed, and draws written out here rather than std::*_distribution,
// whose results differ between standard libraries. The same seed therefore
// gives the same data with any compiler. Not thread-safe; one per generator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <string_view>
#include <vector>

namespace netra::demo::detail {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  // A seed for an independent stream named `label`, so one region's data does
  // not change when another region is added or removed.
  static std::uint64_t Derive(std::uint64_t seed, std::string_view label) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (char c : label) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ULL;
    }
    std::uint64_t z = seed ^ h;  // splitmix64 finaliser
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n); n > 0. The modulo bias is below 2^-40 for our n.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  // Uniform in [lo, hi], inclusive.
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(hi - lo + 1)); }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }

  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(items.size())];
  }
  // Index drawn with probability proportional to weights[i] (not all zero).
  std::size_t Weighted(std::span<const double> weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = Unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[Below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace netra::demo::detail
