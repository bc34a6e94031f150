#include "demo/demo_data.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "demo/demo_cases.h"
#include "demo/detail/names.h"
#include "domain/nip.h"

namespace netra {
namespace {

// The four seed regencies and their districts as idn-area-data 4.0.1 lists
// them, plus some villages of Kota Probolinggo and Kraksaan (kelurahan 1xxx,
// desa 2xxx).
std::vector<Region> SeedRegions() {
  std::vector<Region> out;
  auto add = [&out](std::string code, std::string name, RegionLevel level) {
    Region r;
    r.parent_code = ParentRegionCode(code);
    r.code = std::move(code);
    r.name = std::move(name);
    r.level = level;
    out.push_back(std::move(r));
  };
  add("35", "Jawa Timur", RegionLevel::kProvince);
  add("18", "Lampung", RegionLevel::kProvince);
  const std::map<std::string, std::pair<std::string, std::vector<std::string>>> regencies = {
      {"35.13",
       {"Kabupaten Probolinggo",
        {"Sukapura", "Sumber",       "Kuripan",    "Bantaran",  "Leces",     "Banyuanyar",
         "Tiris",    "Krucil",       "Gading",     "Pakuniran", "Kotaanyar", "Paiton",
         "Besuk",    "Kraksaan",     "Krejengan",  "Pajarakan", "Maron",     "Gending",
         "Dringu",   "Tegalsiwalan", "Sumberasih", "Wonomerto", "Tongas",    "Lumbang"}}},
      {"35.74",
       {"Kota Probolinggo", {"Kademangan", "Wonoasih", "Mayangan", "Kanigaran", "Kedopok"}}},
      {"35.08",
       {"Kabupaten Lumajang",
        {"Tempursari",   "Pronojiwo",    "Candipuro", "Pasirian",     "Tempeh",     "Kunir",
         "Yosowilangun", "Rowokangkung", "Tekung",    "Lumajang",     "Pasrujambe", "Senduro",
         "Gucialit",     "Padang",       "Sukodono",  "Kedungjajang", "Jatiroto",   "Randuagung",
         "Klakah",       "Ranuyoso",     "Sumbersuko"}}},
      {"18.09",
       {"Kabupaten Pesawaran",
        {"Gedong Tataan", "Negeri Katon", "Tegineneng", "Way Lima", "Padang Cermin",
         "Punduh Pidada", "Kedondong", "Marga Punduh", "Way Khilau", "Teluk Pandan", "Way Ratai"}}},
  };
  for (const auto& [code, entry] : regencies) {
    add(code, entry.first, RegionLevel::kRegency);
    for (std::size_t i = 0; i < entry.second.size(); ++i) {
      add(code + (i < 9 ? ".0" : ".") + std::to_string(i + 1), entry.second[i],
          RegionLevel::kDistrict);
    }
  }
  for (auto [code, name] :
       std::vector<std::pair<std::string, std::string>>{{"35.74.01.1001", "Ketapang"},
                                                        {"35.74.01.1002", "Triwung Lor"},
                                                        {"35.74.01.1008", "Kademangan"},
                                                        {"35.74.03.1002", "Mangunharjo"},
                                                        {"35.74.03.1007", "Sukabumi"},
                                                        {"35.13.14.1003", "Semampir"},
                                                        {"35.13.14.2001", "Kregenan"},
                                                        {"35.13.14.2002", "Rondokuning"}}) {
    add(code, name, RegionLevel::kVillage);
  }
  return out;
}

const DemoData& Default() {
  static const DemoData data = [] {
    const std::vector<Region> regions = SeedRegions();
    auto result = GenerateDemoData(DemoOptions{}, regions);
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return std::move(result).value();
  }();
  return data;
}

std::string Dump(const DemoData& d) {
  std::ostringstream out;
  for (const Agency& a : d.agencies) out << a.code << '|' << a.name << '|' << a.kind << '\n';
  for (const DemoUnit& u : d.units) {
    out << u.agency_code << '|' << u.code << '|' << u.parent_code << '|' << u.name << '\n';
  }
  for (const DemoEmployee& e : d.employees) {
    const Employee& x = e.employee;
    out << x.nip.value_or("-") << '|' << x.name << '|' << EmployeeTypeName(x.type) << '|'
        << PositionCategoryName(x.position) << '|' << x.position_title << '|' << x.golongan << '|'
        << x.gender << '|' << x.region_code << '|' << e.agency_code << '|' << e.unit_code << '\n';
  }
  for (const DemoAccount& a : d.accounts) out << a.username << '|' << a.display_name << '\n';
  return out.str();
}

std::string RegencyOf(const std::string& region_code) { return region_code.substr(0, 5); }

int PnsRank(const std::string& golongan) {
  static const std::vector<std::string> kAll = {"I/a",  "I/b",  "I/c",   "I/d",   "II/a",  "II/b",
                                                "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
                                                "IV/a", "IV/b", "IV/c",  "IV/d",  "IV/e"};
  const auto it = std::find(kAll.begin(), kAll.end(), golongan);
  return it == kAll.end() ? -1 : static_cast<int>(it - kAll.begin());
}

TEST(DemoDataTest, SameSeedGivesSameDataAndAnotherSeedDiffers) {
  const std::vector<Region> regions = SeedRegions();
  auto again = GenerateDemoData(DemoOptions{}, regions);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(Dump(Default()), Dump(*again));

  DemoOptions other;
  other.seed = 7;
  auto different = GenerateDemoData(other, regions);
  ASSERT_TRUE(different.ok());
  EXPECT_NE(Dump(Default()), Dump(*different));
  // The structure does not depend on the seed, only the people do.
  EXPECT_EQ(Default().agencies.size(), different->agencies.size());
}

TEST(DemoDataTest, RunningAgainInALaterYearGivesTheSamePeople) {
  // `netra demo` upserts by NIP, so a rerun next year must not shift the
  // appointment years inside every NIP and duplicate the workforce.
  DemoOptions later;
  later.today = {2027, 3, 1};
  auto data = GenerateDemoData(later, SeedRegions());
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(Dump(Default()), Dump(*data));
}

TEST(DemoDataTest, NonAsnNamesAreUniqueWithinAnAgency) {
  // People without a NIP are stored by (agency, name); a repeat would merge
  // two people. A big region makes clashes in the name lists certain.
  DemoOptions big;
  big.region_codes = {"35.74"};
  big.employees_per_region = 20000;
  auto data = GenerateDemoData(big, SeedRegions());
  ASSERT_TRUE(data.ok());
  for (const DemoData* d : std::vector<const DemoData*>{&Default(), &data.value()}) {
    std::set<std::pair<std::string, std::string>> seen;
    int non_asn = 0;
    for (const DemoEmployee& e : d->employees) {
      if (e.employee.nip) continue;
      ++non_asn;
      EXPECT_TRUE(seen.insert({e.agency_code, e.employee.name}).second)
          << e.agency_code << " " << e.employee.name;
    }
    EXPECT_GT(non_asn, 100);
  }
}

TEST(DemoDataTest, OneRegionsDataDoesNotDependOnTheOthersRequested) {
  const std::vector<Region> regions = SeedRegions();
  DemoOptions alone;
  alone.region_codes = {"35.13"};
  auto a = GenerateDemoData(alone, regions);
  ASSERT_TRUE(a.ok());
  std::vector<std::string> from_set, from_alone;
  for (const DemoEmployee& e : Default().employees) {
    if (RegencyOf(e.employee.region_code) == "35.13") from_set.push_back(e.employee.name);
  }
  for (const DemoEmployee& e : a->employees) from_alone.push_back(e.employee.name);
  EXPECT_EQ(from_set, from_alone);
}

TEST(DemoDataTest, EachRegionGetsExactlyTheRequestedNumberOfEmployees) {
  std::map<std::string, int> per_region;
  for (const DemoEmployee& e : Default().employees) ++per_region[RegencyOf(e.employee.region_code)];
  const std::map<std::string, int> want = {
      {"35.13", 1000}, {"35.74", 1000}, {"35.08", 1000}, {"18.09", 1000}};
  EXPECT_EQ(per_region, want);

  DemoOptions small;
  small.employees_per_region = 400;
  small.region_codes = {"35.74", "18.09"};
  auto data = GenerateDemoData(small, SeedRegions());
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  EXPECT_EQ(data->employees.size(), 800u);
}

TEST(DemoDataTest, AgencyCodesAreUniqueAndBelongToTheRequestedRegions) {
  std::set<std::string> codes;
  for (const Agency& a : Default().agencies) {
    EXPECT_TRUE(codes.insert(a.code).second) << a.code;
    EXPECT_TRUE(a.code.starts_with(a.region_code + ".")) << a.code;
    EXPECT_EQ(a.id, 0);
    EXPECT_FALSE(a.name.empty());
  }
  for (std::string region : {"35.13", "35.74", "35.08", "18.09"}) {
    for (std::string suffix :
         {"SETDA", "SETWAN", "INSPEKTORAT", "BAKESBANGPOL", "BAPPEDA", "BPKAD", "DISDIK", "DINKES",
          "PUPR", "DINSOS", "DISPENDUKCAPIL", "SATPOLPP", "DISKOMINFO", "RSUD"}) {
      EXPECT_TRUE(codes.count(region + "." + suffix)) << region << "." << suffix;
    }
    // Lumajang's personnel office is a BKD (seed:003); the others have a BKPSDM.
    EXPECT_TRUE(codes.count(region + (region == "35.08" ? ".BKD" : ".BKPSDM"))) << region;
  }
  EXPECT_TRUE(codes.count("35.13.DPMD"));   // kabupaten have villages to empower
  EXPECT_FALSE(codes.count("35.74.DPMD"));  // a kota has kelurahan only
}

TEST(DemoDataTest, KecamatanOfficesMatchTheDistrictsGiven) {
  std::map<std::string, std::string> districts;  // code -> name
  for (const Region& r : SeedRegions()) {
    if (r.level == RegionLevel::kDistrict) districts[r.code] = r.name;
  }
  std::map<std::string, std::string> kecamatan;
  for (const Agency& a : Default().agencies) {
    if (a.kind != "kecamatan") continue;
    ASSERT_TRUE(a.code.ends_with(".KEC")) << a.code;
    const std::string district = a.code.substr(0, a.code.size() - 4);
    EXPECT_EQ(a.region_code, ParentRegionCode(district));
    kecamatan[district] = a.name;
  }
  ASSERT_EQ(kecamatan.size(), districts.size());  // 24 + 5 + 21 + 11
  for (const auto& [code, name] : districts) EXPECT_EQ(kecamatan[code], "Kecamatan " + name);
}

TEST(DemoDataTest, UnitParentsExistInTheSameAgencyAndComeFirst) {
  std::set<std::string> agencies;
  for (const Agency& a : Default().agencies) agencies.insert(a.code);
  std::set<std::pair<std::string, std::string>> seen;
  int children = 0;
  for (const DemoUnit& u : Default().units) {
    EXPECT_TRUE(agencies.count(u.agency_code)) << u.agency_code;
    if (!u.parent_code.empty()) {
      ++children;
      EXPECT_TRUE(seen.count({u.agency_code, u.parent_code}))
          << u.agency_code << " " << u.code << " parent " << u.parent_code;
    }
    EXPECT_TRUE(seen.insert({u.agency_code, u.code}).second) << u.agency_code << " " << u.code;
  }
  EXPECT_GT(children, 300);
  // A three-level tree: Asisten -> Bagian -> Subbagian.
  EXPECT_TRUE(seen.count({"35.13.SETDA", "ASISTEN1.HUKUM.PUU"}));
}

TEST(DemoDataTest, PuskesmasAndSchoolsAreUnitsOfTheirDinas) {
  std::map<std::string, int> puskesmas, sd, smp;
  std::set<std::string> names;
  for (const DemoUnit& u : Default().units) {
    const std::string region = u.agency_code.substr(0, 5);
    if (u.name.starts_with("UPTD Puskesmas ")) {
      EXPECT_EQ(u.agency_code, region + ".DINKES");
      ++puskesmas[region];
    }
    if (u.name.starts_with("SD Negeri ")) {
      EXPECT_EQ(u.agency_code, region + ".DISDIK");
      ++sd[region];
    }
    if (u.name.starts_with("SMP Negeri ")) {
      EXPECT_EQ(u.agency_code, region + ".DISDIK");
      ++smp[region];
    }
    names.insert(u.name);
  }
  EXPECT_EQ(puskesmas, (std::map<std::string, int>{
                           {"35.13", 24}, {"35.74", 5}, {"35.08", 21}, {"18.09", 11}}));
  for (const auto& [region, count] : sd) EXPECT_GT(count, 2 * smp[region]) << region;
  EXPECT_EQ(sd.size(), 4u);
  EXPECT_TRUE(names.count("UPTD Puskesmas Kraksaan"));
  EXPECT_TRUE(names.count("SMP Negeri 1 Probolinggo"));  // a kota numbers across the city
  EXPECT_TRUE(names.count("SMP Negeri 1 Tempursari"));
  EXPECT_TRUE(names.count("SD Negeri Semampir 1"));       // named after a village when given
  EXPECT_TRUE(names.count("SD Negeri 1 Gedong Tataan"));  // Lampung puts the number first
}

TEST(DemoDataTest, EveryEmployeeRefersToAnExistingAgencyAndUnit) {
  std::map<std::string, std::string> agency_region;
  for (const Agency& a : Default().agencies) agency_region[a.code] = a.region_code;
  std::set<std::pair<std::string, std::string>> units;
  for (const DemoUnit& u : Default().units) units.insert({u.agency_code, u.code});
  for (const DemoEmployee& e : Default().employees) {
    ASSERT_TRUE(agency_region.count(e.agency_code)) << e.agency_code;
    if (!e.unit_code.empty()) {
      EXPECT_TRUE(units.count({e.agency_code, e.unit_code})) << e.agency_code << " " << e.unit_code;
    }
    EXPECT_EQ(e.employee.agency_id, 0);
    EXPECT_FALSE(e.employee.unit_id.has_value());
    const std::string& region = e.employee.region_code;
    if (e.agency_code.ends_with(".KEC")) {
      // The kecamatan's district, or a kelurahan inside it.
      const std::string district = e.agency_code.substr(0, e.agency_code.size() - 4);
      EXPECT_TRUE(region == district || ParentRegionCode(region) == district) << region;
      EXPECT_EQ(region != district, e.unit_code.starts_with("KEL.")) << e.unit_code;
    } else {
      EXPECT_EQ(region, agency_region[e.agency_code]);
    }
  }
}

TEST(DemoDataTest, NipsAreUniqueValidAndMatchTheRecord) {
  const CivilDate today = DemoOptions{}.today;
  std::set<std::string> nips;
  int checked = 0;
  for (const DemoEmployee& e : Default().employees) {
    const Employee& x = e.employee;
    ASSERT_TRUE(x.gender == 'L' || x.gender == 'P');
    if (x.type == EmployeeType::kNonAsn) {
      EXPECT_FALSE(x.nip.has_value()) << x.name;
      EXPECT_TRUE(x.golongan.empty());
      EXPECT_EQ(x.position, PositionCategory::kNonAsn);
      continue;
    }
    ASSERT_TRUE(x.nip.has_value()) << x.name;
    EXPECT_TRUE(nips.insert(*x.nip).second) << "duplicate " << *x.nip;
    const NipKind kind = x.type == EmployeeType::kPns ? NipKind::kPns : NipKind::kPppk;
    auto nip = ParseNip(*x.nip, kind, today);
    ASSERT_TRUE(nip.ok()) << *x.nip << ": " << nip.status().ToString();
    EXPECT_EQ(nip->gender, x.gender) << *x.nip;
    EXPECT_EQ(nip->birth_date.year, e.birth_date.year);
    EXPECT_EQ(nip->birth_date.month, e.birth_date.month);
    EXPECT_EQ(nip->birth_date.day, e.birth_date.day);
    if (x.type == EmployeeType::kPppk) {
      EXPECT_EQ(nip->pppk_code, 21);
    }
    if (x.type == EmployeeType::kPppkParuhWaktu) {
      EXPECT_EQ(nip->pppk_code, 24);
      EXPECT_EQ(nip->appointment_year, 2025);
    }
    ++checked;
  }
  EXPECT_GT(checked, 3000);
}

TEST(DemoDataTest, CollidingNipPrefixesGetTheNextSequence) {
  // Thousands of people over ~45 birth years and ~35 appointment years make
  // some 15-digit prefixes collide; they must be told apart by 002, 003...
  std::map<std::string, std::vector<int>> by_prefix;
  for (const DemoEmployee& e : Default().employees) {
    if (e.employee.nip) {
      by_prefix[e.employee.nip->substr(0, 15)].push_back(std::stoi(e.employee.nip->substr(15)));
    }
  }
  int collisions = 0;
  for (auto& [prefix, seqs] : by_prefix) {
    collisions += seqs.size() > 1;
    std::sort(seqs.begin(), seqs.end());
    for (std::size_t i = 0; i < seqs.size(); ++i) {
      EXPECT_EQ(seqs[i], static_cast<int>(i) + 1) << prefix;
    }
  }
  EXPECT_GT(collisions, 0);  // the default data does exercise the rule
}

TEST(DemoDataTest, GolonganFitsTypeAndPosition) {
  static const std::set<std::string> kRoman = {"V", "VII", "IX", "X"};
  for (const DemoEmployee& e : Default().employees) {
    const Employee& x = e.employee;
    if (x.type == EmployeeType::kPppk || x.type == EmployeeType::kPppkParuhWaktu) {
      EXPECT_TRUE(kRoman.count(x.golongan)) << x.golongan;
      continue;
    }
    if (x.type != EmployeeType::kPns) continue;
    const int g = PnsRank(x.golongan);
    ASSERT_GE(g, 0) << x.golongan;
    switch (x.position) {
      case PositionCategory::kJptPratama:
        EXPECT_GE(g, PnsRank("IV/b")) << x.position_title;
        EXPECT_LE(g, PnsRank(x.position_title == "Sekretaris Daerah" ? "IV/d" : "IV/c"));
        break;
      case PositionCategory::kAdministrator:
        EXPECT_GE(g, PnsRank("III/d"));
        EXPECT_LE(g, PnsRank("IV/b"));
        break;
      case PositionCategory::kPengawas:
        EXPECT_GE(g, PnsRank("III/b"));
        EXPECT_LE(g, PnsRank("III/d"));
        break;
      case PositionCategory::kPelaksana:
        EXPECT_LE(g, PnsRank("III/d"));
        break;
      case PositionCategory::kFungsional:
        if (x.position_title.find("Ahli Pertama") != std::string::npos) {
          EXPECT_TRUE(g == PnsRank("III/a") || g == PnsRank("III/b")) << x.golongan;
        }
        if (x.position_title.find("Ahli Madya") != std::string::npos) {
          EXPECT_GE(g, PnsRank("IV/a"));
        }
        break;
      default:
        break;
    }
  }
}

TEST(DemoDataTest, TheMixLooksLikeARegionalWorkforce) {
  std::map<EmployeeType, int> types;
  std::map<PositionCategory, int> positions;
  int teachers = 0, teachers_pppk = 0, bidan = 0;
  for (const DemoEmployee& e : Default().employees) {
    const Employee& x = e.employee;
    ++types[x.type];
    ++positions[x.position];
    if (x.position_title.starts_with("Guru ")) {
      ++teachers;
      teachers_pppk += x.type == EmployeeType::kPppk;
    }
    if (x.position_title.starts_with("Bidan")) {
      ++bidan;
      EXPECT_EQ(x.gender, 'P');
    }
    if (x.position_title.starts_with("Dokter ") && x.type != EmployeeType::kNonAsn) {
      EXPECT_TRUE(x.name.starts_with("dr. ") || x.name.starts_with("drg. ")) << x.name;
    }
    if (x.position_title.starts_with("Guru ") && x.type != EmployeeType::kNonAsn) {
      EXPECT_NE(x.name.find(", S."), std::string::npos) << x.name;
    }
  }
  auto largest = [](const auto& counts) {
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
  };
  EXPECT_EQ(largest(types), EmployeeType::kPns);
  EXPECT_GT(types[EmployeeType::kPppk], types[EmployeeType::kPppkParuhWaktu]);
  EXPECT_GT(types[EmployeeType::kPppkParuhWaktu], 0);
  EXPECT_GT(types[EmployeeType::kNonAsn], 0);
  EXPECT_EQ(largest(positions), PositionCategory::kFungsional);
  std::map<PositionCategory, int> rest = positions;
  rest.erase(PositionCategory::kFungsional);
  EXPECT_EQ(largest(rest), PositionCategory::kPelaksana);
  EXPECT_GT(positions[PositionCategory::kFungsional], 2000);
  // One JPT head per agency (plus the Setda's three asisten); a camat per
  // district and a lurah per kelurahan given.
  int jpt = 0;
  for (const Agency& a : Default().agencies) jpt += a.kind != "kecamatan";
  EXPECT_EQ(positions[PositionCategory::kJptPratama], jpt + 4 * 3);
  EXPECT_EQ(positions[PositionCategory::kKepalaWilayah], 61 + 6);
  EXPECT_GT(positions[PositionCategory::kAdministrator], 0);
  EXPECT_GT(positions[PositionCategory::kPengawas], positions[PositionCategory::kAdministrator]);
  EXPECT_GT(teachers, 1200);               // classroom teachers, without heads and support staff
  EXPECT_GT(teachers_pppk, teachers / 4);  // PPPK hiring went mostly to teachers
  EXPECT_GT(bidan, 50);
}

TEST(DemoDataTest, EveryAgencyHasOneHeadAtItsTop) {
  std::map<std::string, int> heads;
  for (const DemoEmployee& e : Default().employees) {
    if (e.unit_code.empty()) {
      ++heads[e.agency_code];
      const auto p = e.employee.position;
      EXPECT_TRUE(p == PositionCategory::kJptPratama || p == PositionCategory::kKepalaWilayah);
      EXPECT_EQ(e.employee.type, EmployeeType::kPns);
    }
  }
  for (const Agency& a : Default().agencies) EXPECT_EQ(heads[a.code], 1) << a.code;
  // The kelurahan given for Kota Probolinggo have their lurah, at the village.
  bool lurah = false;
  for (const DemoEmployee& e : Default().employees) {
    if (e.employee.position_title == "Lurah Mangunharjo") {
      lurah = true;
      EXPECT_EQ(e.employee.region_code, "35.74.03.1002");
      EXPECT_EQ(e.employee.position, PositionCategory::kKepalaWilayah);
    }
  }
  EXPECT_TRUE(lurah);
}

TEST(DemoDataTest, NamesAreFictionalAndRegional) {
  std::set<std::string> seed_words;
  for (std::string_view w : demo::detail::SeedPersonNameWords()) seed_words.insert(std::string(w));
  std::set<std::string> names;
  int lampung_style = 0, madurese_style = 0;
  for (const DemoEmployee& e : Default().employees) {
    const std::string& name = e.employee.name;
    names.insert(name);
    std::istringstream words(name);
    for (std::string w; words >> w;) {
      while (!w.empty() && (w.back() == ',')) w.pop_back();
      EXPECT_FALSE(seed_words.count(w)) << name;
    }
    const std::string region = RegencyOf(e.employee.region_code);
    if (region == "18.09" && (name.find("Saputr") != std::string::npos)) ++lampung_style;
    if (region == "35.13" &&
        (name.find("Moh. ") != std::string::npos || name.find("Ach. ") != std::string::npos)) {
      ++madurese_style;
    }
    if (e.employee.type == EmployeeType::kNonAsn) {
      // Lumajang calls its contract staff TKB (seed:003).
      EXPECT_EQ(region == "35.08", e.employee.position_title.ends_with(" (TKB)")) << name;
    }
  }
  EXPECT_GT(names.size(), Default().employees.size() * 3 / 4);  // few repeats
  EXPECT_GT(lampung_style, 10);
  EXPECT_GT(madurese_style, 10);
}

TEST(DemoDataTest, AccountsCoverEveryStaffRole) {
  const std::regex username("[a-z0-9._-]{3,64}");
  std::set<std::string> nips;
  for (const DemoEmployee& e : Default().employees) {
    if (e.employee.nip) nips.insert(*e.employee.nip);
  }
  std::set<Role> roles;
  std::set<std::string> usernames;
  for (const DemoAccount& a : Default().accounts) {
    roles.insert(a.role);
    EXPECT_TRUE(std::regex_match(a.username, username)) << a.username;
    EXPECT_TRUE(usernames.insert(a.username).second) << a.username;
    EXPECT_FALSE(a.display_name.empty()) << a.username;
    if (a.employee_nip) {
      EXPECT_TRUE(nips.count(*a.employee_nip)) << a.username;
    }
  }
  for (Role r : kAllRoles) EXPECT_EQ(roles.count(r), r == Role::kPublik ? 0u : 1u) << RoleName(r);
  const auto asn = std::find_if(Default().accounts.begin(), Default().accounts.end(),
                                [](const DemoAccount& a) { return a.role == Role::kAsn; });
  ASSERT_NE(asn, Default().accounts.end());
  EXPECT_TRUE(asn->employee_nip.has_value());
  EXPECT_EQ(asn->region_code, "35.13");
  EXPECT_TRUE(usernames.count("operator.kotaprobolinggo"));
  EXPECT_TRUE(usernames.count("operator.kabpesawaran"));
}

TEST(DemoDataTest, UppercaseRegionNamesAreNormalized) {
  std::vector<Region> regions = SeedRegions();
  for (Region& r : regions) {
    if (r.code == "35.13") r.name = "KABUPATEN PROBOLINGGO";
  }
  DemoOptions options;
  options.region_codes = {"35.13"};
  auto data = GenerateDemoData(options, regions);
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(data->agencies.front().name, "Sekretariat Daerah Kabupaten Probolinggo");
}

TEST(DemoDataTest, BadInputIsRejectedWithAReason) {
  const std::vector<Region> regions = SeedRegions();
  DemoOptions tiny;
  tiny.employees_per_region = 100;
  auto r = GenerateDemoData(tiny, regions);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r.status().message_en().find("at least"), std::string::npos);

