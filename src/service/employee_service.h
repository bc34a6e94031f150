// EmployeeService: read access to employees, scoped to the caller's region,
// with the names of their agency and unit resolved for display.
// Thread-safe (stateless over a thread-safe Store).
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"
#include "service/caller.h"
#include "store/store.h"

namespace netra {

struct EmployeeView {
  Employee employee;
  std::string agency_name;
  std::string unit_name;
};

class EmployeeService {
 public:
  explicit EmployeeService(Store& store) : store_(store) {}

  // filter.region_scope defaults to the caller's scope; one outside it is kNotFound.
  Result<PageOf<EmployeeView>> List(const Caller& caller, EmployeeFilter filter, Page page);
  Result<EmployeeView> Get(const Caller& caller, std::int64_t id);

 private:
  Result<EmployeeView> Describe(Employee employee);

  Store& store_;
};

}  // namespace netra
