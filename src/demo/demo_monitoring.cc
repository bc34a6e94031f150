#include "demo/demo_monitoring.h"

#include <nlohmann/json.hpp>

#include "demo/detail/rng.h"

namespace netra {
namespace {

using demo::detail::Rng;

// {nick} nickname, {n} ballot number, {tag} hashtag, {slogan}, {pair} pair name.
constexpr const char* kSupport[] = {
    "Bismillah, {slogan}! {tag}",
    "Ayo coblos nomor {n}, {nick} pasti menang 💪 {tag}",
    "Sudah saatnya {nick} memimpin. Tgl 27 November jgn lupa pilih no {n} ya dulur",
    "Mantaaap kampanye {pair} td malam, rame bgt! {tag}",
    "Salam {n} jari ☝️ {slogan}",
    "{nick} orangnya merakyat, sdh terbukti. Lanjutkan! {tag}",
    "Yg penting {pair} menang, monggo sedulur kabeh dukung {tag}",
    "c0bl0s n0 {n} y4 b0lo, {nick} th3 b3st",
};
constexpr const char* kAttack[] = {
    "Jangan pilih {nick}, janji2nya cuma omong kosong",
    "Paslon {n} itu gak jelas programnya, mending yg lain",
};
constexpr const char* kNeutral[] = {
    "Ayo datang ke TPS tanggal 27 November, gunakan hak pilihmu dengan bijak 🗳️",
    "Apel ikrar netralitas ASN tadi pagi di pendopo. ASN harus netral, jaga kepercayaan "
    "masyarakat!",
    "KPU tetapkan nomor urut paslon bupati malam ini, semoga pilkada berjalan damai",
    "Alhamdulillah panen jagung di desa hari ini melimpah, matur nuwun Gusti",
    "Pelayanan posyandu bulan ini lancar, terima kasih kader semua",
    "Debat kandidat digelar malam ini di TV lokal, mari simak programnya dgn kepala dingin",
    "Ingat, ASN dilarang like dan share konten kampanye. Sanksinya jelas!",
    "Rapat koordinasi persiapan HUT kabupaten, semangat rekan2",
    "Hujan deras sore ini, hati2 di jalan ya",
    "Selamat hari guru untuk semua guru hebat di sekolah kami 🙏",
};
constexpr const char* kNeutralTargets[] = {"@kpu.ri", "@bawaslu.ri", "@kemenpanrb", "@bkn.go.id",
                                           "fb:Info Kecamatan"};
constexpr const char* kPlatforms[] = {"facebook", "instagram", "x", "tiktok"};

std::string Fill(std::string text, const Candidate& c) {
  auto first = [](const std::vector<std::string>& list, const std::string& fallback) {
    return list.empty() ? fallback : list.front();
  };
  const std::string nick = c.head.size() > 1 ? c.head[1] : first(c.head, "");
  const std::pair<const char*, std::string> fields[] = {
      {"{nick}", nick},
      {"{n}", std::to_string(c.number)},
      {"{tag}", first(c.hashtags, "")},
      {"{slogan}", first(c.slogans, nick)},
      {"{pair}", first(c.pair, nick)},
  };
  for (const auto& [key, value] : fields) {
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at)) {
      text.replace(at, std::string(key).size(), value);
      at += value.size();
    }
  }
  return text;
}

std::string Handle(const std::string& name, std::size_t i) {
  std::string handle = "@";
  for (char ch : name) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      handle += ch;
    } else if (ch == ' ' && handle.back() != '.') {
      handle += '.';
    }
    if (handle.size() > 24) break;
  }
  while (handle.back() == '.') handle.pop_back();
  return handle + "." + std::to_string(i + 1);
}

}  // namespace

DemoMonitoring GenerateDemoMonitoring(const Lexicon& lexicon, const std::vector<DemoPerson>& people,
                                      int accounts, int events_per_account, std::uint64_t seed) {
  DemoMonitoring out;
  Rng rng(Rng::Derive(seed, "monitoring"));
  // The contests each person's posts may be about: their regency's and province's.
  auto contests_of = [&](const std::string& region) {
    std::vector<const LexiconContest*> found;
    for (const LexiconContest& c : lexicon.contests) {
      const std::string& r = c.contest.region_code;
      if (region == r || region.rfind(r + ".", 0) == 0) found.push_back(&c);
    }
    return found;
  };
  int event_number = 0;
  std::size_t taken = 0;
  for (std::size_t i = 0; i < people.size() && taken < static_cast<std::size_t>(accounts); ++i) {
    const DemoPerson& person = people[i];
    const std::vector<const LexiconContest*> contests = contests_of(person.region_code);
    if (contests.empty()) continue;
    const char* platform = kPlatforms[rng.Below(std::size(kPlatforms))];
    MonitoredAccountRow account{
        Handle(person.name, taken), platform,          person.nip, person.name,
        person.agency_name,         person.region_code};
    ++taken;
    // A third of the accounts campaign for someone; the rest stay neutral.
    const bool partisan = rng.Chance(0.35);
    const LexiconContest& contest = *contests[rng.Below(contests.size())];
    const Candidate& favourite = contest.candidates[rng.Below(contest.candidates.size())];
    for (int e = 0; e < events_per_account; ++e) {
      nlohmann::ordered_json event;
      event["id"] = "demo-" + std::to_string(++event_number);
      event["platform"] = platform;
      event["account"] = account.account;
      const int day = 25 + static_cast<int>(rng.Below(60));  // 25 Sep .. 23 Nov 2024
      const int month = day <= 30 ? 9 : (day <= 61 ? 10 : 11);
      const int dom = day <= 30 ? day : (day <= 61 ? day - 30 : day - 61);
      char time[40];
      std::snprintf(time, sizeof time, "2024-%02d-%02dT%02d:%02d:00+07:00", month, dom,
                    rng.Between(6, 22), rng.Between(0, 59));
      event["time"] = time;
      const double roll = rng.Unit();
      if (partisan && roll < 0.45) {
        event["kind"] = "post";
        event["text"] = Fill(kSupport[rng.Below(std::size(kSupport))], favourite);
        event["target"] = nullptr;
      } else if (partisan && roll < 0.55) {
        const Candidate& rival = contest.candidates[(static_cast<std::size_t>(favourite.number) %
                                                     contest.candidates.size())];
        event["kind"] = "post";
        event["text"] = Fill(kAttack[rng.Below(std::size(kAttack))], rival);
        event["target"] = nullptr;
      } else if (partisan && roll < 0.75 && !favourite.accounts.empty()) {
        const std::string& target = favourite.accounts[rng.Below(favourite.accounts.size())];
        event["kind"] = target.rfind("group:", 0) == 0 ? "join_group"
                        : rng.Chance(0.5)              ? "follow"
                                                       : "like";
        event["text"] = "";
        event["target"] = target;
      } else if (roll < 0.85) {
        event["kind"] = rng.Chance(0.5) ? "follow" : "like";
        event["text"] = "";
        event["target"] = kNeutralTargets[rng.Below(std::size(kNeutralTargets))];
      } else {
        event["kind"] = "post";
        event["text"] = kNeutral[rng.Below(std::size(kNeutral))];
        event["target"] = nullptr;
      }
      out.events_jsonl += event.dump() + "\n";
      ++out.events;
    }
    out.accounts.push_back(std::move(account));
  }
  return out;
}

}  // namespace netra
