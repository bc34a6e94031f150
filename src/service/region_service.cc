#include "service/region_service.h"

#include <algorithm>

namespace netra {
namespace {

constexpr int kMaxSearchResults = 100;
constexpr std::size_t kMaxQueryLength = 100;

}  // namespace

Result<std::vector<Region>> RegionService::Children(const std::string& parent) {
  NETRA_RETURN_IF_ERROR(ParseRegionCode(parent).status());
  if (!parent.empty()) NETRA_RETURN_IF_ERROR(store_.GetRegion(parent).status());
  return store_.ListRegionChildren(parent);
}

Result<std::vector<Region>> RegionService::Search(RegionQuery query) {
  if (query.text.size() > kMaxQueryLength) {
    return Status(ErrorCode::kInvalidArgument, "Kata kunci pencarian terlalu panjang",
                  "Search text is too long");
  }
  if (!query.within.empty()) NETRA_RETURN_IF_ERROR(ParseRegionCode(query.within).status());
  query.limit = std::clamp(query.limit, 1, kMaxSearchResults);
  return store_.SearchRegions(query);
}

Result<RegionWithPath> RegionService::Get(const std::string& code) {
  NETRA_RETURN_IF_ERROR(ParseRegionCode(code).status());
  RegionWithPath out;
  NETRA_ASSIGN_OR_RETURN(out.region, store_.GetRegion(code));
  for (std::string parent = out.region.parent_code; !parent.empty();
       parent = ParentRegionCode(parent)) {
    NETRA_ASSIGN_OR_RETURN(Region ancestor, store_.GetRegion(parent));
    out.path.push_back(std::move(ancestor));
  }
  std::reverse(out.path.begin(), out.path.end());
  return out;
}

}  // namespace netra
