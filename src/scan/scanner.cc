#include "scan/scanner.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "domain/region.h"

namespace netra::scan {
namespace {

// A feature's index in the model: the top bits of a multiplicative hash of
// a well-mixed 64-bit value (a TokenHash, or one combined with a seed).
std::uint32_t Index(std::uint64_t h) {
  return static_cast<std::uint32_t>((h * 0x9E3779B97F4A7C15ull) >> (64 - LinearModel::kDimBits));
}

// The index of a fixed feature, by name ("e:acct:unlinked").
std::uint32_t Named(std::string_view name) { return Index(TokenHash(name)); }

// Two token hashes in order, for bigrams.
std::uint64_t Pair(std::uint64_t a, std::uint64_t b) {
  return (a ^ (a >> 31)) * 0xBF58476D1CE4E5B9ull + b;
}

// Whether the pattern names a candidate (so its words never become features).
bool CandidateSpecific(PatternKind k) {
  switch (k) {
    case PatternKind::kName:
    case PatternKind::kNickname:
    case PatternKind::kPair:
    case PatternKind::kSlogan:
    case PatternKind::kSloganPart:
    case PatternKind::kHashtag:
    case PatternKind::kAccount:
    case PatternKind::kGroup:
    case PatternKind::kBallotPhrase:
    case PatternKind::kBallotSign:
      return true;
    default:
      return false;
  }
}

double EvidenceWeight(PatternKind k) {
  switch (k) {
    case PatternKind::kName:
    case PatternKind::kNickname:
    case PatternKind::kSlogan:
    case PatternKind::kHashtag:
    case PatternKind::kAccount:
    case PatternKind::kGroup:
      return 3.0;
    case PatternKind::kPair:
      return 2.5;
    case PatternKind::kSloganPart:
      return 1.5;
    case PatternKind::kParty:
      return 0.7;
    case PatternKind::kDescriptor:
      return 0.4;
    default:
      return 0.0;
  }
}

const char* Placeholder(PatternKind k) {
  switch (k) {
    case PatternKind::kName:
      return "<name>";
    case PatternKind::kNickname:
      return "<nickname>";
    case PatternKind::kPair:
      return "<pair>";
    case PatternKind::kSlogan:
      return "<slogan>";
    case PatternKind::kSloganPart:
      return "<slogan_part>";
    case PatternKind::kHashtag:
      return "<hashtag>";
    case PatternKind::kAccount:
      return "<account>";
    case PatternKind::kGroup:
      return "<group>";
    case PatternKind::kParty:
      return "<party>";
    case PatternKind::kBallotPhrase:
      return "<ballot>";
    case PatternKind::kBallotSign:
      return "<sign>";
    case PatternKind::kRegion:
      return "<region>";
    case PatternKind::kOtherRegion:
      return "<other_region>";
    default:
      return nullptr;
  }
}

// The kind whose placeholder a match stands for in the feature token stream,
// or -1 if its words are generic (cues, descriptors) and stay.
int MatchPlaceholder(std::span<const PatternRef> refs) {
  int fallback = -1;
  for (const PatternRef& r : refs) {
    if (CandidateSpecific(r.kind)) return static_cast<int>(r.kind);
    if (fallback < 0 && Placeholder(r.kind) != nullptr) fallback = static_cast<int>(r.kind);
  }
  return fallback;
}

const char* KindNameId(PatternKind k) {
  switch (k) {
    case PatternKind::kName:
      return "nama";
    case PatternKind::kNickname:
      return "nama panggilan";
    case PatternKind::kPair:
      return "nama pasangan";
    case PatternKind::kSlogan:
      return "slogan";
    case PatternKind::kSloganPart:
      return "penggalan slogan";
    case PatternKind::kHashtag:
      return "tagar";
    case PatternKind::kAccount:
      return "akun";
    case PatternKind::kGroup:
      return "grup";
    case PatternKind::kParty:
      return "partai";
    case PatternKind::kDescriptor:
      return "julukan";
    case PatternKind::kBallotPhrase:
      return "nomor urut";
    case PatternKind::kBallotSign:
      return "isyarat nomor";
    case PatternKind::kRegion:
      return "wilayah";
    case PatternKind::kCue:
      return "kata petunjuk";
    default:
      return "kata";
  }
}

bool IsAllCaps(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 2;
}

bool HasCue(const Matcher& m, const std::vector<Match>& matches, CueClass cls) {
  for (const Match& x : matches) {
    for (const PatternRef& r : m.refs(x.pattern)) {
      if (r.kind == PatternKind::kCue && r.number == static_cast<std::int32_t>(cls)) return true;
    }
  }
  return false;
}

}  // namespace

Result<std::unique_ptr<Scanner>> Scanner::Create(const Lexicon& lexicon, AccountRegistry accounts,
                                                 LinearModel model) {
  std::unique_ptr<Scanner> s(new Scanner());
  NETRA_ASSIGN_OR_RETURN(s->normalizer_, Normalizer::Create());
  NETRA_ASSIGN_OR_RETURN(s->matcher_, Matcher::Build(lexicon, *s->normalizer_));
  for (std::uint32_t id = 0; id < s->matcher_->pattern_count(); ++id) {
    s->placeholder_.push_back(static_cast<std::int8_t>(MatchPlaceholder(s->matcher_->refs(id))));
  }
  s->accounts_ = std::move(accounts);
  FixedFeatures& f = s->fixed_;
  for (int k = 0; k < kPatternKindCount; ++k) {
    const std::string name = PatternKindName(static_cast<PatternKind>(k));
    f.kind[k] = Named("k:" + name);
    f.common[k] = Named("k:" + name + ":common");
    f.caps[k] = Named("K:" + name);
    f.lower[k] = Named("L:" + name);
    if (const char* p = Placeholder(static_cast<PatternKind>(k)); p != nullptr) {
      f.placeholder[k] = TokenHash(p);
    }
  }
  for (int c = 0; c < kCueClassCount; ++c) f.cue[c] = Named("q:cue:" + std::to_string(c));
  for (int k = 0; k < 6; ++k) {
    f.event_kind[k] = Named(std::string("e:kind:") + EventKindName(static_cast<EventKind>(k)));
  }
  for (int n = 0; n < 4; ++n) {
    f.named[n] = Named("e:named:" + std::to_string(n));
    f.numbers[n] = Named("e:numbers:" + std::to_string(n));
  }
  f.bias = Named("e:bias");
  f.shared_text = Named("e:shared_text");
  f.no_match = Named("e:nomatch");
  f.unlinked = Named("e:acct:unlinked");
  f.inside_lexicon = Named("e:acct:inside_lexicon");
  f.outside_lexicon = Named("e:acct:outside_lexicon");
  f.same_region = Named("e:reg:same");
  f.other_region = Named("e:reg:other");
  f.resolved[0] = Named("e:res:none");
  f.resolved[1] = Named("e:res:contest");
  f.resolved[2] = Named("e:res:candidate");
  f.target_lexicon = Named("e:target:lexicon");
  f.target_other = Named("e:target:other");
  f.num = TokenHash("<num>");
  f.bignum = TokenHash("<bignum>");
  f.start = TokenHash("<s>");
  f.end = TokenHash("</s>");
  for (const char field : {'t', 's'}) {
    FieldSeeds& seeds = f.field[field == 't' ? 0 : 1];
    seeds.unigram = TokenHash(std::string("u:") + field);
    seeds.bigram = TokenHash(std::string("b:") + field);
    seeds.context = TokenHash(std::string("c:") + field);
  }
  s->model_ = std::move(model);
  for (const LexiconContest& lc : lexicon.contests) {
    int inc = -1;
    for (std::size_t k = 0; k < lc.candidates.size(); ++k) {
      if (lc.candidates[k].incumbent) inc = static_cast<int>(k);
    }
    s->incumbent_.push_back(inc);
    const std::string& office = lc.contest.office;
    s->office_.push_back(office == "bupati" ? 0 : office == "gubernur" ? 1 : 2);
  }
  std::unordered_map<std::string, std::vector<int>> by_region;
  for (std::size_t c = 0; c < lexicon.contests.size(); ++c) {
    s->offset_.push_back(static_cast<int>(s->flat_contest_.size()));
    by_region[lexicon.contests[c].contest.region_code].push_back(static_cast<int>(c));
    for (std::size_t k = 0; k < lexicon.contests[c].candidates.size(); ++k) {
      s->flat_contest_.push_back(static_cast<int>(c));
      s->flat_candidate_.push_back(static_cast<int>(k));
      s->flat_number_.push_back(lexicon.contests[c].candidates[k].number);
    }
  }
  s->offset_.push_back(static_cast<int>(s->flat_contest_.size()));
  std::vector<std::vector<int>> contests_of(s->accounts_.size());
  s->accounts_.ForEach([&](const MonitoredAccount& a) {
    std::vector<int>& contests = contests_of[s->accounts_.IndexOf(a)];
    for (std::string code = a.region; !code.empty(); code = ParentRegionCode(code)) {
      if (const auto it = by_region.find(code); it != by_region.end()) {
        contests.insert(contests.end(), it->second.begin(), it->second.end());
      }
    }
  });
  for (const std::vector<int>& contests : contests_of) {
    s->account_begin_.push_back(static_cast<std::uint32_t>(s->account_contest_.size()));
    s->account_contest_.insert(s->account_contest_.end(), contests.begin(), contests.end());
  }
  s->account_begin_.push_back(static_cast<std::uint32_t>(s->account_contest_.size()));
  return s;
}

void Scanner::Featurize(std::string_view original, const NormalizedText& norm,
                        const std::vector<Match>& matches, char prefix, ScanScratch& scratch,
                        std::vector<std::uint32_t>& out) const {
  auto& toks = scratch.tokens;
  auto& hashes = scratch.token_hashes;
  auto& ph = scratch.placeholder;
  toks.clear();
  hashes.clear();
  ph.clear();
  const FixedFeatures& f = fixed_;
  const auto n = static_cast<std::uint32_t>(norm.tokens.size());
  std::size_t mi = 0;
  for (std::uint32_t k = 0; k < n;) {
    while (mi < matches.size() && matches[mi].begin < k) ++mi;
    if (mi < matches.size() && matches[mi].begin == k) {
      const Match& m = matches[mi];
      if (const int kind = placeholder_[m.pattern]; kind >= 0) {
        toks.emplace_back(Placeholder(static_cast<PatternKind>(kind)));
        hashes.push_back(f.placeholder[kind]);
        ph.push_back(1);
        k = m.end;
        ++mi;
        continue;
      }
    }
    std::string_view tok = norm.Token(k);
    std::uint64_t hash = norm.tokens[k].hash;
    if (tok[0] >= '0' && tok[0] <= '9') {
      const bool small = tok.size() <= 2 && (tok.size() == 1 || (tok[1] >= '0' && tok[1] <= '9'));
      tok = small ? "<num>" : "<bignum>";
      hash = small ? f.num : f.bignum;
    }
    toks.push_back(tok);
    hashes.push_back(hash);
    ph.push_back(0);
    ++k;
  }
  const FieldSeeds& seeds = f.field[prefix == 't' ? 0 : 1];
  std::uint64_t prev = f.start;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    out.push_back(Index(seeds.unigram ^ hashes[i]));
    out.push_back(Index(seeds.bigram ^ Pair(prev, hashes[i])));
    prev = hashes[i];
    if (ph[i]) {
      const std::size_t lo = i >= 3 ? i - 3 : 0;
      const std::size_t hi = std::min(toks.size(), i + 4);
      for (std::size_t j = lo; j < hi; ++j) {
        if (j != i && !ph[j]) out.push_back(Index(seeds.context ^ hashes[j]));
      }
    }
  }
  if (!toks.empty()) out.push_back(Index(seeds.bigram ^ Pair(prev, f.end)));
  for (const Match& m : matches) {
    const std::span<const PatternRef> refs = matcher_->refs(m.pattern);
    const auto first = static_cast<std::size_t>(refs.front().kind);
    if (refs.front().common_word) out.push_back(f.common[first]);
    for (const PatternRef& r : refs) {
      out.push_back(r.kind == PatternKind::kCue
                        ? f.cue[static_cast<std::size_t>(r.number % kCueClassCount)]
                        : f.kind[static_cast<std::size_t>(r.kind)]);
    }
    const std::uint32_t b = norm.tokens[m.begin].src_begin;
    const std::uint32_t e = norm.tokens[m.end - 1].src_end;
    out.push_back(IsAllCaps(original.substr(b, e - b)) ? f.caps[first] : f.lower[first]);
  }
}

