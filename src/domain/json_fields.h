// Typed reads of the fields of one JSON object in a rule-data file
// (data/catalog/, data/rules/), with errors that name the file, the item and
// the field in Indonesian and English: "violations.json: violations[3]
// (SOC-POST).title: wajib, teks tidak kosong". Used by the loaders of the
// violation catalog, sanction rules and duplicate rule; pure, thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra {

// Parses `text` as JSON; kInvalidArgument naming `source` on a syntax error or
// when the text is longer than `max_bytes`.
Result<nlohmann::json> ParseJsonDocument(std::string_view text, std::string_view source,
                                         std::size_t max_bytes);

// Strict "YYYY-MM-DD" with a real calendar date.
bool IsIsoDate(std::string_view text);

class JsonItem {
 public:
  // `object` must outlive this reader. `where` prefixes every message.
  JsonItem(const nlohmann::json& object, std::string where)
      : object_(object), where_(std::move(where)) {}

  const std::string& where() const { return where_; }
  // kInvalidArgument "<where>.<field>: <what>".
  Status Error(std::string_view field, const std::string& what_id,
               const std::string& what_en) const;

  // A string of at most `max_len` bytes; required means present and non-empty.
  // An absent optional string reads as "".
  Result<std::string> String(const char* key, bool required, std::size_t max_len = 2000) const;
  // A date "YYYY-MM-DD"; null or absent reads as "" when `nullable`.
  Result<std::string> Date(const char* key, bool nullable) const;
  // An array of strings; each non-empty and at most `max_len` bytes.
  Result<std::vector<std::string>> Strings(const char* key, bool required_nonempty,
                                           std::size_t max_items = 100,
                                           std::size_t max_len = 500) const;
  Result<bool> Bool(const char* key, std::optional<bool> fallback = std::nullopt) const;
  Result<std::int64_t> Int(const char* key, std::int64_t min, std::int64_t max,
                           std::optional<std::int64_t> fallback = std::nullopt) const;
  // The member or nullptr when absent.
  const nlohmann::json* Find(const char* key) const;

 private:
  const nlohmann::json& object_;
  std::string where_;
};

}  // namespace netra
