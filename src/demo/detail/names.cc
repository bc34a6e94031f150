#include "demo/detail/names.h"

#include <string>

namespace netra::demo::detail {
namespace {

using Words = std::span<const std::string_view>;

// Javanese: given name + family-style second name, or one old-style name
// ("Suwarno"); "Dwi"/"Tri" mark the second and third child.
constexpr std::string_view kJavaMaleGiven[] = {
    "Agus",   "Bambang", "Eko",   "Dwi",   "Joko",  "Slamet", "Hadi",  "Bagus", "Dedi",
    "Yudi",   "Hendro",  "Wahyu", "Teguh", "Rudi",  "Anang",  "Didik", "Gatot", "Bayu",
    "Aris",   "Sigit",   "Yoyok", "Totok", "Hari",  "Catur",  "Wawan", "Arif",  "Andik",
    "Nanang", "Suryo",   "Dimas", "Galih", "Rizal", "Tri",    "Yusuf", "Edi",   "Adi"};
constexpr std::string_view kJavaMaleFamily[] = {
    "Setiawan", "Prasetyo",  "Santoso",   "Purnomo",   "Hartono",   "Hariyanto", "Widodo",
    "Susanto",  "Wibowo",    "Nugroho",   "Saputro",   "Gunawan",   "Suprapto",  "Raharjo",
    "Cahyono",  "Sudarmaji", "Pamungkas", "Wicaksono", "Wijanarko", "Sasongko",  "Kuncoro",
    "Mulyadi",  "Prayitno",  "Haryadi",   "Suharto",   "Priyanto",  "Santosa",   "Hidayat"};
constexpr std::string_view kJavaMaleSingle[] = {
    "Suwarno", "Supriyadi", "Mulyono", "Sutrisno",  "Suparman", "Sumarno", "Sukardi",
    "Suyitno", "Subandi",   "Darmaji", "Kasiyanto", "Jumadi",   "Sunarko", "Tarmuji"};
constexpr std::string_view kJavaFemaleGiven[] = {
    "Sri",  "Endang", "Dwi",  "Tri",    "Yuni",  "Retno", "Lilik", "Siti",  "Nur",
    "Rina", "Dewi",   "Eni",  "Kusnul", "Indah", "Ratna", "Anik",  "Sulis", "Erna",
    "Yeni", "Tutik",  "Rini", "Dyah",   "Ayu",   "Wiwik", "Titik", "Umi",   "Ika"};
constexpr std::string_view kJavaFemaleFamily[] = {
    "Wahyuni",    "Rahayu",      "Lestari",   "Astuti",     "Handayani", "Wulandari",
    "Suryani",    "Purwanti",    "Setyowati", "Mardiyah",   "Khotimah",  "Ningsih",
    "Kusumawati", "Puspitasari", "Rahmawati", "Susilowati", "Widayati",  "Indrawati",
    "Pratiwi",    "Anggraeni",   "Fitriyah",  "Hidayati",   "Yuliana",   "Sulistyowati"};
constexpr std::string_view kJavaFemaleSingle[] = {"Winarsih", "Sumiati", "Suharti", "Sulastri",
                                                  "Sumarni",  "Kasiati", "Tumini",  "Jumiati",
                                                  "Sutini",   "Mujiati"};

// Madurese: Arabic names, often with the abbreviations "Moh.", "Ach.",
// "Abd." that East Java's registers use.
constexpr std::string_view kMaduraMalePrefix[] = {"Moh.",  "Mohammad", "Ach.", "Abd.",
                                                  "Ahmad", "M.",       "",     ""};
constexpr std::string_view kMaduraMaleCore[] = {
    "Hasan",      "Holil",        "Sahri",          "Rahem",          "Fauzi",          "Sholeh",
    "Buhori",     "Fathorrahman", "Syamsul Arifin", "Ridwan",         "Hosnan",         "Matsari",
    "Jamaluddin", "Muzammil",     "Zainal Abidin",  "Badrus Sholeh",  "Kholilurrahman", "Nur Hasan",
    "Mukhlis",    "Ghozali",      "Subairi",        "Sahrawi",        "Rofiq",          "Mansur",
    "Hafidz",     "Faruk",        "Samsul Hadi",    "Taufiqurrahman", "Rasyid",         "Juhari"};
constexpr std::string_view kMaduraMaleSecond[] = {"Arifin",  "Hidayat", "Effendi", "Ansori",
                                                  "Maulana", "Rahman",  "Fauzan",  "Hasan"};
constexpr std::string_view kMaduraFemaleGiven[] = {
    "Siti", "Nurul", "Hosnol", "Ummi", "Sitti", "Ainul", "Lailatul", "Hairun", "Nur", "Fatimatus"};
constexpr std::string_view kMaduraFemaleFamily[] = {
    "Holifah", "Hotimah", "Hasanah",   "Kulsum", "Maimunah",  "Rofiqoh",  "Fadilah", "Musyarrofah",
    "Jamilah", "Hamidah", "Qomariyah", "Zahroh", "Munawaroh", "Sholihah", "Mufidah", "Badriyah"};
constexpr std::string_view kMaduraFemaleSingle[] = {
    "Maimunah", "Sumiati", "Hotijah", "Rumlah", "Suhartini", "Hosniyah", "Saniyah", "Mutmainnah"};

// Lampung: given name + a modern family-style name (Saputra/Saputri are
// especially common); Pesawaran also has many Javanese transmigrant families.
constexpr std::string_view kLampungMaleGiven[] = {
    "Rahmat",   "Hendra",   "Rizky",      "Ferry",   "Irfan", "Andika", "Herman",
    "Darmawan", "Syahrial", "Zulkarnain", "Helmi",   "Mirza", "Febri",  "Rudy",
    "Dedy",     "Fikri",    "Ismail",     "Khairul", "Erwin", "Romi",   "Yusran",
    "Irsan",    "Saipul",   "Aprizal",    "Fahrizal"};
constexpr std::string_view kLampungMaleFamily[] = {
    "Saputra",  "Syahputra", "Pratama", "Irawan",  "Wijaya",   "Hidayat", "Effendi",
    "Alamsyah", "Ramadhan",  "Fauzan",  "Sanjaya", "Syaputra", "Putra",   "Gunadi"};
constexpr std::string_view kLampungFemaleGiven[] = {
    "Rina", "Yulia", "Desi", "Fitri", "Mega", "Meli",  "Novita", "Eli",  "Yuli", "Susi",
    "Reni", "Dian",  "Evi",  "Yesi",  "Leni", "Merry", "Rosita", "Devi", "Lusi", "Nova"};
constexpr std::string_view kLampungFemaleFamily[] = {
    "Saputri",     "Anggraini", "Lestari",  "Yanti",    "Marlina",  "Susanti",
    "Purnamasari", "Handayani", "Sari",     "Agustina", "Fitriani", "Wulandari",
    "Febriyanti",  "Novianti",  "Rosalina", "Yulianti", "Apriyani"};
constexpr std::string_view kLampungFemaleSingle[] = {"Nurlela", "Rosmawati", "Yusnani", "Hartati",
                                                     "Zubaidah"};

// Words of real people named in the seed stories (domain.md Appendix A).
constexpr std::string_view kSeedWords[] = {
    "Suganda", "Pandapotan", "Pasaribu", "Budi",     "Utomo",     "Heri",     "Sulistyanto",
    "Imron",   "Rosyadi",    "Sugeng",   "Wiyanto",  "Munaris",   "Puja",     "Kurniawan",
    "Ugas",    "Irwanto",    "Tola'",    "Edy",      "Nurkholis", "Budiasto", "Oki",
    "Ahadian", "Purwono",    "Dodik",    "Hermawan", "Ninik",     "Ira",      "Wibawati",
    "Ade",     "Wahyudi",    "Eka",      "Oktavia",  "Ari",       "Murcono",  "Wildan",
    "Dendi",   "Ramadhona"};

// One of two name lists of different lengths (a ?: would decay them).
Words Either(bool first, Words a, Words b) { return first ? a : b; }

std::string Join(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  std::string out(a);
  out += ' ';
  out += b;
  return out;
}

}  // namespace

std::string PersonalName(Rng& rng, NameStyle style, char gender) {
  const bool male = gender == 'L';
  switch (style) {
    case NameStyle::kJavanese:
      if (rng.Chance(0.2))
        return std::string(rng.Pick(Either(male, kJavaMaleSingle, kJavaFemaleSingle)));
      return Join(rng.Pick(Either(male, kJavaMaleGiven, kJavaFemaleGiven)),
                  rng.Pick(Either(male, kJavaMaleFamily, kJavaFemaleFamily)));
    case NameStyle::kMadurese:
      if (male) {
        std::string name =
            Join(rng.Pick(Words(kMaduraMalePrefix)), rng.Pick(Words(kMaduraMaleCore)));
        if (rng.Chance(0.3)) name = Join(name, rng.Pick(Words(kMaduraMaleSecond)));
        return name;
      }
      if (rng.Chance(0.25)) return std::string(rng.Pick(Words(kMaduraFemaleSingle)));
      return Join(rng.Pick(Words(kMaduraFemaleGiven)), rng.Pick(Words(kMaduraFemaleFamily)));
    case NameStyle::kLampung:
      if (!male && rng.Chance(0.15)) return std::string(rng.Pick(Words(kLampungFemaleSingle)));
      return Join(rng.Pick(Either(male, kLampungMaleGiven, kLampungFemaleGiven)),
                  rng.Pick(Either(male, kLampungMaleFamily, kLampungFemaleFamily)));
  }
  return {};
}

std::string TitledName(const std::string& name, const Titles& titles, NameStyle style,
                       char gender) {
  std::string out;
  if (!titles.prefix.empty()) {
    out += titles.prefix;
    out += ' ';
  }
  if (titles.hajj) {
    // Lampung writes the hajj title "Hi." for men; elsewhere "H."; women "Hj.".
    out += gender == 'P' ? "Hj. " : (style == NameStyle::kLampung ? "Hi. " : "H. ");
  }
  out += name;
  for (std::string_view suffix : {titles.degree, titles.master}) {
    if (suffix.empty()) continue;
    out += ", ";
    out += suffix;
  }
  return out;
}

std::string_view MasterFor(Rng& rng, std::string_view degree) {
  static constexpr std::string_view kGeneral[] = {"M.Si.", "M.AP.", "M.M."};
  static constexpr std::string_view kEconomy[] = {"M.M.", "M.Ak.", "M.Si."};
  if (degree.starts_with("S.Pd")) return "M.Pd.";
  if (degree == "S.H.") return "M.H.";
  if (degree == "S.T.") return rng.Chance(0.5) ? "M.T." : "M.M.";
  if (degree == "S.KM." || degree == "S.Kep." || degree == "S.Farm." || degree == "S.Gz.") {
    return "M.Kes.";
  }
  if (degree == "S.Kom.") return "M.Kom.";
  if (degree == "S.P." || degree == "S.Pt." || degree == "S.Pi.") return "M.P.";
  if (degree == "S.E." || degree == "S.Ak.") return rng.Pick(Words(kEconomy));
  return rng.Pick(Words(kGeneral));
}

std::span<const std::string_view> SeedPersonNameWords() { return kSeedWords; }

}  // namespace netra::demo::detail
