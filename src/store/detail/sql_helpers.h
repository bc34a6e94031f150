// Small helpers shared by the SQL store implementations: error values, input
// bounds, LIKE patterns and region-subtree key ranges.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/status.h"
#include "store/detail/sql_connection.h"

namespace netra::store_detail {

// Largest batch accepted by the Upsert*s calls, so one call cannot hold the
// write lock for minutes.
inline constexpr std::size_t kMaxBatchRows = 100000;
// Page sizes are clamped to this.
inline constexpr int kMaxPageLimit = 10000;

inline Status StatusOf(const Status& status) { return status; }
template <typename T>
Status StatusOf(const Result<T>& result) {
  return result.status();
}

// The integer in a nullable column, nullopt for NULL.
inline std::optional<std::int64_t> OptIntAt(const SqlRows& rows, std::size_t r, int col) {
  if (rows.IsNull(r, col)) return std::nullopt;
  return rows.Int(r, col);
}

// "<what_id> tidak ditemukan" / "<what_en> not found".
Status NotFound(const std::string& what_id, const std::string& what_en);
Status Invalid(std::string message_id, std::string message_en);

std::string AsciiLower(std::string_view text);

// "%text%" for `lower(col) LIKE ? ESCAPE '\'`, with LIKE's wildcards escaped
// so user text matches literally.
std::string ContainsPattern(std::string_view text);

// Bounds of a region subtree as a byte range: codes are digits and dots and
// '.' < '/' < '0', so [scope, scope + "/") holds scope and every code below
// it and nothing else. The nation "" covers every code: ["", "~").
std::pair<std::string, std::string> SubtreeRange(const std::string& scope);

// Codes starting with `prefix`: [prefix, prefix + "~"), '~' being above any
// digit or dot.
std::pair<std::string, std::string> PrefixRange(const std::string& prefix);

bool StartsWithDigit(std::string_view text);

// A page limit within 1..kMaxPageLimit (50 when unset).
std::int64_t ClampLimit(int limit);

// Ok for "" (the nation) or a well-formed region code.
Status CheckScope(const std::string& scope);

// kInvalidArgument naming `field` when `value` is longer than `max` bytes.
Status CheckText(std::string_view value, std::size_t max, const char* field);

}  // namespace netra::store_detail
