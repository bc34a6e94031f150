// Matcher: the whole lexicon — names, nicknames, pair names, slogans,
// hashtags, accounts, groups, parties, descriptors and ballot numbers in
// campaign phrases ("coblos 2", "nomor urut 2", "paslon 02", "salam dua
// jari") or hand signs — compiled once into one vectorscan (Hyperscan)
// literal database. Each pattern is a sequence of normalized tokens
// (normalizer.h), and vectorscan runs over the text written in token codes:
// every token that occurs in some pattern becomes its 3-byte code, and every
// run of other tokens one gap code. A code's first byte has the high bit set
// and its other bytes do not, so a literal can only match at a code start,
// and a match is whole tokens by construction. The coded text is a fifth of
// the normalized text's size and keeps every match (docs/scanner.md, Speed).
// Each match maps to the (contest, candidate) or ballot number it names and
// the kind of pattern.
//
// Thread-safety: a Matcher is immutable after Build() and may be shared; each
// thread passes its own MatchScratch (vectorscan's scratch space).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "domain/lexicon.h"
#include "scan/normalizer.h"

// vectorscan's handles (hs/hs.h), kept out of this header.
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

// One match in normalized text: tokens [begin, end) of NormalizedText::tokens.
struct Match {
  std::uint32_t pattern = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// One thread's vectorscan scratch space and match buffers, allocated on first
// use and reused, so a warmed-up scan does not allocate. Movable, not
// copyable (it owns the hs_scratch).
class MatchScratch {
 public:
  MatchScratch() = default;
  MatchScratch(MatchScratch&& other) noexcept;
  MatchScratch& operator=(MatchScratch&& other) noexcept;
  ~MatchScratch();

 private:
  friend class Matcher;
  hs_scratch* scratch_ = nullptr;
  std::string codes_;                      // the text in token codes
  std::vector<std::uint32_t> code_token_;  // each code's (first) token
  std::vector<Match> raw_;                 // matches in codes, before token mapping
};

class Matcher {
 public:
  // Compiles the lexicon. Fails (kInvalidArgument) if a pattern normalizes to
  // nothing, naming the contest, candidate and field, or if the lexicon holds
  // no pattern at all.
  static Result<std::unique_ptr<Matcher>> Build(const Lexicon& lexicon,
                                                const Normalizer& normalizer);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // All matches in `text` (normalized), sorted by begin, with matches wholly
  // inside a longer one dropped. `out` is cleared first. Allocates only to
  // grow `scratch` and `out` (throws std::bad_alloc if vectorscan cannot).
  void Scan(const NormalizedText& text, MatchScratch& scratch, std::vector<Match>& out) const;

  const PatternInfo& pattern(std::uint32_t id) const { return patterns_[id]; }
  // pattern(id).refs from one flat array: the scorer reads them for every
  // match, and two dependent reads into 35,000 PatternInfo were a cache miss
  // each.
  std::span<const PatternRef> refs(std::uint32_t id) const {
    const RefRange r = ref_ranges_[id];
    return {flat_refs_.data() + r.first, r.count};
  }
  std::size_t pattern_count() const { return patterns_.size(); }
  const Lexicon& lexicon() const { return lexicon_; }
  // CPU seconds hs_compile_lit_multi took in Build (the bench reports it).
  double compile_seconds() const { return compile_seconds_; }

  // The candidates whose official account, page or group is `target`
  // ("@x", "fb:Page", "group:Name"; case and spacing ignored). Empty if none.
  const std::vector<PatternRef>& LookupAccount(std::string_view target) const;
  // The lowercase, space-collapsed key LookupAccount compares.
  static std::string AccountKey(std::string_view target);

 private:
  Matcher() = default;
  // Builds the token vocabulary and the coded literals with their pattern
  // ids (every pattern but the one-token cues).
  Status Encode(std::vector<std::string>& literals, std::vector<unsigned>& ids);
  // False when no pattern has a token with this hash (the bit filter).
  bool MayBeToken(std::uint64_t hash) const {
    const std::uint64_t bit = (hash >> 12) & (kFilterBits - 1);
    return (vocab_filter_[bit / 64] >> (bit % 64) & 1) != 0;
  }
  // The vocabulary entry (id and flags) of `token` with hash `hash`, 0 when
  // no pattern has it.
  std::uint32_t TokenEntry(std::uint64_t hash, std::string_view token) const;
  // Writes `text` in token codes into scratch and its one-token cues into
  // scratch.raw_; false when no token is in a literal (the database cannot
  // match).
  bool EncodeText(const NormalizedText& text, MatchScratch& scratch) const;
  void Prepare(MatchScratch& scratch) const;
  // Runs the database over scratch.codes_, appending matches (in codes) to
  // scratch.raw_ in order of their end.
  void Run(MatchScratch& scratch) const;
  // Sorts the matches, tidies them and maps them to tokens.
  void Finish(const MatchScratch& scratch, Match* first, Match* last,
              std::vector<Match>& out) const;

  Lexicon lexicon_;
  std::vector<PatternInfo> patterns_;
  std::vector<std::uint32_t> lengths_;  // each pattern's length in tokens
  struct RefRange {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
  };
  std::vector<RefRange> ref_ranges_;  // by pattern id, into flat_refs_
  std::vector<PatternRef> flat_refs_;
  // The vocabulary: every token of every pattern, by TokenHash (open
  // addressing, at most 70% full). A slot holds a short token's bytes, so
  // confirming a hit reads no other memory; longer tokens are confirmed
  // against vocab_bytes_.
  static constexpr std::size_t kInlineTokenBytes = 10;
  struct VocabSlot {
    std::uint32_t entry = 0;  // token id | kInLiteral | kCue; 0: empty
    std::uint16_t size = 0;
    char bytes[kInlineTokenBytes] = {};  // the first bytes of the token
  };
  std::vector<VocabSlot> vocab_slots_;
  // One bit per hash value's low bits: most tokens of a post are in no
  // pattern, and this 64 KiB filter turns them away before the table.
  static constexpr std::uint64_t kFilterBits = std::uint64_t{1} << 19;
  std::vector<std::uint64_t> vocab_filter_;
  // Flags on a slot's entry, so encoding a token reads only its slot.
  static constexpr std::uint32_t kTokenIdMask = (1u << 21) - 1;
  static constexpr std::uint32_t kInLiteral = 1u << 21;  // a database literal holds the token
  static constexpr std::uint32_t kCue = 1u << 22;        // the token is a one-token cue
  std::vector<std::uint32_t> cue_pattern_;               // by token id: its cue pattern
  std::string vocab_bytes_;                              // every token's bytes, in id order
  std::vector<std::uint32_t> vocab_offset_;  // token id's bytes start at [id - 1], end at [id]
  std::unordered_map<std::string, std::vector<PatternRef>> accounts_;
  hs_database* db_ = nullptr;
  double compile_seconds_ = 0;
};

}  // namespace netra::scan
