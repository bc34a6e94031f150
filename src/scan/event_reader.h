// EventReader: streams events from JSONL (simdjson on-demand), one line at a
// time, never holding more than one bounded line. A malformed or oversize
// line yields an error naming its line number and the field, and reading goes
// on with the next line.
//
// Thread-safety: one reader per stream and thread.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <string>

#include "core/status.h"
#include "scan/event.h"

namespace netra::scan {

class EventReader {
 public:
  explicit EventReader(std::istream& in);
  ~EventReader();
  EventReader(const EventReader&) = delete;
  EventReader& operator=(const EventReader&) = delete;

  enum class Outcome { kEvent, kSkipped, kEnd };
  // Reads the next non-blank line. kEvent: `event` is filled. kSkipped: the
  // line was bad; `error` says why (line number, field) and the caller goes on.
  // kEnd: no more input.
  Outcome Next(Event& event, Status& error);
  std::size_t line_number() const { return line_; }
  // Whether the last event had a text field cut to kMaxTextBytes.
  bool truncated() const { return truncated_; }

 private:
  struct Impl;
  std::istream& in_;
  std::unique_ptr<Impl> impl_;
  std::size_t line_ = 0;
  bool truncated_ = false;
};

// Parses one JSON object (an events.jsonl line) into `event`. Errors name the
// field; `line` is used in the messages.
Status ParseEventJson(std::string_view json, std::size_t line, Event& event);

}  // namespace netra::scan
