#include "service/case_sanctions.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace netra::case_sanctions {
namespace {

std::string Field(const CaseFields& fields, const char* name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string() : it->second;
}

std::string ChoiceText(const SanctionChoice& c) {
  return std::string(SanctionTrackName(c.track)) + ":" + c.level + ":" + c.penalty;
}

}  // namespace

Result<const ShippedRules*> Shipped() {
  static const Result<ShippedRules> rules = []() -> Result<ShippedRules> {
    NETRA_ASSIGN_OR_RETURN(ViolationCatalog catalog, LoadShippedViolationCatalog());
    NETRA_ASSIGN_OR_RETURN(SanctionRules sanctions, LoadShippedSanctionRules(catalog));
    return ShippedRules{std::move(catalog), std::move(sanctions)};
  }();
  if (!rules.ok()) return rules.status();
  return &*rules;
}

Result<std::optional<CaseProposal>> Propose(const CaseRecord& c, const Subject& subject) {
  const nlohmann::json codes =
      nlohmann::json::parse(c.violation_codes_json, nullptr, /*allow_exceptions=*/false);
  if (!codes.is_array() || codes.empty()) return std::optional<CaseProposal>();
  NETRA_ASSIGN_OR_RETURN(const ShippedRules* shipped, Shipped());
  CaseProposal out;
  out.subject = subject;
  for (const nlohmann::json& code : codes) {
    if (!code.is_string()) continue;
    SanctionFacts facts;
    facts.violation_code = code.get<std::string>();
    facts.employee_type = subject.type;
    facts.position = subject.position;
    facts.election_kind = c.election_kind;
    facts.date = c.act_date;
    CodeProposal one;
    one.code = facts.violation_code;
    Result<SanctionProposal> proposed = shipped->sanctions.Propose(facts, shipped->catalog);
    if (proposed.ok()) {
      one.proposal = std::move(proposed).value();
      if (const ProposedSanction* primary = PrimarySanction(*one.proposal);
          primary != nullptr && !out.primary) {
        const ProposedSanction& s = *primary;
        out.primary = SanctionChoice{s.track, s.level, s.penalty};
        std::string basis;
        for (const std::string& b : one.proposal->legal_basis) {
          basis += (basis.empty() ? "" : "; ") + b;
        }
        if (!s.regulation.empty()) basis += (basis.empty() ? "" : "; ") + s.regulation;
        out.legal_basis = basis;
        if (const SanctionScale* scale = shipped->sanctions.Scale(s.track)) {
          for (const SanctionLevel& level : scale->levels) {
            for (const Penalty& p : level.penalties) {
              if (level.level == s.level && p.code == s.penalty) out.penalty_text = p.text;
            }
          }
        }
      }
    } else {
      one.error = proposed.status().message_id();
      one.error_en = proposed.status().message_en();
    }
    out.by_code.push_back(std::move(one));
  }
  return std::optional<CaseProposal>(std::move(out));
}

Result<std::vector<SanctionScale>> ChoosableScales(const Subject& subject) {
  NETRA_ASSIGN_OR_RETURN(const ShippedRules* shipped, Shipped());
  std::vector<SanctionScale> out;
  for (const SanctionScale& scale : shipped->sanctions.scales()) {
    if (scale.track == SanctionTrack::kCriminal) continue;
    SanctionScale choosable = scale;
    const bool pppk =
        subject.type == EmployeeType::kPppk || subject.type == EmployeeType::kPppkParuhWaktu;
    if (pppk && !scale.regulation_pppk.empty()) {
      choosable.regulation = scale.regulation_pppk;
    }
    for (SanctionLevel& level : choosable.levels) {
      std::erase_if(level.penalties, [&](const Penalty& p) {
        return std::find(p.not_for_positions.begin(), p.not_for_positions.end(),
                         subject.position) != p.not_for_positions.end();
      });
    }
    std::erase_if(choosable.levels, [](const SanctionLevel& l) { return l.penalties.empty(); });
    out.push_back(std::move(choosable));
  }
  return out;
}

Result<std::optional<std::string>> CheckChosenSanction(const CaseFields& fields,
                                                       const std::optional<CaseProposal>& proposal,
                                                       const Subject& subject) {
  const std::string track = Field(fields, "sanction_track");
  const std::string level = Field(fields, "sanction_level");
  const std::string penalty = Field(fields, "sanction_penalty");
  if (track.empty() && level.empty() && penalty.empty()) return std::optional<std::string>();
  if (track.empty() || level.empty() || penalty.empty()) {
    return Status(ErrorCode::kInvalidArgument,
                  "Sanksi dipilih lengkap: sanction_track, sanction_level dan sanction_penalty "
                  "diisi bersama",
                  "A chosen sanction is complete: sanction_track, sanction_level and "
                  "sanction_penalty go together")
        .WithReason("sanction_incomplete");
  }
  const std::optional<SanctionTrack> parsed = ParseSanctionTrack(track);
  if (!parsed) {
    return Status(ErrorCode::kInvalidArgument,
                  "sanction_track tidak dikenal: " + track +
                      " (ethics, discipline, dismissal, contract, electoral)",
                  "Unknown sanction_track: " + track +
                      " (ethics, discipline, dismissal, contract, electoral)")
        .WithReason("unknown_track");
  }
  NETRA_ASSIGN_OR_RETURN(const ShippedRules* shipped, Shipped());
  SanctionDecision decision;
  decision.chosen = {*parsed, level, penalty};
  decision.proposed = proposal && proposal->primary ? *proposal->primary : decision.chosen;
  decision.override_reason = Field(fields, "override_reason");
  NETRA_RETURN_IF_ERROR(ValidateSanctionDecision(decision, shipped->sanctions, subject.position));
  return std::optional<std::string>(ChoiceText(decision.proposed));
}

}  // namespace netra::case_sanctions
