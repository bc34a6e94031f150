#include "service/alert_findings.h"

namespace netra {

Result<OpenedFinding> AlertFindings::OpenFindingFromAlert(const Caller& caller,
                                                          const AlertFindingDraft& draft) {
  NewFinding finding;
  finding.region_code = draft.region_code;
  if (!draft.nip.empty()) {
    Result<Employee> employee = store_.GetEmployeeByNip(draft.nip);
    if (employee.ok()) {
      finding.subject_employee_id = employee->id;
    } else if (employee.status().code() != ErrorCode::kNotFound) {
      return employee.status();
    }
  }
  if (finding.subject_employee_id == 0) finding.subject_name = draft.account;
  finding.summary = draft.summary;
  // Event times are ISO 8601 ("2024-10-12T08:15:00+07:00"): the local date leads.
  finding.act_date = draft.event_time.substr(0, 10);
  finding.act_place = "Media sosial, akun " + draft.account;
  finding.violation_codes = draft.violation_code;
  NETRA_ASSIGN_OR_RETURN(CaseRecord opened, cases_.RecordFinding(caller, finding));
  NETRA_ASSIGN_OR_RETURN(EvidenceRecord evidence,
                         cases_.AddRecordEvidence(caller, opened.id, draft.evidence_name,
                                                  "application/json", draft.evidence_json));
  return OpenedFinding{opened.id, evidence.sha256};
}

}  // namespace netra
