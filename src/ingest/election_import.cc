#include "ingest/election_import.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <system_error>

#include "domain/nip.h"
#include "domain/region.h"

namespace netra::ingest {
namespace {

constexpr std::size_t kMaxDefinitionBytes = 1 << 20;
constexpr std::size_t kMaxStages = 100;
constexpr std::size_t kMaxText = 300;

Status Bad(const std::string& where, const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, fmt::format("Definisi pemilihan, {}: {}", where, id),
                fmt::format("Election definition, {}: {}", where, en));
}

Result<std::string> Text(const nlohmann::json& obj, const char* key, const std::string& where,
                         bool required = true) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (!required) return std::string();
    return Bad(where, fmt::format("kolom '{}' wajib ada", key),
               fmt::format("field '{}' is required", key));
  }
  if (!it->is_string() || it->get_ref<const std::string&>().size() > kMaxText ||
      (required && it->get_ref<const std::string&>().empty())) {
    return Bad(where, fmt::format("kolom '{}' harus teks 1-{} byte", key, kMaxText),
               fmt::format("field '{}' must be text of 1-{} bytes", key, kMaxText));
  }
  return it->get<std::string>();
}

Result<std::string> Date(const nlohmann::json& obj, const char* key, const std::string& where) {
  NETRA_ASSIGN_OR_RETURN(std::string text, Text(obj, key, where));
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !IsValidCivilDate(y, m, d)) {
    return Bad(where, fmt::format("'{}' = '{}' bukan tanggal YYYY-MM-DD yang sah", key, text),
               fmt::format("'{}' = '{}' is not a real YYYY-MM-DD date", key, text));
  }
  return text;
}

Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    return Status(ErrorCode::kNotFound, fmt::format("Berkas '{}' tidak dapat dibuka", path),
                  fmt::format("Cannot open file '{}': {}", path, ec.message()));
  }
  if (size > max_bytes) {
    return Status(ErrorCode::kResourceExhausted,
                  fmt::format("Berkas '{}' lebih dari {} byte", path, max_bytes),
                  fmt::format("File '{}' is larger than {} bytes", path, max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  if (!in && !in.eof()) {
    return Status(ErrorCode::kInternal, fmt::format("Gagal membaca '{}'", path),
                  fmt::format("Failed reading '{}'", path));
  }
  return out.str();
}

}  // namespace

Result<ElectionDefinition> ParseElectionDefinition(std::string_view json) {
  if (json.size() > kMaxDefinitionBytes) {
    return Status(ErrorCode::kResourceExhausted, "Election definition is larger than 1 MiB");
  }
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Bad("dokumen", "bukan objek JSON yang sah", "document is not a valid JSON object");
  }
  ElectionDefinition def;
  Election& e = def.election;
  NETRA_ASSIGN_OR_RETURN(e.code, Text(doc, "code", "code"));
  NETRA_ASSIGN_OR_RETURN(e.name, Text(doc, "name", "name"));
  NETRA_ASSIGN_OR_RETURN(e.kind, Text(doc, "kind", "kind"));
  if (e.kind != "pilkada" && e.kind != "pemilu") {
    return Bad("kind", fmt::format("'{}' harus pilkada atau pemilu", e.kind),
               fmt::format("'{}' must be pilkada or pemilu", e.kind));
  }
  NETRA_ASSIGN_OR_RETURN(e.voting_date, Date(doc, "voting_date", "voting_date"));
  const auto stages = doc.find("stages");
  if (stages == doc.end() || !stages->is_array() || stages->empty() ||
      stages->size() > kMaxStages) {
    return Bad("stages", fmt::format("harus larik berisi 1-{} tahapan", kMaxStages),
               fmt::format("must be an array of 1-{} stages", kMaxStages));
  }
  std::set<std::string> codes;
  bool voting_covered = false;
  for (std::size_t i = 0; i < stages->size(); ++i) {
    const nlohmann::json& s = (*stages)[i];
    std::string where = fmt::format("stages[{}]", i);
    if (!s.is_object()) {
      return Bad(where, "harus objek", "must be an object");
    }
    ElectionStage stage;
    stage.seq = static_cast<int>(i) + 1;
    NETRA_ASSIGN_OR_RETURN(stage.code, Text(s, "code", where));
    where += " (" + stage.code + ")";
    NETRA_ASSIGN_OR_RETURN(stage.name, Text(s, "name", where));
    NETRA_ASSIGN_OR_RETURN(stage.start_date, Date(s, "start", where));
    NETRA_ASSIGN_OR_RETURN(stage.end_date, Date(s, "end", where));
    NETRA_ASSIGN_OR_RETURN(stage.legal_basis, Text(s, "legal_basis", where));
    if (stage.end_date < stage.start_date) {
      return Bad(where,
                 fmt::format("tanggal akhir {} sebelum tanggal mulai {}", stage.end_date,
                             stage.start_date),
                 fmt::format("end {} is before start {}", stage.end_date, stage.start_date));
    }
    if (!codes.insert(stage.code).second) {
      return Bad(where, "kode tahapan muncul dua kali", "stage code appears twice");
    }
    voting_covered =
        voting_covered || (stage.start_date <= e.voting_date && e.voting_date <= stage.end_date);
    def.stages.push_back(std::move(stage));
  }
  if (!voting_covered) {
    return Bad(
        "voting_date",
        fmt::format("hari pemungutan suara {} tidak berada dalam tahapan mana pun", e.voting_date),
        fmt::format("voting date {} lies in no stage", e.voting_date));
  }
  return def;
}