  DemoOptions unknown;
  unknown.region_codes = {"35.99"};
  EXPECT_EQ(GenerateDemoData(unknown, regions).status().code(), ErrorCode::kInvalidArgument);

  DemoOptions no_districts;
  no_districts.region_codes = {"35.13"};
  std::vector<Region> only_regency = {regions[0]};
  for (const Region& x : regions) {
    if (x.code == "35.13") only_regency.push_back(x);
  }
  auto nd = GenerateDemoData(no_districts, only_regency);
  ASSERT_FALSE(nd.ok());
  EXPECT_NE(nd.status().message_en().find("no districts"), std::string::npos);

  DemoOptions bad_day;
  bad_day.today = {2025, 2, 30};
  EXPECT_FALSE(GenerateDemoData(bad_day, regions).ok());

  DemoOptions twice;
  twice.region_codes = {"35.13", "35.13"};
  EXPECT_FALSE(GenerateDemoData(twice, regions).ok());
}

TEST(DemoDataTest, BeforeParuhWaktuExistedThoseStaffAreNonAsn) {
  DemoOptions options;
  options.today = {2024, 11, 27};  // Pilkada 2024 voting day
  options.region_codes = {"35.74"};
  auto data = GenerateDemoData(options, SeedRegions());
  ASSERT_TRUE(data.ok());
  for (const DemoEmployee& e : data->employees) {
    EXPECT_NE(e.employee.type, EmployeeType::kPppkParuhWaktu);
    if (e.employee.nip) {
      const NipKind kind = e.employee.type == EmployeeType::kPns ? NipKind::kPns : NipKind::kPppk;
      EXPECT_TRUE(ParseNip(*e.employee.nip, kind, options.today).ok()) << *e.employee.nip;
    }
  }
}

TEST(DemoDataTest, GenerationIsFast) {
  const std::vector<Region> regions = SeedRegions();
  const auto start = std::chrono::steady_clock::now();
  auto data = GenerateDemoData(DemoOptions{}, regions);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(data.ok());
  // Typically ~10 ms; the bound leaves room for a loaded shared machine.
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 1000);
}

