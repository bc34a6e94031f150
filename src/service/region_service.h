// RegionService: public read access to the Kemendagri region tree.
// Thread-safe (stateless over a thread-safe Store).
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra {

struct RegionWithPath {
  Region region;
  std::vector<Region> path;  // ancestors, province first
};

class RegionService {
 public:
  explicit RegionService(Store& store) : store_(store) {}

  // Children of `parent` ("" = provinces); kInvalidArgument for a malformed code,
  // kNotFound for an unknown parent.
  Result<std::vector<Region>> Children(const std::string& parent);
  Result<std::vector<Region>> Search(RegionQuery query);
  Result<RegionWithPath> Get(const std::string& code);

 private:
  Store& store_;
};

}  // namespace netra
