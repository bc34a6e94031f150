// Normalizer: rewrites Indonesian social-media text into a canonical form the
// lexicon matcher and the scorer read, keeping for every output byte the span
// of input bytes it came from.
//
// Output: lowercase tokens separated by single spaces, with one space before
// the first token and after the last (so whole-word patterns are literals
// " word "). Steps: NFKC + case folding and diacritic removal (ICU, through
// precomputed tables; ASCII never touches ICU), look-alike letters (Cyrillic,
// Greek), letters spaced or dotted apart ("c o b l o s"), leetspeak/alay
// digits inside words ("c0bl0s", "p1l1h"), reduplication digits ("rekan2"),
// repeated letters folded to one ("mantaaap" -> "mantap"; every double letter
// too, applied alike to text and lexicon), abbreviations (yg -> yang), emoji
// hand signs and keycaps for ballot numbers ("☝️" -> "^1", "2️⃣" -> "^2"),
// a few emoji as sentiment cues ("^fire", "^laugh"). Hashtags ("#tag") and
// mentions ("@a.b") stay single tokens.
//
// Thread-safety: a Normalizer is immutable after Create() and may be shared
// by threads; each thread passes its own NormalizedText, whose buffers are
// reused across calls so the hot path does not allocate once warmed up.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace netra::scan {

// Normalized text plus the offset map back to the input; also the scratch
// space Normalize reuses.
struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> begin;  // per byte of text: first input byte it came from
  std::vector<std::uint32_t> end;    // per byte of text: one past the last input byte

  // The input span [first, last) covered by text bytes [b, e), b < e.
  std::uint32_t SourceBegin(std::size_t b) const { return begin[b]; }
  std::uint32_t SourceEnd(std::size_t e) const { return end[e - 1]; }

  // Scratch for Normalize.
  struct RawToken {
    std::uint32_t start = 0;  // into raw
    std::uint32_t len = 0;
    std::uint8_t kind = 0;
    bool tight_gap = false;  // separated from the previous token by 1-2 of " .-_*"
  };
  std::string raw;
  std::vector<std::uint32_t> raw_begin;
  std::vector<std::uint32_t> raw_end;
  std::vector<RawToken> tokens;
  std::string word;
  std::vector<std::uint32_t> word_begin;
  std::vector<std::uint32_t> word_end;
};

class Normalizer {
 public:
  // Builds the tables from the normalization TSV compiled into the binary
  // (data/scan/normalization.tsv). Fails only if ICU data is missing.
  static Result<std::unique_ptr<Normalizer>> Create();
  // Same, from a TSV in that format; errors name the line.
  static Result<std::unique_ptr<Normalizer>> FromTables(std::string_view tsv);

  // Normalizes `input` into `out` (cleared first). Invalid UTF-8 bytes become
  // separators. Input longer than 4 GiB is not supported (offsets are 32-bit);
  // callers bound their input well below that.
  void Normalize(std::string_view input, NormalizedText& out) const;
  // Convenience for compile time and tests: the normalized text only.
  std::string NormalizeToString(std::string_view input) const;

  // Number words ("dua", "loro") and their digit, for ballot-number phrases.
  const std::vector<std::pair<std::string, int>>& number_words() const { return number_words_; }
  // Province codes and the names or short names posts use ("35", "jatim").
  const std::vector<std::pair<std::string, std::string>>& provinces() const { return provinces_; }
  // Cue words by class ("office_bupati", "incumbent", "photo", "negation"),
  // as given in the table (the matcher normalizes them).
  const std::vector<std::pair<std::string, std::string>>& cues() const { return cues_; }

  struct Entry {
    std::uint8_t cls = 0;  // kSep, kText, kDrop, kSpecial
    std::uint8_t len = 0;
    char bytes[14] = {};
  };

 private:
  Normalizer() = default;
  Status Load(std::string_view tsv);
  const Entry* Lookup(char32_t cp) const;
  void EmitWord(NormalizedText& out) const;
  void Emit(NormalizedText& out, std::string_view bytes, std::uint32_t b, std::uint32_t e) const;

  std::vector<Entry> bmp_;  // code points [0x80, kFlatEnd)
  std::unordered_map<char32_t, Entry> other_;
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> abbr_;
  char leet_[10] = {};  // '\0' drops the digit
  std::vector<std::pair<std::string, int>> number_words_;
  std::vector<std::pair<std::string, std::string>> provinces_;
  std::vector<std::pair<std::string, std::string>> cues_;
};

}  // namespace netra::scan
