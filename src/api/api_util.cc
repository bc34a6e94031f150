#include "api/api_util.h"

#include <charconv>
#include <ctime>

namespace netra::api {
namespace {

Status BadParam(const std::string& name, const std::string& why_id, const std::string& why_en) {
  return Status(ErrorCode::kInvalidArgument, "Parameter '" + name + "' " + why_id,
                "Parameter '" + name + "' " + why_en);
}

Status BadField(const std::string& name, const std::string& why_id, const std::string& why_en) {
  return Status(ErrorCode::kInvalidArgument, "Kolom '" + name + "' " + why_id,
                "Field '" + name + "' " + why_en);
}

nlohmann::json Nullable(const std::string& value) {
  return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
}

}  // namespace

Caller CallerOf(const http::Request& request) {
  if (!request.principal) return Caller::Public();
  const http::Principal& p = *request.principal;
  return {p.user_id, p.username, p.role, p.region_code};
}

std::string QueryString(const http::Request& request, const char* name, std::size_t max_len) {
  const auto value = request.Query(name);
  if (!value) return {};
  return std::string(value->substr(0, max_len + 1));
}

Result<std::optional<std::int64_t>> QueryInt(const http::Request& request, const char* name,
                                             std::int64_t min, std::int64_t max) {
  const auto text = request.Query(name);
  if (!text || text->empty()) return std::optional<std::int64_t>();
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size()) {
    return BadParam(name, "harus berupa bilangan bulat", "must be an integer");
  }
  if (value < min || value > max) {
    const std::string range = std::to_string(min) + ".." + std::to_string(max);
    return BadParam(name, "harus di antara " + range, "must be within " + range);
  }
  return std::optional<std::int64_t>(value);
}

Result<Page> QueryPage(const http::Request& request) {
  Page page;
  NETRA_ASSIGN_OR_RETURN(auto offset, QueryInt(request, "offset", 0, 100'000'000));
  NETRA_ASSIGN_OR_RETURN(auto limit, QueryInt(request, "limit", 1, 500));
  if (offset) page.offset = static_cast<int>(*offset);
  if (limit) page.limit = static_cast<int>(*limit);
  return page;
}

Result<bool> QueryBool(const http::Request& request, const char* name, bool fallback) {
  const auto text = request.Query(name);
  if (!text || text->empty()) return fallback;
  if (*text == "true" || *text == "1") return true;
  if (*text == "false" || *text == "0") return false;
  return BadParam(name, "harus true atau false", "must be true or false");
}

Result<std::int64_t> PathId(const http::Request& request, const char* name) {
  const auto text = request.PathParam(name);
  std::int64_t value = 0;
  if (text) {
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec == std::errc() && end == text->data() + text->size() && value > 0) return value;
  }
  return Status(ErrorCode::kNotFound, "Data tidak ditemukan", "Not found");
}

Result<std::string> JsonString(const nlohmann::json& body, const char* field, bool required,
                               std::size_t max_len) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) {
    if (required) return BadField(field, "wajib diisi", "is required");
    return std::string();
  }
  if (!it->is_string()) return BadField(field, "harus berupa teks", "must be a string");
  std::string value = it->get<std::string>();
  if (required && value.empty()) return BadField(field, "wajib diisi", "is required");
  if (value.size() > max_len) {
    return BadField(field, "paling banyak " + std::to_string(max_len) + " karakter",
                    "must be at most " + std::to_string(max_len) + " characters");
  }
  return value;
}

Result<std::optional<std::int64_t>> JsonId(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<std::int64_t>();
  if (!it->is_number_integer() || it->get<std::int64_t>() <= 0) {
    return BadField(field, "harus berupa id (bilangan bulat positif)",
                    "must be an id (a positive integer)");
  }
  return std::optional<std::int64_t>(it->get<std::int64_t>());
}

