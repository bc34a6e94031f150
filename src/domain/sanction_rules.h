// Sanction proposals (domain.md §2, §3): from the facts of a case, the
// violation code(s), the sanction track(s) with a suggested penalty or, for
// crimes, the statutory range, and the legal basis. Rules are data
// (data/rules/sanctions.json, format in docs/enforcement-rules.md), each with
// its own test cases. A proposal is advice: the officer records what was
// chosen in a SanctionDecision, and a choice that differs needs a reason
// (domain.md §2: keep the ethics/discipline track a human decision).
//
// SanctionRules is immutable after Parse and safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "domain/employee.h"
#include "domain/violation_catalog.h"

namespace netra {

enum class SanctionTrack { kEthics, kDiscipline, kDismissal, kContract, kElectoral, kCriminal };
// "ethics", "discipline", "dismissal", "contract", "electoral", "criminal".
const char* SanctionTrackName(SanctionTrack track);
std::optional<SanctionTrack> ParseSanctionTrack(std::string_view name);

// How a proposed sanction relates to the others: the main proposal, one that
// applies on top of it (a crime next to discipline), or another reading the
// officer may choose instead.
enum class ProposalRole { kPrimary, kAdditional, kAlternative };
const char* ProposalRoleName(ProposalRole role);  // "primary", "additional", "alternative"

// Who committed the act.
enum class Actor { kAsn, kRegionalHead, kCandidate };
const char* ActorName(Actor actor);  // "asn", "regional_head", "candidate"
std::optional<Actor> ParseActor(std::string_view name);

struct SanctionFacts {
  // The violation code when the officer already knows it; else `act` (+ `medium`)
  // is mapped to codes through the rules' "acts" table ("like", "banner", ...).
  std::string violation_code;
  std::string act;
  std::string medium;  // "online", "offline" or ""
  Actor actor = Actor::kAsn;
  EmployeeType employee_type = EmployeeType::kPns;
  PositionCategory position = PositionCategory::kPelaksana;
  std::string election_kind = "pilkada";  // "pilkada" | "pemilu"
  std::string stage_code;                 // ElectionStage::code when it happened; "" unknown
  bool repeat_offence = false;
  std::string date;  // of the act, "YYYY-MM-DD"
};

struct CriminalRange {
  std::string key;                                 // "UU10-2016-P188"
  std::string basis;                               // "UU 10/2016 Pasal 188 jo. Pasal 71"
  std::string custody;                             // "penjara" (prison) | "kurungan" (detention)
  std::optional<int> months_min, months_max;       // nullopt: not recorded
  std::optional<std::int64_t> fine_min, fine_max;  // rupiah
  std::string combination;                         // "and" | "and_or"
  Confidence confidence = Confidence::kConfirmed;
  std::string note;
};

struct ProposedSanction {
  SanctionTrack track = SanctionTrack::kEthics;
  std::string level;    // "moral", "light", "medium", "heavy", "ptdh", ...; criminal: range key
  std::string penalty;  // suggested penalty code; "" for criminal
  ProposalRole role = ProposalRole::kPrimary;
  std::string regulation;  // of the scale: "PP 94/2021 Pasal 8" (PPPK: PP 49/2018 ...)
  std::optional<CriminalRange> criminal;
  std::string rule_id;
  Confidence confidence = Confidence::kConfirmed;  // the weaker of rule and scale
};

struct SanctionProposal {
  std::vector<std::string> violation_codes;
  std::string phase;  // "before_determination", "after_determination" or "unknown"
  std::vector<ProposedSanction> sanctions;
  std::vector<std::string> legal_basis;  // of the violations, in catalog order
  std::vector<std::string> refer_to;     // authority names at the act's date ("BKN")
  std::vector<std::string> notes;        // Indonesian, one per applied rule
  std::vector<std::string> notes_en;
};

struct Penalty {
  std::string code;  // "tukin_cut_25_6m"
  std::string text;
  std::string text_en;
  std::vector<PositionCategory> not_for_positions;
};

struct SanctionLevel {
  std::string level;
  std::vector<Penalty> penalties;
};

struct SanctionScale {
  SanctionTrack track = SanctionTrack::kEthics;
  std::string regulation;
  std::string regulation_pppk;  // "" = same as regulation
  Confidence confidence = Confidence::kConfirmed;
  std::vector<SanctionLevel> levels;
};

// One test case of a rule, as written in the data file.
struct SanctionRuleTest {
  std::string rule_id;
  int index = 0;
  SanctionFacts facts;
  std::vector<std::string> expect_codes;
  // "track:level:penalty:role", e.g. "criminal:UU10-2016-P188::additional".
  std::vector<std::string> expect_sanctions;
  std::optional<std::vector<std::string>> expect_refer_to;
};

class SanctionRules {
 public:
  // Parses and validates the rules against `catalog` (every code must be known to
  // it). Fails with kInvalidArgument naming the rule and field: unknown code,
  // track, level, penalty, criminal key, employee type, position, phase or role;
  // an act without codes; a repeated rule id; or a malformed test case.
  static Result<SanctionRules> Parse(std::string_view json_text, std::string_view source_name,
                                     const ViolationCatalog& catalog);

