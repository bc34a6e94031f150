#include "scan/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "scan/normalization_tables.h"

namespace netra::scan {
namespace {

enum Cls : std::uint8_t { kSep = 0, kText = 1, kDrop = 2, kSpecial = 3 };
enum TokenKind : std::uint8_t { kWord = 0, kHashtag = 1, kMention = 2, kSpecialToken = 3 };

constexpr char32_t kFlatEnd = 0x3000;

// ASCII classes: letters folded to lowercase, digits, '#', '@', apostrophes
// dropped (ka'bah -> kabah), everything else separates tokens.
struct AsciiTable {
  std::uint8_t cls[128];
  char lower[128];
  constexpr AsciiTable() : cls(), lower() {
    for (int c = 0; c < 128; ++c) {
      cls[c] = kSep;
      lower[c] = static_cast<char>(c);
      if (c >= 'a' && c <= 'z') cls[c] = kText;
      if (c >= '0' && c <= '9') cls[c] = kText;
      if (c >= 'A' && c <= 'Z') {
        cls[c] = kText;
        lower[c] = static_cast<char>(c - 'A' + 'a');
      }
    }
    cls[static_cast<int>('\'')] = kDrop;
  }
};
constexpr AsciiTable kAscii;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

std::string Utf8(char32_t cp) {
  std::string s;
  icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(s);
  return s;
}

void SetEntry(Normalizer::Entry& e, std::uint8_t cls, std::string_view bytes) {
  e.cls = cls;
  e.len = static_cast<std::uint8_t>(std::min<std::size_t>(bytes.size(), sizeof(e.bytes)));
  std::memcpy(e.bytes, bytes.data(), e.len);
}

// Splits "a\tb\tc" into at most 3 fields.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? tab : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

char32_t SingleCodePoint(std::string_view s) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (u.countChar32() != 1) return 0;
  return static_cast<char32_t>(u.char32At(0));
}

}  // namespace

Result<std::unique_ptr<Normalizer>> Normalizer::Create() { return FromTables(kNormalizationTsv); }

Result<std::unique_ptr<Normalizer>> Normalizer::FromTables(std::string_view tsv) {
  std::unique_ptr<Normalizer> n(new Normalizer());
  NETRA_RETURN_IF_ERROR(n->Load(tsv));
  return n;
}

