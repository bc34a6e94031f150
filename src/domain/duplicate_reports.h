// Duplicate reports: two reports (or findings) are the same case when they name
// the same employee — by NIP, or by normalized name and agency when either
// lacks a NIP — the same act — the same violation code, or the same category
// when either has no code — and act dates at most `window_days` apart.
// domain.md gives no window, so data/rules/duplicates.json holds it (3 days,
// marked unconfirmed). Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra {

struct DuplicateRule {
  int window_days = 3;  // inclusive: dates 3 days apart still match
  bool confirmed = false;
  std::string source;
};

// Parses {"window_days": 0..366, "confirmed": bool, "source": "..."}; other keys
// are ignored. kInvalidArgument naming the field otherwise.
Result<DuplicateRule> ParseDuplicateRule(std::string_view json_text, std::string_view source_name);
// The rule compiled into the binary from data/rules/duplicates.json.
Result<DuplicateRule> LoadShippedDuplicateRule();

// What a report says about the act, as the duplicate rule needs it.
struct ReportSubject {
  std::string nip;             // digits; "" when unknown (non-ASN, or reporter did not know)
  std::string employee_name;   // as written by the reporter
  std::string agency;          // agency id or name, as the caller keys agencies
  std::string violation_code;  // "" when not yet classified
  std::string category;        // the catalog category of the act ("social_media"); may be ""
  std::string act_date;        // "YYYY-MM-DD"
};

// Lower-case ASCII, degrees after the first comma dropped ("Siti Aminah,
// S.Sos." → "siti aminah"), leading honorifics (dr., drg., drs., dra., ir.,
// h., hj., prof.) dropped, punctuation removed, spaces collapsed.
std::string NormalizePersonName(std::string_view name);

struct DuplicateMatch {
  bool same = false;
  std::string reason;  // Indonesian: why (or why not)
  std::string reason_en;
};

// Whether `a` and `b` are the same case under `rule`. A malformed act date never
// matches (the reason says so).
DuplicateMatch SameCase(const ReportSubject& a, const ReportSubject& b, const DuplicateRule& rule);

// Indices of `existing` that are the same case as `incoming`, in order.
std::vector<std::size_t> FindDuplicates(const ReportSubject& incoming,
                                        std::span<const ReportSubject> existing,
                                        const DuplicateRule& rule);

}  // namespace netra
