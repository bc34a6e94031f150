#include "scan/scanner.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "domain/region.h"

namespace netra::scan {
namespace {

// FNV-1a over a feature's parts; the model's index is its low bits.
class FeatureHash {
 public:
  explicit FeatureHash(char kind) { Add(kind); }
  FeatureHash& Add(char c) {
    h_ = (h_ ^ static_cast<unsigned char>(c)) * 16777619u;
    return *this;
  }
  FeatureHash& Add(std::string_view s) {
    for (char c : s) Add(c);
    return Add('\x1f');
  }
  std::uint32_t Index() const { return (h_ ^ (h_ >> 18)) & (LinearModel::kDim - 1); }

 private:
  std::uint32_t h_ = 2166136261u;
};

std::uint32_t F(char kind, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
  FeatureHash h(kind);
  h.Add(a);
  if (!b.empty()) h.Add(b);
  if (!c.empty()) h.Add(c);
  return h.Index();
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

// The placeholder a match stands for in the feature token stream, or nullptr
// if its words are generic (cues, descriptors) and stay.
const char* MatchPlaceholder(const PatternInfo& p) {
  const char* fallback = nullptr;
  for (const PatternRef& r : p.refs) {
    if (CandidateSpecific(r.kind)) return Placeholder(r.kind);
    if (fallback == nullptr) fallback = Placeholder(r.kind);
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
    for (const PatternRef& r : m.pattern(x.pattern).refs) {
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
  s->accounts_ = std::move(accounts);
  for (int k = 0; k < kPatternKindCount; ++k) {
    const char* name = PatternKindName(static_cast<PatternKind>(k));
    s->match_features_.kind[k] = F('k', name);
    s->match_features_.common[k] = F('k', name, "common");
    s->match_features_.caps[k] = F('K', name);
    s->match_features_.lower[k] = F('L', name);
  }
  for (int c = 0; c < kCueClassCount; ++c) {
    s->match_features_.cue[c] = F('q', "cue", std::string(1, static_cast<char>('0' + c)));
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
    }
  }
  s->account_contests_.resize(s->accounts_.size());
  s->accounts_.ForEach([&](const MonitoredAccount& a) {
    std::vector<int> contests;
    std::string code = a.region;
    while (!code.empty()) {
      if (const auto it = by_region.find(code); it != by_region.end()) {
        contests.insert(contests.end(), it->second.begin(), it->second.end());
      }
      code = ParentRegionCode(code);
    }
    s->account_contests_[s->accounts_.IndexOf(a)] = std::move(contests);
  });
  return s;
}

void Scanner::Featurize(std::string_view original, const NormalizedText& norm,
                        const std::vector<Match>& matches, char prefix, ScanScratch& scratch,
                        std::vector<std::uint32_t>& out) const {
  auto& toks = scratch.tokens;
  auto& ph = scratch.placeholder;
  toks.clear();
  ph.clear();
  const auto n = static_cast<std::uint32_t>(norm.tokens.size());
  std::size_t mi = 0;
  for (std::uint32_t k = 0; k < n;) {
    while (mi < matches.size() && matches[mi].begin < k) ++mi;
    if (mi < matches.size() && matches[mi].begin == k) {
      const Match& m = matches[mi];
      const PatternInfo& info = matcher_->pattern(m.pattern);
      if (const char* name = MatchPlaceholder(info); name != nullptr) {
        toks.emplace_back(name);
        ph.push_back(1);
        k = m.end;
        ++mi;
        continue;
      }
    }
    std::string_view tok = norm.Token(k);
    if (tok.size() <= 2 &&
        std::all_of(tok.begin(), tok.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      tok = "<num>";
    } else if (tok[0] >= '0' && tok[0] <= '9') {
      tok = "<bignum>";
    }
    toks.push_back(tok);
    ph.push_back(0);
    ++k;
  }
  // Every token feature starts with its kind and the field: hash that prefix
  // once per field and continue from a copy (the same indices as F).
  const std::string_view field(&prefix, 1);
  const FeatureHash unigram = FeatureHash('u').Add(field);
  const FeatureHash bigram = FeatureHash('b').Add(field);
  const FeatureHash context = FeatureHash('c').Add(field);
  std::string_view prev = "<s>";
  for (std::size_t i = 0; i < toks.size(); ++i) {
    out.push_back(FeatureHash(unigram).Add(toks[i]).Index());
    out.push_back(FeatureHash(bigram).Add(prev).Add(toks[i]).Index());
    prev = toks[i];
    if (ph[i]) {
      const std::size_t lo = i >= 3 ? i - 3 : 0;
      const std::size_t hi = std::min(toks.size(), i + 4);
      for (std::size_t j = lo; j < hi; ++j) {
        if (j != i && !ph[j]) out.push_back(FeatureHash(context).Add(toks[j]).Index());
      }
    }
  }
  if (!toks.empty()) out.push_back(FeatureHash(bigram).Add(prev).Add("</s>").Index());
  for (const Match& m : matches) {
    const PatternInfo& info = matcher_->pattern(m.pattern);
    const auto first = static_cast<std::size_t>(info.refs.front().kind);
    if (info.refs.front().common_word) out.push_back(match_features_.common[first]);
    for (const PatternRef& r : info.refs) {
      out.push_back(r.kind == PatternKind::kCue
                        ? match_features_.cue[static_cast<std::size_t>(r.number % kCueClassCount)]
                        : match_features_.kind[static_cast<std::size_t>(r.kind)]);
    }
    const std::uint32_t b = norm.tokens[m.begin].src_begin;
    const std::uint32_t e = norm.tokens[m.end - 1].src_end;
    out.push_back(IsAllCaps(original.substr(b, e - b)) ? match_features_.caps[first]
                                                       : match_features_.lower[first]);
  }
}

void Scanner::Resolve(const std::vector<PatternRef>& target_refs,
                      const std::vector<int>* account_contests, ScanScratch& scratch,
                      EventAnalysis& out) const {
  const Lexicon& lex = matcher_->lexicon();
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
  if (account_contests != nullptr) {
    for (const int c : *account_contests) add(cs, c, 1.0);
  }
  double office_bonus[3] = {0, 0, 0};  // bupati, gubernur, walikota
  int numbers[16];
  int n_numbers = 0;
  bool incumbent_cue = false;
  auto visit = [&](const std::vector<Match>& matches) {
    for (const Match& m : matches) {
      const PatternInfo& info = matcher_->pattern(m.pattern);
      const double share = 1.0 / static_cast<double>(info.refs.size());
      for (const PatternRef& r : info.refs) {
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
      const auto& cands = lex.contests[static_cast<std::size_t>(c)].candidates;
      for (std::size_t k = 0; k < cands.size(); ++k) {
        if (cands[k].number == numbers[i]) {
          add(ks, offset_[static_cast<std::size_t>(c)] + static_cast<int>(k),
              1.0 + 0.5 * std::max(v, 0.0));
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

Status Scanner::Analyze(const Event& event, ScanScratch& scratch, EventAnalysis& out) const {
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
  if (textless) return Status::Ok();
  out.scorable = true;
  const MonitoredAccount* account = accounts_.Find(event.account);
  const std::vector<int>* account_contests = nullptr;
  if (account != nullptr) {
    const std::vector<int>& contests = account_contests_[accounts_.IndexOf(*account)];
    if (!contests.empty()) account_contests = &contests;
  }
  normalizer_->Normalize(event.text, scratch.norm);
  matcher_->Scan(scratch.norm, scratch.matches);
  Featurize(event.text, scratch.norm, scratch.matches, 't', scratch, out.features);
  if (!event.shared_text.empty()) {
    normalizer_->Normalize(event.shared_text, scratch.shared_norm);
    matcher_->Scan(scratch.shared_norm, scratch.shared_matches);
    Featurize(event.shared_text, scratch.shared_norm, scratch.shared_matches, 's', scratch,
              out.features);
    out.features.push_back(F('e', "shared_text"));
  }
  if (!out.interaction) Resolve(target_refs, account_contests, scratch, out);

  auto& f = out.features;
  f.push_back(F('e', "bias"));
  f.push_back(F('e', "kind", EventKindName(event.kind)));
  if (account == nullptr) {
    f.push_back(F('e', "acct", "unlinked"));
  } else {
    const bool inside_any = account_contests != nullptr;
    f.push_back(F('e', "acct", inside_any ? "inside_lexicon" : "outside_lexicon"));
    if (out.contest >= 0) {
      const auto& region =
          matcher_->lexicon().contests[static_cast<std::size_t>(out.contest)].contest.region_code;
      f.push_back(F('e', "reg", RegionWithin(account->region, region) ? "same" : "other"));
    }
  }
  f.push_back(
      F('e', "res", out.candidate >= 0 ? "candidate" : (out.contest >= 0 ? "contest" : "none")));
  if (!event.target.empty()) {
    f.push_back(F('e', "target", target_refs.empty() ? "other" : "lexicon"));
  }
  // Distinct candidates named: news and neutral listings name several.
  int named[64];
  int n_named = 0;
  int numbers = 0;
  for (const auto* list : {&scratch.matches, &scratch.shared_matches}) {
    for (const Match& m : *list) {
      for (const PatternRef& r : matcher_->pattern(m.pattern).refs) {
        if (r.kind == PatternKind::kBallotPhrase || r.kind == PatternKind::kBallotSign) {
          ++numbers;
        } else if (CandidateSpecific(r.kind) && n_named < 64) {
          const int key = r.contest * 64 + r.candidate;
          if (std::find(named, named + n_named, key) == named + n_named) named[n_named++] = key;
        }
      }
    }
  }
  static constexpr const char* kCounts[] = {"0", "1", "2", "3"};
  f.push_back(F('e', "named", kCounts[std::min(n_named, 3)]));
  f.push_back(F('e', "numbers", kCounts[std::min(numbers, 3)]));
  if (scratch.matches.empty() && scratch.shared_matches.empty()) f.push_back(F('e', "nomatch"));
  if (event.kind == EventKind::kPost && out.candidate >= 0 &&
      HasCue(*matcher_, scratch.matches, CueClass::kPhoto)) {
    for (const Match& m : scratch.matches) {
      const PatternKind k = matcher_->pattern(m.pattern).refs.front().kind;
      if (k == PatternKind::kName || k == PatternKind::kNickname || k == PatternKind::kPair) {
        out.photo = true;
      }
    }
  }
  return Status::Ok();
}

Status Scanner::TokenStream(const Event& event, ScanScratch& scratch, std::string& out) const {
  out.clear();
  out += "k:";
  out += EventKindName(event.kind);
  std::vector<std::uint32_t> unused;
  auto field = [&](const std::string& text, const char* prefix) -> Status {
    normalizer_->Normalize(text, scratch.norm);
    matcher_->Scan(scratch.norm, scratch.matches);
    Featurize(text, scratch.norm, scratch.matches, 't', scratch, unused);
    for (const std::string_view tok : scratch.tokens) {
      out += ' ';
      out += prefix;
      out += tok;
    }
    return Status::Ok();
  };
  NETRA_RETURN_IF_ERROR(field(event.text, ""));
  if (!event.shared_text.empty()) NETRA_RETURN_IF_ERROR(field(event.shared_text, "s:"));
  return Status::Ok();
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
  auto spans = [&](const std::vector<Match>& matches, const NormalizedText& norm,
                   const std::string& original, const char* field) {
    for (const Match& m : matches) {
      const PatternKind k = matcher_->pattern(m.pattern).refs.front().kind;
      if (!CandidateSpecific(k) && k != PatternKind::kParty && k != PatternKind::kDescriptor) {
        continue;
      }
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
  if (!scratch.norm.text.empty()) spans(scratch.matches, scratch.norm, event.text, "text");
  if (!scratch.shared_norm.text.empty()) {
    spans(scratch.shared_matches, scratch.shared_norm, event.shared_text, "shared_text");
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

Result<std::optional<Alert>> Scanner::ScanEvent(const Event& event, ScanScratch& scratch) const {
  EventAnalysis analysis;
  NETRA_RETURN_IF_ERROR(Analyze(event, scratch, analysis));
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
