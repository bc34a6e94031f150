#include "scan/matcher.h"

#include <hs/hs.h>
#include <hunspell/hunspell.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <new>
#include <utility>

namespace netra::scan {
namespace {

// Campaign verbs and nouns that put a ballot number in a campaign phrase, in
// their normalized form (abbreviations already expanded: "no" -> "nomor",
// "nyoblos" -> "coblos").
constexpr const char* kBallotCues[] = {
    "coblos",       "pilih",          "dukung",          "menangkan",    "nomor",
    "nomor urut",   "urut",           "paslon",          "paslon nomor", "calon nomor",
    "salam",        "cabup",          "cagub",           "cawali",       "pasangan nomor",
    "pilihanku",    "pilihan kita",   "menangkan nomor", "coblos nomor", "pilih nomor",
    "dukung nomor", "kandidat nomor", "jagoanku",        "jagoan"};

// Ordinary Indonesian words (hunspell-id): a one-word pair acronym that is
// also a word ("BARA", "ADIL") is weak evidence unless written in capitals.
// Without the dictionary nothing counts as common.
class CommonWords {
 public:
  CommonWords() {
    const char* aff = "/usr/share/hunspell/id_ID.aff";
    const char* dic = "/usr/share/hunspell/id_ID.dic";
    std::error_code ec;
    if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec)) {
      handle_ = Hunspell_create(aff, dic);
    }
  }
  ~CommonWords() {
    if (handle_ != nullptr) Hunspell_destroy(handle_);
  }
  CommonWords(const CommonWords&) = delete;
  CommonWords& operator=(const CommonWords&) = delete;
  // `normalized` is " word " as the normalizer writes it.
  bool IsCommonWord(const std::string& normalized) const {
    if (handle_ == nullptr || normalized.size() < 3) return false;
    const std::string w = normalized.substr(1, normalized.size() - 2);
    for (char c : w) {
      if (c < 'a' || c > 'z') return false;
    }
    return Hunspell_spell(handle_, w.c_str()) != 0;
  }

 private:
  Hunhandle* handle_ = nullptr;
};

// Token codes: 3 bytes, the first with the high bit set and the others
// without, so codes never match across each other's boundaries. Id 0 is
// the gap code for a run of tokens no pattern contains.
constexpr std::size_t kCodeBytes = 3;

