#include "domain/pledge_record.h"

#include <charconv>

#include "domain/pledge_text.h"

namespace netra {
namespace {

constexpr std::string_view kMagic = "netra-pledge-v1\n";

Status FieldError(const std::string& field, const std::string& what_id,
                  const std::string& what_en) {
  return Status(ErrorCode::kInvalidArgument, "Rekaman ikrar: " + field + " " + what_id,
                "Pledge record: " + field + " " + what_en);
}

bool AllOf(std::string_view s, bool (*pred)(char)) {
  for (char c : s) {
    if (!pred(c)) return false;
  }
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLowerHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f'); }

void AppendField(std::string& out, std::string_view key, std::string_view value) {
  out.append(key);
  out.push_back(':');
  out.append(std::to_string(value.size()));
  out.push_back(':');
  out.append(value);
  out.push_back('\n');
}

std::string OptionalId(const std::optional<std::int64_t>& id) {
  return id ? std::to_string(*id) : std::string();
}

// Reads "<key>:<len>:<value>\n" from the front of `in`.
std::optional<std::string_view> TakeField(std::string_view& in, std::string_view key) {
  if (in.substr(0, key.size()) != key || in.size() <= key.size() || in[key.size()] != ':') {
    return std::nullopt;
  }
  in.remove_prefix(key.size() + 1);
  std::size_t len = 0;
  const auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), len);
  if (ec != std::errc() || end == in.data() + in.size() || *end != ':') return std::nullopt;
  in.remove_prefix(static_cast<std::size_t>(end - in.data()) + 1);
  if (len >= in.size() || in[len] != '\n') return std::nullopt;
  const std::string_view value = in.substr(0, len);
  in.remove_prefix(len + 1);
  return value;
}

std::optional<std::int64_t> ParseInt(std::string_view s) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

const char* PledgeMethodName(PledgeMethod method) {
  return method == PledgeMethod::kAtEvent ? "at_event" : "self";
}

Status ValidatePledgeRecord(const PledgeRecord& r) {
  if (r.text_hash.size() != 64 || !AllOf(r.text_hash, IsLowerHex)) {
    return FieldError("text_hash", "harus 64 digit heksadesimal huruf kecil",
                      "must be 64 lower-case hex digits");
  }
  if (r.nip.size() != 18 || !AllOf(r.nip, IsDigit)) {
    return FieldError("nip", "harus 18 angka", "must be 18 digits");
  }
  if (r.name.empty()) return FieldError("name", "kosong", "is empty");
  if (r.agency.empty()) return FieldError("agency", "kosong", "is empty");
  if (r.signed_at <= 0) return FieldError("signed_at", "harus positif", "must be positive");
  if (r.event_id && *r.event_id <= 0) {
    return FieldError("event", "harus positif", "must be positive");
  }
  if (r.operator_id && *r.operator_id <= 0) {
    return FieldError("operator", "harus positif", "must be positive");
  }
  if (r.method == PledgeMethod::kAtEvent && !r.operator_id) {
    return FieldError("operator", "wajib untuk tanda tangan di acara",
                      "is required for a signature at an event");
  }
  if (r.method == PledgeMethod::kSelf && r.operator_id) {
    return FieldError("operator", "tidak boleh ada untuk tanda tangan mandiri",
                      "must be absent for a self signature");
  }
  return Status::Ok();
}

Result<std::string> CanonicalPledgeRecord(const PledgeRecord& r) {
  NETRA_RETURN_IF_ERROR(ValidatePledgeRecord(r));
  std::string out(kMagic);
  AppendField(out, "text_hash", r.text_hash);
  AppendField(out, "nip", r.nip);
  AppendField(out, "name", r.name);
  AppendField(out, "agency", r.agency);
  AppendField(out, "signed_at", std::to_string(r.signed_at));
  AppendField(out, "event", OptionalId(r.event_id));
  AppendField(out, "method", PledgeMethodName(r.method));
  AppendField(out, "operator", OptionalId(r.operator_id));
  return out;
}

Result<PledgeRecord> ParseCanonicalPledgeRecord(std::string_view bytes) {
  const Status malformed =
      FieldError("", "tidak dalam bentuk kanonik v1", "is not in canonical v1 form");
  std::string_view in = bytes;
  if (in.substr(0, kMagic.size()) != kMagic) return malformed;
  in.remove_prefix(kMagic.size());
  PledgeRecord r;
  const auto text_hash = TakeField(in, "text_hash");
  const auto nip = TakeField(in, "nip");
  const auto name = TakeField(in, "name");
  const auto agency = TakeField(in, "agency");
  const auto signed_at = TakeField(in, "signed_at");
  const auto event = TakeField(in, "event");
  const auto method = TakeField(in, "method");
  const auto op = TakeField(in, "operator");
  if (!text_hash || !nip || !name || !agency || !signed_at || !event || !method || !op ||
      !in.empty()) {
    return malformed;
  }
  r.text_hash = std::string(*text_hash);
  r.nip = std::string(*nip);
  r.name = std::string(*name);
  r.agency = std::string(*agency);
  const auto when = ParseInt(*signed_at);
  if (!when) return malformed;
  r.signed_at = *when;
  if (!event->empty()) {
    r.event_id = ParseInt(*event);
    if (!r.event_id) return malformed;
  }
  if (*method == "self") {
    r.method = PledgeMethod::kSelf;
  } else if (*method == "at_event") {
    r.method = PledgeMethod::kAtEvent;
  } else {
    return malformed;
  }
  if (!op->empty()) {
    r.operator_id = ParseInt(*op);
    if (!r.operator_id) return malformed;
  }
  NETRA_ASSIGN_OR_RETURN(const std::string again, CanonicalPledgeRecord(r));
  if (again != bytes) return malformed;  // leading zeros, "+1" and the like
  return r;
}

Result<std::string> PledgeCertificateNumber(const PledgeRecord& record) {
  NETRA_ASSIGN_OR_RETURN(const std::string canonical, CanonicalPledgeRecord(record));
  const std::string hash = Sha256Hex(canonical);
  // 15 hex digits = 60 bits = 12 base32 symbols.
  std::uint64_t bits = 0;
  for (int i = 0; i < 15; ++i) {
    const char c = hash[i];
    bits = (bits << 4) | static_cast<std::uint64_t>(IsDigit(c) ? c - '0' : c - 'a' + 10);
  }
  static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string out = "NETRA";
  for (int i = 0; i < 12; ++i) {
    if (i % 4 == 0) out.push_back('-');
    out.push_back(kCrockford[(bits >> (55 - 5 * i)) & 0x1f]);
  }
  return out;
}

}  // namespace netra
