// ElectionService: public read access to elections, stages, contests and
// candidates. Thread-safe (stateless over a thread-safe Store).
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra {

struct ContestView {
  Contest contest;
  std::vector<Candidate> candidates;
};

struct ElectionView {
  Election election;
  std::vector<ElectionStage> stages;
  std::vector<ContestView> contests;
};

class ElectionService {
 public:
  explicit ElectionService(Store& store) : store_(store) {}

  Result<std::vector<Election>> List();
  // Contests limited to those within `region` ("" = all).
  Result<ElectionView> Get(const std::string& code, const std::string& region);

 private:
  Store& store_;
};

}  // namespace netra
