// The sanction rules (domain/sanction_rules.h) applied to a stored case: the
// proposal shown on the case page, and the officer's chosen sanction checked
// against it at the recommendation and PPK decision moves. Internal to
// src/service; the shipped catalog and rules are parsed once and shared
// (immutable, thread-safe).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/case_workflow.h"
#include "domain/employee.h"
#include "domain/sanction_rules.h"
#include "store/enforcement_store.h"

namespace netra::case_sanctions {

struct ShippedRules {
  ViolationCatalog catalog;
  SanctionRules sanctions;
};
// kInternal when the compiled-in data does not parse (a build defect).
Result<const ShippedRules*> Shipped();

// What Netra knows of the reported person; defaults (PNS, pelaksana) when the
// person is not in the register.
struct Subject {
  EmployeeType type = EmployeeType::kPns;
  PositionCategory position = PositionCategory::kPelaksana;
  bool known = false;
};

struct CodeProposal {
  std::string code;
  std::optional<SanctionProposal> proposal;  // nullopt: the rules could not propose
  std::string error, error_en;               // why not
};

struct CaseProposal {
  Subject subject;
  std::vector<CodeProposal> by_code;  // in the case's code order
  // The first primary non-criminal sanction: what a chosen sanction is
  // compared with.
  std::optional<SanctionChoice> primary;
  std::string legal_basis;  // of the primary's code, "; "-joined, with the scale's regulation
  std::string penalty_text;
};

// nullopt when the case names no violation code.
Result<std::optional<CaseProposal>> Propose(const CaseRecord& c, const Subject& subject);

// The sanctions an officer may choose for `subject`: every scale but the
// criminal one, with the penalties that apply to the subject's position, and
// the scale's regulation for the subject's employee type. For the PPK's form.
Result<std::vector<SanctionScale>> ChoosableScales(const Subject& subject);

// At a move that records a sanction (fields sanction_track, sanction_level,
// sanction_penalty, override_reason): checks it against the proposal with
// ValidateSanctionDecision and returns "track:level:penalty" of the proposal
// to store beside it (the chosen one when there is no proposal). nullopt
// when the move names no sanction; kInvalidArgument "sanction_incomplete"
// when it names only part of one (the three fields go together).
Result<std::optional<std::string>> CheckChosenSanction(const CaseFields& fields,
                                                       const std::optional<CaseProposal>& proposal,
                                                       const Subject& subject);

}  // namespace netra::case_sanctions
