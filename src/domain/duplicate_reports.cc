#include "domain/duplicate_reports.h"

#include <cstdlib>

#include "domain/json_fields.h"
#include "domain/shipped_data.h"
#include "domain/working_days.h"

namespace netra {
namespace {

CivilDate ToDate(std::string_view iso) {
  const auto num = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = 0; i < len; ++i) v = v * 10 + (iso[at + i] - '0');
    return v;
  };
  return CivilDate{num(0, 4), num(5, 2), num(8, 2)};
}

std::string Trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  const std::size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

std::string NormalizeAgency(std::string_view agency) {
  std::string out;
  bool space = false;
  for (char c : agency) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '\t' || c == '.' || c == ',') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

Result<DuplicateRule> ParseDuplicateRule(std::string_view json_text, std::string_view source_name) {
  NETRA_ASSIGN_OR_RETURN(const nlohmann::json doc,
                         ParseJsonDocument(json_text, source_name, 64 * 1024));
  const JsonItem item(doc, std::string(source_name));
  if (!doc.is_object()) return item.Error("", "harus objek", "must be an object");
  DuplicateRule rule;
  NETRA_ASSIGN_OR_RETURN(const std::int64_t days, item.Int("window_days", 0, 366));
  rule.window_days = static_cast<int>(days);
  NETRA_ASSIGN_OR_RETURN(rule.confirmed, item.Bool("confirmed"));
  NETRA_ASSIGN_OR_RETURN(rule.source, item.String("source", true, 500));
  return rule;
}

Result<DuplicateRule> LoadShippedDuplicateRule() {
  return ParseDuplicateRule(ShippedDuplicateRuleJson(), "data/rules/duplicates.json (embedded)");
}

std::string NormalizePersonName(std::string_view name) {
  static constexpr std::string_view kHonorifics[] = {"dr", "drg", "drs", "dra",
                                                     "ir", "h",   "hj",  "prof"};
  const std::size_t comma = name.find(',');
  std::string lower;
  for (char c : name.substr(0, comma)) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    lower += (c == '.' || c == '\'' || c == '-' || c == '\t') ? ' ' : c;
  }
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < lower.size()) {
    const std::size_t end = lower.find(' ', pos);
    const std::size_t stop = end == std::string::npos ? lower.size() : end;
    if (stop > pos) words.push_back(lower.substr(pos, stop - pos));
    pos = stop + 1;
  }
  std::size_t first = 0;
  while (first + 1 < words.size()) {
    bool honorific = false;
    for (std::string_view h : kHonorifics) honorific = honorific || words[first] == h;
    if (!honorific) break;
    ++first;
  }
  std::string out;
  for (std::size_t i = first; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

DuplicateMatch SameCase(const ReportSubject& a, const ReportSubject& b, const DuplicateRule& rule) {
  const auto no = [](std::string id, std::string en) {
    return DuplicateMatch{false, std::move(id), std::move(en)};
  };
  const std::string nip_a = Trimmed(a.nip), nip_b = Trimmed(b.nip);
  std::string person_id, person_en;
  if (!nip_a.empty() && !nip_b.empty()) {
    if (nip_a != nip_b) return no("NIP berbeda", "different NIP");
    person_id = "NIP sama (" + nip_a + ")";
    person_en = "same NIP (" + nip_a + ")";
  } else {
    const std::string name_a = NormalizePersonName(a.employee_name);
    const std::string agency_a = NormalizeAgency(a.agency);
    if (name_a.empty() || agency_a.empty()) {
      return no("nama atau instansi terlapor tidak ada", "reported name or agency missing");
    }
    if (name_a != NormalizePersonName(b.employee_name) || agency_a != NormalizeAgency(b.agency)) {
      return no("nama atau instansi terlapor berbeda", "different reported name or agency");
    }
    person_id = "nama dan instansi sama (" + name_a + ")";
    person_en = "same name and agency (" + name_a + ")";
  }
  std::string act_id, act_en;
  if (!a.violation_code.empty() && !b.violation_code.empty()) {
    if (a.violation_code != b.violation_code) {
      return no("kode pelanggaran berbeda", "different violation codes");
    }
    act_id = "kode " + a.violation_code;
    act_en = "code " + a.violation_code;
  } else {
    if (a.category.empty() || a.category != b.category) {
      return no("jenis perbuatan berbeda atau belum diketahui", "different or unknown kind of act");
    }
    act_id = "kategori " + a.category;
    act_en = "category " + a.category;
  }
  if (!IsIsoDate(a.act_date) || !IsIsoDate(b.act_date)) {
    return no("tanggal perbuatan tidak sah", "invalid act date");
  }
  const std::int64_t apart =
      std::llabs(DaysFromCivil(ToDate(a.act_date)) - DaysFromCivil(ToDate(b.act_date)));
  if (apart > rule.window_days) {
    return no("tanggal perbuatan berselisih " + std::to_string(apart) + " hari (batas " +
                  std::to_string(rule.window_days) + ")",
              "act dates " + std::to_string(apart) + " days apart (limit " +
                  std::to_string(rule.window_days) + ")");
  }
  return DuplicateMatch{true,
                        person_id + ", " + act_id + ", selisih " + std::to_string(apart) + " hari",
                        person_en + ", " + act_en + ", " + std::to_string(apart) + " days apart"};
}

std::vector<std::size_t> FindDuplicates(const ReportSubject& incoming,
                                        std::span<const ReportSubject> existing,
                                        const DuplicateRule& rule) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < existing.size(); ++i) {
    if (SameCase(incoming, existing[i], rule).same) out.push_back(i);
  }
  return out;
}

}  // namespace netra