// Equal bytes, with fixed-size loads for the short strings tokens are: a
// call into memcmp per token showed in the profile.
bool SameBytes(const char* a, const char* b, std::size_t n) {
  const auto load64 = [](const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  const auto load32 = [](const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  };
  if (n >= 8) {
    for (; n > 8; a += 8, b += 8, n -= 8) {
      if (load64(a) != load64(b)) return false;
    }
    return load64(a + n - 8) == load64(b + n - 8);
  }
  if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

void WriteCode(char* out, std::uint32_t id) {
  out[0] = static_cast<char>(0x80 | (id >> 14));
  out[1] = static_cast<char>((id >> 7) & 0x7F);
  out[2] = static_cast<char>(id & 0x7F);
}

void AppendCode(std::string& out, std::uint32_t id) {
  char code[kCodeBytes];
  WriteCode(code, id);
  out.append(code, kCodeBytes);
}

std::string Trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

const char* PatternKindName(PatternKind kind) {
  switch (kind) {
    case PatternKind::kName:
      return "name";
    case PatternKind::kNickname:
      return "nickname";
    case PatternKind::kPair:
      return "pair";
    case PatternKind::kSlogan:
      return "slogan";
    case PatternKind::kSloganPart:
      return "slogan_part";
    case PatternKind::kHashtag:
      return "hashtag";
    case PatternKind::kAccount:
      return "account";
    case PatternKind::kGroup:
      return "group";
    case PatternKind::kParty:
      return "party";
    case PatternKind::kDescriptor:
      return "descriptor";
    case PatternKind::kBallotPhrase:
      return "ballot_phrase";
    case PatternKind::kBallotSign:
      return "ballot_sign";
    case PatternKind::kRegion:
      return "region";
    case PatternKind::kOtherRegion:
      return "other_region";
    case PatternKind::kCue:
      return "cue";
  }
  return "name";
}

std::string Matcher::AccountKey(std::string_view target) {
  std::string key;
  key.reserve(target.size());
  bool space = false;
  for (char c : target) {
    if (c == ' ' || c == '\t') {
      space = !key.empty();
      continue;
    }
    if (space) key.push_back(' ');
    space = false;
    key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return key;
}

const std::vector<PatternRef>& Matcher::LookupAccount(std::string_view target) const {
  static const std::vector<PatternRef> kNone;
  if (target.empty() || target.size() > kMaxLexiconPatternBytes) return kNone;
  const auto it = accounts_.find(AccountKey(target));
  return it == accounts_.end() ? kNone : it->second;
}

Result<std::unique_ptr<Matcher>> Matcher::Build(const Lexicon& lexicon,
                                                const Normalizer& normalizer) {
  std::unique_ptr<Matcher> m(new Matcher());
  m->lexicon_ = lexicon;
  std::unordered_map<std::string, std::uint32_t> index;
  auto add = [&](const std::string& normalized, PatternRef ref) {
    auto [it, inserted] =
        index.emplace(normalized, static_cast<std::uint32_t>(m->patterns_.size()));
    if (inserted) m->patterns_.push_back(PatternInfo{normalized, {}});
    auto& refs = m->patterns_[it->second].refs;
    for (const PatternRef& r : refs) {
      if (r.kind == ref.kind && r.contest == ref.contest && r.candidate == ref.candidate &&
          r.number == ref.number) {
        return;
      }
    }
    refs.push_back(ref);
  };

  const CommonWords dictionary;
  int max_number = 0;
  for (std::size_t ci = 0; ci < lexicon.contests.size(); ++ci) {
    const LexiconContest& lc = lexicon.contests[ci];
    for (std::size_t k = 0; k < lc.candidates.size(); ++k) {
      const Candidate& cand = lc.candidates[k];
      max_number = std::max(max_number, cand.number);
      const std::string where_id = "kontes " + lc.contest.region_code + " " + lc.contest.office +
                                   ", calon nomor " + std::to_string(cand.number);
      const std::string where_en = "contest " + lc.contest.region_code + " " + lc.contest.office +
                                   ", candidate number " + std::to_string(cand.number);
      auto add_text = [&](const std::string& raw, PatternKind kind, const char* field) -> Status {
        const std::string n = normalizer.NormalizeToString(raw);
        if (n.size() <= 1) {
          return Status(ErrorCode::kInvalidArgument,
                        where_id + ", " + field + ": pola '" + raw +
                            "' kosong setelah normalisasi (tidak ada huruf atau angka)",
                        where_en + ", " + field + ": pattern '" + raw +
                            "' is empty after normalization (no letters or digits)");
        }
        PatternRef ref{kind, static_cast<std::int32_t>(ci), static_cast<std::int32_t>(k),
                       cand.number};
        ref.common_word = dictionary.IsCommonWord(n);
        add(n, ref);
        return Status::Ok();
      };
      // Derived forms: an honorific with the name's initial ("Gus T"), a
      // slogan's parts and first words, and any of them as a hashtag.
      auto add_derived = [&](const std::string& normalized, PatternKind kind) {
        add(normalized, PatternRef{kind, static_cast<std::int32_t>(ci),
                                   static_cast<std::int32_t>(k), cand.number});
      };
      auto hashtag_form = [&](std::string_view raw) {
        std::string tag = "#";
        for (char c : raw) {
          if (std::isalnum(static_cast<unsigned char>(c)) ||
              static_cast<unsigned char>(c) >= 0x80) {
            tag.push_back(c);
          }
        }
        return tag.size() > 1 ? normalizer.NormalizeToString(tag) : std::string();
      };
      auto words = [](const std::string& normalized) {
        std::vector<std::string> out;
        std::size_t p = 1;
        while (p < normalized.size()) {
          const std::size_t q = normalized.find(' ', p);
          if (q == std::string::npos || q == p) break;
          out.push_back(normalized.substr(p, q - p));
          p = q + 1;
        }
        return out;
      };
      auto derive_name = [&](const std::string& raw) {
        const std::vector<std::string> w = words(normalizer.NormalizeToString(raw));
        if (w.size() >= 2 && w.back().size() >= 3 &&
            std::isalpha(static_cast<unsigned char>(w.back()[0]))) {
          std::string initial = " ";
          for (std::size_t i = 0; i + 1 < w.size(); ++i) initial += w[i] + " ";
          initial += w.back().substr(0, 1) + " ";
          add_derived(initial, PatternKind::kNickname);
        }
        if (w.size() >= 2) {
          const std::string tag = hashtag_form(raw);
          if (tag.size() > 2) add_derived(tag, PatternKind::kHashtag);
        }
      };
      auto derive_all = [&] {
        for (std::size_t i = 1; i < cand.head.size(); ++i) derive_name(cand.head[i]);
        for (std::size_t i = 1; i < cand.deputy.size(); ++i) derive_name(cand.deputy[i]);
        for (const auto& p : cand.pair) {
          const std::string tag = hashtag_form(p);
          if (tag.size() > 2) add_derived(tag, PatternKind::kHashtag);
        }
        for (const auto& slogan : cand.slogans) {
          std::vector<std::string_view> parts = {slogan};
          std::size_t start = 0;
          if (slogan.find(',') != std::string::npos) {
            while (start <= slogan.size()) {
              std::size_t comma = slogan.find(',', start);
              if (comma == std::string::npos) comma = slogan.size();
              parts.push_back(std::string_view(slogan).substr(start, comma - start));
              start = comma + 1;
            }
          }
          for (std::size_t i = 0; i < parts.size(); ++i) {
            const std::string n = normalizer.NormalizeToString(parts[i]);
            const std::vector<std::string> w = words(n);
            if (w.size() < 2) continue;
            if (i > 0) add_derived(n, PatternKind::kSlogan);
            const std::string tag = hashtag_form(parts[i]);
            if (tag.size() > 2) add_derived(tag, PatternKind::kSlogan);
            if (w.size() >= 3 && i <= 1) {
              add_derived(" " + w[0] + " " + w[1] + " ", PatternKind::kSloganPart);
            }
          }
        }
      };
      for (std::size_t i = 0; i < cand.head.size(); ++i) {
        NETRA_RETURN_IF_ERROR(
            add_text(cand.head[i], i == 0 ? PatternKind::kName : PatternKind::kNickname, "head"));
      }
      for (std::size_t i = 0; i < cand.deputy.size(); ++i) {
        NETRA_RETURN_IF_ERROR(add_text(
            cand.deputy[i], i == 0 ? PatternKind::kName : PatternKind::kNickname, "deputy"));
      }
      for (const auto& p : cand.pair)
        NETRA_RETURN_IF_ERROR(add_text(p, PatternKind::kPair, "pair"));
      for (const auto& p : cand.slogans) {
        NETRA_RETURN_IF_ERROR(add_text(p, PatternKind::kSlogan, "slogans"));
      }
      for (const auto& p : cand.hashtags) {
        NETRA_RETURN_IF_ERROR(add_text(p, PatternKind::kHashtag, "hashtags"));
      }
      for (const auto& p : cand.parties) {
        NETRA_RETURN_IF_ERROR(add_text(p, PatternKind::kParty, "parties"));
      }
      for (const auto& p : cand.descriptors) {
        NETRA_RETURN_IF_ERROR(add_text(p, PatternKind::kDescriptor, "descriptors"));
      }
      for (const auto& a : cand.accounts) {
        const PatternRef ref{PatternKind::kAccount, static_cast<std::int32_t>(ci),
                             static_cast<std::int32_t>(k), cand.number};
        auto& refs = m->accounts_[AccountKey(a)];
        refs.push_back(ref);
        const std::size_t colon = a.find(':');
        if (a[0] == '@') {
          NETRA_RETURN_IF_ERROR(add_text(a, PatternKind::kAccount, "accounts"));
        } else if (colon != std::string::npos) {
          const bool group = a.compare(0, colon, "group") == 0;
          refs.back().kind = group ? PatternKind::kGroup : PatternKind::kAccount;
          NETRA_RETURN_IF_ERROR(add_text(a.substr(colon + 1),
                                         group ? PatternKind::kGroup : PatternKind::kAccount,
                                         "accounts"));
        }
      }
      derive_all();
    }
  }
  // Regions: the contest's own name without its prefix, the province's short
  // names, and the same name under the other prefix as a different region.
  for (std::size_t ci = 0; ci < lexicon.contests.size(); ++ci) {
    const Contest& c = lexicon.contests[ci].contest;
    const PatternRef own{PatternKind::kRegion, static_cast<std::int32_t>(ci), -1, 0};
    const PatternRef other{PatternKind::kOtherRegion, static_cast<std::int32_t>(ci), -1, 0};
    std::string name = Trimmed(normalizer.NormalizeToString(c.region_name));
    for (const char* prefix : {"kabupaten ", "kota ", "provinsi "}) {
      if (name.rfind(prefix, 0) == 0) name = name.substr(std::string_view(prefix).size());
    }
    if (!name.empty()) {
      add(" " + name + " ", own);
      if (c.office == "bupati") add(" kota " + name + " ", other);
      if (c.office == "walikota") {
        add(" kabupaten " + name + " ", other);
        add(" kab " + name + " ", other);
      }
    }
    if (c.office == "gubernur") {
      for (const auto& [code, alias] : normalizer.provinces()) {
        if (code == c.region_code) add(normalizer.NormalizeToString(alias), own);
      }
    }
  }
  static constexpr std::pair<const char*, CueClass> kCueClasses[] = {
      {"office_bupati", CueClass::kOfficeBupati},
      {"office_gubernur", CueClass::kOfficeGubernur},
      {"office_walikota", CueClass::kOfficeWalikota},
      {"incumbent", CueClass::kIncumbent},
      {"photo", CueClass::kPhoto},
      {"negation", CueClass::kNegation}};
  for (const auto& [cls, word] : normalizer.cues()) {
    for (const auto& [name, id] : kCueClasses) {
      if (cls != name) continue;
      const std::string n = normalizer.NormalizeToString(word);
      // "^no" is an emoji token the normalizer emits, not text it reads.
      add(word[0] == '^' ? " " + word + " " : n,
          PatternRef{PatternKind::kCue, -1, -1, static_cast<std::int32_t>(id)});
    }
  }

  // Ballot numbers: every number some candidate holds, as digit and as words.
  for (int num = 1; num <= max_number; ++num) {
    std::vector<std::string> forms = {std::to_string(num)};
    for (const auto& [word, value] : normalizer.number_words()) {
      if (value == num) forms.push_back(Trimmed(normalizer.NormalizeToString(word)));
    }
    const PatternRef ref{PatternKind::kBallotPhrase, -1, -1, num};
    for (const char* cue : kBallotCues) {
      for (const auto& f : forms) add(" " + std::string(cue) + " " + f + " ", ref);
    }
    for (const auto& f : forms) add(" " + f + " jari ", ref);
    add(" ^" + std::to_string(num) + " ", PatternRef{PatternKind::kBallotSign, -1, -1, num});
  }

  std::vector<std::string> literals;
  std::vector<unsigned> ids;
  NETRA_RETURN_IF_ERROR(m->Encode(literals, ids));
  if (literals.empty()) {
    return Status(ErrorCode::kInvalidArgument, "Leksikon tidak berisi pola apa pun",
                  "lexicon holds no patterns");
  }
  std::vector<const char*> exprs;
  std::vector<std::size_t> lens;
  // Every occurrence counts (a name said twice is two mentions), so no
  // HS_FLAG_SINGLEMATCH; a literal's start is its end minus its length, so
  // no HS_FLAG_SOM_LEFTMOST either.
  const std::vector<unsigned> flags(literals.size(), 0);
  for (const std::string& literal : literals) {
    exprs.push_back(literal.data());
    lens.push_back(literal.size());
  }
  hs_compile_error_t* err = nullptr;
  const std::clock_t compile_start = std::clock();
  const hs_error_t rc = hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                                             static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK,
                                             nullptr, &m->db_, &err);
  m->compile_seconds_ = static_cast<double>(std::clock() - compile_start) / CLOCKS_PER_SEC;
  if (rc != HS_SUCCESS) {
    std::string msg = err != nullptr && err->message != nullptr ? err->message : "unknown";
    if (err != nullptr) {
      const int at = err->expression;
      if (at >= 0) msg += " (pattern '" + m->patterns_[static_cast<std::size_t>(at)].text + "')";
      hs_free_compile_error(err);
    }
    return Status(ErrorCode::kInternal, "Kompilasi vectorscan gagal: " + msg,
                  "vectorscan compile failed: " + msg);
  }
  return m;
}

Matcher::~Matcher() {
  if (db_ != nullptr) hs_free_database(db_);
}

MatchScratch::MatchScratch(MatchScratch&& other) noexcept
    : scratch_(std::exchange(other.scratch_, nullptr)),
      codes_(std::move(other.codes_)),
      code_token_(std::move(other.code_token_)),
      raw_(std::move(other.raw_)) {}

MatchScratch& MatchScratch::operator=(MatchScratch&& other) noexcept {
  if (this != &other) {
    if (scratch_ != nullptr) hs_free_scratch(scratch_);
    scratch_ = std::exchange(other.scratch_, nullptr);
    codes_ = std::move(other.codes_);
    code_token_ = std::move(other.code_token_);
    raw_ = std::move(other.raw_);
  }
  return *this;
}

MatchScratch::~MatchScratch() {
  if (scratch_ != nullptr) hs_free_scratch(scratch_);
}

Status Matcher::Encode(std::vector<std::string>& literals, std::vector<unsigned>& ids_out) {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::vector<std::uint32_t>> coded(patterns_.size());
  vocab_offset_.assign(1, 0);
  // Pattern texts are " a b " (normalizer.h): tokens between single spaces.
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    const std::string& t = patterns_[i].text;
    std::size_t p = 1;
    while (p < t.size()) {
      const std::size_t q = t.find(' ', p);
      if (q == std::string::npos || q == p) break;
      const std::string token = t.substr(p, q - p);
      auto [it, inserted] = ids.emplace(token, static_cast<std::uint32_t>(ids.size() + 1));
      if (inserted) {
        if (it->second > kTokenIdMask) {
          return Status(
              ErrorCode::kInvalidArgument,
              "Leksikon terlalu besar: lebih dari " + std::to_string(kTokenIdMask) +
                  " kata berbeda",
              "lexicon too large: more than " + std::to_string(kTokenIdMask) + " distinct words");
        }
        vocab_bytes_ += token;
        vocab_offset_.push_back(static_cast<std::uint32_t>(vocab_bytes_.size()));
      }
      coded[i].push_back(it->second);
      p = q + 1;
    }
  }
  // Cue words are the scorer's context, not lexicon entries, and among the
  // commonest words of a post ("jangan", "kabupaten"): a one-token cue is
  // reported from its token's vocabulary entry instead of by the database.
  std::vector<std::uint32_t> flags(ids.size() + 1, 0);
  cue_pattern_.assign(ids.size() + 1, 0);
  literals.clear();
  ids_out.clear();
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    const std::vector<std::uint32_t>& codes = coded[i];
    lengths_.push_back(static_cast<std::uint32_t>(codes.size()));
    ref_ranges_.push_back(RefRange{static_cast<std::uint32_t>(flat_refs_.size()),
                                   static_cast<std::uint32_t>(patterns_[i].refs.size())});
    flat_refs_.insert(flat_refs_.end(), patterns_[i].refs.begin(), patterns_[i].refs.end());
    const auto& refs = patterns_[i].refs;
    const bool cue_only = std::all_of(
        refs.begin(), refs.end(), [](const PatternRef& r) { return r.kind == PatternKind::kCue; });
    if (codes.size() == 1 && cue_only) {
      flags[codes[0]] |= kCue;
      cue_pattern_[codes[0]] = static_cast<std::uint32_t>(i);
      continue;
    }
    std::string literal;
    for (std::uint32_t id : codes) {
      AppendCode(literal, id);
      flags[id] |= kInLiteral;
    }
    literals.push_back(std::move(literal));
    ids_out.push_back(static_cast<unsigned>(i));
  }
  std::size_t slots = 16;
  while (slots * 7 < ids.size() * 10) slots *= 2;
  vocab_slots_.assign(slots, VocabSlot{});
  vocab_filter_.assign(kFilterBits / 64, 0);
  for (const auto& [token, id] : ids) {
    const std::uint64_t h = TokenHash(token);
    std::size_t k = h & (slots - 1);
    while (vocab_slots_[k].entry != 0) k = (k + 1) & (slots - 1);
    VocabSlot& slot = vocab_slots_[k];
    slot.entry = id | flags[id];
    slot.size = static_cast<std::uint16_t>(token.size());
    std::memcpy(slot.bytes, token.data(), std::min(token.size(), kInlineTokenBytes));
    const std::uint64_t bit = (h >> 12) & (kFilterBits - 1);  // as MayBeToken reads it
    vocab_filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  return Status::Ok();
}

std::uint32_t Matcher::TokenEntry(std::uint64_t hash, std::string_view token) const {
  if (!MayBeToken(hash)) return 0;
  const std::size_t mask = vocab_slots_.size() - 1;
  for (std::size_t k = hash & mask;; k = (k + 1) & mask) {
    const VocabSlot& slot = vocab_slots_[k];
    if (slot.entry == 0) return 0;
    if (slot.size != token.size()) continue;
    if (token.size() <= kInlineTokenBytes) {
      if (SameBytes(slot.bytes, token.data(), token.size())) return slot.entry;
    } else if (SameBytes(vocab_bytes_.data() + vocab_offset_[(slot.entry & kTokenIdMask) - 1],
                         token.data(), token.size())) {
      return slot.entry;
    }
  }
}

bool Matcher::EncodeText(const NormalizedText& text, MatchScratch& scratch) const {
  // Sized for the worst case up front and written through pointers: this
  // loop runs for every token of every post.
  const std::size_t n = text.tokens.size();
  scratch.codes_.resize(n * kCodeBytes);
  scratch.code_token_.resize(n);
  char* code = scratch.codes_.data();
  std::uint32_t* code_token = scratch.code_token_.data();
  std::uint32_t count = 0;
  std::uint32_t seen = 0;  // the flags of every token written
  bool gap = false;
  const std::size_t mask = vocab_slots_.size() - 1;
  for (std::size_t i = 0; i < n; ++i) {
    // The slot a later token probes, fetched while this one is encoded: a
    // national vocabulary's table does not stay in L1.
    if (i + 2 < n) {
      const std::uint64_t h = text.tokens[i + 2].hash;
      if (MayBeToken(h)) __builtin_prefetch(&vocab_slots_[h & mask]);
    }
    const std::uint32_t entry = TokenEntry(text.tokens[i].hash, text.Token(i));
    if (entry == 0 && gap) continue;
    gap = entry == 0;
    const std::uint32_t id = entry & kTokenIdMask;
    if ((entry & kCue) != 0) scratch.raw_.push_back(Match{cue_pattern_[id], count, count + 1});
    seen |= entry;
    WriteCode(code + std::size_t{count} * kCodeBytes, id);
    code_token[count++] = static_cast<std::uint32_t>(i);
  }
  scratch.codes_.resize(std::size_t{count} * kCodeBytes);
  scratch.code_token_.resize(count);
  return (seen & kInLiteral) != 0;
}

namespace {

struct ScanContext {
  const std::uint32_t* lengths;
  std::vector<Match>* out;
};

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to,
            unsigned int /*flags*/, void* ctx) {
  auto* c = static_cast<ScanContext*>(ctx);
  const auto end = static_cast<std::uint32_t>(to / kCodeBytes);
  c->out->push_back(Match{id, end - c->lengths[id], end});
  return 0;
}

}  // namespace

