// Conflicts of interest in handling a neutrality case (domain.md §1.2): the
// PPK who would decide the sanction is a candidate in a running contest (the
// incumbent-as-PPK problem), or is the reported person; or the handling officer
// belongs to the same unit as the reported person or the reporter, or is one of
// them. Each conflict names where the case should go instead.
//
// Escalation targets are Netra's reading of domain.md, not a cited rule
// (unconfirmed; docs/enforcement-rules.md): a regency/city PPK's decision goes
// to the governor as the province's PPK, a province's to the Minister of Home
// Affairs — the same ladder domain.md §1.2 gives for the Majelis Kode Etik of a
// Sekda — with BKN, the neutrality supervisor since Sept 2024, informed; a
// conflicted officer hands the case to another officer of the same Bawaslu
// office, or to the Bawaslu one level up when there is none.
// Pure; thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace netra {

struct ConflictFacts {
  // The PPK over the reported ASN: a stable person key (e.g. an employee or
  // user id as text) and the region it heads ("35.13", "35"; "" = a ministry).
  std::string ppk_person;
  std::string ppk_region_code;
  bool ppk_is_candidate_in_running_contest = false;
  // Regions above the PPK's ("35", then "") whose head is also a candidate in
  // a running contest: the decision passes over them to the next level up.
  std::vector<std::string> candidate_heads_above;
  // The reported person's key ("" when not known) and unit.
  std::string reported_person;
  std::string reported_unit;
  std::string reported_unit_name;  // shown in the explanation; the key when empty
  // The reporter's key and unit ("" for the public or an anonymous reporter).
  std::string reporter_person;
  std::string reporter_unit;
  std::string reporter_unit_name;
  // The handling officer, the unit (agency or organisation) the officer comes
  // from, and the Bawaslu office (region code) the officer works in.
  std::string officer_person;
  std::string officer_unit;
  std::string officer_region_code;
  bool other_officers_available = true;  // in the same Bawaslu office
  // Names of the regions the escalations name ("35" → "Jawa Timur",
  // "35.13" → "Kabupaten Probolinggo"); a region without one is named by code.
  std::map<std::string, std::string> region_names;
};

enum class ConflictKind {
  kPpkCandidate,    // the PPK runs in a contest that is under way
  kPpkIsReported,   // the PPK is the reported person
  kOfficerIsParty,  // the officer is the reporter or the reported person
  kOfficerSameUnitAsReported,
  kOfficerSameUnitAsReporter,
};
const char* ConflictKindName(ConflictKind kind);  // "ppk_candidate", ...

enum class EscalationKind {
  kLevelAbove,      // the body one level up (region_code below)
  kAnotherOfficer,  // another officer of the same office
};

struct Escalation {
  EscalationKind kind = EscalationKind::kLevelAbove;
  std::string region_code;  // where the case goes: "35" for a 35.13 PPK; "" = national
  std::string target;       // Indonesian: "Gubernur (PPK provinsi 35) dan BKN"
  std::string target_en;
};

struct Conflict {
  ConflictKind kind;
  std::string explanation;  // Indonesian
  std::string explanation_en;
  Escalation escalation;
};

// Every conflict in `facts`, PPK conflicts first. Empty keys never match each
// other (an unknown unit is not "the same unit").
std::vector<Conflict> FindConflicts(const ConflictFacts& facts);

}  // namespace netra
