// Scanner: turns one social-media event into an optional Alert — normalize,
// match the lexicon, pick the contest and candidate concerned, score with the
// trained model, and flag interactions with campaign accounts whatever the
// text (issue 5 points 1-5).
//
// Thread-safety: a Scanner is immutable after Create and may be shared by
// threads; each thread passes its own ScanScratch.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "domain/lexicon.h"
#include "scan/accounts.h"
#include "scan/event.h"
#include "scan/linear_model.h"
#include "scan/matcher.h"
#include "scan/normalizer.h"

namespace netra::scan {

// A matched span in the original event text ("text" or "shared_text" field),
// byte offsets [begin, end).
struct AlertSpan {
  std::string field;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;
  std::string kind;  // PatternKindName
};

struct Alert {
  std::string event_id;
  std::string account;
  std::string nip;     // "" when unlinked
  std::string code;    // SOC-POST | SOC-LIKE | SOC-FOLLOW | SOC-PHOTO
  std::string region;  // the contest's region code; "" if none identified
  int candidate = 0;   // nomor urut; 0 if none identified
  std::vector<AlertSpan> spans;
  double score = 0;
  std::string reason;  // one line, Indonesian
  bool unlinked = false;
  bool interaction = false;  // flagged by target, not by the model
};

// What the scanner read from an event; training and evaluation use it too.
struct EventAnalysis {
  std::vector<std::uint32_t> features;  // hashed feature indices for the model
  bool interaction = false;             // like/follow/join_group/share of a lexicon target
  int contest = -1;                     // resolved contest index, -1 if none
  int candidate = -1;                   // resolved candidate index in that contest
  bool photo = false;                   // the text speaks of a photo with a candidate
  bool scorable = false;                // the model decides (posts, comments, shares)
};

// Per-thread working memory, reused across events.
struct ScanScratch {
  NormalizedText norm;
  NormalizedText shared_norm;
  MatchScratch match;
  std::vector<Match> matches;
  std::vector<Match> shared_matches;
  std::vector<std::pair<int, double>> contest_score;    // touched contests only
  std::vector<std::pair<int, double>> candidate_score;  // by flat candidate index
  std::vector<std::string_view> tokens;                 // the scorer's token stream
  std::vector<std::uint64_t> token_hashes;              // TokenHash of each, for the features
  std::vector<std::uint8_t> placeholder;
};

class Scanner {
 public:
  // Compiles the lexicon; `model` scores events (a default LinearModel scores
  // everything 0.5, which training uses to featurize).
  static Result<std::unique_ptr<Scanner>> Create(const Lexicon& lexicon, AccountRegistry accounts,
                                                 LinearModel model);

  // Reads one event; any content is valid.
  void Analyze(const Event& event, ScanScratch& scratch, EventAnalysis& out) const;
  // The alert for the event, or nullopt when it is not flagged.
  std::optional<Alert> ScanEvent(const Event& event, ScanScratch& scratch) const;
  // As ScanEvent, reusing an analysis already made for this event.
  std::optional<Alert> BuildAlert(const Event& event, const EventAnalysis& analysis,
                                  const ScanScratch& scratch) const;

  // The event's words as the scorer sees them, candidate-specific matches
  // replaced by their kind ("<nickname>", "<ballot>"), shared text prefixed
  // "s:" — the input of the fastText scorer compared in docs/scanner.md.
  void TokenStream(const Event& event, ScanScratch& scratch, std::string& out) const;

  const Matcher& matcher() const { return *matcher_; }
  const Normalizer& normalizer() const { return *normalizer_; }
  const AccountRegistry& accounts() const { return accounts_; }
  const LinearModel& model() const { return model_; }

 private:
  Scanner() = default;
  void Featurize(std::string_view original, const NormalizedText& norm,
                 const std::vector<Match>& matches, char prefix, ScanScratch& scratch,
                 std::vector<std::uint32_t>& out) const;
  // `target_refs`: the lexicon candidates of the event's target;
  // `account_contests`: the contests holding the account's region.
  void Resolve(const std::vector<PatternRef>& target_refs, std::span<const int> account_contests,
               ScanScratch& scratch, EventAnalysis& out) const;

  // Feature indices and hashes that do not depend on the event's words,
  // computed once at Create. Token features are the TokenHash the normalizer
  // stored, combined with a seed per feature kind and field, so no word is
  // hashed twice.
  struct FieldSeeds {
    std::uint64_t unigram = 0;
    std::uint64_t bigram = 0;
    std::uint64_t context = 0;  // a word within three tokens of a match
  };
  struct FixedFeatures {
    std::uint32_t kind[kPatternKindCount] = {};
    std::uint32_t common[kPatternKindCount] = {};  // a one-word common-word pattern
    std::uint32_t caps[kPatternKindCount] = {};    // written in capitals
    std::uint32_t lower[kPatternKindCount] = {};
    std::uint64_t placeholder[kPatternKindCount] = {};  // TokenHash("<nickname>") ...
    std::uint32_t cue[kCueClassCount] = {};
    std::uint32_t event_kind[6] = {};
    std::uint32_t named[4] = {};     // distinct candidates named: 0, 1, 2, 3+
    std::uint32_t numbers[4] = {};   // ballot numbers: 0, 1, 2, 3+
    std::uint32_t resolved[3] = {};  // none, contest, candidate
    std::uint32_t bias = 0, shared_text = 0, no_match = 0;
    std::uint32_t unlinked = 0, inside_lexicon = 0, outside_lexicon = 0;
    std::uint32_t same_region = 0, other_region = 0;
    std::uint32_t target_lexicon = 0, target_other = 0;
    std::uint64_t num = 0, bignum = 0, start = 0, end = 0;  // stand-in tokens
    FieldSeeds field[2];                                    // text, shared text
  };

  std::unique_ptr<Normalizer> normalizer_;
  std::unique_ptr<Matcher> matcher_;
  AccountRegistry accounts_;
  LinearModel model_;
  std::vector<int> incumbent_;  // per contest: candidate index of the incumbent, or -1
  // Per contest: 0 bupati, 1 gubernur, 2 walikota, so Resolve compares no strings.
  std::vector<std::uint8_t> office_;
  FixedFeatures fixed_;
  // Flat arrays, small enough to stay in cache: Resolve reads them for every
  // event, where pointer-chasing into Lexicon or MonitoredAccount cost a cache
  // miss per contest or candidate.
  // Per pattern: the PatternKind whose placeholder a match stands for in the
  // feature tokens, or -1 (cues, descriptors: their words stay).
  std::vector<std::int8_t> placeholder_;
  std::vector<int> offset_;          // per contest: flat index of its first candidate; one extra
  std::vector<int> flat_contest_;    // per flat candidate index: its contest
  std::vector<int> flat_candidate_;  // per flat candidate index: index in its contest
  std::vector<int> flat_number_;     // per flat candidate index: ballot number
  // Contests whose region holds the account's region (its regency and
  // province): account i's are account_contest_[account_begin_[i] ..
  // account_begin_[i + 1]), i from AccountRegistry::FindIndex.
  std::vector<std::uint32_t> account_begin_;
  std::vector<int> account_contest_;
};

// One alert as a JSON object on one line (no trailing newline).
std::string AlertToJson(const Alert& alert);

}  // namespace netra::scan