void Matcher::Prepare(MatchScratch& scratch) const {
  // Grows a scratch made for another database; a no-op when it fits.
  const hs_error_t rc = hs_alloc_scratch(db_, &scratch.scratch_);
  if (rc == HS_NOMEM) throw std::bad_alloc();
  if (rc != HS_SUCCESS) {
    std::fprintf(stderr, "netra: vectorscan hs_alloc_scratch failed (%d)\n", rc);
    std::abort();
  }
}

void Matcher::Run(MatchScratch& scratch) const {
  if (scratch.scratch_ == nullptr) Prepare(scratch);
  ScanContext ctx{lengths_.data(), &scratch.raw_};
  const std::string& codes = scratch.codes_;
  hs_error_t rc = hs_scan(db_, codes.data(), static_cast<unsigned>(codes.size()), 0,
                          scratch.scratch_, OnMatch, &ctx);
  if (rc == HS_INVALID) {
    // A scratch made for a smaller database (nothing was reported): grow it
    // and scan again.
    Prepare(scratch);
    rc = hs_scan(db_, codes.data(), static_cast<unsigned>(codes.size()), 0, scratch.scratch_,
                 OnMatch, &ctx);
  }
  if (rc != HS_SUCCESS) {
    // Only misuse (a scratch in use by another thread) gets here.
    std::fprintf(stderr, "netra: vectorscan hs_scan failed (%d)\n", rc);
    std::abort();
  }
}