void Scanner::Resolve(const std::vector<PatternRef>& target_refs,
                      std::span<const int> account_contests, ScanScratch& scratch,
                      EventAnalysis& out) const {
  // Sparse scores: an event touches a handful of contests, never the nation.
  auto& cs = scratch.contest_score;
  auto& ks = scratch.candidate_score;
  cs.clear();
  ks.clear();
  auto add = [](std::vector<std::pair<int, double>>& v, int key, double value) {
    for (auto& p : v) {
      if (p.first == key) {
        p.second += value;
        return;
      }
    }
    v.emplace_back(key, value);
  };
  auto contest_score = [&](int c) {
    for (const auto& p : cs) {
      if (p.first == c) return p.second;
    }
    return 0.0;
  };
  for (const int c : account_contests) add(cs, c, 1.0);
  double office_bonus[3] = {0, 0, 0};  // bupati, gubernur, walikota
  int numbers[16];
  int n_numbers = 0;
  bool incumbent_cue = false;
  auto visit = [&](const std::vector<Match>& matches) {
    for (const Match& m : matches) {
      const std::span<const PatternRef> refs = matcher_->refs(m.pattern);
      const double share = 1.0 / static_cast<double>(refs.size());
      for (const PatternRef& r : refs) {
        switch (r.kind) {
          case PatternKind::kRegion:
            add(cs, r.contest, 2.0);
            break;
          case PatternKind::kOtherRegion:
            add(cs, r.contest, -3.0);
            break;
          case PatternKind::kCue: {
            const auto cls = static_cast<CueClass>(r.number);
            if (cls == CueClass::kOfficeBupati) office_bonus[0] = 1.5;
            if (cls == CueClass::kOfficeGubernur) office_bonus[1] = 1.5;
            if (cls == CueClass::kOfficeWalikota) office_bonus[2] = 1.5;
            if (cls == CueClass::kIncumbent) incumbent_cue = true;
            break;
          }
          case PatternKind::kBallotPhrase:
          case PatternKind::kBallotSign:
            if (n_numbers < 16) numbers[n_numbers++] = r.number;
            break;
          default:
            add(ks, offset_[static_cast<std::size_t>(r.contest)] + r.candidate,
                EvidenceWeight(r.kind) * share);
        }
      }
    }
  };
  visit(scratch.matches);
  visit(scratch.shared_matches);
  for (const PatternRef& r : target_refs) {
    add(ks, offset_[static_cast<std::size_t>(r.contest)] + r.candidate, 3.0);
  }
  // Candidate evidence lends weight to its contest (capped), so a ballot
  // number next to a name goes to that name's contest.
  for (const auto& [flat, v] : ks) {
    const int c = flat_contest_[static_cast<std::size_t>(flat)];
    const double have = contest_score(c);
    add(cs, c, std::min(v, std::max(0.0, 3.0 - std::max(have, 0.0))));
  }
  for (auto& [c, v] : cs) v += office_bonus[office_[static_cast<std::size_t>(c)]];
  for (int i = 0; i < n_numbers; ++i) {
    for (std::size_t j = 0; j < cs.size(); ++j) {
      const auto [c, v] = cs[j];
      const auto first = static_cast<std::size_t>(c);
      for (int flat = offset_[first]; flat < offset_[first + 1]; ++flat) {
        if (flat_number_[static_cast<std::size_t>(flat)] == numbers[i]) {
          add(ks, flat, 1.0 + 0.5 * std::max(v, 0.0));
        }
      }
    }
  }
  double best = 0;
  for (const auto& [flat, v] : ks) {
    if (v <= 0) continue;
    const int c = flat_contest_[static_cast<std::size_t>(flat)];
    const double total = v + 0.3 * contest_score(c);
    if (out.candidate < 0 || total > best) {
      best = total;
      out.contest = c;
      out.candidate = flat_candidate_[static_cast<std::size_t>(flat)];
    }
  }
  if (out.candidate >= 0) return;
  // No candidate named: the most plausible contest, and its incumbent when
  // the text speaks of continuing ("lanjutkan", "5 tahun lagi").
  double best_c = 0;
  for (const auto& [c, v] : cs) {
    if (v > best_c) {
      best_c = v;
      out.contest = c;
    }
  }
  if (incumbent_cue) {
    int pick = -1;
    double pick_score = 0;
    for (const auto& [c, v] : cs) {
      if (incumbent_[static_cast<std::size_t>(c)] >= 0 && v > pick_score) {
        pick_score = v;
        pick = c;
      }
    }
    if (pick >= 0) {
      out.contest = pick;
      out.candidate = incumbent_[static_cast<std::size_t>(pick)];
    }
  }
}