Status Normalizer::Load(std::string_view tsv) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(err);
  const icu::Normalizer2* nfd = U_SUCCESS(err) ? icu::Normalizer2::getNFDInstance(err) : nullptr;
  if (U_FAILURE(err) || nfkc_cf == nullptr || nfd == nullptr) {
    return Status(ErrorCode::kFailedPrecondition, "Data normalisasi ICU tidak tersedia",
                  std::string("ICU normalization data unavailable: ") + u_errorName(err));
  }
  for (int d = 0; d < 10; ++d) leet_[d] = static_cast<char>('0' + d);

  std::vector<std::pair<std::string, std::string>> abbr;
  std::unordered_map<char32_t, std::string> confusable;
  std::unordered_map<char32_t, std::string> emoji;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= tsv.size()) {
    const std::size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const auto f = Fields(line);
    const std::string where = "line " + std::to_string(line_no);
    if (f.size() != 3 || f[1].empty() || f[2].empty()) {
      return Status(
          ErrorCode::kInvalidArgument,
          "Tabel normalisasi baris " + std::to_string(line_no) + ": harus 3 kolom dipisah tab",
          "normalization table " + where + ": expected 3 tab-separated fields");
    }
    if (f[0] == "leet") {
      if (f[1].size() != 1 || !IsDigit(f[1][0])) {
        return Status(ErrorCode::kInvalidArgument,
                      "normalization table " + where + ": leet needs one digit");
      }
      leet_[f[1][0] - '0'] = f[2] == "-" ? '\0' : f[2][0];
    } else if (f[0] == "abbr") {
      abbr.emplace_back(std::string(f[1]), std::string(f[2]));
    } else if (f[0] == "numword") {
      number_words_.emplace_back(std::string(f[1]), std::atoi(std::string(f[2]).c_str()));
    } else if (f[0] == "province") {
      provinces_.emplace_back(std::string(f[1]), std::string(f[2]));
    } else if (f[0] == "cue") {
      cues_.emplace_back(std::string(f[1]), std::string(f[2]));
    } else if (f[0] == "confusable" || f[0] == "emoji") {
      const char32_t cp = SingleCodePoint(f[1]);
      if (cp == 0) {
        return Status(ErrorCode::kInvalidArgument, "normalization table " + where + ": '" +
                                                       std::string(f[1]) +
                                                       "' must be one code point");
      }
      (f[0] == "emoji" ? emoji : confusable)[cp] = std::string(f[2]);
    } else {
      return Status(ErrorCode::kInvalidArgument,
                    "normalization table " + where + ": unknown kind '" + std::string(f[0]) + "'");
    }
  }

  // Precomputes the mapping of every code point we expect in Indonesian text:
  // NFKC + case folding, then NFD minus combining marks, then look-alikes.
  auto compute = [&](char32_t cp, Entry& e) {
    if (const auto it = emoji.find(cp); it != emoji.end()) {
      SetEntry(e, kSpecial, it->second);
      return;
    }
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString folded =
        nfkc_cf->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), st);
    icu::UnicodeString decomposed = nfd->normalize(folded, st);
    if (U_FAILURE(st)) {
      SetEntry(e, kSep, "");
      return;
    }
    std::string out;
    bool all_alnum = true;
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_charType(c) == U_NON_SPACING_MARK) continue;
      if (const auto it = confusable.find(static_cast<char32_t>(c)); it != confusable.end()) {
        out += it->second;
        continue;
      }
      if (c < 0x80) {
        if (!std::isalnum(c)) all_alnum = false;
        out.push_back(static_cast<char>(std::tolower(c)));
      } else {
        if (!u_isalnum(c)) all_alnum = false;
        out += Utf8(static_cast<char32_t>(c));
      }
    }
    if (out.empty()) {
      SetEntry(e, kDrop, "");
    } else if (all_alnum && out.size() <= sizeof(e.bytes)) {
      SetEntry(e, kText, out);
    } else {
      SetEntry(e, kSep, "");
    }
  };
  // A later line for the same abbreviation wins, as it always has.
  std::size_t slots = 16;
  while (slots < 4 * abbr.size()) slots *= 2;
  abbr_slots_.assign(slots, AbbrSlot{});
  for (auto& [from, to] : abbr) {
    const std::uint64_t hash = TokenHash(from);
    std::size_t i = hash & (slots - 1);
    while (abbr_slots_[i].index != 0 && abbr_[abbr_slots_[i].index - 1].from != from) {
      i = (i + 1) & (slots - 1);
    }
    if (abbr_slots_[i].index == 0) {
      abbr_.push_back(Abbr{from, to});
      abbr_slots_[i] = AbbrSlot{hash, static_cast<std::uint32_t>(abbr_.size())};
    } else {
      abbr_[abbr_slots_[i].index - 1].to = to;
    }
  }
  bmp_.resize(kFlatEnd - 0x80);
  for (char32_t cp = 0x80; cp < kFlatEnd; ++cp) compute(cp, bmp_[cp - 0x80]);
  const std::pair<char32_t, char32_t> ranges[] = {
      {0xFF00, 0xFFF0}, {0x1D400, 0x1D800}, {0x1F100, 0x1F200}, {0xFE00, 0xFE10}};
  for (const auto& [lo, hi] : ranges) {
    for (char32_t cp = lo; cp < hi; ++cp) compute(cp, other_[cp]);
  }
  for (char32_t cp = 0x1F3FB; cp <= 0x1F3FF; ++cp) SetEntry(other_[cp], kDrop, "");  // skin tones
  for (const auto& [cp, token] : emoji) SetEntry(other_[cp], kSpecial, token);
  for (const auto& [cp, token] : emoji) {
    if (cp >= 0x80 && cp < kFlatEnd) SetEntry(bmp_[cp - 0x80], kSpecial, token);
  }
  return Status::Ok();
}

const Normalizer::Entry* Normalizer::Lookup(char32_t cp) const {
  if (cp < kFlatEnd) return &bmp_[cp - 0x80];
  const auto it = other_.find(cp);
  return it == other_.end() ? nullptr : &it->second;
}

const std::string* Normalizer::Abbreviation(std::uint64_t hash, std::string_view word) const {
  const std::size_t mask = abbr_slots_.size() - 1;
  for (std::size_t i = hash & mask; abbr_slots_[i].index != 0; i = (i + 1) & mask) {
    if (abbr_slots_[i].hash != hash) continue;
    const Abbr& a = abbr_[abbr_slots_[i].index - 1];
    if (a.from == word) return &a.to;
  }
  return nullptr;
}

