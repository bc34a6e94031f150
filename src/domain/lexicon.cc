#include "domain/lexicon.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

#include "domain/region.h"

namespace netra {
namespace {

using nlohmann::json;

Status Invalid(std::string id, std::string en) {
  return Status(ErrorCode::kInvalidArgument, std::move(id), std::move(en));
}

// "kontes 35.13 bupati" / "contest 35.13 bupati", the prefix of every error
// inside a contest so an editor finds the place in a large lexicon.
struct Where {
  std::string id;
  std::string en;
};

Where ContestWhere(std::size_t index, const std::string& region, const std::string& office) {
  if (region.empty() && office.empty()) {
    return {"kontes ke-" + std::to_string(index + 1), "contest #" + std::to_string(index + 1)};
  }
  return {"kontes " + region + " " + office, "contest " + region + " " + office};
}

Where CandidateWhere(const Where& contest, std::size_t index, int number) {
  if (number > 0) {
    return {contest.id + ", calon nomor " + std::to_string(number),
            contest.en + ", candidate number " + std::to_string(number)};
  }
  return {contest.id + ", calon ke-" + std::to_string(index + 1),
          contest.en + ", candidate #" + std::to_string(index + 1)};
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

bool IsHashtag(std::string_view s) {
  if (s.size() < 2 || s[0] != '#') return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    // Non-ASCII bytes are letters of other scripts in UTF-8; ASCII must be a word character.
    if (c < 0x80 && !std::isalnum(c) && c != '_') return false;
  }
  return true;
}

bool IsAccount(std::string_view s) {
  if (s.size() >= 2 && s[0] == '@') {
    for (std::size_t i = 1; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (!std::isalnum(c) && c != '.' && c != '_' && c != '-') return false;
    }
    return true;
  }
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= s.size()) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!std::islower(static_cast<unsigned char>(s[i]))) return false;
  }
  return !IsBlank(s.substr(colon + 1));
}

enum class ListKind { kText, kHashtag, kAccount };

// Reads the optional string array `field` of a candidate into `out`.
Status ReadList(const json& obj, const char* field, const Where& where, ListKind kind,
                bool required, std::vector<std::string>& out) {
  const auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) {
    if (required) {
      return Invalid(where.id + ": kolom '" + field + "' wajib diisi",
                     where.en + ": field '" + field + "' is required");
    }
    return Status::Ok();
  }
  if (!it->is_array()) {
    return Invalid(where.id + ": kolom '" + field + "' harus berupa daftar teks",
                   where.en + ": field '" + field + "' must be an array of strings");
  }
  if (required && it->empty()) {
    return Invalid(where.id + ": kolom '" + field + "' tidak boleh kosong",
                   where.en + ": field '" + field + "' must not be empty");
  }
  if (it->size() > kMaxPatternsPerList) {
    return Invalid(where.id + ": kolom '" + field + "' berisi lebih dari " +
                       std::to_string(kMaxPatternsPerList) + " pola",
                   where.en + ": field '" + field + "' holds more than " +
                       std::to_string(kMaxPatternsPerList) + " patterns");
  }
  std::size_t i = 0;
  for (const json& item : *it) {
    ++i;
    const std::string at_id = where.id + ", " + field + "[" + std::to_string(i) + "]";
    const std::string at_en = where.en + ", " + field + "[" + std::to_string(i) + "]";
    if (!item.is_string()) {
      return Invalid(at_id + ": harus berupa teks", at_en + ": must be a string");
    }
    std::string value = item.get<std::string>();
    if (IsBlank(value)) {
      return Invalid(at_id + ": pola kosong", at_en + ": empty pattern");
    }
    if (value.size() > kMaxLexiconPatternBytes) {
      return Invalid(
          at_id + ": pola lebih dari " + std::to_string(kMaxLexiconPatternBytes) + " byte",
          at_en + ": pattern longer than " + std::to_string(kMaxLexiconPatternBytes) + " bytes");
    }
    if (kind == ListKind::kHashtag && !IsHashtag(value)) {
      return Invalid(at_id + ": tagar '" + value +
                         "' tidak sah (harus '#' diikuti huruf, angka atau '_', tanpa spasi)",
                     at_en + ": malformed hashtag '" + value +
                         "' (must be '#' then letters, digits or '_', no spaces)");
    }
    if (kind == ListKind::kAccount && !IsAccount(value)) {
      return Invalid(
          at_id + ": akun '" + value + "' tidak sah (harus '@nama' atau 'platform:Nama')",
          at_en + ": malformed account '" + value + "' (must be '@handle' or 'platform:Name')");
    }
    out.push_back(std::move(value));
  }
  return Status::Ok();
}

