// The case workflow of domain.md §4.5 / issue 4 as an explicit state machine:
// which status may follow which, who may make each move (Role), the fields the move
// needs, the documents it produces and the deadline rules (data/rules/deadlines.json
// ids) whose clock it starts. Pure: no clock, storage or I/O.
//
// The transition table is immutable static data; every function here is safe to
// call from any thread.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/role.h"

namespace netra {

enum class CaseStatus {
  kReceived,           // report or finding logged
  kInitialReview,      // kajian awal of formal and material requirements
  kNeedsCompletion,    // reporter asked to complete the report
  kNotRegistered,      // late or requirements unmet
  kRegistered,         // diregistrasi
  kDelegated,          // handled by another Bawaslu office (dilimpahkan)
  kClarification,      // klarifikasi hearings
  kStudy,              // kajian and pleno
  kNotViolation,       // bukan pelanggaran
  kStopped,            // dihentikan
  kForwardedBkn,       // neutrality recommendation sent to BKN (KASN before Sept 2024)
  kForwardedGakkumdu,  // criminal track, Sentra Gakkumdu
  kForwardedRegent,    // village head/official: to the bupati/walikota
  kBknVerification,    // BKN (Satgas) verifying
  kAwaitingPpk,        // BKN sent its result to the PPK
  kSanctioned,         // PPK imposed a sanction
  kNotProven,          // PPK's examination did not prove the breach
  kPpkNoncompliant,    // PPK ignored the recommendation past its deadline
  kClosed,             // final
};

inline constexpr CaseStatus kAllCaseStatuses[] = {
    CaseStatus::kReceived,        CaseStatus::kInitialReview,   CaseStatus::kNeedsCompletion,
    CaseStatus::kNotRegistered,   CaseStatus::kRegistered,      CaseStatus::kDelegated,
    CaseStatus::kClarification,   CaseStatus::kStudy,           CaseStatus::kNotViolation,
    CaseStatus::kStopped,         CaseStatus::kForwardedBkn,    CaseStatus::kForwardedGakkumdu,
    CaseStatus::kForwardedRegent, CaseStatus::kBknVerification, CaseStatus::kAwaitingPpk,
    CaseStatus::kSanctioned,      CaseStatus::kNotProven,       CaseStatus::kPpkNoncompliant,
    CaseStatus::kClosed};

// Stable codes of domain.md §4.5: "RECEIVED", "INITIAL_REVIEW", ... (stored, and
// part of the API).
const char* CaseStatusCode(CaseStatus status);
std::optional<CaseStatus> ParseCaseStatus(std::string_view code);

// Where a deadline's count starts. UU Pilkada Pasal 134(5)-(6) counts from the
// receipt of the report, not from the move that makes the deadline relevant.
enum class DeadlineFrom { kTransition, kReceipt };

struct DeadlineRef {
  std::string_view rule_id;  // an id in data/rules/deadlines.json
  DeadlineFrom from = DeadlineFrom::kTransition;
};

struct CaseTransition {
  CaseStatus from;
  CaseStatus to;
  Role role;  // the only role that may make this move
  std::vector<std::string_view> required_fields;
  std::vector<std::string_view> documents;  // produced by the move, Indonesian names
  // Deadlines for the next step, started by this move. Several ids cover the election
  // kinds (DeadlineRules::Select picks the one for the case's election); none means
  // no deadline is configured (or known, see data/rules/deadlines.json).
  std::vector<DeadlineRef> deadlines;
};

// Every allowed move, in workflow order. Each (from, to) pair occurs once.
const std::vector<CaseTransition>& CaseTransitions();
// The move from `from` to `to`, or nullptr when there is none.
const CaseTransition* FindCaseTransition(CaseStatus from, CaseStatus to);

// Whether the move records the sanction imposed (sanction_track,
// sanction_level and sanction_penalty are among its required fields).
bool RequiresSanctionChoice(const CaseTransition& move);

// Submitted form fields by name; a field with an empty value counts as missing.
using CaseFields = std::map<std::string, std::string, std::less<>>;

// Checks that `actor` may move a case from `current` to `requested` with `fields`
// and returns `requested`. Failures, each with Indonesian and English messages and a
// stable reason():
//  - kConflict, "transition_not_allowed": no such move from `current` (the message
//    lists the statuses `current` may move to);
//  - kPermissionDenied, "wrong_role": the move exists but belongs to another role
//    (named in the message);
//  - kInvalidArgument, "missing_field": a required field is absent or empty (the
//    first one is named); "sanction_required" when that field is part of the
//    chosen sanction (sanction_track, sanction_level, sanction_penalty).
Result<CaseStatus> NextCaseStatus(CaseStatus current, CaseStatus requested, Role actor,
                                  const CaseFields& fields);

}  // namespace netra
