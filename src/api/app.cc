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

ApiApp::ApiApp(Store& store, const Clock& clock, AuthOptions auth_options)
    : auth_(store, clock, auth_options),
      regions_(store),
      agencies_(store),
      employees_(store, clock),
      users_(store, clock),
      elections_(store),
      imports_(store, clock),
      authenticator_(auth_),
      catalog_(ShippedCatalogOrDie()),
      clock_(clock) {}

http::Router ApiApp::BuildRouter() {
  http::Router router;
  RegisterAllRoutes(router, {auth_, regions_, agencies_, employees_, users_, elections_, imports_,
                             catalog_, clock_});
  return router;
}

}  // namespace netra::api
