// Lexicon: the contests of an election and their candidate pairs with the
// campaign vocabulary the scanner watches, parsed from the lexicon JSON format
// of ../shared/data/monitoring-dev/FORMAT.md. Used by the scanner and by the
// election importer. Plain values; ParseLexicon is pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/election.h"

namespace netra {

struct LexiconContest {
  Contest contest;  // id and election_id are 0: the importer assigns them
  std::vector<Candidate> candidates;
};

struct Lexicon {
  std::string election;  // "pilkada-2024"
  std::vector<LexiconContest> contests;
};

// Input bounds: a national lexicon is a few MB; these stop a hostile file.
inline constexpr std::size_t kMaxLexiconBytes = 64u << 20;
inline constexpr std::size_t kMaxLexiconPatternBytes = 256;
inline constexpr std::size_t kMaxLexiconContests = 20000;
inline constexpr std::size_t kMaxCandidatesPerContest = 50;
inline constexpr std::size_t kMaxPatternsPerList = 200;

// Parses and validates a lexicon. On success every contest has a valid
// province ("35") or regency/city ("35.13") code matching its office, at least
// one candidate, and candidates have unique positive numbers, a non-empty head
// list, and non-empty, bounded patterns; hashtags are '#' + letters/digits/'_';
// accounts are "@handle" or "platform:Name". Fails with kInvalidArgument whose
// Indonesian and English messages name the contest (region + office), the
// candidate number and the field, or the JSON parse position.
Result<Lexicon> ParseLexicon(std::string_view json);

}  // namespace netra