Status ReadString(const json& obj, const char* field, const Where& where, bool required,
                  std::string& out) {
  const auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) {
    if (!required) return Status::Ok();
    return Invalid(where.id + ": kolom '" + field + "' wajib diisi",
                   where.en + ": field '" + field + "' is required");
  }
  if (!it->is_string()) {
    return Invalid(where.id + ": kolom '" + field + "' harus berupa teks",
                   where.en + ": field '" + field + "' must be a string");
  }
  out = it->get<std::string>();
  if (required && IsBlank(out)) {
    return Invalid(where.id + ": kolom '" + field + "' kosong",
                   where.en + ": field '" + field + "' is empty");
  }
  if (out.size() > kMaxLexiconPatternBytes) {
    return Invalid(where.id + ": kolom '" + field + "' terlalu panjang",
                   where.en + ": field '" + field + "' is too long");
  }
  return Status::Ok();
}

Status ReadGender(const json& obj, const char* field, const Where& where, std::string& out) {
  NETRA_RETURN_IF_ERROR(ReadString(obj, field, where, false, out));
  if (!out.empty() && out != "L" && out != "P") {
    return Invalid(where.id + ": kolom '" + field + "' harus 'L' atau 'P'",
                   where.en + ": field '" + field + "' must be 'L' or 'P'");
  }
  return Status::Ok();
}

Result<Candidate> ReadCandidate(const json& obj, const Where& contest, std::size_t index) {
  Where where = CandidateWhere(contest, index, 0);
  if (!obj.is_object()) {
    return Invalid(where.id + ": harus berupa objek", where.en + ": must be an object");
  }
  Candidate c;
  const auto num = obj.find("number");
  if (num == obj.end() || !num->is_number_integer() || num->get<long long>() < 1 ||
      num->get<long long>() > 99) {
    return Invalid(where.id + ": kolom 'number' (nomor urut) harus bilangan bulat 1-99",
                   where.en + ": field 'number' (ballot number) must be an integer 1-99");
  }
  c.number = static_cast<int>(num->get<long long>());
  where = CandidateWhere(contest, index, c.number);
  NETRA_RETURN_IF_ERROR(ReadList(obj, "head", where, ListKind::kText, true, c.head));
  NETRA_RETURN_IF_ERROR(ReadList(obj, "deputy", where, ListKind::kText, false, c.deputy));
  NETRA_RETURN_IF_ERROR(ReadList(obj, "pair", where, ListKind::kText, false, c.pair));
  NETRA_RETURN_IF_ERROR(ReadList(obj, "slogans", where, ListKind::kText, false, c.slogans));
  NETRA_RETURN_IF_ERROR(ReadList(obj, "hashtags", where, ListKind::kHashtag, false, c.hashtags));
  NETRA_RETURN_IF_ERROR(ReadList(obj, "accounts", where, ListKind::kAccount, false, c.accounts));
  NETRA_RETURN_IF_ERROR(ReadList(obj, "parties", where, ListKind::kText, false, c.parties));
  NETRA_RETURN_IF_ERROR(ReadList(obj, "descriptors", where, ListKind::kText, false, c.descriptors));
  const auto inc = obj.find("incumbent");
  if (inc != obj.end() && !inc->is_null()) {
    if (!inc->is_boolean()) {
      return Invalid(where.id + ": kolom 'incumbent' harus true atau false",
                     where.en + ": field 'incumbent' must be true or false");
    }
    c.incumbent = inc->get<bool>();
  }
  NETRA_RETURN_IF_ERROR(ReadGender(obj, "head_gender", where, c.head_gender));
  NETRA_RETURN_IF_ERROR(ReadGender(obj, "deputy_gender", where, c.deputy_gender));
  return c;
}

