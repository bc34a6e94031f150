// The whole /api/v1 surface: each Register*Routes adds one resource's routes,
// each with its declared roles (docs/api.md), to the router.
#pragma once

#include "domain/violation_catalog.h"
#include "http/router.h"
#include "service/agency_service.h"
#include "service/auth_service.h"
#include "service/clock.h"
#include "service/election_service.h"
#include "service/employee_service.h"
#include "service/import_service.h"
#include "service/region_service.h"
#include "service/user_service.h"

namespace netra::api {

struct Services {
  AuthService& auth;
  RegionService& regions;
  AgencyService& agencies;
  EmployeeService& employees;
  UserService& users;
  ElectionService& elections;
  ImportService& imports;
  const ViolationCatalog& catalog;
  const Clock& clock;
};

void RegisterAuthRoutes(http::Router& router, AuthService& auth, UserService& users);
void RegisterRegionRoutes(http::Router& router, RegionService& regions);
void RegisterAgencyRoutes(http::Router& router, AgencyService& agencies);
void RegisterEmployeeRoutes(http::Router& router, EmployeeService& employees);
void RegisterUserRoutes(http::Router& router, UserService& users);
void RegisterElectionRoutes(http::Router& router, ElectionService& elections);
void RegisterImportRoutes(http::Router& router, ImportService& imports);
// Public: GET /api/v1/catalog/violations?q=&date= (date defaults to today in WIB).
void RegisterCatalogRoutes(http::Router& router, const ViolationCatalog& catalog,
                           const Clock& clock);

inline void RegisterAllRoutes(http::Router& router, const Services& s) {
  RegisterAuthRoutes(router, s.auth, s.users);
  RegisterRegionRoutes(router, s.regions);
  RegisterAgencyRoutes(router, s.agencies);
  RegisterEmployeeRoutes(router, s.employees);
  RegisterUserRoutes(router, s.users);
  RegisterElectionRoutes(router, s.elections);
  RegisterImportRoutes(router, s.imports);
  RegisterCatalogRoutes(router, s.catalog, s.clock);
}

}  // namespace netra::api
