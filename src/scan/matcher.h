// Matcher: the whole lexicon — names, nicknames, pair names, slogans,
// hashtags, accounts, groups, parties, descriptors and ballot numbers in
// campaign phrases ("coblos 2", "nomor urut 2", "paslon 02", "salam dua
// jari") or hand signs — compiled once into one table over normalized text
// (normalizer.h). Every pattern is a sequence of whole normalized tokens, so
// the matcher walks the text's tokens rather than its bytes: a pattern is
// keyed by the hashes of its tokens (TokenHash, chained), each token of the
// text is one probe of a 32 KiB filter of first tokens, and a hit follows the
// chain token by token and confirms the bytes. This finds exactly the
// occurrences a byte-level literal matcher finds with a space check on both
// sides, at a cost per token instead of per byte (docs/scanner.md, Speed).
// Each match maps to the (contest, candidate) or ballot number it names and
// the kind of pattern.
//
// Thread-safety: a Matcher is immutable after Build() and may be shared.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "domain/lexicon.h"
#include "scan/normalizer.h"

namespace netra::scan {

enum class PatternKind : std::uint8_t {
  kName = 0,      // full name of the head or deputy
  kNickname,      // a nickname of the head or deputy ("Gus Tsabit"), or its
                  // honorific + initial ("Gus T")
  kPair,          // pair name or acronym ("BIJAK", "Tsabit-Jaka")
  kSlogan,        // campaign slogan or jargon, a comma-separated part of one, or
                  // one written as a hashtag ("#NyalakanHarapan")
  kSloganPart,    // the first two words of a slogan of three or more
  kHashtag,       // campaign hashtag
  kAccount,       // an official account or page named in the text
  kGroup,         // a campaign group named in the text
  kParty,         // a supporting party
  kDescriptor,    // an epithet supporters use ("santri", "petahana")
  kBallotPhrase,  // ballot number in a campaign phrase ("coblos 2")
  kBallotSign,    // ballot number as a hand sign or keycap emoji
  kRegion,        // the contest's region ("probolinggo", "jatim"); candidate -1
  kOtherRegion,   // a same-named region outside the lexicon ("kota probolinggo"
                  // when the contest is the kabupaten); candidate -1
  kCue,           // a cue word; `number` holds its CueClass
};
inline constexpr int kPatternKindCount = 15;

// Cue classes of the normalization table ("cue" lines).
enum class CueClass : std::int32_t {
  kOfficeBupati = 0,
  kOfficeGubernur,
  kOfficeWalikota,
  kIncumbent,
  kPhoto,
  kNegation,
};
inline constexpr int kCueClassCount = 6;
const char* PatternKindName(PatternKind kind);  // "name", "nickname", ...

// What one pattern refers to. contest/candidate index Lexicon::contests and
// LexiconContest::candidates; both are -1 for ballot numbers, which name only
// a number (the scorer picks the contest), and for cues.
struct PatternRef {
  PatternKind kind = PatternKind::kName;
  std::int32_t contest = -1;
  std::int32_t candidate = -1;
  std::int32_t number = 0;   // ballot number of the candidate or phrase
  bool common_word = false;  // a one-word pattern that is also an ordinary
                             // Indonesian word ("bara", "adil"): weak evidence
};

struct PatternInfo {
  std::string text;  // normalized, with its boundary spaces
  std::vector<PatternRef> refs;
};

// One match in normalized text: tokens [begin, end) of NormalizedText::tokens.
struct Match {
  std::uint32_t pattern = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

class Matcher {
 public:
  // Compiles the lexicon. Fails (kInvalidArgument) if a pattern normalizes to
  // nothing, naming the contest, candidate and field, or if the lexicon holds
  // no pattern at all.
  static Result<std::unique_ptr<Matcher>> Build(const Lexicon& lexicon,
                                                const Normalizer& normalizer);
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // All matches in `text` (normalized), sorted by begin, with matches wholly
  // inside a longer one dropped. `out` is cleared first; it is the only
  // memory the scan writes, so a caller that reuses it does not allocate.
  void Scan(const NormalizedText& text, std::vector<Match>& out) const;

  const PatternInfo& pattern(std::uint32_t id) const { return patterns_[id]; }
  std::size_t pattern_count() const { return patterns_.size(); }
  const Lexicon& lexicon() const { return lexicon_; }

  // The candidates whose official account, page or group is `target`
  // ("@x", "fb:Page", "group:Name"; case and spacing ignored). Empty if none.
  const std::vector<PatternRef>& LookupAccount(std::string_view target) const;
  // The lowercase, space-collapsed key LookupAccount compares.
  static std::string AccountKey(std::string_view target);

 private:
  Matcher() = default;
  // Indexes patterns_ by their token chains; false on a hash collision
  // between two different patterns or a pattern over 64 KiB.
  bool Index();
  void Tidy(std::vector<Match>& out) const;

  // A token chain: the hash of a pattern's first k tokens. `pattern` is set
  // when the chain is a whole pattern, `longer` when some pattern goes on.
  struct Node {
    std::uint64_t key = 0;
    std::uint32_t pattern = kNoPattern;
    std::uint16_t length = 0;  // the pattern's bytes, spaces included
    bool longer = false;
    bool used = false;
  };
  static constexpr std::uint32_t kNoPattern = 0xffffffffu;
  static constexpr std::uint32_t kFilterBits = 18;  // 32 KiB: stays in L1
  static std::uint64_t Extend(std::uint64_t chain, std::uint64_t token) {
    std::uint64_t h = chain * 0x9E3779B97F4A7C15ull ^ token;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
  }
  const Node* Find(std::uint64_t key) const;

  Lexicon lexicon_;
  std::vector<PatternInfo> patterns_;
  std::unordered_map<std::string, std::vector<PatternRef>> accounts_;
  std::vector<Node> nodes_;  // open addressing, power of two, at most half full
  // Every pattern's text back to back, so confirming a match reads one cache
  // line of it rather than a PatternInfo and then its string.
  std::string pattern_bytes_;
  std::vector<std::uint32_t> pattern_at_;
  std::vector<std::uint64_t> first_;  // bit set: first tokens of patterns, by hash
};

}  // namespace netra::scan
