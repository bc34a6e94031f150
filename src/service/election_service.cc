#include "service/election_service.h"

namespace netra {

Result<std::vector<Election>> ElectionService::List() { return store_.ListElections(); }

Result<ElectionView> ElectionService::Get(const std::string& code, const std::string& region) {
  NETRA_RETURN_IF_ERROR(ParseRegionCode(region).status());
  ElectionView view;
  NETRA_ASSIGN_OR_RETURN(view.election, store_.GetElectionByCode(code));
  NETRA_ASSIGN_OR_RETURN(view.stages, store_.ListElectionStages(view.election.id));
  NETRA_ASSIGN_OR_RETURN(std::vector<Contest> contests,
                         store_.ListContests(view.election.id, region));
  for (Contest& contest : contests) {
    ContestView contest_view;
    NETRA_ASSIGN_OR_RETURN(contest_view.candidates, store_.ListCandidates(contest.id));
    contest_view.contest = std::move(contest);
    view.contests.push_back(std::move(contest_view));
  }
  return view;
}

}  // namespace netra