// Appends `bytes` as tokens (an abbreviation may expand to several words),
// each spanning input [b, e).
void Normalizer::Emit(NormalizedText& out, std::string_view bytes, std::uint32_t b,
                      std::uint32_t e) const {
  while (!bytes.empty()) {
    const std::size_t cut = std::min(bytes.find(' '), bytes.size());
    if (cut > 0) {
      const std::string_view part = bytes.substr(0, cut);
      const auto begin = static_cast<std::uint32_t>(out.text.size());
      out.text.append(part);
      out.tokens.push_back(NormalizedToken{begin, static_cast<std::uint32_t>(out.text.size()), b, e,
                                           TokenHash(part)});
      out.text.push_back(' ');
    }
    bytes.remove_prefix(std::min(cut + 1, bytes.size()));
  }
}

// The word in out.text[begin..] is complete: replaces it if it is an
// abbreviation, then records it as a token spanning input [b, e).
void Normalizer::FinishWord(NormalizedText& out, std::size_t begin, std::uint32_t b,
                            std::uint32_t e) const {
  const std::string_view w = std::string_view(out.text).substr(begin);
  const std::uint64_t hash = TokenHash(w);
  if (const std::string* to = Abbreviation(hash, w); to != nullptr) {
    out.text.resize(begin);
    Emit(out, *to, b, e);
    return;
  }
  out.tokens.push_back(NormalizedToken{static_cast<std::uint32_t>(begin),
                                       static_cast<std::uint32_t>(out.text.size()), b, e, hash});
  out.text.push_back(' ');
}

// The last rules of a word — the clitic "-nya", repeated letters,
// abbreviations — written straight to the output; the token spans input
// [b, e). Plain ASCII words come here directly from the raw token (most
// words), others after EmitWord's digit rules, so both go through one path.
void Normalizer::EmitFolded(NormalizedText& out, std::string_view w, std::uint32_t b,
                            std::uint32_t e) const {
  // The clitic comes off long words ("rebananya", "saatnya") so a slogan or
  // name matches in either form; short words ("hanya") keep it.
  if (w.size() >= 7 && w.substr(w.size() - 3) == "nya" &&
      std::all_of(w.begin(), w.end(), IsAsciiLetter)) {
    w.remove_suffix(3);
  }
  const std::size_t begin = out.text.size();
  out.text.resize(begin + w.size());
  char* o = out.text.data() + begin;
  std::size_t m = 0;
  for (const char c : w) {
    if (m > 0 && IsAsciiLetter(c) && c == o[m - 1]) continue;
    o[m++] = c;
  }
  out.text.resize(begin + m);
  FinishWord(out, begin, b, e);
}

// Emits out.word (a word token, possibly merged from spaced letters) after
// leetspeak and reduplication digits, then EmitFolded.
void Normalizer::EmitWord(NormalizedText& out) const {
  std::string& w = out.word;
  auto& wb = out.word_begin;
  auto& we = out.word_end;
  bool has_letter = false;
  bool has_digit = false;
  for (char c : w) {
    if (IsDigit(c)) {
      has_digit = true;
    } else {
      has_letter = true;
    }
  }
  if (has_digit && !has_letter) {
    std::size_t z = 0;
    while (z + 1 < w.size() && w[z] == '0') ++z;
    Emit(out, std::string_view(w).substr(z), wb[z], we.back());
    return;
  }
  if (has_digit) {
    std::size_t k = w.size();
    while (k > 0 && IsDigit(w[k - 1])) --k;
    const bool digits_inside =
        std::any_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k), IsDigit);
    const std::size_t run = w.size() - k;
    if (!digits_inside && k >= 2 && (run >= 2 || w[k] == '2')) {
      const std::uint32_t num_b = wb[k];
      const std::uint32_t num_e = we.back();
      std::string number = run >= 2 ? w.substr(k) : std::string();
      w.resize(k);
      wb.resize(k);
      we.resize(k);
      EmitWord(out);
      if (!number.empty()) Emit(out, number, num_b, num_e);
      return;
    }
    // Leetspeak: every digit inside a word stands for a letter (or is a
    // reduplication mark to drop).
    std::size_t o = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      if (IsDigit(c)) {
        c = leet_[c - '0'];
        if (c == '\0') {
          if (o > 0) we[o - 1] = we[i];
          continue;
        }
      }
      w[o] = c;
      wb[o] = wb[i];
      we[o] = we[i];
      ++o;
    }
    w.resize(o);
    wb.resize(o);
    we.resize(o);
    if (w.empty()) return;
  }
  EmitFolded(out, w, wb.front(), we.back());
}

