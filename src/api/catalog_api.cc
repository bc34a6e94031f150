// The public violation catalog ("Boleh atau tidak?"): search the acts in force
// at a date. Reads the immutable catalog compiled into the binary; no account
// and no region, so there is no service call to make.
#include <cstdio>

#include "api/api_util.h"
#include "api/routes.h"
#include "domain/json_fields.h"
#include "domain/working_days.h"

namespace netra::api {
namespace {

nlohmann::json ToJson(const Violation& v, const ViolationCatalog& catalog,
                      const std::string& date) {
  nlohmann::json types = nlohmann::json::array();
  for (ViolationType t : v.types) types.push_back(ViolationTypeName(t));
  nlohmann::json refer = nlohmann::json::array();
  for (const std::string& key : v.refer_to) {
    const Authority* a = catalog.ResolveAuthority(key, date);
    if (a == nullptr) continue;
    refer.push_back({{"key", a->key}, {"name", a->name}, {"name_en", a->name_en}});
  }
  nlohmann::json examples = nlohmann::json::array();
  for (const CatalogExample& e : v.examples) {
    examples.push_back({{"allowed", e.allowed}, {"text", e.text}, {"text_en", e.text_en}});
  }
  return {{"code", v.code},
          {"category", v.category},
          {"actor", v.actor},
          {"title", v.title},
          {"title_en", v.title_en},
          {"description", v.description},
          {"description_en", v.description_en},
          {"types", std::move(types)},
          {"legal_basis", v.legal_basis},
          {"sanction", v.sanction},
          {"sanction_en", v.sanction_en},
          {"refer_to", std::move(refer)},
          {"valid_from", v.valid_from},
          {"valid_to", v.valid_to.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.valid_to)},
          {"confidence", ConfidenceName(v.confidence)},
          {"open_questions", v.open_questions},
          {"explain", v.explain},
          {"explain_en", v.explain_en},
          {"examples", std::move(examples)}};
}

std::string TodayInWib(const Clock& clock) {
  const CivilDate d = LocalDate(clock.Now(), TimeZone::kWib);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace

void RegisterCatalogRoutes(http::Router& router, const ViolationCatalog& catalog,
                           const Clock& clock) {
  router.Add(
      {"GET", "/api/v1/catalog/violations", "catalog.violations", kEveryone},
      [&catalog, &clock](const http::Request& request) -> Result<http::Response> {
        const std::string query = QueryString(request, "q");
        if (query.size() > 200) {
          return Status(ErrorCode::kInvalidArgument, "Parameter 'q' paling panjang 200 bita",
                        "Parameter 'q' must be at most 200 bytes");
        }
        std::string date = QueryString(request, "date", 10);
        if (date.empty()) {
          date = TodayInWib(clock);
        } else if (!IsIsoDate(date)) {
          return Status(ErrorCode::kInvalidArgument,
                        "Parameter 'date' harus tanggal YYYY-MM-DD, misalnya 2024-11-27",
                        "Parameter 'date' must be a date YYYY-MM-DD, e.g. 2024-11-27");
        }
        nlohmann::json items = nlohmann::json::array();
        for (const Violation* v : catalog.Search(query, date)) {
          items.push_back(ToJson(*v, catalog, date));
        }
        const std::size_t total = items.size();
        return http::Response::Json(
            {{"date", date}, {"query", query}, {"items", std::move(items)}, {"total", total}});
      });
}

}  // namespace netra::api
