// ApiApp: every service of the JSON API wired over one Store and Clock, and
// the router holding all /api/v1 routes. `netra serve` and the API tests build
// the same object, so the tests exercise exactly what is served.
// Thread-safe once built (the services are).
#pragma once

#include "api/routes.h"
#include "api/session_authenticator.h"
#include "http/router.h"
#include "service/clock.h"
#include "store/store.h"

namespace netra::api {

class ApiApp {
 public:
  ApiApp(Store& store, const Clock& clock, AuthOptions auth_options = {});

  // A new router with every /api/v1 route registered.
  http::Router BuildRouter();
  SessionAuthenticator& authenticator() { return authenticator_; }
  AuthService& auth() { return auth_; }
  ImportService& imports() { return imports_; }

 private:
  AuthService auth_;
  RegionService regions_;
  AgencyService agencies_;
  EmployeeService employees_;
  UserService users_;
  ElectionService elections_;
  ImportService imports_;
  SessionAuthenticator authenticator_;
  ViolationCatalog catalog_;
  const Clock& clock_;
};

}  // namespace netra::api
