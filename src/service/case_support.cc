#include "service/case_support.h"

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "domain/role.h"
#include "domain/working_days.h"
#include "service/case_sanctions.h"

namespace netra::case_support {

std::optional<CivilDate> ParseYmd(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const CivilDate date{std::atoi(std::string(text.substr(0, 4)).c_str()),
                       std::atoi(std::string(text.substr(5, 2)).c_str()),
                       std::atoi(std::string(text.substr(8, 2)).c_str())};
  const CivilDate back = CivilFromDays(DaysFromCivil(date));
  if (back.year != date.year || back.month != date.month || back.day != date.day) {
    return std::nullopt;
  }
  return date;
}

std::string FormatYmd(const CivilDate& date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

Status CheckField(std::string_view value, std::size_t max, const char* field, bool required) {
  if (required && value.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status(ErrorCode::kInvalidArgument, std::string("Kolom ") + field + " wajib diisi",
                  std::string("Field ") + field + " is required");
  }
  if (value.size() > max) {
    return Status(
        ErrorCode::kInvalidArgument,
        std::string("Kolom ") + field + " terlalu panjang (paling banyak " + std::to_string(max) +
            " bita)",
        std::string("Field ") + field + " is too long (at most " + std::to_string(max) + " bytes)");
  }
  return Status::Ok();
}

Result<std::optional<StepDeadline>> DeadlineFor(const EnforcementEnv& env,
                                                const std::vector<DeadlineRef>& refs,
                                                const std::string& election_kind,
                                                std::int64_t received_at, std::int64_t now,
                                                TimeZone zone) {
  for (const DeadlineRef& ref : refs) {
    const DeadlineRule* rule = env.rules().Select({ref.rule_id}, election_kind);
    if (rule == nullptr) continue;
    const std::int64_t start = ref.from == DeadlineFrom::kReceipt ? received_at : now;
    NETRA_ASSIGN_OR_RETURN(std::int64_t at, RuleDeadline(*rule, env.calendar(), start, zone));
    return std::optional<StepDeadline>(StepDeadline{at, rule->id});
  }
  return std::optional<StepDeadline>();
}

AuditEntry AuditFor(const Caller& caller, std::string action, const std::string& region_code,
                    std::optional<std::int64_t> case_id, std::string detail_json,
                    std::int64_t now) {
  AuditEntry entry;
  entry.at = now;
  entry.actor_user_id = caller.user_id;
  entry.actor = caller.username.empty() ? std::string(RoleName(caller.role)) : caller.username;
  entry.action = std::move(action);
  entry.region_code = region_code;
  entry.case_id = case_id;
  entry.detail_json = std::move(detail_json);
  return entry;
}

bool IsSameMatter(const CaseRecord& existing, std::int64_t employee_id, const CivilDate& act_date,
                  const DuplicateRule& rule) {
  const int window_days = rule.window_days;
  if (!existing.subject_employee_id || *existing.subject_employee_id != employee_id) return false;
  const std::optional<CivilDate> other = ParseYmd(existing.act_date);
  if (!other) return false;
  const std::int64_t apart = DaysFromCivil(*other) - DaysFromCivil(act_date);
  return apart <= window_days && apart >= -window_days;
}

Result<std::string> ViolationCodesJson(std::string_view text) {
  nlohmann::json codes = nlohmann::json::array();
  std::string current;
  auto flush = [&]() -> Status {
    if (current.empty()) return Status::Ok();
    if (current.size() > 40 || codes.size() >= 20) {
      return Status(ErrorCode::kInvalidArgument,
                    "Kode pelanggaran terlalu panjang atau terlalu banyak (paling banyak 20)",
                    "Violation codes are too long or too many (at most 20)");
    }
    NETRA_ASSIGN_OR_RETURN(const case_sanctions::ShippedRules* shipped, case_sanctions::Shipped());
    if (!shipped->catalog.Knows(current)) {
      return Status(ErrorCode::kInvalidArgument,
                    "Kode pelanggaran tidak dikenal: " + current +
                        " (lihat katalog pelanggaran, GET /api/v1/catalog/violations)",
                    "Unknown violation code: " + current +
                        " (see the violation catalog, GET /api/v1/catalog/violations)")
          .WithReason("unknown_violation");
    }
    codes.push_back(current);
    current.clear();
    return Status::Ok();
  };
  for (char c : text) {
    if (c == ',' || c == ' ' || c == ';') {
      NETRA_RETURN_IF_ERROR(flush());
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
      current += c;
    } else {
      return Status(ErrorCode::kInvalidArgument,
                    std::string("Kode pelanggaran hanya boleh berisi huruf besar, angka dan '-', "
                                "bukan '") +
                        c + "'",
                    std::string("Violation codes hold only upper-case letters, digits and '-', "
                                "not '") +
                        c + "'");
    }
  }
  NETRA_RETURN_IF_ERROR(flush());
  return codes.dump();
}

}  // namespace netra::case_support
