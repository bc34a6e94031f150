#include "demo/demo_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "demo/detail/catalog.h"
#include "demo/detail/names.h"
#include "demo/detail/rng.h"

namespace netra {
namespace {

using demo::detail::AgencySpec;
using demo::detail::FunctionalSpec;
using demo::detail::NameStyle;
using demo::detail::Rng;
using demo::detail::Titles;
using demo::detail::Track;
using demo::detail::UnitRow;
using Words = std::span<const std::string_view>;

// Shares of a region's employees by where they work, after the fixed heads.
// Teachers are about half of a regency's ASN and health workers about a
// fifth (BKN statistics by jabatan); the rest staff the offices.
constexpr double kEducationShare = 0.46;
constexpr double kPuskesmasShare = 0.15;
constexpr double kHospitalShare = 0.07;
constexpr double kAdministratorShare = 0.02;
constexpr double kSupervisorShare = 0.04;

// The workforce is drawn as of min(today's year, this year): the same people
// and NIPs come out whenever `netra demo` runs from 2025 on, so running it
// again updates rather than duplicates, while no date lies after "today".
constexpr int kLatestAsOfYear = 2025;

// PNS golongan/ruang, index 0 = I/a ... 16 = IV/e (domain.md §5.4).
constexpr std::array<std::string_view, 17> kPnsGolongan = {
    "I/a",   "I/b",   "I/c",   "I/d",  "II/a", "II/b", "II/c", "II/d", "III/a",
    "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"};
constexpr int kIIa = 4, kIIc = 6, kIIIa = 8, kIIIb = 9, kIIIc = 10, kIIId = 11, kIVa = 12,
              kIVb = 13, kIVc = 14, kIVd = 15;
// PPPK golongan I..XVII (Perpres 11/2024), index = number - 1.
constexpr std::array<std::string_view, 17> kRoman = {"I",    "II",   "III", "IV",  "V",   "VI",
                                                     "VII",  "VIII", "IX",  "X",   "XI",  "XII",
                                                     "XIII", "XIV",  "XV",  "XVI", "XVII"};

// Highest education, which fixes the PNS entry golongan (SMA II/a, D3 II/c,
// S1/D4 III/a, S2 or a profession such as dokter III/b) and the PPPK golongan
// (V, VII, IX, X).
enum class Edu { kSma, kD3, kS1, kS2 };

int PnsEntry(Edu edu) {
  switch (edu) {
    case Edu::kSma:
      return kIIa;
    case Edu::kD3:
      return kIIc;
    case Edu::kS1:
      return kIIIa;
    case Edu::kS2:
      return kIIIb;
  }
  return kIIa;
}

int PppkGolongan(Edu edu) {  // a 1-based Roman numeral
  switch (edu) {
    case Edu::kSma:
      return 5;
    case Edu::kD3:
      return 7;
    case Edu::kS1:
      return 9;
    case Edu::kS2:
      return 10;
  }
  return 5;
}

// Jenjang of a jabatan fungsional from the PNS golongan it carries.
std::string_view Jenjang(Track track, int golongan) {
  if (track == Track::kAhli) {
    if (golongan <= kIIIb) return "Ahli Pertama";
    if (golongan <= kIIId) return "Ahli Muda";
    if (golongan <= kIVc) return "Ahli Madya";
    return "Ahli Utama";
  }
  if (golongan <= kIIa) return "Pemula";
  if (golongan < kIIIa) return "Terampil";
  if (golongan <= kIIIb) return "Mahir";
  return "Penyelia";
}

int DaysInMonth(int year, int month) {
  for (int d = 31; d > 28; --d) {
    if (IsValidCivilDate(year, month, d)) return d;
  }
  return 28;
}

// "KABUPATEN PROBOLINGGO" (idn-area-data 3.x) -> "Kabupaten Probolinggo";
// names already in mixed case are kept as they are.
std::string NormalizeName(std::string_view name) {
  const bool has_lower = std::any_of(
      name.begin(), name.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  std::string out(name);
  if (has_lower) return out;
  bool word_start = true;
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    c = static_cast<char>(word_start ? std::toupper(u) : std::tolower(u));
    word_start = c == ' ' || c == '-' || c == '(' || c == '/';
  }
  return out;
}

// Naming styles and local usage of each demo region.
struct RegionProfile {
  double javanese = 1, madurese = 0, lampung = 0;  // name-style weights
  bool personnel_is_bkd = false;                   // "Badan Kepegawaian Daerah" instead of BKPSDM
  bool school_number_first = false;  // Lampung "SD Negeri 1 X", East Java "SD Negeri X 1"
  std::string_view local_language = "Bahasa Jawa";
  std::string_view non_asn_suffix;  // Lumajang calls its monthly contract staff TKB
};

RegionProfile ProfileFor(std::string_view code) {
  RegionProfile p;
  if (code.starts_with("18")) {  // Lampung: Lampung families and Javanese transmigrants
    p.javanese = 0.45;
    p.lampung = 0.55;
    p.school_number_first = true;
    p.local_language = "Bahasa Lampung";
  } else if (code == "35.13" || code == "35.74") {  // the Madurese-speaking tapal kuda
    p.javanese = 0.5;
    p.madurese = 0.5;
  } else if (code == "35.08") {
    p.javanese = 0.65;
    p.madurese = 0.35;
    p.personnel_is_bkd = true;  // seed:003: "Kepala BKD Lumajang"
    p.non_asn_suffix = " (TKB)";
  } else if (code.starts_with("35")) {
    p.javanese = 0.8;
    p.madurese = 0.2;
  }
  return p;
}

// What sort of post heads a unit, read from the unit's name.
enum class Rank { kNone, kJpt, kAdministrator, kSupervisor, kLurah };

Rank RankOf(std::string_view name) {
  if (name.starts_with("Asisten ")) return Rank::kJpt;
  if (name.starts_with("Sekretariat") || name.starts_with("Bagian ") ||
      name.starts_with("Bidang ") || name.starts_with("Inspektur Pembantu")) {
    return Rank::kAdministrator;
  }
  if (name.starts_with("Subbagian ") || name.starts_with("Subbidang ") ||
      name.starts_with("Seksi ")) {
    return Rank::kSupervisor;
  }
  if (name.starts_with("Kelurahan ")) return Rank::kLurah;
  return Rank::kNone;
}

struct District {
  std::string code;
  std::string name;
  std::vector<const Region*> villages;
};

struct UnitInfo {
  std::size_t agency;  // index into RegionBuilder::agencies_
  std::string code;
  std::string name;
  std::string parent_name;
  Rank rank = Rank::kNone;
  std::string region_code;  // where its staff work; "" = the agency's
};

struct AgencyInfo {
  std::string code;
  std::string spec_code;  // "DINKES"; "KEC" for a kecamatan office
  std::string base_name;  // "Dinas Kesehatan", "Kecamatan Kraksaan"
  std::string head_title;
  std::string staff_region;  // region_code of its employees
  double weight = 0;         // share of the general staff
  double male_share = 0.5;
  std::span<const FunctionalSpec> functional;
  Words degrees;
  std::vector<std::size_t> staff_units;  // units general staff are placed in
};

// One region's worth of everything, built into `out`.
class RegionBuilder {
 public:
  RegionBuilder(const DemoOptions& options, const Region& regency, std::vector<District> districts,
                std::unordered_map<std::string, int>& nip_sequences, DemoData& out)
      : options_(options),
        as_of_(std::min(options.today.year, kLatestAsOfYear)),
        rng_(Rng::Derive(options.seed, regency.code)),
        regency_code_(regency.code),
        region_name_(NormalizeName(regency.name)),
        kota_(regency.code.size() == 5 && regency.code[3] >= '7'),
        profile_(ProfileFor(regency.code)),
        districts_(std::move(districts)),
        nip_sequences_(nip_sequences),
        out_(out) {
    short_name_ = region_name_;
    for (std::string_view prefix : {"Kabupaten ", "Kota "}) {
      if (short_name_.starts_with(prefix)) short_name_ = short_name_.substr(prefix.size());
    }
  }

