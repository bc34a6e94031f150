// The documents a workflow move produces (domain/case_workflow.h lists them by
// Indonesian name), built from the case's facts and rendered with
// docs/case_documents.h: the clarification record from the recorded hearings,
// the study and the recommendation letter from the move's fields. Internal to
// src/service; kept apart from case_service.h because docs/case_documents.h
// has its own HeardPerson. Pure: no storage, thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/case_workflow.h"
#include "domain/region.h"
#include "store/enforcement_store.h"

namespace netra::case_paperwork {

// The kind codes ("BA-KLA", "KAJ", "REK") of the documents Netra generates
// for `move`, in the move's order. Other documents of a move (summons,
// plenary record, letters to other bodies) are written outside Netra.
std::vector<std::string> GeneratedKinds(const CaseTransition& move);

// The office that numbers a case's documents: the case's regency/city, or
// its province ("35.13" for "35.13.01").
std::string OfficeCode(const std::string& region_code);

struct MoveFacts {
  CaseRecord record;
  Region region;                        // the case's region
  std::string case_number;              // the register number, or "LP-000012"
  std::vector<HearingRecord> hearings;  // the clarification record needs one
  CaseStatus to = CaseStatus::kReceived;
  CaseFields fields;                 // the move's fields
  std::string violation_codes_json;  // the move's codes, else the case's
  std::string officer;               // the caller's name
  std::int64_t now = 0;
};

// The document number for the `sequence`-th document of `kind` this year.
Result<std::string> DocumentNumber(const std::string& kind, int sequence, const MoveFacts& facts);

// The PDF of `kind` numbered `number`. kFailedPrecondition ("hearing_missing")
// for a clarification record with no hearing recorded; kInvalidArgument when a
// fact the document needs is missing (e.g. no violation code for a
// recommendation).
Result<std::string> Render(const std::string& kind, const std::string& number,
                           const MoveFacts& facts);

}  // namespace netra::case_paperwork
