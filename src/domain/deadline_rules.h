// Legal deadline rules (domain.md §4.3) loaded from data/rules/deadlines.json: for
// each rule its id (D1..D10, with a suffix where one row of §4.3 holds several
// deadlines), the step it times, the number of calendar or working days, the
// election kind it applies to, its legal source and whether that source is
// confirmed. No deadline value lives in code; callers look rules up by id.
//
// A DeadlineRules value is immutable after Parse and safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/region.h"
#include "domain/working_days.h"

namespace netra {

struct DeadlineRule {
  std::string id;    // "D3"
  std::string step;  // "follow_up_report"
  int days = 0;      // >= 0
  DayCount count = DayCount::kCalendar;
  std::string election;  // "pilkada" | "pemilu" | "any"
  std::string source;    // "UU Pilkada Pasal 134(5)"
  bool confirmed = false;
  std::string note;  // free text, may be empty
};

class DeadlineRules {
 public:
  // Parses the JSON document {"rules": [ {id, step, days, count, election, source,
  // confirmed, note?}, ... ]}; other top-level keys are ignored. `source_name` names
  // the file in messages. Fails with kInvalidArgument, in Indonesian and English,
  // naming the rule (index and id) and field that is missing or wrong, a repeated
  // id, or the JSON syntax error.
  static Result<DeadlineRules> Parse(std::string_view json_text, std::string_view source_name);

  const std::vector<DeadlineRule>& rules() const { return rules_; }
  // The rule with this id, or nullptr.
  const DeadlineRule* Find(std::string_view id) const;
  // The first rule among `ids` that applies to `election_kind` ("pilkada" or
  // "pemilu"; a rule for "any" applies to both), or nullptr when none does (e.g.
  // the Pilkada time to complete a report, which §4.3 leaves unknown).
  const DeadlineRule* Select(const std::vector<std::string_view>& ids,
                             std::string_view election_kind) const;

 private:
  std::vector<DeadlineRule> rules_;
};

// The instant `rule` expires for a step that started at `start`, counted in `zone`
// with `calendar` (see Calendar::AddDays for the counting and its errors).
Result<std::int64_t> RuleDeadline(const DeadlineRule& rule, const Calendar& calendar,
                                  std::int64_t start, TimeZone zone);

}  // namespace netra