  Status Build() {
    BuildStructure();
    const int n = options_.employees_per_region;
    const Budget budget = PlanBudget(n);
    if (budget.general < 0) {
      int minimum = n;
      while (PlanBudget(minimum).general < 0) ++minimum;
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("employees_per_region {} is too small for {} ({}): its agency "
                                "heads, camat, lurah, schools and puskesmas need at least {}",
                                n, region_name_, regency_code_, minimum));
    }
    FlushStructure(budget);
    StaffHeads();
    StaffManagers(budget);
    StaffSchools(budget.education);
    StaffPuskesmas(budget.puskesmas);
    StaffHospital(budget.hospital);
    StaffGeneral(budget.general);
    return Status::Ok();
  }

  const std::string& region_name() const { return region_name_; }
  bool kota() const { return kota_; }
  std::string PersonnelAgencyCode() const {
    return regency_code_ + (profile_.personnel_is_bkd ? ".BKD" : ".BKPSDM");
  }
  std::string_view PersonnelShortName() const {
    return profile_.personnel_is_bkd ? "BKD" : "BKPSDM";
  }

 private:
  struct Budget {
    int fixed = 0;
    int education = 0;
    int puskesmas = 0;
    int hospital = 0;
    int administrators = 0;
    int supervisors = 0;
    int general = 0;
    int sd = 0;
    int smp = 0;
  };

  // A post to fill: everything Hire needs to make a consistent person.
  struct Post {
    EmployeeType type = EmployeeType::kPns;
    PositionCategory position = PositionCategory::kPelaksana;
    std::string title;        // final title, or the functional base ("Perawat")
    bool functional = false;  // append the jenjang to `title`
    std::string head_of;      // "Kepala Sekolah": title becomes "Kepala Sekolah (Guru Ahli Madya)"
    Track track = Track::kAhli;
    Edu edu = Edu::kS1;
    int golongan_lo = -1;  // PNS target range; -1 = follow years of service
    int golongan_hi = -1;
    int golongan_cap = kIIId;
    int retirement = 58;  // batas usia pensiun: 58, or 60 for JPT and ahli-track fungsional
    std::string_view prefix;
    std::string_view degree;
    double master_chance = 0;
    double male_share = 0.5;
    char gender = 0;  // forced when set
  };

  // ---- structure ----

  std::size_t AddAgency(std::string spec_code, std::string code, std::string_view kind,
                        std::string name, std::string base_name, std::string head_title,
                        std::string staff_region) {
    Agency a;
    a.code = std::move(code);
    a.kind = std::string(kind);
    a.name = std::move(name);
    a.region_code = regency_code_;
    agency_rows_.push_back(std::move(a));
    AgencyInfo info;
    info.code = agency_rows_.back().code;
    info.spec_code = std::move(spec_code);
    info.base_name = std::move(base_name);
    info.head_title = std::move(head_title);
    info.staff_region = std::move(staff_region);
    agencies_.push_back(std::move(info));
    return agencies_.size() - 1;
  }

  std::size_t AddUnit(std::size_t agency, std::string code, std::string name,
                      const std::string& parent_code, std::string region_code = {}) {
    UnitInfo u;
    u.agency = agency;
    u.rank = RankOf(name);
    u.code = std::move(code);
    u.name = std::move(name);
    u.region_code = std::move(region_code);
    if (!parent_code.empty()) u.parent_name = units_[unit_index_.at(Key(agency, parent_code))].name;
    unit_index_[Key(agency, u.code)] = units_.size();
    unit_rows_.push_back({agencies_[agency].code, u.code, parent_code, u.name});
    units_.push_back(std::move(u));
    return units_.size() - 1;
  }

  static std::string Key(std::size_t agency, const std::string& code) {
    return std::to_string(agency) + "/" + code;
  }

  // Adds rows depth-first, joining codes with dots; returns the new indices.
  std::vector<std::size_t> AddRows(std::size_t agency, std::span<const UnitRow> rows) {
    std::vector<std::size_t> added;
    std::vector<std::string> path;  // codes of the current ancestors
    for (const UnitRow& row : rows) {
      path.resize(static_cast<std::size_t>(row.depth));
      const std::string parent = path.empty() ? std::string() : path.back();
      const std::string code =
          parent.empty() ? std::string(row.code) : parent + "." + std::string(row.code);
      added.push_back(AddUnit(agency, code, std::string(row.name), parent));
      path.push_back(code);
    }
    return added;
  }

