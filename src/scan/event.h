// Event: one social-media action of a monitored account, as in events.jsonl
// (../shared/data/monitoring-dev/FORMAT.md), and the bounds every field is
// held to. Plain value.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace netra::scan {

enum class EventKind { kPost, kComment, kShare, kLike, kFollow, kJoinGroup };

// "post" -> kPost ...; false for an unknown kind.
bool ParseEventKind(std::string_view s, EventKind& out);
const char* EventKindName(EventKind kind);

struct Event {
  std::string id;
  std::string platform;
  std::string account;
  EventKind kind = EventKind::kPost;
  std::string text;
  std::string target;       // "" when null
  std::string shared_text;  // "" when absent
  std::string time;
};

// Bounds on input: a line longer than kMaxEventLineBytes is skipped and
// reported; text fields longer than kMaxTextBytes are cut at a UTF-8 boundary
// (and the event marked truncated); short fields longer than kMaxFieldBytes
// reject the line.
inline constexpr std::size_t kMaxEventLineBytes = 256 * 1024;
inline constexpr std::size_t kMaxTextBytes = 32 * 1024;
inline constexpr std::size_t kMaxFieldBytes = 512;

}  // namespace netra::scan
