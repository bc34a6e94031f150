// Election import: an election's definition (name, kind, voting date and its
// stages with dates and legal basis) from data/elections/<code>.json, and its
// contests and candidate pairs from a lexicon file (domain/lexicon.h), written
// through the Store. Upserts by election code, (election, region, office) and
// (contest, ballot number), and replaces the stages, so running it again
// changes nothing. Pure parsing is thread-safe; ImportElection is not per call.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/election.h"
#include "domain/lexicon.h"
#include "store/store.h"

namespace netra::ingest {

// Where `netra import elections` finds election definitions by default.
inline constexpr const char* kDefaultElectionDataDir = "data/elections";

struct ElectionDefinition {
  Election election;                  // id 0
  std::vector<ElectionStage> stages;  // seq 1.. in file order; election_id 0
};

// Parses the JSON of an election definition. kInvalidArgument names the
// field (and stage) that is missing or wrong: dates must be real YYYY-MM-DD,
// start <= end, codes unique; the voting date must fall inside some stage.
Result<ElectionDefinition> ParseElectionDefinition(std::string_view json);
// Reads DIR/<code>.json; kNotFound names the file when there is none.
Result<ElectionDefinition> LoadElectionDefinition(const std::string& dir, const std::string& code);

struct ElectionImportReport {
  std::int64_t election_id = 0;
  std::int64_t stages = 0;
  std::int64_t contests = 0;
  std::int64_t candidates = 0;
};

// Checks first (the lexicon is for this election; every contest's region
// exists in the store — kInvalidArgument naming the contest), then writes.
Result<ElectionImportReport> ImportElection(Store& store, const Lexicon& lexicon,
                                            const ElectionDefinition& definition);

// Reads and parses the lexicon at `lexicon_path` (at most kMaxLexiconBytes),
// loads the definition of its election from `elections_dir`, and imports both.
Result<ElectionImportReport> ImportElectionFile(Store& store, const std::string& lexicon_path,
                                                const std::string& elections_dir);

}  // namespace netra::ingest