  void BuildStructure() {
    for (const AgencySpec& spec : demo::detail::RegionalAgencies()) {
      if ((spec.scope == demo::detail::Scope::kKabupatenOnly && kota_) ||
          (spec.scope == demo::detail::Scope::kKotaOnly && !kota_)) {
        continue;
      }
      std::string code(spec.code), name(spec.name), head(spec.head_title);
      if (spec.code == demo::detail::kPersonnelCode && profile_.personnel_is_bkd) {
        code = "BKD";
        name = "Badan Kepegawaian Daerah";
        head = "Kepala Badan Kepegawaian Daerah";
      }
      const std::size_t a = AddAgency(std::string(spec.code), regency_code_ + "." + code, spec.kind,
                                      name + " " + region_name_, name, head, regency_code_);
      AgencyInfo& info = agencies_[a];
      info.weight = spec.staff_weight;
      info.male_share = spec.male_share;
      info.functional = spec.functional;
      info.degrees = spec.degrees;
      if (spec.standard_secretariat) AddRows(a, demo::detail::StandardSecretariat());
      AddRows(a, spec.units);
      for (std::size_t u = 0; u < units_.size(); ++u) {
        if (units_[u].agency == a) agencies_[a].staff_units.push_back(u);
      }
    }
    for (const District& d : districts_) {
      // The code reads district-first ("35.13.14.KEC") so a prefix search by
      // district code finds the office.
      const std::size_t a = AddAgency("KEC", d.code + ".KEC", "kecamatan", "Kecamatan " + d.name,
                                      "Kecamatan " + d.name, "Camat " + d.name, d.code);
      agencies_[a].weight = 1.5;
      agencies_[a].male_share = 0.6;
      agencies_[a].functional = demo::detail::KecamatanFunctional();
      agencies_[a].degrees = demo::detail::GeneralDegrees();
      for (std::size_t u : AddRows(a, demo::detail::KecamatanUnits(kota_))) {
        agencies_[a].staff_units.push_back(u);
      }
      for (const Region* v : d.villages) {
        const std::string_view last = std::string_view(v->code).substr(d.code.size() + 1);
        if (!last.starts_with('1')) continue;  // 1xxx kelurahan, 2xxx desa
        agencies_[a].staff_units.push_back(AddUnit(
            a, "KEL." + std::string(last), "Kelurahan " + NormalizeName(v->name), "", v->code));
      }
    }
    education_ = FindAgency(demo::detail::kEducationCode);
    health_ = FindAgency(demo::detail::kHealthCode);
    hospital_ = FindAgency(demo::detail::kHospitalCode);
    // The hospital's staff are placed by profession, not by the general draw.
    agencies_[hospital_].weight = 0;
  }

  // The catalog lists these agencies for every region (Scope::kAll).
  std::size_t FindAgency(std::string_view spec_code) const {
    for (std::size_t i = 0; i < agencies_.size(); ++i) {
      if (agencies_[i].spec_code == spec_code) return i;
    }
    return 0;
  }

  Budget PlanBudget(int n) const {
    Budget b;
    int lurah = 0, asisten = 0, admin_slots = 0, supervisor_slots = 0;
    for (const UnitInfo& u : units_) {
      lurah += u.rank == Rank::kLurah;
      asisten += u.rank == Rank::kJpt;
      admin_slots += u.rank == Rank::kAdministrator;
      supervisor_slots += u.rank == Rank::kSupervisor;
    }
    const int puskesmas = static_cast<int>(districts_.size());
    supervisor_slots += puskesmas;  // each puskesmas has a Subbagian Tata Usaha
    b.fixed = static_cast<int>(agencies_.size()) + asisten + lurah;
    b.education = static_cast<int>(std::lround(kEducationShare * n));
    const int groups = std::max(1, static_cast<int>(std::lround(b.education / 60.0)));
    b.smp = groups;
    b.sd = 6 * groups;  // SD outnumber SMP, but an SMP has about three times the staff
    while (b.sd > 1 && 2 * (b.sd + b.smp) > b.education) --b.sd;
    b.puskesmas = std::max(2 * puskesmas, static_cast<int>(std::lround(kPuskesmasShare * n)));
    b.hospital = std::max(2, static_cast<int>(std::lround(kHospitalShare * n)));
    b.administrators =
        std::min(admin_slots, static_cast<int>(std::lround(kAdministratorShare * n)));
    b.supervisors = std::min(supervisor_slots, static_cast<int>(std::lround(kSupervisorShare * n)));
    b.general =
        n - b.fixed - b.education - b.puskesmas - b.hospital - b.administrators - b.supervisors;
    if (b.education < 2 * (b.sd + b.smp)) b.general = -1;
    return b;
  }

  // Schools and puskesmas join the unit lists once the budget fixes how many.
  void FlushStructure(const Budget& b) {
    const std::size_t d_count = districts_.size();
    std::map<std::string, int> place_count;
    for (int i = 0; i < b.sd; ++i) {
      const District& d = districts_[static_cast<std::size_t>(i) % d_count];
      std::string place = d.name;
      if (!d.villages.empty()) {
        const auto round = static_cast<std::size_t>(i) / d_count;
        place = NormalizeName(d.villages[(round * 7) % d.villages.size()]->name);
      }
      const int number = ++place_count[place];
      const std::string name = profile_.school_number_first
                                   ? fmt::format("SD Negeri {} {}", number, place)
                                   : fmt::format("SD Negeri {} {}", place, number);
      schools_.push_back({AddUnit(education_, fmt::format("SD.{:03d}", i + 1), name, ""), false});
    }
    std::map<std::string, int> smp_count;
    for (int i = 0; i < b.smp; ++i) {
      // Kota number their SMP across the city; kabupaten per kecamatan.
      const District& d =
          districts_[static_cast<std::size_t>(i) * d_count / static_cast<std::size_t>(b.smp)];
      const std::string place = kota_ ? short_name_ : d.name;
      const int number = ++smp_count[place];
      schools_.push_back({AddUnit(education_, fmt::format("SMP.{:03d}", i + 1),
                                  fmt::format("SMP Negeri {} {}", number, place), ""),
                          true});
    }
    for (const District& d : districts_) {
      const std::string suffix = d.code.substr(regency_code_.size() + 1);
      const std::string code = "PKM." + suffix;
      const std::size_t pkm = AddUnit(health_, code, "UPTD Puskesmas " + d.name, "");
      AddUnit(health_, code + ".TU", "Subbagian Tata Usaha", code);
      puskesmas_.push_back(pkm);
    }
    out_.agencies.insert(out_.agencies.end(), agency_rows_.begin(), agency_rows_.end());
    out_.units.insert(out_.units.end(), unit_rows_.begin(), unit_rows_.end());
  }

  // ---- people ----

  NameStyle DrawStyle() {
    const double w[] = {profile_.javanese, profile_.madurese, profile_.lampung};
    return static_cast<NameStyle>(rng_.Weighted(w));
  }