void Normalizer::Normalize(std::string_view in, NormalizedText& out) const {
  out.text.clear();
  out.tokens.clear();
  out.raw.clear();
  out.raw_begin.clear();
  out.raw_end.clear();
  out.raw_tokens.clear();
  auto& toks = out.raw_tokens;

  // Pass 1: code points -> raw tokens (folded bytes with their input spans).
  bool open = false;
  std::uint32_t prev_end = 0;
  bool have_prev = false;
  // Input span of byte k of raw token t.
  auto src_begin = [&](const NormalizedText::RawToken& t, std::uint32_t k) {
    return t.direct ? t.src + k : out.raw_begin[t.spans + k];
  };
  auto src_end = [&](const NormalizedText::RawToken& t, std::uint32_t k) {
    return t.direct ? t.src + k + 1 : out.raw_end[t.spans + k];
  };
  // The open token gets per-byte spans from here on.
  auto undirect = [&](NormalizedText::RawToken& t) {
    if (!t.direct) return;
    t.direct = false;
    t.spans = static_cast<std::uint32_t>(out.raw_begin.size());
    for (std::uint32_t k = 0; k < t.len; ++k) {
      out.raw_begin.push_back(t.src + k);
      out.raw_end.push_back(t.src + k + 1);
    }
  };
  auto close = [&] {
    if (!open) return;
    open = false;
    auto& t = toks.back();
    // A mention may not end in '.', which is the sentence's full stop.
    while (t.kind == kMention && t.len > 1 && out.raw[t.start + t.len - 1] == '.') {
      --t.len;
      out.raw.pop_back();
      out.raw_begin.pop_back();
      out.raw_end.pop_back();
    }
    prev_end = src_end(t, t.len - 1);
    have_prev = true;
  };
  auto start = [&](std::uint8_t kind, std::uint32_t src) {
    close();
    // Built in place: a copy assembled field by field on the stack stalled
    // on store forwarding, a tenth of the normalizer's time.
    NormalizedText::RawToken& t = toks.emplace_back();
    t.start = static_cast<std::uint32_t>(out.raw.size());
    t.src = src;
    t.spans = static_cast<std::uint32_t>(out.raw_begin.size());
    t.kind = kind;
    if (have_prev && src > prev_end && src - prev_end <= 2) {
      t.tight_gap = true;
      for (std::uint32_t k = prev_end; k < src; ++k) {
        const char c = in[k];
        if (c != ' ' && c != '.' && c != '-' && c != '_' && c != '*') t.tight_gap = false;
      }
    }
    open = true;
  };
  auto append = [&](std::string_view bytes, std::uint32_t b, std::uint32_t e) {
    auto& t = toks.back();
    undirect(t);
    for (char c : bytes) {
      out.raw.push_back(c);
      out.raw_begin.push_back(b);
      out.raw_end.push_back(e);
    }
    t.len += static_cast<std::uint32_t>(bytes.size());
  };
  auto is_word_start = [&](std::size_t j) {
    if (j >= in.size()) return false;
    const auto c = static_cast<unsigned char>(in[j]);
    return c >= 0x80 || kAscii.cls[c] == kText;
  };

  const std::size_t n = in.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(in[i]);
    const auto src = static_cast<std::uint32_t>(i);
    if (c < 0x80) {
      const std::uint8_t cls = kAscii.cls[c];
      if (cls == kText) {
        if (IsDigit(static_cast<char>(c))) {
          // Keycap emoji: digit, optional U+FE0F, U+20E3.
          std::size_t j = i + 1;
          if (in.substr(j, 3) == "\xEF\xB8\x8F") j += 3;
          if (in.substr(j, 3) == "\xE2\x83\xA3") {
            const char token[2] = {'^', static_cast<char>(c)};
            start(kSpecialToken, src);
            append(std::string_view(token, 2), src, static_cast<std::uint32_t>(j + 3));
            close();
            i = j + 3;
            continue;
          }
        }
        if (!open) {
          start(kWord, src);
          toks.back().direct = true;
        }
        // This byte and the ASCII letters after it in one go, lowercased as
        // the byte-by-byte path would; a digit ends the run, since it may
        // start a keycap.
        std::size_t j = i + 1;
        while (j < n && static_cast<unsigned char>(in[j]) < 0x80 &&
               kAscii.cls[static_cast<unsigned char>(in[j])] == kText && !IsDigit(in[j])) {
          ++j;
        }
        auto& t = toks.back();
        // A dropped apostrophe ("ka'bah") breaks the one-to-one run.
        if (t.direct && t.src + t.len != src) undirect(t);
        const std::size_t at = out.raw.size();
        out.raw.resize(at + (j - i));
        for (std::size_t k = i; k < j; ++k) {
          out.raw[at + k - i] = kAscii.lower[static_cast<unsigned char>(in[k])];
        }
        if (!t.direct) {
          for (std::size_t k = i; k < j; ++k) {
            out.raw_begin.push_back(static_cast<std::uint32_t>(k));
            out.raw_end.push_back(static_cast<std::uint32_t>(k + 1));
          }
        }
        t.has_digit = t.has_digit || IsDigit(static_cast<char>(c));
        t.len += static_cast<std::uint32_t>(j - i);
        i = j;
        continue;
      } else if ((c == '#' || c == '@') && is_word_start(i + 1)) {
        start(c == '#' ? kHashtag : kMention, src);
        const char ch = static_cast<char>(c);
        append(std::string_view(&ch, 1), src, src + 1);
      } else if (open && (c == '_' || (c == '.' && toks.back().kind == kMention)) &&
                 toks.back().kind != kWord && is_word_start(i + 1)) {
        const char ch = static_cast<char>(c);
        append(std::string_view(&ch, 1), src, src + 1);
      } else if (cls != kDrop) {
        close();
      }
      ++i;
      continue;
    }
    UChar32 cp = 0;
    std::int32_t next = static_cast<std::int32_t>(i);
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(in.data()), next, static_cast<std::int32_t>(n),
            cp);
    const auto src_end_cp = static_cast<std::uint32_t>(next);
    i = static_cast<std::size_t>(next);
    const Entry* e = cp < 0 ? nullptr : Lookup(static_cast<char32_t>(cp));
    if (e == nullptr) {
      if (cp >= 0 && u_isalnum(cp)) {
        if (!open) start(kWord, src);
        append(in.substr(src, src_end_cp - src), src, src_end_cp);
      } else {
        close();
      }
      continue;
    }
    switch (e->cls) {
      case kText:
        if (!open) start(kWord, src);
        append(std::string_view(e->bytes, e->len), src, src_end_cp);
        break;
      case kSpecial: {
        // The sign's span takes in its emoji presentation selector and skin
        // tone, so the reported span is the whole visible emoji.
        std::size_t j = i;
        while (true) {
          if (in.substr(j, 3) == "\xEF\xB8\x8F") {
            j += 3;
          } else if (in.substr(j, 3) == "\xF0\x9F\x8F" && j + 3 < n &&
                     static_cast<unsigned char>(in[j + 3]) >= 0xBB &&
                     static_cast<unsigned char>(in[j + 3]) <= 0xBF) {
            j += 4;
          } else {
            break;
          }
        }
        i = j;
        start(kSpecialToken, src);
        append(std::string_view(e->bytes, e->len), src, static_cast<std::uint32_t>(j));
        close();
        break;
      }
      case kDrop:
        break;
      default:
        close();
    }
  }
  close();

  // Pass 2: merge spaced letters, then rewrite and emit each token.
  out.text.push_back(' ');
  auto single_alnum = [&](std::size_t k) { return toks[k].kind == kWord && toks[k].len == 1; };
  auto load_word = [&](std::size_t k) {
    const auto& t = toks[k];
    out.word.append(out.raw, t.start, t.len);
    for (std::uint32_t b = 0; b < t.len; ++b) {
      out.word_begin.push_back(src_begin(t, b));
      out.word_end.push_back(src_end(t, b));
    }
  };
  for (std::size_t k = 0; k < toks.size();) {
    const auto& t = toks[k];
    if (t.len == 0) {
      ++k;
      continue;
    }
    if (t.kind != kWord) {
      Emit(out, std::string_view(out.raw).substr(t.start, t.len), src_begin(t, 0),
           src_end(t, t.len - 1));
      ++k;
      continue;
    }
    std::size_t run_end = k + 1;
    if (single_alnum(k) && IsAsciiLetter(out.raw[t.start])) {
      while (run_end < toks.size() && single_alnum(run_end) && toks[run_end].tight_gap) ++run_end;
      while (run_end > k + 1 && IsDigit(out.raw[toks[run_end - 1].start])) --run_end;
      std::size_t letters = 0;
      for (std::size_t j = k; j < run_end; ++j) letters += IsAsciiLetter(out.raw[toks[j].start]);
      if (run_end - k < 3 || letters < 2) run_end = k + 1;
    }
    if (run_end == k + 1 && t.direct && !t.has_digit) {
      EmitFolded(out, std::string_view(out.raw).substr(t.start, t.len), t.src, t.src + t.len);
      ++k;
      continue;
    }
    out.word.clear();
    out.word_begin.clear();
    out.word_end.clear();
    for (std::size_t j = k; j < run_end; ++j) load_word(j);
    EmitWord(out);
    k = run_end;
  }
}

std::string Normalizer::NormalizeToString(std::string_view input) const {
  NormalizedText t;
  Normalize(input, t);
  return t.text;
}

}  // namespace netra::scan
