#include "domain/sanction_rules.h"

#include <algorithm>
#include <set>

#include "domain/json_fields.h"
#include "domain/shipped_data.h"

namespace netra {
namespace {

constexpr const char* kTrackNames[] = {"ethics",   "discipline", "dismissal",
                                       "contract", "electoral",  "criminal"};
constexpr const char* kRoleNames[] = {"primary", "additional", "alternative"};
constexpr const char* kActorNames[] = {"asn", "regional_head", "candidate"};
constexpr std::size_t kMaxRulesBytes = 4u << 20;
constexpr std::size_t kMaxItems = 2000;

bool ValidPhase(std::string_view phase) {
  return phase == "before_determination" || phase == "after_determination";
}

int Weakness(Confidence c) {
  switch (c) {
    case Confidence::kConfirmed:
      return 0;
    case Confidence::kSingle:
      return 1;
    case Confidence::kVerify:
      return 2;
    case Confidence::kUnconfirmed:
      return 3;
  }
  return 3;
}

Result<Confidence> ReadConfidence(const JsonItem& item) {
  NETRA_ASSIGN_OR_RETURN(const std::string text, item.String("confidence", true, 20));
  const auto c = ParseConfidence(text);
  if (!c) {
    return item.Error("confidence", "harus confirmed, single, unconfirmed atau verify",
                      "must be confirmed, single, unconfirmed or verify");
  }
  return *c;
}

std::string WhereOf(const std::string& src, const char* array, std::size_t i,
                    const nlohmann::json& j, const char* key) {
  std::string where = src + ": " + array + "[" + std::to_string(i) + "]";
  if (j.is_object() && j.contains(key) && j[key].is_string()) {
    where += " (" + j[key].get<std::string>() + ")";
  }
  return where;
}

Result<std::optional<int>> OptionalInt(const JsonItem& item, const char* key, std::int64_t max) {
  const nlohmann::json* v = item.Find(key);
  if (v == nullptr || v->is_null()) return std::optional<int>();
  NETRA_ASSIGN_OR_RETURN(const std::int64_t n, item.Int(key, 0, max));
  return std::optional<int>(static_cast<int>(n));
}

Result<std::optional<std::int64_t>> OptionalMoney(const JsonItem& item, const char* key) {
  const nlohmann::json* v = item.Find(key);
  if (v == nullptr || v->is_null()) return std::optional<std::int64_t>();
  NETRA_ASSIGN_OR_RETURN(const std::int64_t n, item.Int(key, 0, 1'000'000'000'000));
  return std::optional<std::int64_t>(n);
}

// Facts of a rule test: {"code"|"act", "medium", "actor", "employee_type",
// "position", "election", "stage", "repeat", "date"}; omitted fields take the
// SanctionFacts defaults.
Result<SanctionFacts> ReadFacts(const JsonItem& item) {
  SanctionFacts f;
  NETRA_ASSIGN_OR_RETURN(f.violation_code, item.String("code", false, 40));
  NETRA_ASSIGN_OR_RETURN(f.act, item.String("act", false, 64));
  NETRA_ASSIGN_OR_RETURN(f.medium, item.String("medium", false, 16));
  NETRA_ASSIGN_OR_RETURN(const std::string actor, item.String("actor", false, 32));
  if (!actor.empty()) {
    const auto a = ParseActor(actor);
    if (!a) return item.Error("actor", "pelaku tidak dikenal", "unknown actor");
    f.actor = *a;
  }
  NETRA_ASSIGN_OR_RETURN(const std::string type, item.String("employee_type", false, 32));
  if (!type.empty()) {
    const auto t = ParseEmployeeType(type);
    if (!t) return item.Error("employee_type", "jenis pegawai tidak dikenal", "unknown type");
    f.employee_type = *t;
  }
  NETRA_ASSIGN_OR_RETURN(const std::string position, item.String("position", false, 32));
  if (!position.empty()) {
    const auto p = ParsePositionCategory(position);
    if (!p) return item.Error("position", "kategori jabatan tidak dikenal", "unknown position");
    f.position = *p;
  }
  NETRA_ASSIGN_OR_RETURN(const std::string election, item.String("election", false, 16));
  if (!election.empty()) f.election_kind = election;
  NETRA_ASSIGN_OR_RETURN(f.stage_code, item.String("stage", false, 64));
  NETRA_ASSIGN_OR_RETURN(f.repeat_offence, item.Bool("repeat", false));
  NETRA_ASSIGN_OR_RETURN(f.date, item.Date("date", false));
  return f;
}

Result<SanctionRules::Rule> ReadRule(const nlohmann::json& j, const JsonItem& item) {
  if (!j.is_object()) return item.Error("", "harus objek", "must be an object");
  SanctionRules::Rule rule;
  NETRA_ASSIGN_OR_RETURN(rule.id, item.String("id", true, 64));
  NETRA_ASSIGN_OR_RETURN(rule.group, item.String("group", true, 64));
  NETRA_ASSIGN_OR_RETURN(rule.confidence, ReadConfidence(item));
  NETRA_ASSIGN_OR_RETURN(rule.note, item.String("note", true));
  NETRA_ASSIGN_OR_RETURN(rule.note_en, item.String("note_en", true));
  const nlohmann::json* when = item.Find("when");
  if (when == nullptr || !when->is_object()) {
    return item.Error("when", "wajib, objek syarat", "required, object of conditions");
  }
  for (const auto& [key, unused] : when->items()) {
    static const std::set<std::string> kKeys = {"actor",          "codes",     "election", "phase",
                                                "employee_types", "positions", "repeat"};
    if (!kKeys.contains(key)) {
      return item.Error("when." + key, "syarat tidak dikenal", "unknown condition");
    }
  }
  const JsonItem w(*when, item.where() + ".when");
  NETRA_ASSIGN_OR_RETURN(const std::string actor, w.String("actor", false, 32));
  if (!actor.empty()) {
    rule.actor = ParseActor(actor);
    if (!rule.actor) {
      return w.Error("actor", "harus asn, regional_head atau candidate",
                     "must be asn, regional_head or candidate");
    }
  }
  NETRA_ASSIGN_OR_RETURN(rule.codes, w.Strings("codes", false, 100, 40));
  NETRA_ASSIGN_OR_RETURN(rule.election, w.String("election", false, 16));
  if (!rule.election.empty() && rule.election != "pilkada" && rule.election != "pemilu") {
    return w.Error("election", "harus pilkada atau pemilu", "must be pilkada or pemilu");
  }
  NETRA_ASSIGN_OR_RETURN(rule.phase, w.String("phase", false, 32));
  if (!rule.phase.empty() && !ValidPhase(rule.phase)) {
    return w.Error("phase", "harus before_determination atau after_determination",
                   "must be before_determination or after_determination");
  }
  NETRA_ASSIGN_OR_RETURN(const auto types, w.Strings("employee_types", false, 10, 32));
  for (const std::string& t : types) {
    const auto type = ParseEmployeeType(t);
    if (!type) {
      return w.Error("employee_types", "jenis pegawai tidak dikenal \"" + t + "\"",
                     "unknown employee type \"" + t + "\"");
    }
    rule.employee_types.push_back(*type);
  }
  NETRA_ASSIGN_OR_RETURN(const auto positions, w.Strings("positions", false, 20, 32));
  for (const std::string& p : positions) {
    const auto position = ParsePositionCategory(p);
    if (!position) {
      return w.Error("positions", "kategori jabatan tidak dikenal \"" + p + "\"",
                     "unknown position \"" + p + "\"");
    }
    rule.positions.push_back(*position);
  }
  if (w.Find("repeat") != nullptr) {
    NETRA_ASSIGN_OR_RETURN(const bool repeat, w.Bool("repeat"));
    rule.repeat = repeat;
  }
  const nlohmann::json* propose = item.Find("propose");
  if (propose == nullptr || !propose->is_array() || propose->empty() || propose->size() > 10) {
    return item.Error("propose", "wajib, larik 1..10 usulan", "required, array of 1..10 items");
  }
  for (std::size_t i = 0; i < propose->size(); ++i) {
    const JsonItem p((*propose)[i], item.where() + ".propose[" + std::to_string(i) + "]");
    SanctionRules::Item it;
    NETRA_ASSIGN_OR_RETURN(const std::string track, p.String("track", true, 32));
    const auto t = ParseSanctionTrack(track);
    if (!t) return p.Error("track", "jalur tidak dikenal", "unknown track");
    it.track = *t;
    NETRA_ASSIGN_OR_RETURN(const std::string role, p.String("role", true, 32));
    bool role_known = false;
    for (int r = 0; r < 3; ++r) {
      if (role == kRoleNames[r]) {
        it.role = static_cast<ProposalRole>(r);
        role_known = true;
      }
    }
    if (!role_known) {
      return p.Error("role", "harus primary, additional atau alternative",
                     "must be primary, additional or alternative");
    }
    if (it.track == SanctionTrack::kCriminal) {
      NETRA_ASSIGN_OR_RETURN(it.criminal, p.String("criminal", true, 64));
    } else {
      NETRA_ASSIGN_OR_RETURN(it.level, p.String("level", true, 32));
      NETRA_ASSIGN_OR_RETURN(it.penalty, p.String("penalty", true, 64));
    }
    rule.propose.push_back(std::move(it));
  }
  return rule;
}

const Penalty* FindPenalty(const SanctionScale& scale, std::string_view level,
                           std::string_view penalty, const SanctionLevel** level_out) {
  for (const SanctionLevel& l : scale.levels) {
    if (l.level != level) continue;
    if (level_out != nullptr) *level_out = &l;
    for (const Penalty& p : l.penalties) {
      if (p.code == penalty) return &p;
    }
  }
  return nullptr;
}

template <typename T>
bool Contains(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

const char* SanctionTrackName(SanctionTrack track) { return kTrackNames[static_cast<int>(track)]; }

std::optional<SanctionTrack> ParseSanctionTrack(std::string_view name) {
  for (int i = 0; i < static_cast<int>(std::size(kTrackNames)); ++i) {
    if (name == kTrackNames[i]) return static_cast<SanctionTrack>(i);
  }
  return std::nullopt;
}

const char* ProposalRoleName(ProposalRole role) { return kRoleNames[static_cast<int>(role)]; }

const char* ActorName(Actor actor) { return kActorNames[static_cast<int>(actor)]; }

std::optional<Actor> ParseActor(std::string_view name) {
  for (int i = 0; i < static_cast<int>(std::size(kActorNames)); ++i) {
    if (name == kActorNames[i]) return static_cast<Actor>(i);
  }
  return std::nullopt;
}

std::string SanctionSummary(const ProposedSanction& s) {
  return std::string(SanctionTrackName(s.track)) + ":" + s.level + ":" + s.penalty + ":" +
         ProposalRoleName(s.role);
}

const ProposedSanction* PrimarySanction(const SanctionProposal& proposal) {
  for (const ProposedSanction& s : proposal.sanctions) {
    if (s.role == ProposalRole::kPrimary && s.track != SanctionTrack::kCriminal) return &s;
  }
  return nullptr;
}

Result<SanctionRules> SanctionRules::Parse(std::string_view json_text, std::string_view source_name,
                                           const ViolationCatalog& catalog) {
  const std::string src(source_name);
  NETRA_ASSIGN_OR_RETURN(const nlohmann::json doc,
                         ParseJsonDocument(json_text, source_name, kMaxRulesBytes));
  for (const char* key : {"stage_phases", "acts", "scales", "criminal", "rules"}) {
    const bool object = std::string_view(key) == "stage_phases";
    if (!doc.is_object() || !doc.contains(key) ||
        (object ? !doc[key].is_object() : !doc[key].is_array()) || doc[key].size() > kMaxItems) {
      return Status(ErrorCode::kInvalidArgument,
                    src + ": \"" + key + "\" wajib ada (" + (object ? "objek" : "larik") +
                        ", paling banyak 2000 butir)",
                    src + ": \"" + key + "\" is required (" + (object ? "object" : "array") +
                        ", at most 2000 items)");
    }
  }
  SanctionRules out;
  for (const auto& [stage, phase] : doc["stage_phases"].items()) {
    if (!phase.is_string() || !ValidPhase(phase.get<std::string>())) {
      return Status(
          ErrorCode::kInvalidArgument,
          src + ": stage_phases." + stage + ": harus before_determination atau after_determination",
          src + ": stage_phases." + stage +
              ": must be before_determination or after_determination");
    }
    out.stage_phases_.emplace_back(stage, phase.get<std::string>());
  }
  const auto check_code = [&](const JsonItem& item, const std::string& field,
                              const std::string& code) -> Status {
    if (!catalog.Knows(code)) {
      return item.Error(field, "kode pelanggaran tidak ada di katalog \"" + code + "\"",
                        "violation code not in the catalog \"" + code + "\"");
    }
    return Status::Ok();
  };
  const nlohmann::json& acts = doc["acts"];
  for (std::size_t i = 0; i < acts.size(); ++i) {
    const JsonItem item(acts[i], WhereOf(src, "acts", i, acts[i], "act"));
    Act act;
    NETRA_ASSIGN_OR_RETURN(act.act, item.String("act", true, 64));
    NETRA_ASSIGN_OR_RETURN(act.medium, item.String("medium", false, 16));
    NETRA_ASSIGN_OR_RETURN(act.codes, item.Strings("codes", true, 10, 40));
    for (const std::string& code : act.codes)
      NETRA_RETURN_IF_ERROR(check_code(item, "codes", code));
    out.acts_.push_back(std::move(act));
  }
  const nlohmann::json& scales = doc["scales"];
  for (std::size_t i = 0; i < scales.size(); ++i) {
    const JsonItem item(scales[i], WhereOf(src, "scales", i, scales[i], "track"));
    SanctionScale scale;
    NETRA_ASSIGN_OR_RETURN(const std::string track, item.String("track", true, 32));
    const auto t = ParseSanctionTrack(track);
    if (!t || *t == SanctionTrack::kCriminal) {
      return item.Error("track", "jalur tidak dikenal (pidana memakai \"criminal\")",
                        "unknown track (crimes use \"criminal\")");
    }
    scale.track = *t;
    if (out.Scale(scale.track) != nullptr) {
      return item.Error("track", "jalur sudah punya skala", "track already has a scale");
    }
    NETRA_ASSIGN_OR_RETURN(scale.regulation, item.String("regulation", true, 300));
    NETRA_ASSIGN_OR_RETURN(scale.regulation_pppk, item.String("regulation_pppk", false, 300));
    NETRA_ASSIGN_OR_RETURN(scale.confidence, ReadConfidence(item));
    const nlohmann::json* levels = item.Find("levels");
    if (levels == nullptr || !levels->is_array() || levels->empty() || levels->size() > 20) {
      return item.Error("levels", "wajib, larik 1..20 tingkat", "required, array of 1..20 levels");
    }
    for (std::size_t l = 0; l < levels->size(); ++l) {
      const JsonItem li((*levels)[l], item.where() + ".levels[" + std::to_string(l) + "]");
      SanctionLevel level;
      NETRA_ASSIGN_OR_RETURN(level.level, li.String("level", true, 32));
      const nlohmann::json* penalties = li.Find("penalties");
      if (penalties == nullptr || !penalties->is_array() || penalties->empty() ||
          penalties->size() > 20) {
        return li.Error("penalties", "wajib, larik 1..20 hukuman",
                        "required, array of 1..20 penalties");
      }
      for (std::size_t p = 0; p < penalties->size(); ++p) {
        const JsonItem pi((*penalties)[p], li.where() + ".penalties[" + std::to_string(p) + "]");
        Penalty penalty;
        NETRA_ASSIGN_OR_RETURN(penalty.code, pi.String("code", true, 64));
        NETRA_ASSIGN_OR_RETURN(penalty.text, pi.String("text", true, 300));
        NETRA_ASSIGN_OR_RETURN(penalty.text_en, pi.String("text_en", true, 300));
        NETRA_ASSIGN_OR_RETURN(const auto not_for, pi.Strings("not_for_positions", false, 10, 32));
        for (const std::string& name : not_for) {
          const auto position = ParsePositionCategory(name);
          if (!position) {
            return pi.Error("not_for_positions", "kategori jabatan tidak dikenal",
                            "unknown position");
          }
          penalty.not_for_positions.push_back(*position);
        }
        level.penalties.push_back(std::move(penalty));
      }
      scale.levels.push_back(std::move(level));
    }
    out.scales_.push_back(std::move(scale));
  }
  const nlohmann::json& criminal = doc["criminal"];
  for (std::size_t i = 0; i < criminal.size(); ++i) {
    const JsonItem item(criminal[i], WhereOf(src, "criminal", i, criminal[i], "key"));
    CriminalRange range;
    NETRA_ASSIGN_OR_RETURN(range.key, item.String("key", true, 64));
    if (out.Criminal(range.key) != nullptr) {
      return item.Error("key", "kunci sudah dipakai", "key repeats an earlier range");
    }
    NETRA_ASSIGN_OR_RETURN(range.basis, item.String("basis", true, 300));
    NETRA_ASSIGN_OR_RETURN(range.custody, item.String("custody", true, 16));
    if (range.custody != "penjara" && range.custody != "kurungan") {
      return item.Error("custody", "harus penjara atau kurungan", "must be penjara or kurungan");
    }
    NETRA_ASSIGN_OR_RETURN(range.months_min, OptionalInt(item, "months_min", 1200));
    NETRA_ASSIGN_OR_RETURN(range.months_max, OptionalInt(item, "months_max", 1200));
    NETRA_ASSIGN_OR_RETURN(range.fine_min, OptionalMoney(item, "fine_min"));
    NETRA_ASSIGN_OR_RETURN(range.fine_max, OptionalMoney(item, "fine_max"));
    if (range.months_min && range.months_max && *range.months_min > *range.months_max) {
      return item.Error("months_min", "lebih besar dari months_max", "exceeds months_max");
    }
    if (range.fine_min && range.fine_max && *range.fine_min > *range.fine_max) {
      return item.Error("fine_min", "lebih besar dari fine_max", "exceeds fine_max");
    }
    NETRA_ASSIGN_OR_RETURN(range.combination, item.String("combination", true, 16));
    if (range.combination != "and" && range.combination != "and_or") {
      return item.Error("combination", "harus and atau and_or", "must be and or and_or");
    }
    NETRA_ASSIGN_OR_RETURN(range.confidence, ReadConfidence(item));
    NETRA_ASSIGN_OR_RETURN(range.note, item.String("note", false, 1000));
    out.criminal_.push_back(std::move(range));
  }
  const nlohmann::json& rules = doc["rules"];
  std::set<std::string> ids;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const JsonItem item(rules[i], WhereOf(src, "rules", i, rules[i], "id"));
    NETRA_ASSIGN_OR_RETURN(Rule rule, ReadRule(rules[i], item));
    if (!ids.insert(rule.id).second) {
      return item.Error("id", "id sudah dipakai aturan lain", "id repeats an earlier rule");
    }
    for (const std::string& code : rule.codes) {
      NETRA_RETURN_IF_ERROR(check_code(item, "when.codes", code));
    }
    for (std::size_t p = 0; p < rule.propose.size(); ++p) {
      const Item& it = rule.propose[p];
      const std::string field = "propose[" + std::to_string(p) + "]";
      if (it.track == SanctionTrack::kCriminal) {
        if (out.Criminal(it.criminal) == nullptr) {
          return item.Error(field + ".criminal",
                            "rentang pidana tidak dikenal \"" + it.criminal + "\"",
                            "unknown criminal range \"" + it.criminal + "\"");
        }
        continue;
      }
      const SanctionScale* scale = out.Scale(it.track);
      const SanctionLevel* level = nullptr;
      if (scale == nullptr || FindPenalty(*scale, it.level, it.penalty, &level) == nullptr) {
        return item.Error(
            field, "tingkat/hukuman tidak ada di skala \"" + it.level + "/" + it.penalty + "\"",
            "level/penalty not in the scale \"" + it.level + "/" + it.penalty + "\"");
      }
    }
    const nlohmann::json* tests = item.Find("tests");
    if (tests == nullptr || !tests->is_array() || tests->empty() || tests->size() > 50) {
      return item.Error("tests", "wajib, larik 1..50 kasus uji",
                        "required, array of 1..50 test cases");
    }
    for (std::size_t t = 0; t < tests->size(); ++t) {
      const JsonItem ti((*tests)[t], item.where() + ".tests[" + std::to_string(t) + "]");
      SanctionRuleTest test;
      test.rule_id = rule.id;
      test.index = static_cast<int>(t);
      const nlohmann::json* facts = ti.Find("facts");
      const nlohmann::json* expect = ti.Find("expect");
      if (facts == nullptr || !facts->is_object() || expect == nullptr || !expect->is_object()) {
        return ti.Error("", "wajib berisi objek facts dan expect",
                        "needs facts and expect objects");
      }
      NETRA_ASSIGN_OR_RETURN(test.facts, ReadFacts(JsonItem(*facts, ti.where() + ".facts")));
      const JsonItem ei(*expect, ti.where() + ".expect");
      NETRA_ASSIGN_OR_RETURN(test.expect_codes, ei.Strings("codes", true, 10, 40));
      if (ei.Find("sanctions") == nullptr || !ei.Find("sanctions")->is_array()) {
        return ei.Error("sanctions", "wajib, larik (boleh kosong)",
                        "required, array (may be empty)");
      }
      NETRA_ASSIGN_OR_RETURN(test.expect_sanctions, ei.Strings("sanctions", false, 20, 200));
      if (ei.Find("refer_to") != nullptr) {
        NETRA_ASSIGN_OR_RETURN(auto refer, ei.Strings("refer_to", false, 10, 200));
        test.expect_refer_to = std::move(refer);
      }
      out.tests_.push_back(std::move(test));
    }
    out.rules_.push_back(std::move(rule));
  }
  return out;
}

const SanctionScale* SanctionRules::Scale(SanctionTrack track) const {
  for (const SanctionScale& s : scales_) {
    if (s.track == track) return &s;
  }
  return nullptr;
}

const CriminalRange* SanctionRules::Criminal(std::string_view key) const {
  for (const CriminalRange& c : criminal_) {
    if (c.key == key) return &c;
  }
  return nullptr;
}

Result<SanctionProposal> SanctionRules::Propose(const SanctionFacts& facts,
                                                const ViolationCatalog& catalog) const {
  if (!IsIsoDate(facts.date)) {
    return Status(ErrorCode::kInvalidArgument,
                  "Tanggal perbuatan harus YYYY-MM-DD: \"" + facts.date + "\"",
                  "The date of the act must be YYYY-MM-DD: \"" + facts.date + "\"");
  }
  if (facts.election_kind != "pilkada" && facts.election_kind != "pemilu") {
    return Status(ErrorCode::kInvalidArgument,
                  "Jenis pemilihan harus pilkada atau pemilu: \"" + facts.election_kind + "\"",
                  "The election kind must be pilkada or pemilu: \"" + facts.election_kind + "\"");
  }
  SanctionProposal out;
  if (!facts.violation_code.empty()) {
    out.violation_codes.push_back(facts.violation_code);
  } else {
    for (const Act& act : acts_) {
      if (act.act == facts.act && (act.medium.empty() || act.medium == facts.medium)) {
        out.violation_codes = act.codes;
        break;
      }
    }
    if (out.violation_codes.empty()) {
      return Status(ErrorCode::kInvalidArgument,
                    "Perbuatan tidak dikenal: \"" + facts.act + "\" (medium \"" + facts.medium +
                        "\"); pilih kode pelanggaran",
                    "Unknown act: \"" + facts.act + "\" (medium \"" + facts.medium +
                        "\"); choose a violation code")
          .WithReason("unknown_act");
    }
  }
  std::vector<const Violation*> violations;
  for (const std::string& code : out.violation_codes) {
    if (!catalog.Knows(code)) {
      return Status(ErrorCode::kInvalidArgument, "Kode pelanggaran tidak dikenal: " + code,
                    "Unknown violation code: " + code)
          .WithReason("unknown_violation");
    }
    const Violation* v = catalog.Find(code, facts.date);
    if (v == nullptr) {
      return Status(ErrorCode::kInvalidArgument,
                    "Kode " + code + " tidak berlaku pada " + facts.date,
                    "Code " + code + " is not in force on " + facts.date)
          .WithReason("violation_not_in_force");
    }
    violations.push_back(v);
    for (const std::string& basis : v->legal_basis) {
      if (!Contains(out.legal_basis, basis)) out.legal_basis.push_back(basis);
    }
    for (const std::string& key : v->refer_to) {
      const Authority* a = catalog.ResolveAuthority(key, facts.date);
      if (a != nullptr && !Contains(out.refer_to, a->name)) out.refer_to.push_back(a->name);
    }
  }
  out.phase = "unknown";
  for (const auto& [stage, phase] : stage_phases_) {
    if (stage == facts.stage_code) out.phase = phase;
  }
  const bool pppk = facts.employee_type == EmployeeType::kPppk ||
                    facts.employee_type == EmployeeType::kPppkParuhWaktu;
  std::set<std::string> groups_done;
  for (const Rule& rule : rules_) {
    if (groups_done.contains(rule.group)) continue;
    if (rule.actor && *rule.actor != facts.actor) continue;
    if (!rule.election.empty() && rule.election != facts.election_kind) continue;
    if (!rule.phase.empty() && rule.phase != out.phase) continue;
    if (!rule.employee_types.empty() && !Contains(rule.employee_types, facts.employee_type)) {
      continue;
    }
    if (!rule.positions.empty() && !Contains(rule.positions, facts.position)) continue;
    if (rule.repeat && *rule.repeat != facts.repeat_offence) continue;
    if (!rule.codes.empty()) {
      bool any = false;
      for (const std::string& code : out.violation_codes) any = any || Contains(rule.codes, code);
      if (!any) continue;
    }
    groups_done.insert(rule.group);
    for (const Item& it : rule.propose) {
      ProposedSanction s;
      s.track = it.track;
      s.role = it.role;
      s.rule_id = rule.id;
      s.confidence = rule.confidence;
      if (it.track == SanctionTrack::kCriminal) {
        const CriminalRange* range = Criminal(it.criminal);
        s.level = range->key;
        s.regulation = range->basis;
        s.criminal = *range;
        if (Weakness(range->confidence) > Weakness(s.confidence)) s.confidence = range->confidence;
      } else {
        const SanctionScale* scale = Scale(it.track);
        s.level = it.level;
        s.penalty = it.penalty;
        s.regulation =
            pppk && !scale->regulation_pppk.empty() ? scale->regulation_pppk : scale->regulation;
        const Confidence scale_confidence =
            pppk && !scale->regulation_pppk.empty() ? Confidence::kVerify : scale->confidence;
        if (Weakness(scale_confidence) > Weakness(s.confidence)) s.confidence = scale_confidence;
      }
      out.sanctions.push_back(std::move(s));
    }
    out.notes.push_back(rule.id + ": " + rule.note);
    out.notes_en.push_back(rule.id + ": " + rule.note_en);
  }
  if (out.phase == "unknown") {
    out.notes.push_back(
        "Tahapan pemilihan tidak diketahui; aturan yang bergantung pada tahapan "
        "tidak diterapkan.");
    out.notes_en.push_back(
        "Election stage unknown; rules that depend on the stage were not "
        "applied.");
  }
  return out;
}

Result<SanctionRules> LoadShippedSanctionRules(const ViolationCatalog& catalog) {
  return SanctionRules::Parse(ShippedSanctionRulesJson(), "data/rules/sanctions.json (embedded)",
                              catalog);
}

Status ValidateSanctionDecision(const SanctionDecision& decision, const SanctionRules& rules,
                                PositionCategory position) {
  const auto check = [&](const SanctionChoice& choice, const std::string& field) -> Status {
    if (choice.track == SanctionTrack::kCriminal) {
      return Status(ErrorCode::kInvalidArgument,
                    field + ": sanksi pidana diputus pengadilan, bukan dipilih petugas",
                    field + ": criminal penalties are for the courts, not the officer's choice")
          .WithReason("criminal_not_choosable");
    }
    const SanctionScale* scale = rules.Scale(choice.track);
    const SanctionLevel* level = nullptr;
    const Penalty* penalty =
        scale == nullptr ? nullptr : FindPenalty(*scale, choice.level, choice.penalty, &level);
    if (level == nullptr) {
      return Status(ErrorCode::kInvalidArgument,
                    field + ".level: tingkat \"" + choice.level + "\" tidak ada pada jalur " +
                        SanctionTrackName(choice.track),
                    field + ".level: no level \"" + choice.level + "\" on track " +
                        SanctionTrackName(choice.track))
          .WithReason("unknown_level");
    }
    if (penalty == nullptr) {
      return Status(
                 ErrorCode::kInvalidArgument,
                 field + ".penalty: hukuman \"" + choice.penalty + "\" tidak ada pada tingkat " +
                     choice.level,
                 field + ".penalty: no penalty \"" + choice.penalty + "\" at level " + choice.level)
          .WithReason("unknown_penalty");
    }
    if (Contains(penalty->not_for_positions, position)) {
      return Status(ErrorCode::kInvalidArgument,
                    field + ".penalty: \"" + penalty->text +
                        "\" tidak dapat dijatuhkan pada jabatan " + PositionCategoryName(position),
                    field + ".penalty: \"" + penalty->text_en + "\" does not apply to position " +
                        PositionCategoryName(position))
          .WithReason("penalty_not_for_position");
    }
    return Status::Ok();
  };
  NETRA_RETURN_IF_ERROR(check(decision.proposed, "proposed"));
  NETRA_RETURN_IF_ERROR(check(decision.chosen, "chosen"));
  if (decision.override_reason.size() > kMaxOverrideReasonBytes) {
    return Status(
               ErrorCode::kInvalidArgument,
               "override_reason: lebih dari " + std::to_string(kMaxOverrideReasonBytes) + " bita",
               "override_reason: longer than " + std::to_string(kMaxOverrideReasonBytes) + " bytes")
        .WithReason("override_reason_too_long");
  }
  if (decision.chosen == decision.proposed) return Status::Ok();
  std::size_t meaningful = 0;
  for (char c : decision.override_reason) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') ++meaningful;
  }
  if (meaningful < kMinOverrideReasonBytes) {
    return Status(ErrorCode::kInvalidArgument,
                  "override_reason: pilihan berbeda dari usulan, tuliskan alasannya (paling "
                  "sedikit 20 karakter)",
                  "override_reason: the choice differs from the proposal; give the reason (at "
                  "least 20 characters)")
        .WithReason("override_reason_required");
  }
  return Status::Ok();
}

}  // namespace netra
