// ApiApp: every service of the JSON API wired over one Store and Clock, and
// the router holding all /api/v1 routes. `netra serve` and the API tests build
// the same object, so the tests exercise exactly what is served.
// Thread-safe once built (the services are).
#pragma once

#include "api/routes.h"
#include "api/session_authenticator.h"
#include "http/router.h"
#include "service/alert_findings.h"
#include "service/alert_review_service.h"
#include "service/clock.h"
#include "service/enforcement_env.h"
#include "service/event_scan_service.h"
#include "store/store.h"

namespace netra::api {

// What the pledge services need beyond the store: the instance's signing key,
// the blob directory for event photos and materials, the public base URL.
struct PledgeWiring {
  const SigningKey& key;   // outlives the ApiApp
  const BlobStore& blobs;  // outlives the ApiApp
  std::string base_url;    // "https://netra.example.go.id", for certificate QR codes
};

class ApiApp {
 public:
  ApiApp(Store& store, const Clock& clock, const EnforcementEnv& enforcement,
         const PledgeWiring& pledge, AuthOptions auth_options = {});

  // A new router with every /api/v1 route registered.
  http::Router BuildRouter();
  SessionAuthenticator& authenticator() { return authenticator_; }
  AuthService& auth() { return auth_; }
  ImportService& imports() { return imports_; }
  CaseService& cases() { return cases_; }
  PledgeService& pledges() { return pledges_; }
  EventScanService& event_scan() { return event_scan_; }

 private:
  AuthService auth_;
  RegionService regions_;
  AgencyService agencies_;
  EmployeeService employees_;
  UserService users_;
  ElectionService elections_;
  ImportService imports_;
  ReportService reports_;
  CaseService cases_;
  AuditService audit_;
  std::size_t max_evidence_bytes_;
  PledgeService pledges_;
  PledgeEventService pledge_events_;
  EventScanService event_scan_;
  AlertFindings alert_findings_;
  AlertReviewService alert_review_;
  CaseHandlingService case_handling_;
  SessionAuthenticator authenticator_;
  ViolationCatalog catalog_;
  const Clock& clock_;
};

}  // namespace netra::api
