// The whole /api/v1 surface: each Register*Routes adds one resource's routes,
// each with its declared roles (docs/api.md), to the router.
#pragma once

#include "http/router.h"
#include "service/agency_service.h"
#include "service/auth_service.h"
#include "service/election_service.h"
#include "service/employee_service.h"
#include "service/import_service.h"
#include "service/pledge_event_service.h"
#include "service/pledge_service.h"
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
  PledgeService& pledges;
  PledgeEventService& pledge_events;
};

void RegisterAuthRoutes(http::Router& router, AuthService& auth, UserService& users);
void RegisterRegionRoutes(http::Router& router, RegionService& regions);
void RegisterAgencyRoutes(http::Router& router, AgencyService& agencies);
void RegisterEmployeeRoutes(http::Router& router, EmployeeService& employees);
void RegisterUserRoutes(http::Router& router, UserService& users);
void RegisterElectionRoutes(http::Router& router, ElectionService& elections);
void RegisterImportRoutes(http::Router& router, ImportService& imports);
void RegisterPledgeRoutes(http::Router& router, PledgeService& pledges);
void RegisterPledgeEventRoutes(http::Router& router, PledgeEventService& events);

inline void RegisterAllRoutes(http::Router& router, const Services& s) {
  RegisterAuthRoutes(router, s.auth, s.users);
  RegisterRegionRoutes(router, s.regions);
  RegisterAgencyRoutes(router, s.agencies);
  RegisterEmployeeRoutes(router, s.employees);
  RegisterUserRoutes(router, s.users);
  RegisterElectionRoutes(router, s.elections);
  RegisterImportRoutes(router, s.imports);
  RegisterPledgeRoutes(router, s.pledges);
  RegisterPledgeEventRoutes(router, s.pledge_events);
}

}  // namespace netra::api
