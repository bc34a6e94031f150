#include "api/app.h"

namespace netra::api {

ApiApp::ApiApp(Store& store, const Clock& clock, AuthOptions auth_options)
    : auth_(store, clock, auth_options),
      regions_(store),
      agencies_(store),
      employees_(store, clock),
      users_(store, clock),
      elections_(store),
      imports_(store, clock),
      authenticator_(auth_) {}

http::Router ApiApp::BuildRouter() {
  http::Router router;
  RegisterAllRoutes(router, {auth_, regions_, agencies_, employees_, users_, elections_, imports_});
  return router;
}

}  // namespace netra::api
