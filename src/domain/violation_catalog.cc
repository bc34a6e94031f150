#include "domain/violation_catalog.h"

#include <utility>

#include "domain/json_fields.h"
#include "domain/shipped_data.h"

namespace netra {
namespace {

constexpr const char* kTypeNames[] = {"ethics",           "discipline", "discipline_medium",
                                      "discipline_heavy", "dismissal",  "criminal_pilkada",
                                      "criminal_pemilu",  "electoral"};
constexpr const char* kConfidenceNames[] = {"confirmed", "single", "unconfirmed", "verify"};
constexpr const char* kActors[] = {"asn", "regional_head", "candidate", "any"};

std::string Fold(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ValidCode(std::string_view code) {
  if (code.empty() || code.size() > 40 || code.front() == '-' || code.back() == '-') return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

// Closed periods [a_from, a_to] and [b_from, b_to]; "" as an end is open.
bool Overlaps(const std::string& a_from, const std::string& a_to, const std::string& b_from,
              const std::string& b_to) {
  const bool a_before_b = !a_to.empty() && a_to < b_from;
  const bool b_before_a = !b_to.empty() && b_to < a_from;
  return !a_before_b && !b_before_a;
}

Status CheckPeriod(const JsonItem& item, const std::string& from, const std::string& to) {
  if (!to.empty() && to < from) {
    return item.Error("valid_to", "sebelum valid_from (" + from + ")",
                      "is before valid_from (" + from + ")");
  }
  return Status::Ok();
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

Result<Authority> ReadAuthority(const nlohmann::json& j, const JsonItem& item) {
  if (!j.is_object()) return item.Error("", "harus objek", "must be an object");
  Authority a;
  NETRA_ASSIGN_OR_RETURN(a.key, item.String("key", true, 64));
  NETRA_ASSIGN_OR_RETURN(a.name, item.String("name", true, 200));
  NETRA_ASSIGN_OR_RETURN(a.name_en, item.String("name_en", true, 200));
  NETRA_ASSIGN_OR_RETURN(a.valid_from, item.Date("valid_from", false));
  NETRA_ASSIGN_OR_RETURN(a.valid_to, item.Date("valid_to", true));
  NETRA_RETURN_IF_ERROR(CheckPeriod(item, a.valid_from, a.valid_to));
  NETRA_ASSIGN_OR_RETURN(a.basis, item.String("basis", true, 500));
  NETRA_ASSIGN_OR_RETURN(a.confidence, ReadConfidence(item));
  return a;
}

Result<Violation> ReadViolation(const nlohmann::json& j, const JsonItem& item) {
  if (!j.is_object()) return item.Error("", "harus objek", "must be an object");
  Violation v;
  NETRA_ASSIGN_OR_RETURN(v.code, item.String("code", true, 40));
  if (!ValidCode(v.code)) {
    return item.Error("code", "hanya huruf besar, angka dan '-'",
                      "only upper-case letters, digits and '-'");
  }
  NETRA_ASSIGN_OR_RETURN(v.category, item.String("category", true, 64));
  NETRA_ASSIGN_OR_RETURN(v.actor, item.String("actor", true, 32));
  bool actor_known = false;
  for (const char* a : kActors) actor_known = actor_known || v.actor == a;
  if (!actor_known) {
    return item.Error("actor", "harus asn, regional_head, candidate atau any",
                      "must be asn, regional_head, candidate or any");
  }
  NETRA_ASSIGN_OR_RETURN(v.title, item.String("title", true, 300));
  NETRA_ASSIGN_OR_RETURN(v.title_en, item.String("title_en", true, 300));
  NETRA_ASSIGN_OR_RETURN(v.description, item.String("description", true));
  NETRA_ASSIGN_OR_RETURN(v.description_en, item.String("description_en", true));
  NETRA_ASSIGN_OR_RETURN(const std::vector<std::string> types, item.Strings("types", true, 8, 40));
  for (std::size_t i = 0; i < types.size(); ++i) {
    const auto type = ParseViolationType(types[i]);
    if (!type) {
      return item.Error("types[" + std::to_string(i) + "]",
                        "jenis tidak dikenal \"" + types[i] + "\"",
                        "unknown type \"" + types[i] + "\"");
    }
    v.types.push_back(*type);
  }
  NETRA_ASSIGN_OR_RETURN(v.legal_basis, item.Strings("legal_basis", true, 20));
  NETRA_ASSIGN_OR_RETURN(v.sanction, item.String("sanction", true));
  NETRA_ASSIGN_OR_RETURN(v.sanction_en, item.String("sanction_en", true));
  NETRA_ASSIGN_OR_RETURN(v.refer_to, item.Strings("refer_to", true, 8, 64));
  NETRA_ASSIGN_OR_RETURN(v.valid_from, item.Date("valid_from", false));
  NETRA_ASSIGN_OR_RETURN(v.valid_to, item.Date("valid_to", true));
  NETRA_RETURN_IF_ERROR(CheckPeriod(item, v.valid_from, v.valid_to));
  NETRA_ASSIGN_OR_RETURN(v.confidence, ReadConfidence(item));
  NETRA_ASSIGN_OR_RETURN(v.open_questions, item.Strings("open_questions", false, 20, 1000));
  NETRA_ASSIGN_OR_RETURN(v.keywords, item.Strings("keywords", false, 50, 100));
  NETRA_ASSIGN_OR_RETURN(v.explain, item.String("explain", true));
  NETRA_ASSIGN_OR_RETURN(v.explain_en, item.String("explain_en", true));
  const nlohmann::json* examples = item.Find("examples");
  if (examples == nullptr || !examples->is_array() || examples->empty() || examples->size() > 20) {
    return item.Error("examples", "wajib, larik 1..20 contoh", "required, array of 1..20 examples");
  }
  for (std::size_t i = 0; i < examples->size(); ++i) {
    const nlohmann::json& e = (*examples)[i];
    const JsonItem ex(e, item.where() + ".examples[" + std::to_string(i) + "]");
    if (!e.is_object()) return ex.Error("", "harus objek", "must be an object");
    CatalogExample example;
    NETRA_ASSIGN_OR_RETURN(example.allowed, ex.Bool("allowed"));
    NETRA_ASSIGN_OR_RETURN(example.text, ex.String("text", true, 1000));
    NETRA_ASSIGN_OR_RETURN(example.text_en, ex.String("text_en", true, 1000));
    v.examples.push_back(std::move(example));
  }
  return v;
}

std::string Headline(const Violation& v) {
  std::string s = v.code + '\n' + v.title + '\n' + v.title_en + '\n';
  for (const auto& k : v.keywords) s += k + '\n';
  return Fold(s);
}

bool HasAll(const std::string& haystack, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (haystack.find(w) == std::string::npos) return false;
  }
  return true;
}

std::string Haystack(const Violation& v) {
  std::string s = v.code + '\n' + v.title + '\n' + v.title_en + '\n' + v.description + '\n' +
                  v.description_en + '\n' + v.sanction + '\n' + v.sanction_en + '\n' + v.explain +
                  '\n' + v.explain_en + '\n';
  for (const auto& k : v.keywords) s += k + '\n';
  for (const auto& b : v.legal_basis) s += b + '\n';
  for (const auto& e : v.examples) s += e.text + '\n' + e.text_en + '\n';
  return Fold(s);
}

}  // namespace

const char* ViolationTypeName(ViolationType type) { return kTypeNames[static_cast<int>(type)]; }

std::optional<ViolationType> ParseViolationType(std::string_view name) {
  for (int i = 0; i < static_cast<int>(std::size(kTypeNames)); ++i) {
    if (name == kTypeNames[i]) return static_cast<ViolationType>(i);
  }
  return std::nullopt;
}

const char* ConfidenceName(Confidence confidence) {
  return kConfidenceNames[static_cast<int>(confidence)];
}

std::optional<Confidence> ParseConfidence(std::string_view name) {
  for (int i = 0; i < static_cast<int>(std::size(kConfidenceNames)); ++i) {
    if (name == kConfidenceNames[i]) return static_cast<Confidence>(i);
  }
  return std::nullopt;
}

bool Violation::HasType(ViolationType type) const {
  for (ViolationType t : types) {
    if (t == type) return true;
  }
  return false;
}

Result<ViolationCatalog> ViolationCatalog::Parse(std::string_view json_text,
                                                 std::string_view source_name) {
  const std::string src(source_name);
  NETRA_ASSIGN_OR_RETURN(const nlohmann::json doc,
                         ParseJsonDocument(json_text, source_name, kMaxCatalogBytes));
  if (!doc.is_object() || !doc.contains("violations") || !doc["violations"].is_array() ||
      !doc.contains("authorities") || !doc["authorities"].is_array()) {
    return Status(ErrorCode::kInvalidArgument,
                  src + ": harus objek dengan larik \"authorities\" dan \"violations\"",
                  src + ": must be an object with \"authorities\" and \"violations\" arrays");
  }
  const nlohmann::json& authorities = doc["authorities"];
  const nlohmann::json& violations = doc["violations"];
  if (violations.size() > kMaxCatalogEntries || authorities.size() > kMaxCatalogEntries) {
    return Status(ErrorCode::kInvalidArgument,
                  src + ": lebih dari " + std::to_string(kMaxCatalogEntries) + " entri",
                  src + ": more than " + std::to_string(kMaxCatalogEntries) + " entries");
  }
  ViolationCatalog out;
  for (std::size_t i = 0; i < authorities.size(); ++i) {
    std::string where = src + ": authorities[" + std::to_string(i) + "]";
    if (authorities[i].is_object() && authorities[i].contains("key") &&
        authorities[i]["key"].is_string()) {
      where += " (" + authorities[i]["key"].get<std::string>() + ")";
    }
    const JsonItem item(authorities[i], where);
    NETRA_ASSIGN_OR_RETURN(Authority a, ReadAuthority(authorities[i], item));
    for (const Authority& other : out.authorities_) {
      if (other.key == a.key &&
          Overlaps(other.valid_from, other.valid_to, a.valid_from, a.valid_to)) {
        return item.Error("valid_from", "masa berlaku tumpang tindih dengan " + other.name,
                          "period overlaps " + other.name);
      }
    }
    out.authorities_.push_back(std::move(a));
  }
  for (std::size_t i = 0; i < violations.size(); ++i) {
    std::string where = src + ": violations[" + std::to_string(i) + "]";
    if (violations[i].is_object() && violations[i].contains("code") &&
        violations[i]["code"].is_string()) {
      where += " (" + violations[i]["code"].get<std::string>() + ")";
    }
    const JsonItem item(violations[i], where);
    NETRA_ASSIGN_OR_RETURN(Violation v, ReadViolation(violations[i], item));
    for (const Violation& other : out.entries_) {
      if (other.code == v.code &&
          Overlaps(other.valid_from, other.valid_to, v.valid_from, v.valid_to)) {
        return item.Error("code",
                          "kode sudah dipakai entri lain yang masa berlakunya tumpang tindih (" +
                              other.valid_from + ")",
                          "code repeats an entry whose period overlaps (" + other.valid_from + ")");
      }
    }
    for (std::size_t r = 0; r < v.refer_to.size(); ++r) {
      bool known = false;
      for (const Authority& a : out.authorities_) known = known || a.key == v.refer_to[r];
      if (!known) {
        return item.Error("refer_to[" + std::to_string(r) + "]",
                          "otoritas tidak dikenal \"" + v.refer_to[r] + "\"",
                          "unknown authority \"" + v.refer_to[r] + "\"");
      }
    }
    out.haystacks_.push_back(Haystack(v));
    out.headlines_.push_back(Headline(v));
    out.entries_.push_back(std::move(v));
  }
  return out;
}

const Violation* ViolationCatalog::Find(std::string_view code, std::string_view date) const {
  for (const Violation& v : entries_) {
    if (v.code == code && v.InForce(date)) return &v;
  }
  return nullptr;
}

bool ViolationCatalog::Knows(std::string_view code) const {
  for (const Violation& v : entries_) {
    if (v.code == code) return true;
  }
  return false;
}

const Authority* ViolationCatalog::ResolveAuthority(std::string_view key,
                                                    std::string_view date) const {
  for (const Authority& a : authorities_) {
    if (a.key == key && date >= a.valid_from && (a.valid_to.empty() || date <= a.valid_to)) {
      return &a;
    }
  }
  return nullptr;
}

std::vector<const Violation*> ViolationCatalog::Search(std::string_view query,
                                                       std::string_view date) const {
  std::vector<std::string> words;
  const std::string folded = Fold(query);
  std::size_t pos = 0;
  while (pos < folded.size()) {
    const std::size_t end = folded.find_first_of(" \t\n\r,;", pos);
    const std::size_t stop = end == std::string::npos ? folded.size() : end;
    if (stop > pos) words.push_back(folded.substr(pos, stop - pos));
    pos = stop + 1;
  }
  std::vector<const Violation*> strong;
  std::vector<const Violation*> weak;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (!date.empty() && !entries_[i].InForce(date)) continue;
    if (HasAll(headlines_[i], words)) {
      strong.push_back(&entries_[i]);
    } else if (HasAll(haystacks_[i], words)) {
      weak.push_back(&entries_[i]);
    }
  }
  strong.insert(strong.end(), weak.begin(), weak.end());
  return strong;
}

Result<ViolationCatalog> LoadShippedViolationCatalog() {
  return ViolationCatalog::Parse(ShippedViolationCatalogJson(),
                                 "data/catalog/violations.json (embedded)");
}

}  // namespace netra
