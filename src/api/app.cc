#include "api/app.h"

namespace netra::api {

ApiApp::ApiApp(Store& store, const Clock& clock, const EnforcementEnv& enforcement,
               AuthOptions auth_options)
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
      event_scan_(store, clock),
      alert_findings_(store, cases_),
      alert_review_(store, clock, alert_findings_),
      authenticator_(auth_) {}

http::Router ApiApp::BuildRouter() {
  http::Router router;
  RegisterAllRoutes(router,
                    {auth_, regions_, agencies_, employees_, users_, elections_, imports_, reports_,
                     cases_, audit_, max_evidence_bytes_, event_scan_, alert_review_});
  return router;
}

}  // namespace netra::api
