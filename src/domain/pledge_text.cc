#include "domain/pledge_text.h"

#include <sodium.h>

#include <charconv>
#include <optional>

namespace netra {
namespace {

Status LineError(std::string_view source, int line, const std::string& what_id,
                 const std::string& what_en) {
  const std::string where = std::string(source) + ":" + std::to_string(line) + ": ";
  return Status(ErrorCode::kInvalidArgument, where + what_id, where + what_en);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

const char* PledgeKindName(PledgeKind kind) {
  return kind == PledgeKind::kPakta ? "pakta" : "ikrar";
}

std::string NormalizePledgeText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  out.push_back('\n');
  return out;
}

std::string Sha256Hex(std::string_view data) {
  // sodium_init is idempotent; hashing needs no entropy, so its result does not matter here.
  static const int sodium_ready = sodium_init();
  (void)sodium_ready;
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

Result<PledgeText> ParsePledgeText(std::string_view content, std::string_view source) {
  const std::string normalized = NormalizePledgeText(content);
  std::string_view rest = normalized;
  PledgeText pledge;
  std::optional<int> version;
  std::optional<PledgeKind> kind;
  bool has_election = false;
  bool has_title = false;
  int line_no = 0;
  bool separated = false;
  while (!rest.empty()) {
    const std::size_t eol = rest.find('\n');
    const std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol + 1);
    ++line_no;
    if (line == "---") {
      separated = true;
      break;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return LineError(source, line_no, "baris kepala harus berbentuk 'kunci: nilai'",
                       "header line must be 'key: value'");
    }
    const std::string key(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    const auto repeated = [&] {
      return LineError(source, line_no, "kunci '" + key + "' berulang",
                       "key '" + key + "' repeated");
    };
    if (key == "version") {
      if (version) return repeated();
      int v = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (ec != std::errc() || end != value.data() + value.size() || v < 1) {
        return LineError(source, line_no, "versi harus bilangan bulat >= 1",
                         "version must be an integer >= 1");
      }
      version = v;
    } else if (key == "election") {
      if (has_election) return repeated();
      if (value.empty()) {
        return LineError(source, line_no, "kode pemilihan kosong", "election code is empty");
      }
      pledge.election = std::string(value);
      has_election = true;
    } else if (key == "kind") {
      if (kind) return repeated();
      if (value == "ikrar") {
        kind = PledgeKind::kIkrar;
      } else if (value == "pakta") {
        kind = PledgeKind::kPakta;
      } else {
        return LineError(source, line_no, "jenis harus 'ikrar' atau 'pakta'",
                         "kind must be 'ikrar' or 'pakta'");
      }
    } else if (key == "title") {
      if (has_title) return repeated();
      if (value.empty()) return LineError(source, line_no, "judul kosong", "title is empty");
      pledge.title = std::string(value);
      has_title = true;
    } else {
      return LineError(source, line_no, "kunci tidak dikenal '" + key + "'",
                       "unknown key '" + key + "'");
    }
  }
  if (!separated) {
    return LineError(source, line_no, "baris '---' sebelum teks tidak ada",
                     "the '---' line before the text is missing");
  }
  if (!version || !kind || !has_election || !has_title) {
    const char* missing = !version        ? "version"
                          : !kind         ? "kind"
                          : !has_election ? "election"
                                          : "title";
    return LineError(source, line_no, std::string("kunci '") + missing + "' tidak ada",
                     std::string("key '") + missing + "' is missing");
  }
  if (Trim(rest).find_first_not_of('\n') == std::string_view::npos) {
    return LineError(source, line_no, "teks ikrar kosong", "the pledge text is empty");
  }
  pledge.version = *version;
  pledge.kind = *kind;
  pledge.text = std::string(rest);
  pledge.text_hash = Sha256Hex(pledge.text);
  return pledge;
}

}  // namespace netra