  // Makes a person for `post`, filed under agency `a` and unit `u` (npos =
  // the agency's top).
  void Hire(const Post& post, std::size_t a, std::size_t u) {
    DemoEmployee de;
    Employee& e = de.employee;
    e.type = post.type;
    e.position = post.position;
    e.gender = post.gender != 0 ? post.gender : (rng_.Chance(post.male_share) ? 'L' : 'P');
    const NameStyle style = DrawStyle();
    std::string bare = demo::detail::PersonalName(rng_, style, e.gender);
    if (post.type == EmployeeType::kNonAsn)
      bare = UniqueNonAsnName(std::move(bare), style, e.gender, a);

    int age_now = 0;
    std::string title = post.title;
    if (post.type == EmployeeType::kPns) {
      const int entry = std::min(PnsEntry(post.edu), post.golongan_hi >= 0 ? post.golongan_hi : 99);
      const auto [a_lo, a_hi] = AgeAtEntry(post.edu);
      int service = 0, golongan = 0;
      if (post.golongan_lo >= 0) {
        golongan = rng_.Between(std::max(post.golongan_lo, entry), post.golongan_hi);
        service = std::max(1, (golongan - entry) * 4 + rng_.Between(0, 3));
        service = std::min(service, post.retirement - 1 - a_lo);
      } else {
        service = rng_.Between(1, post.retirement - 1 - a_lo);
        golongan = PromotedGolongan(entry, service, post.golongan_cap);
      }
      const int age_at_entry =
          rng_.Between(a_lo, std::max(a_lo, std::min(a_hi, post.retirement - 1 - service)));
      const int appt_year = as_of_ - service;
      const int appt_month = rng_.Between(1, 12);
      de.birth_date = DrawBirth(appt_year - age_at_entry);
      age_now = service + age_at_entry;
      e.golongan = std::string(kPnsGolongan[static_cast<std::size_t>(golongan)]);
      e.nip = Number(fmt::format("{:04d}{:02d}{:02d}{:04d}{:02d}{}", de.birth_date.year,
                                 de.birth_date.month, de.birth_date.day, appt_year, appt_month,
                                 e.gender == 'L' ? 1 : 2));
      if (post.functional) title += " " + std::string(Jenjang(post.track, golongan));
      if (!post.head_of.empty()) title = post.head_of + " (" + title + ")";
    } else if (post.type == EmployeeType::kPppk || post.type == EmployeeType::kPppkParuhWaktu) {
      const bool paruh_waktu = post.type == EmployeeType::kPppkParuhWaktu;
      // Regional PPPK intakes ran from 2021; paruh waktu appointments began
      // in 2025 (as_of_ is at least 2022, checked by GenerateDemoData).
      const int appt_year = paruh_waktu ? as_of_ : rng_.Between(2021, as_of_);
      // Many were long-serving honorer, so ages at appointment run to 50.
      const int age_at_appt =
          rng_.Between(22, std::max(22, std::min(50, 57 - (as_of_ - appt_year))));
      de.birth_date = DrawBirth(appt_year - age_at_appt);
      age_now = as_of_ - de.birth_date.year;
      e.golongan = std::string(kRoman[static_cast<std::size_t>(PppkGolongan(post.edu) - 1)]);
      // NI PPPK YYYYMMDD YYYY CC G NNN; CC as observed: 21 for PPPK, 24 for
      // paruh waktu (domain.md §5.2; its meaning is unconfirmed).
      e.nip = Number(fmt::format("{:04d}{:02d}{:02d}{:04d}{}{}", de.birth_date.year,
                                 de.birth_date.month, de.birth_date.day, appt_year,
                                 paruh_waktu ? 24 : 21, e.gender == 'L' ? 1 : 2));
      if (post.functional) {
        title += post.track == Track::kAhli ? " Ahli Pertama" : " Terampil";
      }
    } else {
      age_now = rng_.Between(20, 52);
      de.birth_date = DrawBirth(as_of_ - age_now);
      title += std::string(profile_.non_asn_suffix);
    }

    Titles titles;
    titles.prefix = post.prefix;
    titles.degree = post.degree;
    if (post.master_chance > 0 && !post.degree.empty() && rng_.Chance(post.master_chance)) {
      titles.master = demo::detail::MasterFor(rng_, post.degree);
    } else if (post.master_chance > 0 && post.prefix == "dr." && rng_.Chance(post.master_chance)) {
      titles.master = "M.Kes.";
    }
    titles.hajj = age_now >= 45 && rng_.Chance(0.25);
    e.name = demo::detail::TitledName(bare, titles, style, e.gender);
    e.position_title = std::move(title);

    const AgencyInfo& agency = agencies_[a];
    de.agency_code = agency.code;
    e.region_code = agency.staff_region;
    if (u != kTop) {
      de.unit_code = units_[u].code;
      if (!units_[u].region_code.empty()) e.region_code = units_[u].region_code;
    }
    out_.employees.push_back(std::move(de));
  }

  // The store keys people without a NIP by (agency, name), so a non-ASN name
  // must not repeat within an agency; a clash draws again, then lengthens
  // the name with another family name, then numbers it.
  std::string UniqueNonAsnName(std::string name, NameStyle style, char gender, std::size_t agency) {
    auto& taken = non_asn_names_[agency];
    for (int attempt = 0; taken.count(name) != 0; ++attempt) {
      std::string other = demo::detail::PersonalName(rng_, style, gender);
      if (attempt < 50) {
        name = std::move(other);
      } else if (attempt < 100) {
        const std::size_t space = other.rfind(' ');
        name += " " + other.substr(space == std::string::npos ? 0 : space + 1);
      } else {
        name += " " + std::to_string(attempt);
      }
    }
    taken.insert(name);
    return name;
  }

  // Regular promotion (kenaikan pangkat reguler) every four years up to
  // IV/a; above it each step needs a credit-point assessment and takes
  // longer, so most careers end at IV/a or IV/b. Some people are late.
  int PromotedGolongan(int entry, int service, int cap) {
    int golongan = entry;
    int years = service - rng_.Between(0, 3);
    for (;;) {
      const int step = golongan < kIVa ? 4 : (golongan == kIVa ? 8 : 10);
      if (golongan >= cap || years < step) break;
      years -= step;
      ++golongan;
    }
    return golongan;
  }

  static std::pair<int, int> AgeAtEntry(Edu edu) {
    switch (edu) {
      case Edu::kSma:
        return {19, 27};
      case Edu::kD3:
        return {21, 30};
      case Edu::kS1:
        return {23, 33};
      case Edu::kS2:
        return {25, 34};
    }
    return {23, 33};
  }

  CivilDate DrawBirth(int year) {
    CivilDate d;
    d.year = year;
    d.month = rng_.Between(1, 12);
    d.day = rng_.Between(1, DaysInMonth(year, d.month));
    return d;
  }

  // Adds the sequence to a 15-digit prefix: 001, or the next free number when
  // the prefix is already taken (domain.md §5.1 digits 16-18).
  std::string Number(const std::string& prefix) {
    const int seq = ++nip_sequences_[prefix];
    return fmt::format("{}{:03d}", prefix, seq);
  }

  EmployeeType DrawType(double pns, double pppk, double paruh_waktu) {
    const double w[] = {pns, pppk, paruh_waktu, std::max(0.0, 1 - pns - pppk - paruh_waktu)};
    auto type = static_cast<EmployeeType>(rng_.Weighted(w));
    // Before 2025 there were no paruh waktu posts; those people were honorer.
    if (type == EmployeeType::kPppkParuhWaktu && as_of_ < 2025) type = EmployeeType::kNonAsn;
    return type;
  }

  std::string_view DegreeFor(const AgencyInfo& a) {
    return a.degrees.empty() ? std::string_view("S.Sos.") : rng_.Pick(a.degrees);
  }

