// The violation catalog (domain.md §2): every act an ASN (or a regional head,
// candidate or anyone, for the criminal acts) may commit against election
// neutrality, with its Indonesian and English texts, types, legal basis,
// sanction, period of validity, plain-language "Boleh atau tidak?" answer and
// examples. Loaded from data/catalog/violations.json (format in
// docs/enforcement-rules.md); a copy is compiled into the binary.
//
// Rules change mid-cycle, so every entry has [valid_from, valid_to] and one code
// may have several entries with disjoint periods (PARTY-MEMBER: UU 5/2014, then
// UU 20/2023). Authorities a case is referred to are resolved at a date too:
// "neutrality_supervisor" is KASN until 3 Sep 2024 and BKN from 4 Sep 2024
// (SE MenPANRB 4/2024). Dates are ISO "YYYY-MM-DD" strings, compared as text.
//
// A ViolationCatalog is immutable after Parse and safe to share between threads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra {

enum class ViolationType {
  kEthics,            // code of ethics, moral sanction (PP 42/2004 Pasal 15)
  kDiscipline,        // discipline, level not settled in the sources
  kDisciplineMedium,  // PP 94/2021 sedang
  kDisciplineHeavy,   // PP 94/2021 berat
  kDismissal,         // statutory dismissal (PTDH)
  kCriminalPilkada,   // crime under UU 10/2016
  kCriminalPemilu,    // crime under UU 7/2017
  kElectoral,         // electoral consequence (candidacy cancelled by KPU)
};

// "ethics", "discipline", "discipline_medium", "discipline_heavy", "dismissal",
// "criminal_pilkada", "criminal_pemilu", "electoral".
const char* ViolationTypeName(ViolationType type);
std::optional<ViolationType> ParseViolationType(std::string_view name);

// domain.md's confidence marks.
enum class Confidence { kConfirmed, kSingle, kUnconfirmed, kVerify };
const char* ConfidenceName(Confidence confidence);  // "confirmed", "single", ...
std::optional<Confidence> ParseConfidence(std::string_view name);

struct CatalogExample {
  bool allowed = false;  // "boleh" (true) or "tidak boleh" (false)
  std::string text;      // Indonesian
  std::string text_en;
};

// A body a case is referred to, valid over a period.
struct Authority {
  std::string key;   // "neutrality_supervisor", "gakkumdu", "kpu", "ppk"
  std::string name;  // "BKN"
  std::string name_en;
  std::string valid_from;  // inclusive
  std::string valid_to;    // inclusive; "" = still in force
  std::string basis;
  Confidence confidence = Confidence::kConfirmed;
};

struct Violation {
  std::string code;      // "SOC-POST": upper-case letters, digits and '-'
  std::string category;  // "social_media", "campaign", ... (duplicate detection)
  std::string actor;     // "asn", "regional_head", "candidate", "any"
  std::string title;     // Indonesian
  std::string title_en;
  std::string description;
  std::string description_en;
  std::vector<ViolationType> types;  // at least one
  std::vector<std::string> legal_basis;
  std::string sanction;
  std::string sanction_en;
  std::vector<std::string> refer_to;  // Authority keys
  std::string valid_from;             // inclusive
  std::string valid_to;               // inclusive; "" = still in force
  Confidence confidence = Confidence::kConfirmed;
  std::vector<std::string> open_questions;  // what is unconfirmed, Indonesian
  std::vector<std::string> keywords;        // extra search words, either language
  std::string explain;                      // "Boleh atau tidak?" answer
  std::string explain_en;
  std::vector<CatalogExample> examples;  // at least one

  bool InForce(std::string_view date) const {
    return date >= valid_from && (valid_to.empty() || date <= valid_to);
  }
  bool HasType(ViolationType type) const;
};

inline constexpr std::size_t kMaxCatalogBytes = 4u << 20;
inline constexpr std::size_t kMaxCatalogEntries = 2000;

class ViolationCatalog {
 public:
  // Parses and validates {"authorities": [...], "violations": [...]}. Fails with
  // kInvalidArgument naming the entry ("violations[3] (SOC-POST).valid_to") in
  // Indonesian and English for: a missing or empty text, an unknown type, actor or
  // confidence, a malformed code or date, valid_to before valid_from, two entries
  // of one code (or authority key) whose periods overlap, a refer_to key with no
  // authority, no examples, the JSON syntax error, or a file over the limits.
  static Result<ViolationCatalog> Parse(std::string_view json_text, std::string_view source_name);

  const std::vector<Violation>& entries() const { return entries_; }
  const std::vector<Authority>& authorities() const { return authorities_; }

  // The entry of `code` (exact, upper-case) in force on `date`, or nullptr.
  const Violation* Find(std::string_view code, std::string_view date) const;
  // Whether any entry, at any date, has this code.
  bool Knows(std::string_view code) const;
  // The authority `key` in force on `date`, or nullptr.
  const Authority* ResolveAuthority(std::string_view key, std::string_view date) const;

  // Entries in force on `date` (every entry when `date` is empty) matching every
  // word of `query`, case-insensitively (ASCII letters folded; Indonesian needs no more), in
  // the code, titles, descriptions, keywords, explanations, examples, legal basis
  // or sanction, in either language. An empty query matches all. Entries whose
  // code, titles and keywords hold every word come first; catalog order otherwise.
  std::vector<const Violation*> Search(std::string_view query, std::string_view date) const;

 private:
  std::vector<Violation> entries_;
  std::vector<Authority> authorities_;
  std::vector<std::string> haystacks_;  // folded search text per entry
  std::vector<std::string> headlines_;  // folded code, titles and keywords per entry
};

// The catalog compiled into the binary from data/catalog/violations.json.
Result<ViolationCatalog> LoadShippedViolationCatalog();

}  // namespace netra
