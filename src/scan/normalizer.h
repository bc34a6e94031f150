// Normalizer: rewrites Indonesian social-media text into a canonical form the
// lexicon matcher and the scorer read, keeping for every output token the
// span of input bytes it came from and the hash of its bytes.
//
// Output: lowercase tokens separated by single spaces, with one space before
// the first token and after the last (so a whole-word pattern is " word ").
// Steps: NFKC + case folding and diacritic removal (ICU, through
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
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace netra::scan {

// 64-bit hash of one normalized token's bytes. The normalizer stores it with
// every token it writes, and the matcher and the scorer key on it, so a
// token is hashed once however many lexicon probes and features use it.
inline std::uint64_t TokenHash(std::string_view token) {
  const char* p = token.data();
  std::size_t n = token.size();
  auto load64 = [](const char* q) {
    std::uint64_t w;
    std::memcpy(&w, q, 8);
    return w;
  };
  auto load32 = [](const char* q) {
    std::uint32_t w;
    std::memcpy(&w, q, 4);
    return std::uint64_t{w};
  };
  std::uint64_t h = 0x9E3779B97F4A7C15ull * (n + 1);
  for (; n > 8; p += 8, n -= 8) {
    h = (h ^ load64(p)) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  // The last 1-8 bytes with fixed-size loads (overlapping when short): a
  // variable-length copy here was a call into memcpy for every token.
  std::uint64_t w = 0;
  if (n >= 4) {
    w = load32(p) << 32 | load32(p + n - 4);
  } else if (n > 0) {
    const auto byte = [&](std::size_t k) {
      return std::uint64_t{static_cast<unsigned char>(p[k])};
    };
    w = byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
  }
  h = (h ^ w) * 0x94D049BB133111EBull;
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 32);
}

// One output token: bytes [begin, end) of the normalized text (text[end] is
// the space after it) and the input bytes [src_begin, src_end) it was read
// from. Spans are kept per token, not per byte: matches and features start
// and end on token boundaries, so that is all anyone maps back.
struct NormalizedToken {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t src_begin = 0;
  std::uint32_t src_end = 0;
  std::uint64_t hash = 0;  // TokenHash of the token's bytes
};

// Normalized text with its tokens; also the scratch space Normalize reuses.
struct NormalizedText {
  std::string text;
  std::vector<NormalizedToken> tokens;

  std::string_view Token(std::size_t i) const {
    return std::string_view(text).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }

  // Scratch for Normalize: the folded bytes of each raw token before the
  // word rules run, with per-byte input spans for the tokens that need them.
  struct RawToken {
    std::uint32_t start = 0;  // into raw
    std::uint32_t len = 0;
    std::uint32_t src = 0;    // input offset of its first byte
    std::uint32_t spans = 0;  // into raw_begin/raw_end, unless direct
    std::uint8_t kind = 0;
    bool tight_gap = false;  // separated from the previous token by 1-2 of " .-_*"
    // Byte k came from input byte src + k alone (a run of ASCII letters and
    // digits), so no per-byte spans are stored for it: the common case.
    bool direct = false;
    bool has_digit = false;
  };
  std::string raw;
  std::vector<std::uint32_t> raw_begin;
  std::vector<std::uint32_t> raw_end;
  std::vector<RawToken> raw_tokens;
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
  const std::string* Abbreviation(std::uint64_t hash, std::string_view word) const;
  void EmitWord(NormalizedText& out) const;
  void EmitFolded(NormalizedText& out, std::string_view w, std::uint32_t b, std::uint32_t e) const;
  void FinishWord(NormalizedText& out, std::size_t begin, std::uint32_t b, std::uint32_t e) const;
  void Emit(NormalizedText& out, std::string_view bytes, std::uint32_t b, std::uint32_t e) const;

  std::vector<Entry> bmp_;  // code points [0x80, kFlatEnd)
  std::unordered_map<char32_t, Entry> other_;
  // Abbreviations by the TokenHash of the short form (open addressing, at
  // most a quarter full): looked up for every word, with the hash the token
  // needs anyway.
  struct Abbr {
    std::string from;
    std::string to;
  };
  struct AbbrSlot {
    std::uint64_t hash = 0;
    std::uint32_t index = 0;  // + 1 into abbr_; 0 is empty
  };
  std::vector<Abbr> abbr_;
  std::vector<AbbrSlot> abbr_slots_;
  char leet_[10] = {};  // '\0' drops the digit
  std::vector<std::pair<std::string, int>> number_words_;
  std::vector<std::pair<std::string, std::string>> provinces_;
  std::vector<std::pair<std::string, std::string>> cues_;
};

}  // namespace netra::scan