  // A structural post: JPT pratama, administrator, pengawas, camat or lurah.
  Post Manager(PositionCategory position, std::string title, int lo, int hi, const AgencyInfo& a) {
    Post p;
    p.position = position;
    p.title = std::move(title);
    p.golongan_lo = lo;
    p.golongan_hi = hi;
    p.retirement = position == PositionCategory::kJptPratama ? 60 : 58;
    p.edu =
        rng_.Chance(position == PositionCategory::kJptPratama ? 0.85 : 0.45) ? Edu::kS2 : Edu::kS1;
    // Heads mostly come from the agency's own field (a teacher heads the
    // Dinas Pendidikan): the first degree of its pool.
    p.degree = !a.degrees.empty() && rng_.Chance(0.6) ? a.degrees.front() : DegreeFor(a);
    p.master_chance = p.edu == Edu::kS2 ? 1.0 : 0.0;
    p.male_share = position == PositionCategory::kJptPratama ? 0.78 : 0.62;
    return p;
  }

  void StaffHeads() {
    for (std::size_t a = 0; a < agencies_.size(); ++a) {
      const AgencyInfo& info = agencies_[a];
      Post p;
      if (info.spec_code == "KEC") {
        p = Manager(PositionCategory::kKepalaWilayah, info.head_title, kIIId, kIVb, info);
        if (rng_.Chance(0.4)) p.degree = "S.STP.";  // IPDN graduates
        p.male_share = 0.85;
      } else {
        const bool sekda = info.spec_code == demo::detail::kSecretariatCode;
        p = Manager(PositionCategory::kJptPratama, info.head_title, sekda ? kIVc : kIVb,
                    sekda ? kIVd : kIVc, info);
        if (info.spec_code == demo::detail::kHospitalCode ||
            (info.spec_code == demo::detail::kHealthCode && rng_.Chance(0.6))) {
          p.prefix = "dr.";
          p.degree = "";
          p.edu = Edu::kS2;
          p.master_chance = 0.9;
        }
      }
      Hire(p, a, kTop);
    }
    for (std::size_t u = 0; u < units_.size(); ++u) {
      const UnitInfo& unit = units_[u];
      const AgencyInfo& info = agencies_[unit.agency];
      if (unit.rank == Rank::kJpt) {
        Hire(Manager(PositionCategory::kJptPratama, unit.name, kIVb, kIVc, info), unit.agency, u);
      } else if (unit.rank == Rank::kLurah) {
        Post p = Manager(PositionCategory::kKepalaWilayah,
                         "Lurah " + unit.name.substr(std::string_view("Kelurahan ").size()), kIIIc,
                         kIIId, info);
        Hire(p, unit.agency, u);
      }
    }
  }

  std::string ManagerTitle(const UnitInfo& unit) const {
    const AgencyInfo& a = agencies_[unit.agency];
    if (unit.name == "Sekretariat Kecamatan") return "Sekretaris Kecamatan";
    if (unit.name == "Sekretariat") return "Sekretaris " + a.base_name;
    if (unit.name.starts_with("Inspektur Pembantu")) return unit.name;
    if (unit.name == "Subbagian Tata Usaha")
      return "Kepala Subbagian Tata Usaha " + unit.parent_name;
    return "Kepala " + unit.name;
  }

  // Fills a random subset of the administrator and pengawas posts: a scaled
  // region cannot fill them all, and real ones have vacancies too.
  void StaffManagers(const Budget& b) {
    std::vector<std::size_t> admin, supervisor;
    for (std::size_t u = 0; u < units_.size(); ++u) {
      if (units_[u].rank == Rank::kAdministrator) admin.push_back(u);
      if (units_[u].rank == Rank::kSupervisor) supervisor.push_back(u);
    }
    rng_.Shuffle(admin);
    rng_.Shuffle(supervisor);
    for (int i = 0; i < b.administrators; ++i) {
      const UnitInfo& unit = units_[admin[static_cast<std::size_t>(i)]];
      Hire(Manager(PositionCategory::kAdministrator, ManagerTitle(unit), kIIId, kIVb,
                   agencies_[unit.agency]),
           unit.agency, admin[static_cast<std::size_t>(i)]);
    }
    for (int i = 0; i < b.supervisors; ++i) {
      const UnitInfo& unit = units_[supervisor[static_cast<std::size_t>(i)]];
      Hire(Manager(PositionCategory::kPengawas, ManagerTitle(unit), kIIIb, kIIId,
                   agencies_[unit.agency]),
           unit.agency, supervisor[static_cast<std::size_t>(i)]);
    }
  }

  // Functional post `title` on `track` for an ASN of `type`.
  Post Functional(EmployeeType type, std::string title, Track track, std::string_view degree,
                  double male_share) {
    Post p;
    p.type = type;
    p.position = PositionCategory::kFungsional;
    p.title = std::move(title);
    p.functional = true;
    p.track = track;
    p.male_share = male_share;
    if (track == Track::kAhli) {
      p.edu = rng_.Chance(0.08) ? Edu::kS2 : Edu::kS1;
      p.degree = degree;
      p.master_chance = p.edu == Edu::kS2 ? 1.0 : 0.0;
      p.golongan_cap = kIVc;
      p.retirement = 60;
    } else {
      p.edu = Edu::kD3;
      // A profession passes its own diploma ("A.Md.Kep."); offices the generic one.
      p.degree = degree.starts_with("A.Md") ? degree : std::string_view("A.Md.");
      p.golongan_cap = kIIId;
    }
    return p;
  }

  Post Pelaksana(EmployeeType type, const AgencyInfo& a) {
    Post p;
    p.type = type;
    p.male_share = a.male_share;
    const double w[] = {0.4, 0.15, 0.45};
    switch (rng_.Weighted(w)) {
      case 0:
        p.edu = Edu::kSma;
        p.title = "Operator Layanan Operasional";
        p.golongan_cap = kIIIb;
        break;
      case 1:
        p.edu = Edu::kD3;
        p.title = "Pengelola Layanan Operasional";
        p.degree = "A.Md.";
        p.golongan_cap = kIIIc;
        break;
      default:
        p.edu = Edu::kS1;
        p.title = "Penata Layanan Operasional";
        p.degree = DegreeFor(a);
        p.golongan_cap = kIIId;
        break;
    }
    return p;
  }

  Post NonAsn(std::string title, double male_share, Edu edu = Edu::kSma,
              std::string_view degree = {}) {
    Post p;
    p.type = EmployeeType::kNonAsn;
    p.position = PositionCategory::kNonAsn;
    p.title = std::move(title);
    p.male_share = male_share;
    p.edu = edu;
    p.degree = degree;
    return p;
  }

