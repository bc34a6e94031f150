// Scanner benchmark (issue 5 point 8): generates a national-size lexicon
// (every province's governor contest and every regency/city contest, about
// 1,600 candidate pairs, all names invented) and a corpus of events, then
// times, on one core: normalize; normalize + match; normalize + match +
// features + score (the whole per-event pipeline); and the same from JSONL
// bytes through the streaming runner. It writes the corpus texts and the
// lexicon's literal patterns so bench/scan/run.sh can time
// `rg -F -i -f PATTERNS` over the same text.
//
// Usage: scan_bench [--events N] [--out DIR] [--seed S]
#include <chrono>
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
  std::vector<std::string> patterns;  // raw literal patterns for ripgrep
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
        for (const auto* list : {&c.head, &c.deputy, &c.pair, &c.slogans, &c.hashtags}) {
          for (const auto& s : *list) g.patterns.push_back(s);
        }
        g.patterns.push_back(c.accounts[0]);
        g.patterns.push_back(c.accounts[1].substr(6));
      }
      g.lexicon.contests.push_back(std::move(lc));
    }
  }
  for (const char* p : kParties) g.patterns.push_back(p);
  std::sort(g.patterns.begin(), g.patterns.end());
  g.patterns.erase(std::unique(g.patterns.begin(), g.patterns.end()), g.patterns.end());
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

double Seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

void Report(const char* stage, std::size_t events, std::size_t bytes, double s) {
  std::printf("%-44s %9.3f s %12.0f events/s %9.1f MB/s\n", stage, s, events / s, bytes / s / 1e6);
}

int Main(int argc, char** argv) {
  std::size_t n = 1000000;
  std::string out_dir = "build-scan/bench-scan";
  std::uint32_t seed = 2029;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--events") == 0) n = std::stoul(argv[i + 1]);
    if (std::strcmp(argv[i], "--out") == 0) out_dir = argv[i + 1];
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
  const auto t_compile0 = std::chrono::steady_clock::now();
  auto scanner = Scanner::Create(g.lexicon, std::move(accounts).value(), std::move(model).value());
  const auto t_compile1 = std::chrono::steady_clock::now();
  if (!scanner.ok()) {
    std::cerr << scanner.status().message_en() << "\n";
    return 1;
  }
  const Scanner& s = **scanner;
  std::printf(
      "lexicon: %zu contests, %zu candidate pairs, %zu vectorscan patterns, compiled in %.2f s\n",
      g.lexicon.contests.size(), pairs, s.matcher().pattern_count(),
      Seconds(t_compile0, t_compile1));

  const std::vector<Event> events = GenerateEvents(g, n, rng);
  std::size_t text_bytes = 0;
  {
    std::ofstream texts(out_dir + "/texts.txt", std::ios::binary);
    std::ofstream jsonl(out_dir + "/events.jsonl", std::ios::binary);
    for (const Event& e : events) {
      texts << e.text << '\n';
      jsonl << EventJson(e) << '\n';
      text_bytes += e.text.size() + 1;
    }
    std::ofstream patterns(out_dir + "/patterns.txt", std::ios::binary);
    for (const auto& p : g.patterns) patterns << p << '\n';
  }
  std::printf(
      "corpus: %zu events, %.1f MB of text (%s/texts.txt), %zu literal patterns "
      "(%s/patterns.txt)\n",
      events.size(), text_bytes / 1e6, out_dir.c_str(), g.patterns.size(), out_dir.c_str());

  ScanScratch scratch;
  std::size_t sink = 0;
  // Warm the scratch buffers so the timed loops measure steady state.
  for (std::size_t i = 0; i < std::min<std::size_t>(1000, events.size()); ++i) {
    s.normalizer().Normalize(events[i].text, scratch.norm);
  }

  auto t0 = std::chrono::steady_clock::now();
  for (const Event& e : events) {
    s.normalizer().Normalize(e.text, scratch.norm);
    sink += scratch.norm.text.size();
  }
  auto t1 = std::chrono::steady_clock::now();
  Report("normalize", events.size(), text_bytes, Seconds(t0, t1));

  // Matching alone over pre-normalized text, the stage compared with ripgrep.
  std::vector<NormalizedText> normalized(std::min<std::size_t>(events.size(), 200000));
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    s.normalizer().Normalize(events[i].text, normalized[i]);
  }
  {
    // What vectorscan sees, for comparing raw literal throughput.
    std::ofstream np(out_dir + "/normalized_patterns.txt", std::ios::binary);
    for (std::size_t i = 0; i < s.matcher().pattern_count(); ++i) {
      const std::string& t = s.matcher().pattern(static_cast<std::uint32_t>(i)).text;
      np << t.substr(1, t.size() - 2) << '\n';
    }
    std::ofstream nt(out_dir + "/normalized_texts.txt", std::ios::binary);
    for (const NormalizedText& t : normalized) nt << t.text << '\n';
  }
  std::size_t norm_bytes = 0;
  std::size_t raw_bytes = 0;
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    norm_bytes += normalized[i].text.size();
    raw_bytes += events[i].text.size() + 1;
  }
  const int rounds = static_cast<int>(std::max<std::size_t>(1, events.size() / normalized.size()));
  t0 = std::chrono::steady_clock::now();
  std::size_t matches = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const NormalizedText& t : normalized) {
      s.matcher().Scan(t, scratch.matches);
      matches += scratch.matches.size();
    }
  }
  t1 = std::chrono::steady_clock::now();
  Report("match only (vectorscan, pre-normalized)", normalized.size() * rounds, raw_bytes * rounds,
         Seconds(t0, t1));
  std::printf("  (%.1f MB/s of normalized bytes; %zu matches)\n",
              norm_bytes * rounds / Seconds(t0, t1) / 1e6, matches);

  t0 = std::chrono::steady_clock::now();
  for (const Event& e : events) {
    s.normalizer().Normalize(e.text, scratch.norm);
    s.matcher().Scan(scratch.norm, scratch.matches);
    sink += scratch.matches.size();
  }
  t1 = std::chrono::steady_clock::now();
  Report("normalize + match", events.size(), text_bytes, Seconds(t0, t1));

  EventAnalysis analysis;
  std::size_t alerts = 0;
  t0 = std::chrono::steady_clock::now();
  for (const Event& e : events) {
    if (!s.Analyze(e, scratch, analysis).ok()) return 1;
    if (analysis.interaction ||
        (analysis.scorable && s.model().Score(analysis.features) >= s.model().threshold())) {
      ++alerts;
    }
  }
  t1 = std::chrono::steady_clock::now();
  Report("normalize + match + score (verdict)", events.size(), text_bytes, Seconds(t0, t1));
  std::printf("  (%zu of %zu events flagged)\n", alerts, events.size());

  std::ifstream jsonl(out_dir + "/events.jsonl", std::ios::binary);
  const std::size_t jsonl_bytes = std::filesystem::file_size(out_dir + "/events.jsonl");
  std::ofstream null_out("/dev/null");
  std::ostringstream diag;
  RunSummary summary;
  t0 = std::chrono::steady_clock::now();
  if (!RunScan(s, jsonl, "events.jsonl", null_out, diag, summary).ok()) return 1;
  t1 = std::chrono::steady_clock::now();
  Report("JSONL in -> alerts JSONL out (runner)", summary.events, jsonl_bytes, Seconds(t0, t1));
  std::printf("  (%zu alerts written)\n", summary.alerts);
  return sink == 0 ? 1 : 0;
}

}  // namespace
}  // namespace netra::scan

int main(int argc, char** argv) { return netra::scan::Main(argc, argv); }
