// The whole /api/v1 surface: each Register*Routes adds one resource's routes,
// each with its declared roles (docs/api.md), to the router.
#pragma once

#include "domain/violation_catalog.h"
#include "http/router.h"
#include "service/agency_service.h"
#include "service/alert_review_service.h"
#include "service/audit_service.h"
#include "service/auth_service.h"
#include "service/case_handling_service.h"
#include "service/case_service.h"
#include "service/clock.h"
#include "service/election_service.h"
#include "service/employee_service.h"
#include "service/event_scan_service.h"
#include "service/import_service.h"
#include "service/pledge_event_service.h"
#include "service/pledge_service.h"
#include "service/region_service.h"
#include "service/report_service.h"
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
  ReportService& reports;
  CaseService& cases;
  AuditService& audit;
  std::size_t max_evidence_bytes;
  PledgeService& pledges;
  PledgeEventService& pledge_events;
  const ViolationCatalog& catalog;
  const Clock& clock;
  EventScanService& event_scan;
  AlertReviewService& alert_review;
  CaseHandlingService& case_handling;
};

void RegisterAuthRoutes(http::Router& router, AuthService& auth, UserService& users);
void RegisterRegionRoutes(http::Router& router, RegionService& regions);
void RegisterAgencyRoutes(http::Router& router, AgencyService& agencies);
void RegisterEmployeeRoutes(http::Router& router, EmployeeService& employees);
void RegisterUserRoutes(http::Router& router, UserService& users);
void RegisterElectionRoutes(http::Router& router, ElectionService& elections);
void RegisterImportRoutes(http::Router& router, ImportService& imports);
void RegisterMonitoringRoutes(http::Router& router, EventScanService& scanning,
                              AlertReviewService& review);
void RegisterEnforcementRoutes(http::Router& router, ReportService& reports, CaseService& cases,
                               AuditService& audit, std::size_t max_evidence_bytes);
// A case's handling officer: GET /cases/{id}/officers, POST /cases/{id}/handler.
void RegisterCaseHandlingRoutes(http::Router& router, CaseHandlingService& handling);
void RegisterPledgeRoutes(http::Router& router, PledgeService& pledges);
void RegisterPledgeEventRoutes(http::Router& router, PledgeEventService& events);
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
  RegisterEnforcementRoutes(router, s.reports, s.cases, s.audit, s.max_evidence_bytes);
  RegisterPledgeRoutes(router, s.pledges);
  RegisterPledgeEventRoutes(router, s.pledge_events);
  RegisterCatalogRoutes(router, s.catalog, s.clock);
  RegisterMonitoringRoutes(router, s.event_scan, s.alert_review);
  RegisterCaseHandlingRoutes(router, s.case_handling);
}

}  // namespace netra::api
