#include "api/api_util.h"
#include "api/routes.h"

namespace netra::api {
namespace {

constexpr std::size_t kMaxUploadBytes = 64u << 20;  // larger files go through the CLI

}  // namespace

void RegisterImportRoutes(http::Router& router, ImportService& imports) {
  router.Add(
      {"POST", "/api/v1/imports/employees", "imports.employees.create", kOperators, std::nullopt,
       kMaxUploadBytes},
      [&imports](const http::Request& request) -> Result<http::Response> {
        EmployeeUpload upload;
        upload.file_name = QueryString(request, "file_name", 200);
        if (upload.file_name.empty()) upload.file_name = "unggahan";
        upload.content_type = std::string(request.Header("content-type").value_or(""));
        NETRA_ASSIGN_OR_RETURN(upload.all_or_nothing, QueryBool(request, "all_or_nothing", false));
        upload.data = request.body;
        NETRA_ASSIGN_OR_RETURN(ImportJob job,
                               imports.StartEmployeeImport(CallerOf(request), std::move(upload)));
        return http::Response::Json(ToJson(job), 202);
      });

  router.Add({"GET", "/api/v1/imports/{id}", "imports.get", kOperators},
             [&imports](const http::Request& request) -> Result<http::Response> {
               NETRA_ASSIGN_OR_RETURN(std::int64_t id, PathId(request));
               NETRA_ASSIGN_OR_RETURN(ImportJob job, imports.Get(CallerOf(request), id));
               return http::Response::Json(ToJson(job));
             });
}

}  // namespace netra::api