Result<ElectionDefinition> LoadElectionDefinition(const std::string& dir, const std::string& code) {
  for (const char c : code) {
    if (!std::islower(static_cast<unsigned char>(c)) &&
        !std::isdigit(static_cast<unsigned char>(c)) && c != '-') {
      return Status(
          ErrorCode::kInvalidArgument,
          fmt::format("Kode pemilihan '{}' hanya boleh huruf kecil, angka dan '-'", code),
          fmt::format("Election code '{}' may hold only lowercase letters, digits and '-'", code));
    }
  }
  const std::string path = (std::filesystem::path(dir) / (code + ".json")).string();
  Result<std::string> text = ReadFile(path, kMaxDefinitionBytes);
  if (!text.ok()) {
    if (text.status().code() != ErrorCode::kNotFound) return text.status();
    return Status(ErrorCode::kNotFound,
                  fmt::format("Tidak ada definisi untuk pemilihan '{}' ({})", code, path),
                  fmt::format("No definition for election '{}' ({})", code, path));
  }
  Result<ElectionDefinition> def = ParseElectionDefinition(*text);
  if (!def.ok()) {
    return Status(def.status().code(), path + ": " + def.status().message_id(),
                  path + ": " + def.status().message_en());
  }
  if (def->election.code != code) {
    return Status(
        ErrorCode::kInvalidArgument,
        fmt::format("{}: kode '{}' tidak sama dengan nama berkas", path, def->election.code),
        fmt::format("{}: code '{}' does not match the file name", path, def->election.code));
  }
  return def;
}

Result<ElectionImportReport> ImportElection(Store& store, const Lexicon& lexicon,
                                            const ElectionDefinition& definition) {
  if (lexicon.election != definition.election.code) {
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("Leksikon untuk pemilihan '{}', definisi untuk '{}'",
                              lexicon.election, definition.election.code),
                  fmt::format("The lexicon is for election '{}', the definition for '{}'",
                              lexicon.election, definition.election.code));
  }
  for (const LexiconContest& lc : lexicon.contests) {
    const Contest& c = lc.contest;
    Result<Region> region = store.GetRegion(c.region_code);
    if (region.ok()) continue;
    if (region.status().code() != ErrorCode::kNotFound) return region.status();
    return Status(ErrorCode::kInvalidArgument,
                  fmt::format("Kontestasi {} {} ({}): kode wilayah tidak ada (jalankan netra "
                              "import regions)",
                              c.office, c.region_code, c.region_name),
                  fmt::format("Contest {} {} ({}): region code does not exist (run netra import "
                              "regions)",
                              c.office, c.region_code, c.region_name));
  }
  ElectionImportReport report;
  NETRA_ASSIGN_OR_RETURN(const Election election, store.UpsertElection(definition.election));
  report.election_id = election.id;
  std::vector<ElectionStage> stages = definition.stages;
  for (ElectionStage& s : stages) s.election_id = election.id;
  NETRA_RETURN_IF_ERROR(store.ReplaceElectionStages(election.id, stages));
  report.stages = static_cast<std::int64_t>(stages.size());
  for (const LexiconContest& lc : lexicon.contests) {
    Contest contest = lc.contest;
    contest.election_id = election.id;
    NETRA_ASSIGN_OR_RETURN(const Contest stored, store.UpsertContest(contest));
    ++report.contests;
    for (Candidate candidate : lc.candidates) {
      candidate.contest_id = stored.id;
      NETRA_RETURN_IF_ERROR(store.UpsertCandidate(candidate).status());
      ++report.candidates;
    }
  }
  return report;
}

Result<ElectionImportReport> ImportElectionFile(Store& store, const std::string& lexicon_path,
                                                const std::string& elections_dir) {
  NETRA_ASSIGN_OR_RETURN(const std::string text, ReadFile(lexicon_path, kMaxLexiconBytes));
  Result<Lexicon> lexicon = ParseLexicon(text);
  if (!lexicon.ok()) {
    return Status(lexicon.status().code(), lexicon_path + ": " + lexicon.status().message_id(),
                  lexicon_path + ": " + lexicon.status().message_en());
  }
  NETRA_ASSIGN_OR_RETURN(const ElectionDefinition def,
                         LoadElectionDefinition(elections_dir, lexicon->election));
  return ImportElection(store, *lexicon, def);
}

}  // namespace netra::ingest
