// Scanner benchmark (issue 5 point 8): generates a national-size lexicon
// (every province's governor contest and every regency/city contest, about
// 1,600 candidate pairs, all names invented) and a corpus of events, then
// times on one core (CPU time of the thread, best of --rounds): parse,
// normalize, match, score, the whole verdict pipeline, the streaming runner,
// and ripgrep (`rg -F -f PATTERNS`) over the same normalized text with the
// same patterns, and prints the ratio.
//
// Usage: scan_bench [--events N] [--out DIR] [--seed S] [--rounds R] [--rg PATH|none]
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "scan/event_reader.h"
#include "scan/loader.h"
#include "scan/runner.h"
#include "scan/scanner.h"

namespace netra::scan {
namespace {

constexpr const char* kSyllables[] = {
    "ba",  "di", "ra", "su", "to", "wi", "ko",   "ma",  "ni", "lu", "se",  "han", "tri", "yan",
    "dar", "mo", "ga", "pe", "ru", "sa", "ling", "wan", "ti", "jo", "kar", "nur", "fa",  "zi"};
constexpr const char* kHonorifics[] = {"Pak",  "Bu",   "Cak",   "Gus", "Mas",
                                       "Ning", "Bang", "Daeng", "Kak", "Abah"};
constexpr const char* kWords[] = {"Maju",    "Sejahtera", "Bangkit",  "Bersama", "Berdaya", "Hebat",
                                  "Mandiri", "Gemilang",  "Berseri",  "Nyata",   "Harapan", "Baru",
                                  "Rukun",   "Makmur",    "Bersinar", "Cerdas"};
constexpr const char* kParties[] = {
    "Partai Amanat Desa",    "Partai Bintang Timur", "Partai Karya",   "Partai Nusantara Raya",
    "Partai Rakyat Mandiri", "Partai Hijau",         "Partai Pelangi", "Partai Samudra"};
constexpr const char* kNeutral[] = {
    "Sarapan nasi pecel dekat pasar, sambalnya mantaaap 😋",
    "Hujan deras dari sore, warga diminta hati2 di jalan licin 🙏",
    "Rapat koordinasi stunting bersama kepala puskesmas, data harus valid.",
    "Alhamdulillah panen jagung melimpah tahun ini 🌽🌽",
    "Jangan lupa cek DPT online, pastikan nama kalian terdaftar ya rekan2",
    "Apel ikrar netralitas ASN di halaman kantor, panas tapi khidmat 🇮🇩",
    "KPU tetapkan jadwal debat kandidat pekan depan di gedung serbaguna.",
    "Anak juara 2 lomba tahfidz tingkat kecamatan, bangga tak terkira",
    "Weekend healing ke pantai bareng keluarga, ombaknya tenang 🌊",
    "Pelayanan KTP-el di kecamatan buka sampai sore hari ini",
};
constexpr const char* kSupport[] = {
    "Ayo dukung %s, pemimpin yang peduli rakyat kecil 💪",
    "Besok jangan lupa coblos %s ya lur, demi kabupaten tercinta 🔥",
    "%s jos gandos, debat semalam menang telak 👏",
    "Mampir posko pemenangan %s tadi malam, rame pol",
    "Jangan pilih %s, cuma modal janji manis 😤",
};

std::string Name(std::mt19937& rng, int syllables) {
  std::string s;
  for (int i = 0; i < syllables; ++i) s += kSyllables[rng() % std::size(kSyllables)];
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

struct Generated {
  Lexicon lexicon;
  std::vector<std::string> accounts;  // registry handles
  std::string accounts_csv;
};

Generated GenerateLexicon(std::mt19937& rng) {
  Generated g;
  g.lexicon.election = "pilkada-bench";
  std::set<std::string> used;
  auto unique_name = [&](int syl) {
    while (true) {
      std::string n = Name(rng, syl);
      if (used.insert(n).second) return n;
    }
  };
  const int provinces = 38;
  for (int p = 0; p < provinces; ++p) {
    const std::string pcode = std::to_string(11 + p);
    const int regencies = p < 14 ? 14 : 13;  // 38 provinces, 508 regencies/cities
    for (int r = -1; r < regencies; ++r) {
      LexiconContest lc;
      const std::string rname = unique_name(3);
      if (r < 0) {
        lc.contest.region_code = pcode;
        lc.contest.region_name = "Provinsi " + rname;
        lc.contest.office = "gubernur";
      } else {
        char code[16];
        std::snprintf(code, sizeof(code), "%s.%02d", pcode.c_str(), r + 1);
        lc.contest.region_code = code;
        const bool city = r % 6 == 5;
        lc.contest.region_name = (city ? "Kota " : "Kabupaten ") + rname;
        lc.contest.office = city ? "walikota" : "bupati";
      }
      const int n = 2 + static_cast<int>(rng() % 3);
      for (int k = 0; k < n; ++k) {
        Candidate c;
        c.number = k + 1;
        const std::string head = unique_name(3);
        const std::string deputy = unique_name(3);
        const std::string h1 = kHonorifics[rng() % std::size(kHonorifics)];
        const std::string h2 = kHonorifics[rng() % std::size(kHonorifics)];
        c.head = {head + " " + unique_name(4), head, h1 + " " + head};
        c.deputy = {deputy + " " + unique_name(4), deputy, h2 + " " + deputy};
        const std::string pair = Upper(head.substr(0, 2) + deputy.substr(0, 3));
        c.pair = {pair, head + "-" + deputy};
        const std::string w1 = kWords[rng() % std::size(kWords)];
        const std::string w2 = kWords[rng() % std::size(kWords)];
        c.slogans = {rname + " " + w1 + " " + w2, pair + " " + w1};
        c.hashtags = {"#" + pair + "2029", "#" + rname + w1};
        std::string handle = head;
        for (char& ch : handle)
          ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        c.accounts = {"@" + handle + ".official", "group:Relawan " + pair + " " + rname};
        c.parties = {kParties[rng() % std::size(kParties)]};
        c.incumbent = k == 0 && rng() % 2 == 0;
        lc.candidates.push_back(c);
      }
      g.lexicon.contests.push_back(std::move(lc));
    }
  }
  std::ostringstream csv;
  csv << "account,platform,nip,name,agency,region\n";
  for (int i = 0; i < 20000; ++i) {
    const LexiconContest& lc = g.lexicon.contests[rng() % g.lexicon.contests.size()];
    const std::string handle = "@asn" + std::to_string(i);
    g.accounts.push_back(handle);
    csv << handle << ",facebook,19850312201001" << (1000 + i % 9000) << ",ASN " << i << ",Dinas,"
        << lc.contest.region_code << "\n";
  }
  g.accounts_csv = csv.str();
  return g;
}

std::vector<Event> GenerateEvents(const Generated& g, std::size_t n, std::mt19937& rng) {
  std::vector<Event> out;
  out.reserve(n);
  char buf[512];
  for (std::size_t i = 0; i < n; ++i) {
    Event e;
    e.id = "b" + std::to_string(i);
    e.account = rng() % 10 < 8 ? g.accounts[rng() % g.accounts.size()]
                               : "@unknown" + std::to_string(i % 977);
    const LexiconContest& lc = g.lexicon.contests[rng() % g.lexicon.contests.size()];
    const Candidate& c = lc.candidates[rng() % lc.candidates.size()];
    const unsigned roll = rng() % 100;
    if (roll < 45) {
      e.text = kNeutral[rng() % std::size(kNeutral)];
    } else if (roll < 75) {
      const std::string& who =
          roll % 3 == 0 ? c.head[2] : (roll % 3 == 1 ? c.pair[0] : c.deputy[2]);
      std::snprintf(buf, sizeof(buf), kSupport[rng() % std::size(kSupport)], who.c_str());
      e.text = buf;
    } else if (roll < 85) {
      std::snprintf(buf, sizeof(buf), "c0bl0s n0 %d ya rekk, %s ✌️ %s", c.number,
                    c.slogans[0].c_str(), c.hashtags[1].c_str());
      e.text = buf;
    } else if (roll < 92) {
      std::snprintf(buf, sizeof(buf),
                    "Hasil undian nomor urut: 1 %s, 2 %s. Info dari KPU %s barusan.",
                    lc.candidates[0].pair[1].c_str(), lc.candidates[1].pair[1].c_str(),
                    lc.contest.region_name.c_str());
      e.text = buf;
    } else {
      e.kind = rng() % 2 ? EventKind::kFollow : EventKind::kLike;
      e.target = rng() % 2 ? c.accounts[0] : "@kpu.ri";
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::string EventJson(const Event& e) {
  nlohmann::json j;
  j["id"] = e.id;
  j["platform"] = "facebook";
  j["account"] = e.account;
  j["kind"] = EventKindName(e.kind);
  j["text"] = e.text;
  j["target"] = e.target.empty() ? nlohmann::json() : nlohmann::json(e.target);
  j["time"] = "2029-10-12T08:15:00+07:00";
  return j.dump();
}

// CPU time of this thread: the figure per core, which other processes on
// a shared machine inflate far less than wall-clock time.
double ThreadSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Runs `fn` `rounds` times and returns the least CPU time of one run.
template <typename Fn>
double Best(int rounds, Fn&& fn) {
  double best = 1e300;
  for (int r = 0; r < rounds; ++r) {
    const double t0 = ThreadSeconds();
    fn();
    best = std::min(best, ThreadSeconds() - t0);
  }
  return best;
}

// CPU time (user + system) of one run of a command, its stdout sent to
// `out`; negative if it could not run.
double ChildSeconds(const std::vector<std::string>& argv, const std::string& out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) > 1) {
    return -1;
  }
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec * 1e-6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void Row(const char* stage, double s, std::size_t events, std::size_t bytes,
         std::size_t norm_bytes = 0) {
  std::printf("%-40s %8.3f %12.0f %9.1f", stage, s, static_cast<double>(events) / s,
              static_cast<double>(bytes) / s / 1e6);
  if (norm_bytes > 0) std::printf(" %9.1f", static_cast<double>(norm_bytes) / s / 1e6);
  std::printf("\n");
}

std::string FirstLine(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

int Main(int argc, char** argv) {
  std::size_t n = 1000000;
  std::string out_dir = "build/bench-scan";
  std::string rg = "rg";
  std::uint32_t seed = 2029;
  int rounds = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--events") == 0) n = std::stoul(argv[i + 1]);
    if (std::strcmp(argv[i], "--out") == 0) out_dir = argv[i + 1];
    if (std::strcmp(argv[i], "--rg") == 0) rg = argv[i + 1];
    if (std::strcmp(argv[i], "--rounds") == 0) rounds = std::stoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--seed") == 0)
      seed = static_cast<std::uint32_t>(std::stoul(argv[i + 1]));
  }
  std::filesystem::create_directories(out_dir);
  std::mt19937 rng(seed);
  const Generated g = GenerateLexicon(rng);
  std::size_t pairs = 0;
  for (const auto& lc : g.lexicon.contests) pairs += lc.candidates.size();
  auto model = LoadModel(kDefaultModelPath);
  if (!model.ok()) {
    std::cerr << model.status().message_en() << "\n";
    return 1;
  }
  auto accounts = AccountRegistry::Parse(g.accounts_csv);
  if (!accounts.ok()) {
    std::cerr << accounts.status().message_en() << "\n";
    return 1;
  }
  const double t_compile0 = ThreadSeconds();
  auto scanner = Scanner::Create(g.lexicon, std::move(accounts).value(), std::move(model).value());
  const double t_compile1 = ThreadSeconds();
  if (!scanner.ok()) {
    std::cerr << scanner.status().message_en() << "\n";
    return 1;
  }
  const Scanner& s = **scanner;
  std::printf(
      "lexicon: %zu contests, %zu candidate pairs, %zu patterns, Scanner::Create %.2f s "
      "(vectorscan hs_compile_lit_multi %.2f s, once at start-up)\n",
      g.lexicon.contests.size(), pairs, s.matcher().pattern_count(), t_compile1 - t_compile0,
      s.matcher().compile_seconds());

  const std::vector<Event> events = GenerateEvents(g, n, rng);
  const std::string jsonl_path = out_dir + "/events.jsonl";
  const std::string texts_path = out_dir + "/normalized_texts.txt";
  const std::string patterns_path = out_dir + "/normalized_patterns.txt";
  std::size_t text_bytes = 0;
  std::size_t norm_bytes = 0;
  ScanScratch scratch;
  {
    // What the matcher reads — every event's normalized text, one per line,
    // and the lexicon's normalized patterns — for ripgrep to search.
    std::ofstream jsonl(jsonl_path, std::ios::binary);
    std::ofstream texts(texts_path, std::ios::binary);
    for (const Event& e : events) {
      jsonl << EventJson(e) << '\n';
      text_bytes += e.text.size();
      s.normalizer().Normalize(e.text, scratch.norm);
      texts << std::string_view(scratch.norm.text).substr(1) << '\n';
      norm_bytes += scratch.norm.text.size();
    }
    std::ofstream patterns(patterns_path, std::ios::binary);
    for (std::size_t i = 0; i < s.matcher().pattern_count(); ++i) {
      const std::string& t = s.matcher().pattern(static_cast<std::uint32_t>(i)).text;
      patterns << t.substr(1, t.size() - 2) << '\n';
    }
  }
  const std::size_t jsonl_bytes = std::filesystem::file_size(jsonl_path);
  std::printf("corpus: %zu events, %.1f MB of text, %.1f MB normalized, %.1f MB of JSONL (%s)\n",
              events.size(), text_bytes / 1e6, norm_bytes / 1e6, jsonl_bytes / 1e6,
              out_dir.c_str());
  std::printf("one core, CPU time of the scanning thread, best of %d runs\n\n", rounds);
  std::printf("%-40s %8s %12s %9s %9s\n", "stage", "CPU s", "events/s", "MB/s", "norm MB/s");

  std::size_t sink = 0;
  std::size_t parsed = 0;
  const double parse = Best(rounds, [&] {
    std::ifstream in(jsonl_path, std::ios::binary);
    EventReader reader(in);
    Event e;
    Status error;
    parsed = 0;
    while (reader.Next(e, error) == EventReader::Outcome::kEvent) ++parsed;
  });
  Row("parse (JSONL -> events)", parse, parsed, jsonl_bytes);

  const double normalize = Best(rounds, [&] {
    for (const Event& e : events) {
      s.normalizer().Normalize(e.text, scratch.norm);
      sink += scratch.norm.tokens.size();
    }
  });
  std::size_t matches = 0;
  const double normalize_match = Best(rounds, [&] {
    matches = 0;
    for (const Event& e : events) {
      s.normalizer().Normalize(e.text, scratch.norm);
      s.matcher().Scan(scratch.norm, scratch.match, scratch.matches);
      matches += scratch.matches.size();
    }
  });
  EventAnalysis analysis;
  std::size_t flagged = 0;
  const double full = Best(rounds, [&] {
    flagged = 0;
    for (const Event& e : events) {
      s.Analyze(e, scratch, analysis);
      if (analysis.interaction ||
          (analysis.scorable && s.model().Score(analysis.features) >= s.model().threshold())) {
        ++flagged;
      }
    }
  });
  Row("normalize", normalize, events.size(), text_bytes);
  Row("match (normalize+match minus normalize)", normalize_match - normalize, events.size(),
      text_bytes, norm_bytes);
  Row("score (full minus normalize+match)", full - normalize_match, events.size(), text_bytes);
  Row("normalize + match", normalize_match, events.size(), text_bytes);
  Row("NORMALIZE + MATCH + SCORE (verdict)", full, events.size(), text_bytes);
  std::printf("  (%zu matches, %zu of %zu events flagged)\n", matches, flagged, events.size());

  // Matching alone over text normalized beforehand, as ripgrep reads it.
  std::vector<NormalizedText> normalized(std::min<std::size_t>(events.size(), 200000));
  std::size_t sample_bytes = 0;
  std::size_t sample_norm_bytes = 0;
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    s.normalizer().Normalize(events[i].text, scratch.norm);
    normalized[i].text = scratch.norm.text;
    normalized[i].tokens = scratch.norm.tokens;
    sample_bytes += events[i].text.size();
    sample_norm_bytes += scratch.norm.text.size();
  }
  const double match_only = Best(rounds, [&] {
    for (const NormalizedText& t : normalized) {
      s.matcher().Scan(t, scratch.match, scratch.matches);
      sink += scratch.matches.size();
    }
  });
  Row("match only (pre-normalized, 200k events)", match_only, normalized.size(), sample_bytes,
      sample_norm_bytes);

  RunSummary summary;
  const double runner = Best(rounds, [&] {
    std::ifstream jsonl(jsonl_path, std::ios::binary);
    std::ofstream null_out("/dev/null");
    std::ostringstream diag;
    summary = RunSummary{};
    if (!RunScan(s, jsonl, "events.jsonl", null_out, diag, summary).ok()) std::abort();
  });
  Row("runner: JSONL in -> alerts JSONL out", runner, summary.events, jsonl_bytes);
  std::printf("  (%zu alerts written; MB/s of JSONL)\n", summary.alerts);

  if (rg == "none") return sink == 0 ? 1 : 0;
  // ripgrep over the same normalized text with the same literal patterns,
  // one thread. Its time includes building its automaton, so a run over an
  // empty file is taken off; --count-matches reports every match as the
  // matcher does, -c stops at the first match of each line.
  const std::string empty_path = out_dir + "/empty.txt";
  std::ofstream(empty_path).close();
  const std::string count_path = out_dir + "/rg.count";
  auto rg_best = [&](std::vector<std::string> args, const std::string& file) {
    args.insert(args.begin(), {rg, "-j1", "-F", "-f", patterns_path});
    args.push_back(file);
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
      const double t = ChildSeconds(args, count_path);
      if (t < 0) return -1.0;
      best = std::min(best, t);
    }
    return best;
  };
  const double rg_setup = rg_best({"-c"}, empty_path);
  const double rg_lines = rg_best({"-c"}, texts_path);
  const std::string rg_lines_out = FirstLine(count_path);
  const double rg_all = rg_best({"--count-matches"}, texts_path);
  const std::string rg_all_out = FirstLine(count_path);
  if (rg_setup < 0 || rg_lines < 0 || rg_all < 0) {
    std::fprintf(stderr, "could not run %s\n", rg.c_str());
    return 1;
  }
  std::printf("\nripgrep (%s), same normalized text, same %zu patterns, one thread:\n", rg.c_str(),
              s.matcher().pattern_count());
  std::printf("%-40s %8.3f\n", "rg -F -f PATTERNS EMPTY (setup)", rg_setup);
  Row("rg -F -c -f PATTERNS TEXT (lines)", rg_lines, events.size(), text_bytes, norm_bytes);
  Row("  minus setup", rg_lines - rg_setup, events.size(), text_bytes, norm_bytes);
  Row("rg -F --count-matches -f PATTERNS TEXT", rg_all, events.size(), text_bytes, norm_bytes);
  Row("  minus setup", rg_all - rg_setup, events.size(), text_bytes, norm_bytes);
  std::printf("  (rg: %s matching lines, %s matches)\n", rg_lines_out.c_str(), rg_all_out.c_str());
  const double match = normalize_match - normalize;
  std::printf("\nmatch stage vs ripgrep (time ratio, > 1 means the scanner is faster):\n");
  std::printf("  vs rg -c, setup included %.2fx, setup excluded %.2fx\n", rg_lines / match,
              (rg_lines - rg_setup) / match);
  std::printf("  vs rg --count-matches, setup included %.2fx, setup excluded %.2fx\n",
              rg_all / match, (rg_all - rg_setup) / match);
  // Both sides with their setup: rg builds its automaton per run, the
  // scanner compiles its database once per process.
  const double hs_compile = s.matcher().compile_seconds();
  std::printf(
      "  both setups included (match + hs compile): vs rg -c %.2fx, vs --count-matches %.2fx\n",
      rg_lines / (match + hs_compile), rg_all / (match + hs_compile));
  std::printf("  match only (pre-normalized) vs rg -c setup excluded: %.2fx\n",
              (rg_lines - rg_setup) / static_cast<double>(norm_bytes) /
                  (match_only / static_cast<double>(sample_norm_bytes)));
  std::printf("whole pipeline: %.0f events/s per core (target 1,000,000)\n",
              static_cast<double>(events.size()) / full);
  return sink == 0 ? 1 : 0;
}

}  // namespace
}  // namespace netra::scan

int main(int argc, char** argv) { return netra::scan::Main(argc, argv); }
