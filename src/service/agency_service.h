// AgencyService: agencies and their units, scoped to the caller's region.
// Reads: every staff role. Writes: operator_instansi and admin.
// Thread-safe (stateless over a thread-safe Store).
#pragma once

#include <cstdint>
#include <vector>

#include "core/status.h"
#include "service/caller.h"
#include "store/store.h"

namespace netra {

class AgencyService {
 public:
  explicit AgencyService(Store& store) : store_(store) {}

  // filter.region_scope defaults to the caller's scope; one outside it is kNotFound.
  Result<PageOf<Agency>> List(const Caller& caller, AgencyFilter filter, Page page);
  Result<Agency> Get(const Caller& caller, std::int64_t id);
  // Insert or update by code; the region must exist and lie in the caller's scope.
  Result<Agency> Upsert(const Caller& caller, const Agency& agency);
  Result<std::vector<Unit>> ListUnits(const Caller& caller, std::int64_t agency_id);
  // The parent, when given, must be a unit of the same agency.
  Result<Unit> UpsertUnit(const Caller& caller, const Unit& unit);

 private:
  Store& store_;
};

// Clamp paging parameters to the API's limits (limit 1..500, offset ≥ 0).
Page ClampPage(Page page);

}  // namespace netra
