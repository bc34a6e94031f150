#include "api/app.h"

#include <cstdio>
#include <cstdlib>

namespace netra::api {
namespace {

// The catalog is compiled in and checked by the domain tests, so a failure here
// is a broken build, not bad input.
ViolationCatalog ShippedCatalogOrDie() {
  Result<ViolationCatalog> catalog = LoadShippedViolationCatalog();
  if (!catalog.ok()) {
    std::fprintf(stderr, "netra: %s\n", catalog.status().ToString().c_str());
    std::abort();
  }
  return std::move(catalog).value();
}

}  // namespace

ApiApp::ApiApp(Store& store, const Clock& clock, const EnforcementEnv& enforcement,
               const PledgeWiring& pledge, AuthOptions auth_options)
    : auth_(store, clock, auth_options),
      regions_(store),
      agencies_(store),
      employees_(store, clock),
      users_(store, clock),
      elections_(store),
      imports_(store, clock),
      reports_(store, clock, enforcement),
      cases_(store, clock, enforcement),
      audit_(store),
      max_evidence_bytes_(enforcement.options().max_evidence_bytes),
      pledges_(store, clock, {&pledge.key, pledge.base_url}),
      pledge_events_(store, clock, pledge.blobs),
      event_scan_(store, clock),
      alert_findings_(store, cases_),
      alert_review_(store, clock, alert_findings_),
      case_handling_(store, clock),
      authenticator_(auth_),
      catalog_(ShippedCatalogOrDie()),
      clock_(clock) {}

http::Router ApiApp::BuildRouter() {
  http::Router router;
  RegisterAllRoutes(
      router, {auth_, regions_, agencies_, employees_, users_, elections_, imports_, reports_,
               cases_, audit_, max_evidence_bytes_, pledges_, pledge_events_, catalog_, clock_,
               event_scan_, alert_review_, case_handling_});
  return router;
}

}  // namespace netra::api