  void StaffSchools(int budget) {
    // Every school gets a head; the rest are spread with SMP weighing ~3x.
    std::vector<int> staff(schools_.size(), 1);
    std::vector<double> cumulative;  // binary search keeps 100k-employee regions fast
    double total = 0;
    for (const School& s : schools_) cumulative.push_back(total += s.smp ? 3.0 : 1.0);
    for (int left = budget - static_cast<int>(schools_.size()); left > 0; --left) {
      const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), rng_.Unit() * total);
      ++staff[std::min(static_cast<std::size_t>(it - cumulative.begin()), staff.size() - 1)];
    }
    static constexpr std::string_view kSmpSubjects[] = {
        "Matematika",
        "Bahasa Indonesia",
        "Bahasa Inggris",
        "Ilmu Pengetahuan Alam",
        "Ilmu Pengetahuan Sosial",
        "Pendidikan Pancasila",
        "Seni Budaya",
        "Bimbingan dan Konseling",
        "Pendidikan Agama Islam",
        "Pendidikan Jasmani, Olahraga dan Kesehatan",
        "Informatika",
        ""};
    const AgencyInfo& disdik = agencies_[education_];
    for (std::size_t s = 0; s < schools_.size(); ++s) {
      const std::size_t unit = schools_[s].unit;
      const bool smp = schools_[s].smp;
      Post head = Functional(EmployeeType::kPns, "Guru", Track::kAhli, "S.Pd.", 0.6);
      head.golongan_lo = kIVa;
      head.golongan_hi = kIVb;
      head.master_chance = 0.3;
      head.edu = Edu::kS1;
      head.head_of = "Kepala Sekolah";
      Hire(head, education_, unit);
      // Larger schools have an administrator or a caretaker, often not ASN.
      const int support = smp ? std::min(2, staff[s] / 6) : (staff[s] >= 5 ? 1 : 0);
      for (int i = 1; i < staff[s]; ++i) {
        if (i <= support) {
          const EmployeeType type = DrawType(0.2, 0.1, 0.4);
          if (type == EmployeeType::kNonAsn) {
            Hire(NonAsn(rng_.Chance(0.5) ? "Penjaga Sekolah" : "Tenaga Administrasi Sekolah", 0.7),
                 education_, unit);
          } else {
            Post p = Pelaksana(type, disdik);
            Hire(p, education_, unit);
          }
          continue;
        }
        const EmployeeType type = DrawType(0.48, 0.40, 0.06);
        std::string subject;
        std::string_view degree = "S.Pd.";
        if (smp) {
          std::string_view pick = rng_.Pick(Words(kSmpSubjects));
          subject = pick.empty() ? std::string(profile_.local_language) : std::string(pick);
          if (subject == "Informatika") degree = "S.Kom.";
          if (subject == "Pendidikan Agama Islam") degree = "S.Pd.I.";
        } else {
          const double w[] = {0.75, 0.12, 0.13};
          switch (rng_.Weighted(w)) {
            case 0:
              subject = "Kelas";
              degree = rng_.Chance(0.3) ? "S.Pd.SD." : "S.Pd.";
              break;
            case 1:
              subject = "Pendidikan Agama Islam";
              degree = "S.Pd.I.";
              break;
            default:
              subject = "Pendidikan Jasmani, Olahraga dan Kesehatan";
              break;
          }
        }
        const double female = smp ? 0.58 : 0.68;
        if (type == EmployeeType::kNonAsn) {
          Hire(NonAsn("Guru " + subject + " (Guru Tidak Tetap)", 1 - female, Edu::kS1, degree),
               education_, unit);
          continue;
        }
        Post p = Functional(type, "Guru " + subject, Track::kAhli, degree, 1 - female);
        p.master_chance = p.edu == Edu::kS2 ? 1.0 : 0.0;
        Hire(p, education_, unit);
      }
    }
  }

  // A health profession: title, the D3 degree (terampil track) and the
  // S1/profession prefix and degree (ahli track), and how often each occurs.
  struct HealthJob {
    std::string_view title;
    std::string_view d3_degree;  // "" = no D3 track
    std::string_view prefix;
    std::string_view degree;
    Edu ahli_edu;
    double d3_share;
    double female;
    double puskesmas_weight;
    double hospital_weight;
    std::string_view hospital_unit;  // unit code in the RSUD
  };

  static std::span<const HealthJob> HealthJobs() {
    static constexpr HealthJob kJobs[] = {
        {"Dokter", "", "dr.", "", Edu::kS2, 0, 0.6, 8, 7, "IGD"},
        {"Dokter Gigi", "", "drg.", "", Edu::kS2, 0, 0.7, 3, 1, "IRJA"},
        {"Dokter Spesialis", "", "dr.", "", Edu::kS2, 0, 0.45, 0, 8, "IRJA"},
        {"Perawat", "A.Md.Kep.", "Ns.", "S.Kep.", Edu::kS1, 0.55, 0.65, 27, 42, "IRNA"},
        {"Bidan", "A.Md.Keb.", "", "S.Tr.Keb.", Edu::kS1, 0.75, 1.0, 27, 8, "IRNA"},
        {"Asisten Apoteker", "A.Md.Farm.", "", "", Edu::kS1, 1, 0.75, 4, 4, "FARMASI"},
        {"Apoteker", "", "apt.", "S.Farm.", Edu::kS2, 0, 0.75, 2, 3, "FARMASI"},
        {"Nutrisionis", "A.Md.Gz.", "", "S.Gz.", Edu::kS1, 0.5, 0.85, 4, 3, "IRNA"},
        {"Sanitarian", "A.Md.KL.", "", "S.KM.", Edu::kS1, 0.5, 0.55, 4, 1, "JANGMED"},
        {"Pranata Laboratorium Kesehatan", "A.Md.AK.", "", "S.Tr.Kes.", Edu::kS1, 0.7, 0.7, 4, 4,
         "LAB"},
        {"Penyuluh Kesehatan Masyarakat", "", "", "S.KM.", Edu::kS1, 0, 0.6, 3, 0, "JANGMED"},
        {"Epidemiolog Kesehatan", "", "", "S.KM.", Edu::kS1, 0, 0.6, 1, 0, "JANGMED"},
        {"Perekam Medis", "A.Md.RMIK.", "", "", Edu::kS1, 1, 0.6, 3, 4, "IRJA"},
        {"Radiografer", "A.Md.Rad.", "", "", Edu::kS1, 1, 0.4, 0, 3, "JANGMED"},
    };
    return kJobs;
  }

  using Specialty = std::pair<std::string_view, std::string_view>;
  static constexpr Specialty kSpecialties[] = {{"Sp.PD.", "Penyakit Dalam"},
                                               {"Sp.A.", "Anak"},
                                               {"Sp.OG.", "Obstetri dan Ginekologi"},
                                               {"Sp.B.", "Bedah"},
                                               {"Sp.An.", "Anestesiologi"},
                                               {"Sp.Rad.", "Radiologi"},
                                               {"Sp.N.", "Neurologi"},
                                               {"Sp.JP.", "Jantung dan Pembuluh Darah"}};

  // One health worker at agency `a`, unit `u`, of profession drawn by `weights`.
  void HireHealth(std::span<const double> weights, std::size_t a, std::size_t u, bool hospital) {
    const AgencyInfo& info = agencies_[a];
    const EmployeeType type = DrawType(0.55, 0.30, 0.09);
    if (rng_.Chance(0.1)) {  // administration and support
      if (hospital) u = unit_index_.at(Key(a, rng_.Chance(0.5) ? "UMKEU.UMPEG" : "UMKEU.KEU"));
      if (type == EmployeeType::kNonAsn) {
        static constexpr std::string_view kSupport[] = {"Pengemudi Ambulans", "Petugas Kebersihan",
                                                        "Tenaga Administrasi", "Petugas Keamanan"};
        Hire(NonAsn(std::string(rng_.Pick(Words(kSupport))), 0.6), a, u);
      } else {
        Hire(Pelaksana(type, info), a, u);
      }
      return;
    }
    const HealthJob& job = HealthJobs()[rng_.Weighted(weights)];
    std::size_t unit = u;
    if (hospital) unit = unit_index_.at(Key(a, std::string(job.hospital_unit)));
    const bool d3 = rng_.Chance(job.d3_share);
    if (type == EmployeeType::kNonAsn) {
      Post p = NonAsn(std::string(job.title) + " Kontrak", 1 - job.female,
                      d3 ? Edu::kD3 : job.ahli_edu, d3 ? job.d3_degree : job.degree);
      p.prefix = d3 ? std::string_view() : job.prefix;
      if (job.title == "Bidan") p.gender = 'P';
      Hire(p, a, unit);
      return;
    }
    Post p = Functional(type, std::string(job.title), d3 ? Track::kTerampil : Track::kAhli,
                        d3 ? job.d3_degree : job.degree, 1 - job.female);
    p.edu = d3 ? Edu::kD3 : job.ahli_edu;
    p.prefix = d3 ? std::string_view() : job.prefix;
    p.master_chance = 0;
    if (job.title == "Dokter Spesialis") {
      const auto& [degree, field] = rng_.Pick(std::span<const Specialty>(kSpecialties));
      p.degree = degree;
      p.title = "Dokter Spesialis " + std::string(field);
    }
    if (job.title == "Bidan") p.gender = 'P';
    Hire(p, a, unit);
  }

  void StaffPuskesmas(int budget) {
    std::vector<double> weights;
    for (const HealthJob& j : HealthJobs()) weights.push_back(j.puskesmas_weight);
    for (std::size_t pkm : puskesmas_) {
      // Heads of puskesmas are functional officials with an added duty
      // (Permenkes 43/2019): mostly doctors, otherwise public-health graduates.
      const bool doctor = rng_.Chance(0.6);
      Post head = Functional(EmployeeType::kPns, doctor ? "Dokter" : "Administrator Kesehatan",
                             Track::kAhli, doctor ? "" : "S.KM.", 0.55);
      head.prefix = doctor ? "dr." : "";
      head.edu = doctor ? Edu::kS2 : Edu::kS1;
      head.golongan_lo = kIIId;
      head.golongan_hi = kIVb;
      head.master_chance = 0.35;
      head.head_of = "Kepala " + units_[pkm].name;
      Hire(head, health_, pkm);
    }
    const int rest = budget - static_cast<int>(puskesmas_.size());
    for (int i = 0; i < rest; ++i) {
      HireHealth(weights, health_, puskesmas_[rng_.Below(puskesmas_.size())], false);
    }
  }

  void StaffHospital(int budget) {
    std::vector<double> weights;
    for (const HealthJob& j : HealthJobs()) weights.push_back(j.hospital_weight);
    for (int i = 0; i < budget; ++i) HireHealth(weights, hospital_, kTop, true);
  }

  void StaffGeneral(int budget) {
    std::vector<double> weights;
    for (const AgencyInfo& a : agencies_) weights.push_back(a.weight);
    for (int i = 0; i < budget; ++i) {
      const std::size_t a = rng_.Weighted(weights);
      const AgencyInfo& info = agencies_[a];
      const std::size_t u = info.staff_units.empty()
                                ? kTop
                                : rng_.Pick(std::span<const std::size_t>(info.staff_units));
      const EmployeeType type = DrawType(0.52, 0.12, 0.22);
      if (type == EmployeeType::kNonAsn) {
        static constexpr std::string_view kSupport[] = {"Tenaga Pendukung Administrasi",
                                                        "Tenaga Pendukung Administrasi",
                                                        "Pramu Bakti",
                                                        "Pengemudi",
                                                        "Petugas Keamanan",
                                                        "Petugas Kebersihan"};
        Hire(NonAsn(std::string(rng_.Pick(Words(kSupport))), info.male_share), a, u);
        continue;
      }
      if (!info.functional.empty() && rng_.Chance(0.4)) {
        const FunctionalSpec& jf = rng_.Pick(info.functional);
        Track track = jf.track;
        if (track == Track::kBoth) track = rng_.Chance(0.55) ? Track::kAhli : Track::kTerampil;
        Post p = Functional(type, std::string(jf.title), track, DegreeFor(info), info.male_share);
        if (jf.title == "Medik Veteriner") {
          p.prefix = "drh.";
          p.degree = "";
        }
        if (track == Track::kTerampil && jf.title == "Polisi Pamong Praja" && rng_.Chance(0.5)) {
          p.edu = Edu::kSma;
          p.degree = "";
        }
        Hire(p, a, u);
      } else {
        Hire(Pelaksana(type, info), a, u);
      }
    }
  }

  struct School {
    std::size_t unit;
    bool smp;
  };

  static constexpr std::size_t kTop = static_cast<std::size_t>(-1);

  const DemoOptions& options_;
  const int as_of_;  // the year the workforce is drawn as of
  Rng rng_;
  std::string regency_code_;
  std::string region_name_;
  std::string short_name_;
  bool kota_;
  RegionProfile profile_;
  std::vector<District> districts_;
  std::unordered_map<std::string, int>& nip_sequences_;
  DemoData& out_;

  std::vector<Agency> agency_rows_;
  std::vector<DemoUnit> unit_rows_;
  std::vector<AgencyInfo> agencies_;
  std::vector<UnitInfo> units_;
  std::unordered_map<std::string, std::size_t> unit_index_;
  std::vector<School> schools_;
  std::vector<std::size_t> puskesmas_;
  std::unordered_map<std::size_t, std::set<std::string>> non_asn_names_;  // by agency
  std::size_t education_ = 0, health_ = 0, hospital_ = 0;
};