  // The proposal for `facts`. Within each rule group ("personnel", "criminal")
  // the first rule that matches applies. Fails with kInvalidArgument when the
  // facts name no code and the act is unknown ("unknown_act"), a code unknown to
  // the catalog ("unknown_violation"), a malformed date, an election kind other
  // than pilkada/pemilu, or a code not in force on the date
  // ("violation_not_in_force").
  Result<SanctionProposal> Propose(const SanctionFacts& facts,
                                   const ViolationCatalog& catalog) const;

  const std::vector<SanctionScale>& scales() const { return scales_; }
  const SanctionScale* Scale(SanctionTrack track) const;
  const CriminalRange* Criminal(std::string_view key) const;
  // The test cases of every rule, in file order.
  const std::vector<SanctionRuleTest>& tests() const { return tests_; }

  struct Item {
    SanctionTrack track = SanctionTrack::kEthics;
    std::string level;     // not for criminal
    std::string penalty;   // not for criminal
    std::string criminal;  // range key, criminal only
    ProposalRole role = ProposalRole::kPrimary;
  };
  // One rule; an empty condition matches anything.
  struct Rule {
    std::string id;
    std::string group;  // rules of one group exclude each other
    Confidence confidence = Confidence::kConfirmed;
    std::optional<Actor> actor;
    std::vector<std::string> codes;
    std::string election;  // "pilkada" | "pemilu" | ""
    std::string phase;     // "before_determination" | "after_determination" | ""
    std::vector<EmployeeType> employee_types;
    std::vector<PositionCategory> positions;
    std::optional<bool> repeat;
    std::vector<Item> propose;
    std::string note, note_en;
  };
  const std::vector<Rule>& rules() const { return rules_; }

 private:
  struct Act {
    std::string act, medium;
    std::vector<std::string> codes;
  };
  std::vector<std::pair<std::string, std::string>> stage_phases_;
  std::vector<Act> acts_;
  std::vector<SanctionScale> scales_;
  std::vector<CriminalRange> criminal_;
  std::vector<Rule> rules_;
  std::vector<SanctionRuleTest> tests_;
};

// The rules compiled into the binary from data/rules/sanctions.json.
Result<SanctionRules> LoadShippedSanctionRules(const ViolationCatalog& catalog);

// "discipline:medium:tukin_cut_25_6m:primary" (the form the rule tests use).
std::string SanctionSummary(const ProposedSanction& sanction);

// The proposed sanction an officer's choice is compared with: the first
// primary one that is not criminal (courts decide those); nullptr when none.
const ProposedSanction* PrimarySanction(const SanctionProposal& proposal);

// What the officer (PPK) settles on for the non-criminal part of a case.
struct SanctionChoice {
  SanctionTrack track = SanctionTrack::kEthics;
  std::string level;
  std::string penalty;
  bool operator==(const SanctionChoice&) const = default;
};

// The proposal taken from a SanctionProposal and the officer's choice.
struct SanctionDecision {
  SanctionChoice proposed;
  SanctionChoice chosen;
  std::string override_reason;  // required when chosen != proposed
};

inline constexpr std::size_t kMinOverrideReasonBytes = 20;
inline constexpr std::size_t kMaxOverrideReasonBytes = 4000;

// Checks a decision for the person in `position`: the chosen track is not
// criminal (courts decide those), its level and penalty exist in the scale and
// the penalty applies to the position (no "release to pelaksana" for a
// pelaksana); the proposed choice exists too; and when chosen differs from
// proposed, override_reason holds 20..4000 bytes of non-blank text. Fails
// with kInvalidArgument naming the field and a stable reason:
// "criminal_not_choosable", "unknown_level", "unknown_penalty",
// "penalty_not_for_position", "override_reason_required",
// "override_reason_too_long".
Status ValidateSanctionDecision(const SanctionDecision& decision, const SanctionRules& rules,
                                PositionCategory position);

}  // namespace netra