void Matcher::Scan(const NormalizedText& text, MatchScratch& scratch,
                   std::vector<Match>& out) const {
  out.clear();
  scratch.raw_.clear();
  if (EncodeText(text, scratch)) Run(scratch);
  Finish(scratch, scratch.raw_.data(), scratch.raw_.data() + scratch.raw_.size(), out);
}

void Matcher::Finish(const MatchScratch& scratch, Match* first, Match* last,
                     std::vector<Match>& out) const {
  if (first == last) return;
  std::sort(first, last, [](const Match& a, const Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Drop matches inside a longer one ("tsabit" inside "gus tsabit"). Codes
  // are in token order and no match holds a gap code, so this is the same
  // on codes as on tokens.
  Match* o = first;
  std::uint32_t reach = 0;
  for (Match* i = first; i != last; ++i) {
    if (o != first && i->end <= reach && !(i->begin == o[-1].begin && i->end == o[-1].end)) {
      continue;
    }
    if (o != first && i->begin < o[-1].end) {
      // Overlapping phrases for the same number ("salam dua" + "dua jari")
      // are one mention.
      const PatternRef& a = patterns_[o[-1].pattern].refs.front();
      const PatternRef& b = patterns_[i->pattern].refs.front();
      if (a.kind == b.kind && a.number == b.number && a.contest == b.contest &&
          a.candidate == b.candidate) {
        o[-1].end = std::max(o[-1].end, i->end);
        reach = std::max(reach, i->end);
        continue;
      }
    }
    reach = std::max(reach, i->end);
    *o++ = *i;
  }
  const std::vector<std::uint32_t>& token = scratch.code_token_;
  for (Match* m = first; m != o; ++m) {
    out.push_back(Match{m->pattern, token[m->begin], token[m->end - 1] + 1});
  }
}

}  // namespace netra::scan