// What the accounts need to know about a generated region.
struct RegionSummary {
  std::string code;
  std::string name;
  std::string slug;  // "kabprobolinggo"
  bool kota = false;
  std::string personnel_code;
  std::string personnel_short;
};

std::string Slug(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (out.starts_with("kabupaten")) out = "kab" + out.substr(9);
  return out;
}

// The first employee of `agency_code` that `want` accepts, or nullptr.
template <typename Pred>
const DemoEmployee* FindEmployee(const DemoData& data, const std::string& agency_code, Pred want) {
  for (const DemoEmployee& e : data.employees) {
    if (e.agency_code == agency_code && want(e.employee)) return &e;
  }
  return nullptr;
}

void AddAccounts(const DemoOptions& options, const std::vector<RegionSummary>& regions,
                 DemoData& data) {
  Rng rng(Rng::Derive(options.seed, "accounts"));
  // People outside the regional workforce (Bawaslu, BKN, the regent) get
  // fictional names drawn here.
  auto person = [&rng](NameStyle style, const Titles& titles) {
    const char gender = rng.Chance(0.6) ? 'L' : 'P';
    return demo::detail::TitledName(demo::detail::PersonalName(rng, style, gender), titles, style,
                                    gender);
  };
  auto from_employee = [&data](Role role, std::string username, std::string description,
                               const std::string& region, const DemoEmployee* e) {
    DemoAccount acc;
    acc.role = role;
    acc.username = std::move(username);
    acc.description = std::move(description);
    acc.region_code = region;
    if (e != nullptr) {
      acc.display_name = e->employee.name;
      acc.employee_nip = e->employee.nip;
    }
    data.accounts.push_back(std::move(acc));
  };
  auto fictional = [&data](Role role, std::string username, std::string display,
                           std::string description, std::string region) {
    DemoAccount acc;
    acc.role = role;
    acc.username = std::move(username);
    acc.display_name = std::move(display);
    acc.description = std::move(description);
    acc.region_code = std::move(region);
    data.accounts.push_back(std::move(acc));
  };
  auto operator_of = [&data](const RegionSummary& r) {
    // An HR operator is usually a PNS analyst or administrative officer.
    const DemoEmployee* e = FindEmployee(data, r.personnel_code, [](const Employee& x) {
      return x.type == EmployeeType::kPns && (x.position == PositionCategory::kPelaksana ||
                                              x.position == PositionCategory::kFungsional);
    });
    if (e == nullptr) {
      e = FindEmployee(data, r.personnel_code, [](const Employee&) { return true; });
    }
    return e;
  };

  const RegionSummary& r = regions.front();
  from_employee(Role::kAsn, "asn." + r.slug, "Guru PNS, Dinas Pendidikan " + r.name, r.code,
                FindEmployee(data, r.code + "." + std::string(demo::detail::kEducationCode),
                             [](const Employee& x) {
                               return x.type == EmployeeType::kPns &&
                                      x.position_title.starts_with("Guru");
                             }));
  from_employee(Role::kOperatorInstansi, "operator." + r.slug,
                "Operator " + r.personnel_short + " " + r.name, r.code, operator_of(r));
  fictional(Role::kPengawas, "pengawas." + r.slug,
            person(NameStyle::kJavanese, {"", "S.H.", "", false}),
            "Staf Penanganan Pelanggaran, Bawaslu " + r.name, r.code);
  fictional(Role::kPenilai, "penilai.bkn",
            person(NameStyle::kJavanese, {"", "S.Psi.", "M.Si.", false}),
            "Penilai netralitas ASN, Badan Kepegawaian Negara", "");
  fictional(
      Role::kPpk, "ppk." + r.slug, person(NameStyle::kMadurese, {"", "S.E.", "M.M.", true}),
      std::string(r.kota ? "Wali Kota" : "Bupati") + ", Pejabat Pembina Kepegawaian " + r.name,
      r.code);
  from_employee(
      Role::kAuditor, "auditor." + r.slug, "Inspektur, Inspektorat " + r.name, r.code,
      FindEmployee(data, r.code + "." + std::string(demo::detail::kInspectorateCode),
                   [](const Employee& x) { return x.position == PositionCategory::kJptPratama; }));
  fictional(Role::kAdmin, "admin", person(NameStyle::kJavanese, {"", "S.Kom.", "", false}),
            "Administrator sistem Netra", "");
  for (std::size_t i = 1; i < regions.size(); ++i) {
    from_employee(Role::kOperatorInstansi, "operator." + regions[i].slug,
                  "Operator " + regions[i].personnel_short + " " + regions[i].name, regions[i].code,
                  operator_of(regions[i]));
  }
}

}  // namespace