nlohmann::json Rfc3339(std::int64_t unix_seconds) {
  if (unix_seconds == 0) return nullptr;
  const std::time_t t = unix_seconds;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

nlohmann::json ToJson(const Region& region) {
  return {{"code", region.code},
          {"name", region.name},
          {"level", RegionLevelName(region.level)},
          {"parent_code", Nullable(region.parent_code)},
          {"time_zone", TimeZoneName(region.time_zone)}};
}

nlohmann::json ToJson(const Agency& agency) {
  return {{"id", agency.id},
          {"code", agency.code},
          {"name", agency.name},
          {"kind", agency.kind},
          {"region_code", agency.region_code}};
}

nlohmann::json ToJson(const Unit& unit) {
  return {{"id", unit.id},
          {"agency_id", unit.agency_id},
          {"parent_id", unit.parent_id ? nlohmann::json(*unit.parent_id) : nlohmann::json()},
          {"code", unit.code},
          {"name", unit.name}};
}

nlohmann::json ToJson(const EmployeeView& view) {
  const Employee& e = view.employee;
  return {{"id", e.id},
          {"nip", e.nip ? nlohmann::json(*e.nip) : nlohmann::json()},
          {"name", e.name},
          {"type", EmployeeTypeName(e.type)},
          {"position", PositionCategoryName(e.position)},
          {"position_title", e.position_title},
          {"golongan", e.golongan},
          {"gender", e.gender ? nlohmann::json(std::string(1, e.gender)) : nlohmann::json()},
          {"agency_id", e.agency_id},
          {"agency_name", view.agency_name},
          {"unit_id", e.unit_id ? nlohmann::json(*e.unit_id) : nlohmann::json()},
          {"unit_name", Nullable(view.unit_name)},
          {"region_code", e.region_code}};
}

nlohmann::json ToJson(const User& user) {
  return {
      {"id", user.id},
      {"username", user.username},
      {"display_name", user.display_name},
      {"role", RoleName(user.role)},
      {"region_code", user.region_code},
      {"employee_nip", user.employee_nip ? nlohmann::json(*user.employee_nip) : nlohmann::json()},
      {"disabled", user.disabled}};
}

nlohmann::json ToJson(const Election& election) {
  return {{"id", election.id},
          {"code", election.code},
          {"name", election.name},
          {"kind", election.kind},
          {"voting_date", election.voting_date}};
}

nlohmann::json ToJson(const ElectionStage& stage) {
  return {{"seq", stage.seq},           {"code", stage.code},
          {"name", stage.name},         {"start_date", stage.start_date},
          {"end_date", stage.end_date}, {"legal_basis", stage.legal_basis}};
}

nlohmann::json ToJson(const ContestView& view) {
  nlohmann::json candidates = nlohmann::json::array();
  for (const Candidate& c : view.candidates) {
    candidates.push_back({{"number", c.number},
                          {"head", c.head},
                          {"deputy", c.deputy},
                          {"pair", c.pair},
                          {"slogans", c.slogans},
                          {"hashtags", c.hashtags},
                          {"accounts", c.accounts},
                          {"parties", c.parties},
                          {"incumbent", c.incumbent}});
  }
  return {{"id", view.contest.id},
          {"region_code", view.contest.region_code},
          {"region_name", view.contest.region_name},
          {"office", view.contest.office},
          {"candidates", std::move(candidates)}};
}

nlohmann::json ToJson(const ImportJob& job) {
  nlohmann::json errors =
      nlohmann::json::parse(job.errors_json.empty() ? "[]" : job.errors_json, nullptr, false);
  if (errors.is_discarded()) errors = nlohmann::json::array();
  // Stored as reason_id/reason_en; the API names the Indonesian text `reason`.
  for (nlohmann::json& error : errors) {
    if (error.contains("reason_id")) {
      error["reason"] = error["reason_id"];
      error.erase("reason_id");
    }
  }
  return {{"id", job.id},
          {"kind", job.kind},
          {"status", job.status},
          {"file_name", job.file_name},
          {"rows_total", job.rows_total},
          {"rows_processed", job.rows_processed},
          {"inserted", job.inserted},
          {"updated", job.updated},
          {"rejected", job.rejected},
          {"errors", std::move(errors)},
          {"message", job.message},
          {"message_en", job.message_en},
          {"created_at", Rfc3339(job.created_at)},
          {"finished_at", Rfc3339(job.finished_at)}};
}

}  // namespace netra::api
