// Routes for reference data: regions, agencies and units, employees, elections.
#include "api/api_util.h"
#include "api/routes.h"
#include "http/request_parsing.h"

namespace netra::api {

void RegisterRegionRoutes(http::Router& router, RegionService& regions) {
  router.Add({"GET", "/api/v1/regions", "regions.children", kEveryone},
             [&regions](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(auto children,
                                      regions.Children(QueryString(request, "parent")));
               return http::Response::Json(Items(children));
             });

  router.Add({"GET", "/api/v1/regions/search", "regions.search", kEveryone},
             [&regions](const http::Request& request) -> Result<http::Response> {
               RegionQuery query;
               query.text = QueryString(request, "q");
               query.within = QueryString(request, "within");
               const std::string level = QueryString(request, "level");
               for (RegionLevel l : {RegionLevel::kProvince, RegionLevel::kRegency,
                                     RegionLevel::kDistrict, RegionLevel::kVillage}) {
                 if (level == RegionLevelName(l)) query.level = l;
               }
               if (!level.empty() && !query.level) {
                 return Status(ErrorCode::kInvalidArgument,
                               "Parameter 'level' harus provinsi, kabupaten_kota, kecamatan "
                               "atau desa_kelurahan",
                               "Parameter 'level' must be provinsi, kabupaten_kota, kecamatan "
                               "or desa_kelurahan");
               }
               NETRA_ASSIGN_OR_RETURN(auto limit, QueryInt(request, "limit", 1, 100));
               if (limit) query.limit = static_cast<int>(*limit);
               NETRA_ASSIGN_OR_RETURN(auto found, regions.Search(query));
               return http::Response::Json(Items(found));
             });

  router.Add({"GET", "/api/v1/regions/{code}", "regions.get", kEveryone},
             [&regions](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(RegionWithPath found,
                                      regions.Get(std::string(*request.PathParam("code"))));
               nlohmann::json path = nlohmann::json::array();
               for (const Region& r : found.path) path.push_back(ToJson(r));
               return http::Response::Json({{"region", ToJson(found.region)}, {"path", path}});
             });
}

void RegisterAgencyRoutes(http::Router& router, AgencyService& agencies) {
  router.Add({"GET", "/api/v1/agencies", "agencies.list", kStaff},
             [&agencies](const http::Request& request) -> Result<http::Response> {
               AgencyFilter filter;
               filter.region_scope = QueryString(request, "region");
               filter.text = QueryString(request, "q");
               filter.kind = QueryString(request, "kind");
               NETRA_ASSIGN_OR_RETURN(Page page, QueryPage(request));
               NETRA_ASSIGN_OR_RETURN(auto found, agencies.List(CallerOf(request), filter, page));
               return http::Response::Json(PageJson(found));
             });

  router.Add({"GET", "/api/v1/agencies/{id}", "agencies.get", kStaff},
             [&agencies](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(Agency agency, agencies.Get(CallerOf(request), id));
               return http::Response::Json(ToJson(agency));
             });

  router.Add({"POST", "/api/v1/agencies", "agencies.upsert", kOperators},
             [&agencies](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
               Agency agency;
               NETRA_ASSIGN_OR_RETURN(agency.code, JsonString(body, "code", true, 64));
               NETRA_ASSIGN_OR_RETURN(agency.name, JsonString(body, "name", true, 200));
               NETRA_ASSIGN_OR_RETURN(agency.kind, JsonString(body, "kind", true, 64));
               NETRA_ASSIGN_OR_RETURN(agency.region_code,
                                      JsonString(body, "region_code", true, 20));
               NETRA_ASSIGN_OR_RETURN(Agency stored, agencies.Upsert(CallerOf(request), agency));
               return http::Response::Json(ToJson(stored), 201);
             });

  router.Add({"GET", "/api/v1/agencies/{id}/units", "agencies.units.list", kStaff},
             [&agencies](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(auto units, agencies.ListUnits(CallerOf(request), id));
               return http::Response::Json(Items(units));
             });

  router.Add({"POST", "/api/v1/agencies/{id}/units", "agencies.units.upsert", kOperators},
             [&agencies](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(nlohmann::json body, http::ParseJsonObject(request));
               Unit unit;
               unit.agency_id = id;
               NETRA_ASSIGN_OR_RETURN(unit.code, JsonString(body, "code", true, 64));
               NETRA_ASSIGN_OR_RETURN(unit.name, JsonString(body, "name", true, 200));
               NETRA_ASSIGN_OR_RETURN(unit.parent_id, JsonId(body, "parent_id"));
               NETRA_ASSIGN_OR_RETURN(Unit stored, agencies.UpsertUnit(CallerOf(request), unit));
               return http::Response::Json(ToJson(stored), 201);
             });
}

void RegisterElectionRoutes(http::Router& router, ElectionService& elections) {
  router.Add({"GET", "/api/v1/elections", "elections.list", kEveryone},
             [&elections](const http::Request&) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(auto all, elections.List());
               return http::Response::Json(Items(all));
             });

  router.Add({"GET", "/api/v1/elections/{code}", "elections.get", kEveryone},
             [&elections](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(ElectionView view,
                                      elections.Get(std::string(*request.PathParam("code")),
                                                    QueryString(request, "region", 20)));
               nlohmann::json stages = nlohmann::json::array();
               for (const auto& s : view.stages) stages.push_back(ToJson(s));
               nlohmann::json contests = nlohmann::json::array();
               for (const auto& c : view.contests) contests.push_back(ToJson(c));
               return http::Response::Json({{"election", ToJson(view.election)},
                                            {"stages", std::move(stages)},
                                            {"contests", std::move(contests)}});
             });
}

}  // namespace netra::api