Result<DemoData> GenerateDemoData(const DemoOptions& options, std::span<const Region> regions) {
  const CivilDate& today = options.today;
  if (!IsValidCivilDate(today.year, today.month, today.day) || today.year < 2022 ||
      today.year > 2100) {
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("today {:04d}-{:02d}-{:02d} is not a date from 2022 on (the demo "
                              "describes a workforce after the first PPPK intakes)",
                              today.year, today.month, today.day));
  }
  if (options.employees_per_region <= 0) {
    return Status(ErrorCode::kInvalidArgument, "employees_per_region must be positive");
  }
  if (options.region_codes.empty()) {
    return Status(ErrorCode::kInvalidArgument, "no region codes requested");
  }

  // Index only what the requested regions need, so a caller may pass all
  // 91,000 rows of idn-area-data.
  std::map<std::string, const Region*> regency;
  for (const std::string& code : options.region_codes) {
    if (regency.count(code) != 0) {
      return Status(ErrorCode::kInvalidArgument, fmt::format("region {} requested twice", code));
    }
    regency[code] = nullptr;
  }
  std::map<std::string, std::vector<const Region*>> children;  // parent code -> rows
  for (const Region& r : regions) {
    if (auto it = regency.find(r.code); it != regency.end()) it->second = &r;
    const std::string parent = ParentRegionCode(r.code);
    if (r.code.size() == 8 && regency.count(parent) != 0) children[parent].push_back(&r);
  }
  for (const Region& r : regions) {
    if (r.code.size() != 13) continue;
    const std::string parent = ParentRegionCode(r.code);
    if (children.count(ParentRegionCode(parent)) != 0) children[parent].push_back(&r);
  }

  DemoData data;
  std::unordered_map<std::string, int> nip_sequences;
  std::vector<RegionSummary> summaries;
  for (const std::string& code : options.region_codes) {
    const Region* reg = regency[code];
    auto level = ParseRegionCode(code);
    if (reg == nullptr || !level.ok() || *level != RegionLevel::kRegency) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("region {} is not a regency/city among the regions given", code));
    }
    std::vector<District> districts;
    auto& rows = children[code];
    std::sort(rows.begin(), rows.end(),
              [](const Region* a, const Region* b) { return a->code < b->code; });
    for (const Region* d : rows) {
      District district{d->code, NormalizeName(d->name), children[d->code]};
      std::sort(district.villages.begin(), district.villages.end(),
                [](const Region* a, const Region* b) { return a->code < b->code; });
      districts.push_back(std::move(district));
    }
    if (districts.empty()) {
      return Status(ErrorCode::kInvalidArgument,
                    fmt::format("region {} has no districts among the regions given", code));
    }
    RegionBuilder builder(options, *reg, std::move(districts), nip_sequences, data);
    NETRA_RETURN_IF_ERROR(builder.Build());
    summaries.push_back({code, builder.region_name(), Slug(builder.region_name()), builder.kota(),
                         builder.PersonnelAgencyCode(), std::string(builder.PersonnelShortName())});
  }
  AddAccounts(options, summaries, data);
  return data;
}

}  // namespace netra