void Scanner::Analyze(const Event& event, ScanScratch& scratch, EventAnalysis& out) const {
  out.features.clear();
  out.interaction = false;
  out.contest = -1;
  out.candidate = -1;
  out.photo = false;
  out.scorable = false;
  scratch.matches.clear();
  scratch.shared_matches.clear();
  scratch.norm.text.clear();
  scratch.shared_norm.text.clear();
  const bool textless = event.kind == EventKind::kLike || event.kind == EventKind::kFollow ||
                        event.kind == EventKind::kJoinGroup;
  // Looked up once per event: the key is built on the heap for long targets.
  const std::vector<PatternRef>& target_refs = matcher_->LookupAccount(event.target);
  if ((textless || event.kind == EventKind::kShare) && !target_refs.empty()) {
    out.interaction = true;
    out.contest = target_refs.front().contest;
    out.candidate = target_refs.front().candidate;
  }
  if (textless) return;
  out.scorable = true;
  // The account's slot is fetched while the text is read: the lookup is a
  // cache miss in a national registry, the text work is not.
  accounts_.Prefetch(event.account);
  normalizer_->Normalize(event.text, scratch.norm);
  matcher_->Scan(scratch.norm, scratch.match, scratch.matches);
  Featurize(event.text, scratch.norm, scratch.matches, 't', scratch, out.features);
  if (!event.shared_text.empty()) {
    normalizer_->Normalize(event.shared_text, scratch.shared_norm);
    matcher_->Scan(scratch.shared_norm, scratch.match, scratch.shared_matches);
    Featurize(event.shared_text, scratch.shared_norm, scratch.shared_matches, 's', scratch,
              out.features);
    out.features.push_back(fixed_.shared_text);
  }
  const std::size_t account = accounts_.FindIndex(event.account);
  std::span<const int> account_contests;
  if (account != AccountRegistry::kNotFound) {
    account_contests = std::span<const int>(account_contest_)
                           .subspan(account_begin_[account],
                                    account_begin_[account + 1] - account_begin_[account]);
  }
  if (!out.interaction) Resolve(target_refs, account_contests, scratch, out);

  auto& f = out.features;
  f.push_back(fixed_.bias);
  f.push_back(fixed_.event_kind[static_cast<std::size_t>(event.kind)]);
  if (account == AccountRegistry::kNotFound) {
    f.push_back(fixed_.unlinked);
  } else {
    f.push_back(account_contests.empty() ? fixed_.outside_lexicon : fixed_.inside_lexicon);
    // The account lies in the contest's region exactly when the contest is
    // one of those holding the account's region.
    if (out.contest >= 0) {
      const bool same = std::find(account_contests.begin(), account_contests.end(), out.contest) !=
                        account_contests.end();
      f.push_back(same ? fixed_.same_region : fixed_.other_region);
    }
  }
  f.push_back(fixed_.resolved[out.candidate >= 0 ? 2 : (out.contest >= 0 ? 1 : 0)]);
  if (!event.target.empty()) {
    f.push_back(target_refs.empty() ? fixed_.target_other : fixed_.target_lexicon);
  }
  // Distinct candidates named: news and neutral listings name several.
  int named[64];
  int n_named = 0;
  int numbers = 0;
  for (const auto* list : {&scratch.matches, &scratch.shared_matches}) {
    for (const Match& m : *list) {
      for (const PatternRef& r : matcher_->refs(m.pattern)) {
        if (r.kind == PatternKind::kBallotPhrase || r.kind == PatternKind::kBallotSign) {
          ++numbers;
        } else if (CandidateSpecific(r.kind) && n_named < 64) {
          const int key = r.contest * 64 + r.candidate;
          if (std::find(named, named + n_named, key) == named + n_named) named[n_named++] = key;
        }
      }
    }
  }
  f.push_back(fixed_.named[std::min(n_named, 3)]);
  f.push_back(fixed_.numbers[std::min(numbers, 3)]);
  if (scratch.matches.empty() && scratch.shared_matches.empty()) f.push_back(fixed_.no_match);
  if (event.kind == EventKind::kPost && out.candidate >= 0 &&
      HasCue(*matcher_, scratch.matches, CueClass::kPhoto)) {
    for (const Match& m : scratch.matches) {
      const PatternKind k = matcher_->refs(m.pattern).front().kind;
      if (k == PatternKind::kName || k == PatternKind::kNickname || k == PatternKind::kPair) {
        out.photo = true;
      }
    }
  }
}

