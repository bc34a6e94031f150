// EmployeeService: read access to employees, scoped to the caller's region,
// with the names of their agency and unit resolved for display.
// Thread-safe (stateless over a thread-safe Store).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"
#include "domain/nip.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/store.h"

namespace netra {

struct EmployeeView {
  Employee employee;
  std::string agency_name;
  std::string unit_name;
  std::optional<Nip> nip_info;  // decoded NIP, set by Get when the NIP is valid
  std::string region_name;      // set by Get
};

class EmployeeService {
 public:
  EmployeeService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // filter.region_scope defaults to the caller's scope; one outside it is kNotFound.
  Result<PageOf<EmployeeView>> List(const Caller& caller, EmployeeFilter filter, Page page);
  Result<EmployeeView> Get(const Caller& caller, std::int64_t id);

 private:
  Result<EmployeeView> Describe(Employee employee);

  Store& store_;
  const Clock& clock_;
};

}  // namespace netra