Result<LexiconContest> ReadContest(const json& obj, std::size_t index) {
  Where where = ContestWhere(index, "", "");
  if (!obj.is_object()) {
    return Invalid(where.id + ": harus berupa objek", where.en + ": must be an object");
  }
  LexiconContest lc;
  Contest& contest = lc.contest;
  NETRA_RETURN_IF_ERROR(ReadString(obj, "region", where, true, contest.region_code));
  NETRA_RETURN_IF_ERROR(ReadString(obj, "office", where, true, contest.office));
  where = ContestWhere(index, contest.region_code, contest.office);
  const Result<RegionLevel> level = ParseRegionCode(contest.region_code);
  if (!level.ok()) {
    return Invalid(where.id + ": " + level.status().message_id(),
                   where.en + ": " + level.status().message_en());
  }
  const bool governor = contest.office == "gubernur";
  if (!governor && contest.office != "bupati" && contest.office != "walikota") {
    return Invalid(
        where.id + ": jabatan '" + contest.office +
            "' tidak dikenal (gubernur, bupati atau walikota)",
        where.en + ": unknown office '" + contest.office + "' (gubernur, bupati or walikota)");
  }
  const RegionLevel want = governor ? RegionLevel::kProvince : RegionLevel::kRegency;
  if (*level != want) {
    return Invalid(
        where.id + ": pemilihan " + contest.office + " harus memakai kode " +
            (governor ? "provinsi (2 angka, mis. 35)" : "kabupaten/kota (mis. 35.13)"),
        where.en + ": a " + contest.office + " contest needs a " +
            (governor ? "province code (2 digits, e.g. 35)" : "regency/city code (e.g. 35.13)"));
  }
  NETRA_RETURN_IF_ERROR(ReadString(obj, "region_name", where, false, contest.region_name));
  const auto cands = obj.find("candidates");
  if (cands == obj.end() || !cands->is_array() || cands->empty()) {
    return Invalid(where.id + ": kolom 'candidates' harus berisi paling sedikit satu calon",
                   where.en + ": field 'candidates' must hold at least one candidate");
  }
  if (cands->size() > kMaxCandidatesPerContest) {
    return Invalid(
        where.id + ": lebih dari " + std::to_string(kMaxCandidatesPerContest) + " calon",
        where.en + ": more than " + std::to_string(kMaxCandidatesPerContest) + " candidates");
  }
  std::set<int> numbers;
  std::size_t i = 0;
  for (const json& c : *cands) {
    NETRA_ASSIGN_OR_RETURN(Candidate candidate, ReadCandidate(c, where, i));
    if (!numbers.insert(candidate.number).second) {
      const Where cw = CandidateWhere(where, i, candidate.number);
      return Invalid(cw.id + ": nomor urut ganda", cw.en + ": duplicate ballot number");
    }
    lc.candidates.push_back(std::move(candidate));
    ++i;
  }
  return lc;
}

}  // namespace

Result<Lexicon> ParseLexicon(std::string_view text) {
  if (text.size() > kMaxLexiconBytes) {
    return Invalid("Leksikon lebih dari " + std::to_string(kMaxLexiconBytes >> 20) + " MB",
                   "Lexicon larger than " + std::to_string(kMaxLexiconBytes >> 20) + " MB");
  }
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    return Invalid(
        "Leksikon bukan JSON yang sah (byte ke-" + std::to_string(e.byte) + ")",
        "Lexicon is not valid JSON (at byte " + std::to_string(e.byte) + "): " + e.what());
  }
  if (!doc.is_object()) {
    return Invalid("Leksikon harus berupa objek JSON", "Lexicon must be a JSON object");
  }
  Lexicon lexicon;
  const Where top{"leksikon", "lexicon"};
  NETRA_RETURN_IF_ERROR(ReadString(doc, "election", top, true, lexicon.election));
  const auto contests = doc.find("contests");
  if (contests == doc.end() || !contests->is_array()) {
    return Invalid("leksikon: kolom 'contests' harus berupa daftar",
                   "lexicon: field 'contests' must be an array");
  }
  if (contests->size() > kMaxLexiconContests) {
    return Invalid("leksikon: lebih dari " + std::to_string(kMaxLexiconContests) + " kontes",
                   "lexicon: more than " + std::to_string(kMaxLexiconContests) + " contests");
  }
  std::set<std::pair<std::string, std::string>> seen;
  std::size_t i = 0;
  for (const json& c : *contests) {
    NETRA_ASSIGN_OR_RETURN(LexiconContest contest, ReadContest(c, i));
    if (!seen.emplace(contest.contest.region_code, contest.contest.office).second) {
      const Where w = ContestWhere(i, contest.contest.region_code, contest.contest.office);
      return Invalid(w.id + ": kontes ganda", w.en + ": duplicate contest");
    }
    lexicon.contests.push_back(std::move(contest));
    ++i;
  }
  return lexicon;
}

}  // namespace netra
