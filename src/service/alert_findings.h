// AlertFindings: the FindingOpener of the early-warning review, on the case
// service — a confirmed alert becomes a finding (temuan) about the employee
// behind the account (or the account, when unlinked), dated on the event,
// with the alert's record as its first evidence file.
//
// Thread-safe (no state of its own).
#pragma once

#include "service/alert_review_service.h"
#include "service/case_service.h"
#include "store/store.h"

namespace netra {

class AlertFindings final : public FindingOpener {
 public:
  AlertFindings(Store& store, CaseService& cases) : store_(store), cases_(cases) {}

  Result<OpenedFinding> OpenFindingFromAlert(const Caller& caller,
                                             const AlertFindingDraft& draft) override;

 private:
  Store& store_;
  CaseService& cases_;
};

}  // namespace netra
