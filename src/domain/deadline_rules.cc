#include "domain/deadline_rules.h"

#include <nlohmann/json.hpp>
#include <set>
#include <utility>

namespace netra {
namespace {

using nlohmann::json;

Status FieldError(std::string_view source, std::size_t index, const std::string& id,
                  std::string_view field, const std::string& what_id, const std::string& what_en) {
  std::string where = std::string(source) + ": rules[" + std::to_string(index) + "]";
  if (!id.empty()) where += " (" + id + ")";
  where += ".";
  where += field;
  where += ": ";
  return Status(ErrorCode::kInvalidArgument, where + what_id, where + what_en);
}

bool NonEmptyString(const json& rule, const char* key, std::string& out) {
  const auto it = rule.find(key);
  if (it == rule.end() || !it->is_string()) return false;
  out = it->get<std::string>();
  return !out.empty();
}

}  // namespace

Result<DeadlineRules> DeadlineRules::Parse(std::string_view json_text,
                                           std::string_view source_name) {
  const std::string src(source_name);
  json doc;
  try {
    doc = json::parse(json_text);
  } catch (const json::parse_error& e) {
    return Status(ErrorCode::kInvalidArgument, src + ": JSON tidak sah: " + e.what(),
                  src + ": invalid JSON: " + e.what());
  }
  if (!doc.is_object() || !doc.contains("rules") || !doc["rules"].is_array()) {
    return Status(ErrorCode::kInvalidArgument, src + ": harus objek dengan larik \"rules\"",
                  src + ": must be an object with a \"rules\" array");
  }
  DeadlineRules out;
  std::set<std::string> ids;
  const json& rules = doc["rules"];
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const json& r = rules[i];
    DeadlineRule rule;
    if (!r.is_object()) {
      return FieldError(source_name, i, "", "", "harus objek", "must be an object");
    }
    if (!NonEmptyString(r, "id", rule.id)) {
      return FieldError(source_name, i, "", "id", "wajib, teks tidak kosong",
                        "required, non-empty string");
    }
    if (!ids.insert(rule.id).second) {
      return FieldError(source_name, i, rule.id, "id", "id sudah dipakai aturan lain",
                        "id repeats an earlier rule");
    }
    if (!NonEmptyString(r, "step", rule.step)) {
      return FieldError(source_name, i, rule.id, "step", "wajib, teks tidak kosong",
                        "required, non-empty string");
    }
    const auto days = r.find("days");
    if (days == r.end() || !days->is_number_integer() || days->get<long long>() < 0 ||
        days->get<long long>() > 3660) {
      return FieldError(source_name, i, rule.id, "days", "wajib, bilangan bulat 0..3660",
                        "required, integer 0..3660");
    }
    rule.days = days->get<int>();
    std::string count;
    NonEmptyString(r, "count", count);
    if (count == "calendar") {
      rule.count = DayCount::kCalendar;
    } else if (count == "working") {
      rule.count = DayCount::kWorking;
    } else {
      return FieldError(source_name, i, rule.id, "count", "harus \"calendar\" atau \"working\"",
                        "must be \"calendar\" or \"working\"");
    }
    NonEmptyString(r, "election", rule.election);
    if (rule.election != "pilkada" && rule.election != "pemilu" && rule.election != "any") {
      return FieldError(source_name, i, rule.id, "election",
                        "harus \"pilkada\", \"pemilu\" atau \"any\"",
                        "must be \"pilkada\", \"pemilu\" or \"any\"");
    }
    if (!NonEmptyString(r, "source", rule.source)) {
      return FieldError(source_name, i, rule.id, "source", "dasar hukum wajib diisi",
                        "legal source is required");
    }
    const auto confirmed = r.find("confirmed");
    if (confirmed == r.end() || !confirmed->is_boolean()) {
      return FieldError(source_name, i, rule.id, "confirmed", "wajib, true atau false",
                        "required, true or false");
    }
    rule.confirmed = confirmed->get<bool>();
    const auto note = r.find("note");
    if (note != r.end()) {
      if (!note->is_string()) {
        return FieldError(source_name, i, rule.id, "note", "harus teks", "must be a string");
      }
      rule.note = note->get<std::string>();
    }
    out.rules_.push_back(std::move(rule));
  }
  return out;
}

const DeadlineRule* DeadlineRules::Find(std::string_view id) const {
  for (const DeadlineRule& rule : rules_) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

const DeadlineRule* DeadlineRules::Select(const std::vector<std::string_view>& ids,
                                          std::string_view election_kind) const {
  for (std::string_view id : ids) {
    const DeadlineRule* rule = Find(id);
    if (rule != nullptr && (rule->election == election_kind || rule->election == "any")) {
      return rule;
    }
  }
  return nullptr;
}

Result<std::int64_t> RuleDeadline(const DeadlineRule& rule, const Calendar& calendar,
                                  std::int64_t start, TimeZone zone) {
  return calendar.AddDays(start, rule.days, rule.count, zone);
}

}  // namespace netra