void Scanner::TokenStream(const Event& event, ScanScratch& scratch, std::string& out) const {
  out.clear();
  out += "k:";
  out += EventKindName(event.kind);
  std::vector<std::uint32_t> unused;
  auto field = [&](const std::string& text, const char* prefix) {
    normalizer_->Normalize(text, scratch.norm);
    matcher_->Scan(scratch.norm, scratch.match, scratch.matches);
    Featurize(text, scratch.norm, scratch.matches, 't', scratch, unused);
    for (const std::string_view tok : scratch.tokens) {
      out += ' ';
      out += prefix;
      out += tok;
    }
  };
  field(event.text, "");
  if (!event.shared_text.empty()) field(event.shared_text, "s:");
}

std::optional<Alert> Scanner::BuildAlert(const Event& event, const EventAnalysis& analysis,
                                         const ScanScratch& scratch) const {
  double score = 1.0;
  if (!analysis.interaction) {
    if (!analysis.scorable) return std::nullopt;
    score = model_.Score(analysis.features);
    if (score < model_.threshold()) return std::nullopt;
  }
  Alert a;
  a.event_id = event.id;
  a.account = event.account;
  a.score = score;
  a.interaction = analysis.interaction;
  const MonitoredAccount* account = accounts_.Find(event.account);
  a.unlinked = account == nullptr;
  if (account != nullptr) a.nip = account->nip;
  switch (event.kind) {
    case EventKind::kPost:
      a.code = analysis.photo ? "SOC-PHOTO" : "SOC-POST";
      break;
    case EventKind::kFollow:
    case EventKind::kJoinGroup:
      a.code = "SOC-FOLLOW";
      break;
    default:
      a.code = "SOC-LIKE";
  }
  std::string who = "pasangan calon";
  if (analysis.contest >= 0) {
    const LexiconContest& lc =
        matcher_->lexicon().contests[static_cast<std::size_t>(analysis.contest)];
    a.region = lc.contest.region_code;
    const std::string place =
        lc.contest.office + " " +
        (lc.contest.region_name.empty() ? lc.contest.region_code : lc.contest.region_name);
    if (analysis.candidate >= 0) {
      a.candidate = lc.candidates[static_cast<std::size_t>(analysis.candidate)].number;
      who = "calon nomor " + std::to_string(a.candidate) + " (" + place + ")";
    } else {
      who = "pasangan calon " + place;
    }
  }
  std::string evidence;
  // The words that point at the candidate; without any (a post that speaks
  // of continuing the incumbent, "jangan ganti nahkoda"), the context that
  // chose the contest and candidate instead: region names and the office,
  // incumbent and photo cues, so the reviewer sees what the verdict read.
  auto evidence_kind = [](const PatternRef& r, bool context) {
    if (CandidateSpecific(r.kind) || r.kind == PatternKind::kParty ||
        r.kind == PatternKind::kDescriptor) {
      return !context;
    }
    if (!context) return false;
    if (r.kind == PatternKind::kRegion) return true;
    return r.kind == PatternKind::kCue && r.number != static_cast<int>(CueClass::kNegation);
  };
  auto spans = [&](const std::vector<Match>& matches, const NormalizedText& norm,
                   const std::string& original, const char* field, bool context) {
    for (const Match& m : matches) {
      const PatternRef& ref = matcher_->refs(m.pattern).front();
      const PatternKind k = ref.kind;
      if (!evidence_kind(ref, context)) continue;
      AlertSpan s;
      s.field = field;
      s.begin = norm.tokens[m.begin].src_begin;
      s.end = norm.tokens[m.end - 1].src_end;
      s.text = original.substr(s.begin, s.end - s.begin);
      s.kind = PatternKindName(k);
      if (a.spans.size() < 3) {
        evidence +=
            std::string(evidence.empty() ? "" : ", ") + KindNameId(k) + " \"" + s.text + "\"";
      }
      a.spans.push_back(std::move(s));
    }
  };
  for (const bool context : {false, true}) {
    if (context && !a.spans.empty()) break;
    if (!scratch.norm.text.empty())
      spans(scratch.matches, scratch.norm, event.text, "text", context);
    if (!scratch.shared_norm.text.empty()) {
      spans(scratch.shared_matches, scratch.shared_norm, event.shared_text, "shared_text", context);
    }
  }
  char score_text[16];
  std::snprintf(score_text, sizeof(score_text), "%.2f", score);
  if (analysis.interaction) {
    const char* verb = event.kind == EventKind::kFollow      ? "Mengikuti"
                       : event.kind == EventKind::kJoinGroup ? "Bergabung ke"
                       : event.kind == EventKind::kLike      ? "Menyukai unggahan"
                                                             : "Membagikan unggahan";
    a.reason = std::string(verb) + " akun/grup kampanye " + event.target + " milik " + who;
  } else {
    const char* what = event.kind == EventKind::kPost      ? "Unggahan"
                       : event.kind == EventKind::kComment ? "Komentar"
                                                           : "Bagikan ulang";
    a.reason =
        std::string(what) + (analysis.photo ? " berisi foto bersama " : " berpihak pada ") + who;
    if (!evidence.empty()) a.reason += "; bukti: " + evidence;
    a.reason += "; skor " + std::string(score_text);
  }
  return a;
}

std::optional<Alert> Scanner::ScanEvent(const Event& event, ScanScratch& scratch) const {
  EventAnalysis analysis;
  Analyze(event, scratch, analysis);
  return BuildAlert(event, analysis, scratch);
}

std::string AlertToJson(const Alert& a) {
  nlohmann::ordered_json j;
  j["event_id"] = a.event_id;
  j["account"] = a.account;
  j["nip"] = a.nip.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(a.nip);
  j["code"] = a.code;
  j["region"] = a.region.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(a.region);
  j["candidate"] =
      a.candidate == 0 ? nlohmann::ordered_json() : nlohmann::ordered_json(a.candidate);
  auto spans = nlohmann::ordered_json::array();
  for (const AlertSpan& s : a.spans) {
    spans.push_back({{"field", s.field},
                     {"begin", s.begin},
                     {"end", s.end},
                     {"text", s.text},
                     {"kind", s.kind}});
  }
  j["spans"] = std::move(spans);
  j["score"] = static_cast<double>(static_cast<int>(a.score * 1000 + 0.5)) / 1000;
  j["reason"] = a.reason;
  j["unlinked"] = a.unlinked;
  j["interaction"] = a.interaction;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace netra::scan