TEST(DemoCasesTest, PlanEndsInEveryStatusOverSeveralRegionsAndCodes) {
  const std::vector<DemoCase> plan = PlanDemoCases(Default());
  ASSERT_FALSE(plan.empty());
  std::set<CaseStatus> ends;
  std::set<std::string> regions, codes;
  int findings = 0, identified = 0;
  for (const DemoCase& c : plan) {
    ends.insert(c.steps.empty() ? CaseStatus::kReceived : c.steps.back().to);
    regions.insert(c.region_code);
    codes.insert(c.violation_code);
    findings += c.finding ? 1 : 0;
    identified += !c.finding && !c.anonymous ? 1 : 0;
    // Each step is a move the workflow allows, with its required fields, later than the last.
    CaseStatus from = CaseStatus::kReceived;
    std::int64_t at = c.received_at;
    for (const DemoCaseStep& step : c.steps) {
      const CaseTransition* t = FindCaseTransition(from, step.to);
      ASSERT_NE(t, nullptr);
      EXPECT_TRUE(NextCaseStatus(from, step.to, t->role, step.fields).ok());
      EXPECT_GT(step.at, at);
      at = step.at;
      from = step.to;
    }
  }
  EXPECT_EQ(ends.size(), std::size(kAllCaseStatuses));
  EXPECT_GE(regions.size(), 3u);
  EXPECT_GE(codes.size(), 10u);
  EXPECT_GT(findings, 0);
  EXPECT_GT(identified, 0);
  // Deterministic.
  const std::vector<DemoCase> again = PlanDemoCases(Default());
  ASSERT_EQ(again.size(), plan.size());
  EXPECT_EQ(again.back().subject_nip, plan.back().subject_nip);
}

TEST(DemoCasesTest, HandlersCoverEveryRegionWithoutAPengawas) {
  const std::vector<DemoAccount> handlers = DemoCaseHandlers(Default());
  std::set<std::string> pengawas;
  for (const DemoAccount& a : Default().accounts) {
    if (a.role == Role::kPengawas) pengawas.insert(a.region_code);
  }
  for (const DemoAccount& a : handlers) {
    if (a.role == Role::kPengawas) pengawas.insert(a.region_code);
  }
  for (const DemoCase& c : PlanDemoCases(Default())) {
    EXPECT_TRUE(pengawas.contains(c.region_code)) << c.region_code;
  }
}

}  // namespace
}  // namespace netra
