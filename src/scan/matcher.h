// Matcher: the whole lexicon — names, nicknames, pair names, slogans,
// hashtags, accounts, groups, parties, descriptors and ballot numbers in
// campaign phrases ("coblos 2", "nomor urut 2", "paslon 02", "salam dua
// jari") or hand signs — compiled once into one vectorscan literal database
// over normalized text (normalizer.h). Patterns are " words " with the
// normalizer's token spaces on both sides, so every match respects word
// boundaries. Each match maps to the (contest, candidate) or ballot number it
// names and the kind of pattern.
//
// Thread-safety: a Matcher is immutable after Build() and may be shared; each
// thread scans with its own MatchScratch.
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

struct hs_database;
struct hs_scratch;

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

// One match in normalized text: bytes [begin, end) exclude the boundary spaces.
struct Match {
  std::uint32_t pattern = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

class MatchScratch {
 public:
  MatchScratch() = default;
  MatchScratch(const MatchScratch&) = delete;
  MatchScratch& operator=(const MatchScratch&) = delete;
  ~MatchScratch();

 private:
  friend class Matcher;
  hs_scratch* scratch_ = nullptr;
  std::vector<Match> batch_;
};

class Matcher {
 public:
  // Compiles the lexicon. Fails (kInvalidArgument) if a pattern normalizes to
  // nothing, naming the contest, candidate and field; kInternal if vectorscan
  // refuses the database.
  static Result<std::unique_ptr<Matcher>> Build(const Lexicon& lexicon,
                                                const Normalizer& normalizer);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Prepares `scratch` for this matcher (allocates once per thread).
  Status PrepareScratch(MatchScratch& scratch) const;
  // All matches in `text` (normalized), sorted by begin, with matches wholly
  // inside a longer one dropped. `out` is cleared first.
  Status Scan(const NormalizedText& text, MatchScratch& scratch, std::vector<Match>& out) const;
  // Many normalized texts at once (one vectorscan call, which is what makes
  // short events fast): `buffer` is the texts back to back, texts[i] starting
  // at starts[i]. out[i] gets the matches of text i, offsets relative to its
  // start, tidied as Scan does. `out` is resized to at least starts.size().
  Status ScanBatch(std::string_view buffer, const std::vector<std::uint32_t>& starts,
                   MatchScratch& scratch, std::vector<std::vector<Match>>& out) const;

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
  void Tidy(std::vector<Match>& out) const;
  Lexicon lexicon_;
  std::vector<PatternInfo> patterns_;
  std::unordered_map<std::string, std::vector<PatternRef>> accounts_;
  hs_database* db_ = nullptr;
};

}  // namespace netra::scan
