// Pieces shared by the enforcement use cases (ReportService, CaseService,
// AuditService): dates, deadlines, audit entries, the duplicate rule and the
// violation-code check. Internal to src/service.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "domain/case_workflow.h"
#include "domain/duplicate_reports.h"
#include "domain/nip.h"
#include "domain/region.h"
#include "service/caller.h"
#include "service/enforcement_env.h"
#include "store/enforcement_store.h"

namespace netra::case_support {

// "2024-09-15" → the date; nullopt unless a real calendar date.
std::optional<CivilDate> ParseYmd(std::string_view text);
std::string FormatYmd(const CivilDate& date);

// kInvalidArgument naming `field` when `value` is empty (if required) or
// longer than `max` bytes.
Status CheckField(std::string_view value, std::size_t max, const char* field, bool required);

// The running deadline of a step: the first rule among `refs` that applies to
// the election kind, counted from receipt or from `now` as each says. nullopt
// when none applies (or is known). Fails only when the calendar cannot count
// (no holiday file for a year working days cross).
struct StepDeadline {
  std::int64_t at = 0;
  std::string rule;
};
Result<std::optional<StepDeadline>> DeadlineFor(const EnforcementEnv& env,
                                                const std::vector<DeadlineRef>& refs,
                                                const std::string& election_kind,
                                                std::int64_t received_at, std::int64_t now,
                                                TimeZone zone);

// The audit entry for something `caller` did now; the actor is the caller's
// username, or its role name ("publik") when it has none.
AuditEntry AuditFor(const Caller& caller, std::string action, const std::string& region_code,
                    std::optional<std::int64_t> case_id, std::string detail_json, std::int64_t now);

// The duplicate rule (issue 4 item 9): a new report about `employee_id`'s act
// on `act_date` belongs to `existing` when that case is about the same
// employee and its act lies within the rule's window (data/rules/
// duplicates.json, domain/duplicate_reports.h) of this one.
bool IsSameMatter(const CaseRecord& existing, std::int64_t employee_id, const CivilDate& act_date,
                  const DuplicateRule& rule);

// Violation codes as a JSON array, from "APK-INSTALL, SOC-POST" (comma or
// space separated; upper-case letters, digits and '-', at most 20 codes of 40
// bytes), each known to the shipped violation catalog (kInvalidArgument
// "unknown_violation" naming the first unknown code).
Result<std::string> ViolationCodesJson(std::string_view text);

}  // namespace netra::case_support
