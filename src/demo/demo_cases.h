// Demo enforcement cases (issue 4 item 11): a deterministic plan of reports
// and findings that, played through the enforcement services, leaves cases in
// every workflow status with their history, hearings, questions and audit
// entries, spread over the demo regions and violation types. Pure: the plan
// is data; `netra demo` plays it (src/cli/demo_command.cc).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/demo_data.h"
#include "domain/case_workflow.h"

namespace netra {

struct DemoCaseStep {
  CaseStatus to = CaseStatus::kReceived;
  CaseFields fields;
  std::int64_t at = 0;  // unix seconds
};

struct DemoCase {
  std::string region_code;
  bool finding = false;   // opened by the pengawas instead of a public report
  bool anonymous = true;  // for reports
  std::string reporter_name, reporter_nik, reporter_address, reporter_phone;
  std::string subject_nip;  // a demo employee of the region
  std::string subject_name;
  std::string subject_agency;
  std::string violation_code;  // domain.md §2 catalog code
  std::string description;
  std::string act_place;
  std::string act_date;    // YYYY-MM-DD
  std::string known_date;  // YYYY-MM-DD; late when more than 7 days after it was filed
  std::int64_t received_at = 0;
  bool second_reporter = false;  // a duplicate report joins the case
  std::vector<DemoCaseStep> steps;
  std::int64_t hearing_at = 0;   // 0: no hearing; else recorded while in CLARIFICATION
  std::int64_t question_at = 0;  // 0: no question to the reporter
  bool question_answered = false;
};

// The first region's pengawas as Bawaslu secretariat staff seconded from the
// regional government: linked to an employee (users.employee_nip) of an
// agency that no planned case reports on but one, a finding about a colleague
// of that agency, which so shows an officer conflict of interest.
struct DemoOfficerLink {
  std::string username;     // "pengawas.<slug>"
  std::string nip;          // the officer's own employee record
  std::string agency_code;  // its home agency
};
DemoOfficerLink DemoLinkedOfficer(const DemoData& data);

// Two cases ending in each of the 19 statuses, plus closed cases reached by
// each closing route, rotating over `data`'s regions (those with employees)
// and the violation catalog, and last the finding of DemoLinkedOfficer. The
// same `data` gives the same plan.
std::vector<DemoCase> PlanDemoCases(const DemoData& data);

// The pengawas and PPK accounts the plan needs in regions beyond the first
// (which `data.accounts` already covers): "pengawas.<slug>", "ppk.<slug>";
// the Bawaslu and the governor of each seed province ("pengawas.jatim",
// "ppk.jatim"), which take cases a conflict of interest sends one level up;
// and "ppk.kemendagri", the Minister of Home Affairs, for a PPK decision that
// passes over a governor who is a candidate too.
std::vector<DemoAccount> DemoCaseHandlers(const DemoData& data);

}  // namespace netra
