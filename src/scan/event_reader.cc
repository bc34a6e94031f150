#include "scan/event_reader.h"

#include <simdjson.h>

#include <array>

namespace netra::scan {
namespace {

Status LineError(std::size_t line, const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, "baris " + std::to_string(line) + ": " + id,
                "line " + std::to_string(line) + ": " + en);
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
bool CutUtf8(std::string& s, std::size_t max) {
  if (s.size() <= max) return false;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return true;
}

}  // namespace

bool ParseEventKind(std::string_view s, EventKind& out) {
  static constexpr std::array<std::pair<std::string_view, EventKind>, 6> kKinds = {{
      {"post", EventKind::kPost},
      {"comment", EventKind::kComment},
      {"share", EventKind::kShare},
      {"like", EventKind::kLike},
      {"follow", EventKind::kFollow},
      {"join_group", EventKind::kJoinGroup},
  }};
  for (const auto& [name, kind] : kKinds) {
    if (s == name) {
      out = kind;
      return true;
    }
  }
  return false;
}

const char* EventKindName(EventKind kind) {
  switch (kind) {
    case EventKind::kPost:
      return "post";
    case EventKind::kComment:
      return "comment";
    case EventKind::kShare:
      return "share";
    case EventKind::kLike:
      return "like";
    case EventKind::kFollow:
      return "follow";
    case EventKind::kJoinGroup:
      return "join_group";
  }
  return "post";
}

struct EventReader::Impl {
  simdjson::dom::parser parser{kMaxEventLineBytes + 64};
  std::string line;
};

namespace {

// Reads an optional string field (null or absent gives "").
Status ReadField(const simdjson::dom::object& obj, std::string_view name, std::size_t line,
                 std::size_t max, bool required, std::string& out, bool* cut) {
  out.clear();
  simdjson::dom::element v;
  if (obj.at_key(name).get(v) != simdjson::SUCCESS || v.is_null()) {
    if (!required) return Status::Ok();
    return LineError(line, "kolom '" + std::string(name) + "' tidak ada atau null",
                     "field '" + std::string(name) + "' is missing or null");
  }
  std::string_view sv;
  if (v.get_string().get(sv) != simdjson::SUCCESS) {
    return LineError(line, "kolom '" + std::string(name) + "' harus berupa teks",
                     "field '" + std::string(name) + "' must be a string");
  }
  out.assign(sv);
  if (out.size() > max) {
    if (cut == nullptr) {
      return LineError(
          line, "kolom '" + std::string(name) + "' lebih dari " + std::to_string(max) + " byte",
          "field '" + std::string(name) + "' longer than " + std::to_string(max) + " bytes");
    }
    *cut = CutUtf8(out, max) || *cut;
  }
  if (required && out.empty()) {
    return LineError(line, "kolom '" + std::string(name) + "' kosong",
                     "field '" + std::string(name) + "' is empty");
  }
  return Status::Ok();
}

// `data` has `len` bytes of JSON followed by at least SIMDJSON_PADDING bytes.
Status ParseWith(simdjson::dom::parser& parser, const char* data, std::size_t len, std::size_t line,
                 Event& event, bool& cut) {
  simdjson::dom::element doc;
  if (auto err = parser.parse(data, len, false).get(doc); err) {
    return LineError(line, "bukan JSON yang sah",
                     std::string("not valid JSON: ") + simdjson::error_message(err));
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) {
    return LineError(line, "baris harus berupa objek JSON", "line must be a JSON object");
  }
  std::string kind;
  cut = false;
  NETRA_RETURN_IF_ERROR(ReadField(obj, "id", line, kMaxFieldBytes, true, event.id, nullptr));
  NETRA_RETURN_IF_ERROR(
      ReadField(obj, "platform", line, kMaxFieldBytes, false, event.platform, nullptr));
  NETRA_RETURN_IF_ERROR(
      ReadField(obj, "account", line, kMaxFieldBytes, true, event.account, nullptr));
  NETRA_RETURN_IF_ERROR(ReadField(obj, "kind", line, kMaxFieldBytes, true, kind, nullptr));
  if (!ParseEventKind(kind, event.kind)) {
    return LineError(
        line,
        "kolom 'kind' bernilai '" + kind +
            "', harus post, comment, share, like, follow atau join_group",
        "field 'kind' is '" + kind + "', must be post, comment, share, like, follow or join_group");
  }
  NETRA_RETURN_IF_ERROR(ReadField(obj, "text", line, kMaxTextBytes, false, event.text, &cut));
  NETRA_RETURN_IF_ERROR(
      ReadField(obj, "target", line, kMaxFieldBytes, false, event.target, nullptr));
  NETRA_RETURN_IF_ERROR(
      ReadField(obj, "shared_text", line, kMaxTextBytes, false, event.shared_text, &cut));
  NETRA_RETURN_IF_ERROR(ReadField(obj, "time", line, kMaxFieldBytes, false, event.time, nullptr));
  return Status::Ok();
}

}  // namespace

Status ParseEventJson(std::string_view json, std::size_t line, Event& event) {
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(json);
  bool cut = false;
  return ParseWith(parser, padded.data(), padded.size(), line, event, cut);
}

EventReader::EventReader(std::istream& in) : in_(in), impl_(std::make_unique<Impl>()) {}
EventReader::~EventReader() = default;

EventReader::Outcome EventReader::Next(Event& event, Status& error) {
  std::string& line = impl_->line;
  while (true) {
    line.clear();
    if (!in_.good()) return Outcome::kEnd;
    ++line_;
    // Reads the line in bounded chunks; an oversize line is drained, not kept.
    bool oversize = false;
    bool any = false;
    char buf[4096];
    while (true) {
      in_.getline(buf, sizeof(buf));
      const auto got = static_cast<std::size_t>(in_.gcount());
      const bool full = in_.fail() && !in_.eof() && !in_.bad();
      if (got > 0 || full) any = true;
      const std::size_t len = full ? got : (got > 0 && !in_.eof() ? got - 1 : got);
      if (!oversize) {
        if (line.size() + len > kMaxEventLineBytes) {
          oversize = true;
          line.clear();
        } else {
          line.append(buf, len);
        }
      }
      if (full) {
        in_.clear();
        continue;
      }
      break;
    }
    if (!any && in_.eof()) return Outcome::kEnd;
    if (oversize) {
      error = LineError(
          line_, "baris lebih dari " + std::to_string(kMaxEventLineBytes) + " byte, dilewati",
          "line longer than " + std::to_string(kMaxEventLineBytes) + " bytes, skipped");
      return Outcome::kSkipped;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::size_t len = line.size();
    line.resize(len + simdjson::SIMDJSON_PADDING);
    bool cut = false;
    error = ParseWith(impl_->parser, line.data(), len, line_, event, cut);
    truncated_ = cut;
    return error.ok() ? Outcome::kEvent : Outcome::kSkipped;
  }
}

}  // namespace netra::scan
