// CaseService: what staff do with cases (issue 4 items 3-5, 9-10): the inbox,
// a case's file, workflow moves (domain/case_workflow.h) with their deadlines
// counted in the region's zone, findings (temuan) by pengawas, clarification
// hearings, evidence, questions to reporters, opening a reporter's sealed
// identity, and the periodic escalation of PPKs who miss their deadline.
//
// Every use case checks role and region: a case outside the caller's region
// is kNotFound. Every change, identity opening and evidence read is appended
// to the audit chain in the same transaction as the change.
//
// Thread-safe (stateless over the thread-safe Store and EnforcementEnv).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/caller.h"
#include "service/clock.h"
#include "service/enforcement_env.h"
#include "service/report_service.h"
#include "store/enforcement_store.h"
#include "store/store.h"

namespace netra {

struct CaseQuery {
  std::string region_scope;  // defaults to the caller's; outside it is kNotFound
  std::vector<CaseStatus> statuses;
  bool actionable = false;  // only statuses from which the caller's role has a move
  bool include_closed = false;
};

struct CaseListItem {
  CaseRecord record;
  bool overdue = false;  // the running deadline has passed
};

struct CaseFile {
  CaseRecord record;
  bool overdue = false;
  std::vector<ReportRecord> reports;  // sealed identities are not opened here
  std::vector<TransitionRecord> history;
  std::vector<HearingRecord> hearings;
  std::vector<EvidenceRecord> evidence;
  std::vector<QuestionRecord> questions;
  std::vector<const CaseTransition*> next_moves;  // open to the caller's role
};

struct NewFinding {
  std::string region_code;
  std::string election_kind = "pilkada";
  std::int64_t subject_employee_id = 0;  // 0 when the person is not in the register
  std::string subject_name;
  std::string subject_agency;
  std::string summary;
  std::string act_date;  // YYYY-MM-DD
  std::string act_place;
  std::string violation_codes;  // "APK-INSTALL, SOC-POST"; optional
};

struct HeardPerson {
  std::string name;
  std::string capacity;  // "pelapor", "terlapor", "saksi", "ahli"
  std::string statement;
};

struct NewHearing {
  std::int64_t held_at = 0;  // unix seconds
  std::string place;
  std::vector<HeardPerson> heard;
};

struct EvidenceFile {
  EvidenceRecord record;
  std::string bytes;
};

struct EscalationSummary {
  int reminded = 0;  // PPKs reminded of a missed deadline
  int flagged = 0;   // cases flagged to BKN after the reminder went unanswered
};

class CaseService {
 public:
  CaseService(Store& store, const Clock& clock, const EnforcementEnv& env)
      : store_(store), clock_(clock), env_(env) {}

  // Roles: pengawas, penilai, ppk, auditor, admin. Earliest deadline first.
  Result<PageOf<CaseListItem>> Inbox(const Caller& caller, CaseQuery query, Page page);
  Result<CaseFile> Get(const Caller& caller, std::int64_t case_id);
  // Moves the case (domain/case_workflow.h NextCaseStatus decides role and
  // fields). The deadline of the move's rule starts (in the region's zone); a
  // move that starts none keeps the running deadline while the case stays in
  // Bawaslu's hands before a decision (INITIAL_REVIEW, CLARIFICATION, STUDY)
  // and clears it otherwise. kConflict ("case_moved") on a concurrent move.
  Result<CaseRecord> Move(const Caller& caller, std::int64_t case_id, CaseStatus to,
                          const CaseFields& fields, const std::string& reason);
  // A finding opens a case like a report does. Role: pengawas.
  Result<CaseRecord> RecordFinding(const Caller& caller, const NewFinding& finding);
  // Role: pengawas; the case must be past RECEIVED and not CLOSED.
  Result<HearingRecord> RecordHearing(const Caller& caller, std::int64_t case_id,
                                      const NewHearing& hearing);
  // Role: pengawas. `hearing_id`, when given, must belong to the case.
  Result<EvidenceRecord> AddEvidence(const Caller& caller, std::int64_t case_id,
                                     std::optional<std::int64_t> hearing_id,
                                     const std::string& file_name, std::string_view bytes);
  // A record Netra made itself (e.g. a confirmed monitoring alert as JSON),
  // kept as evidence of the case: hashed and stored as it is — it is not an
  // upload, so it is not sniffed or stripped. Role: pengawas.
  Result<EvidenceRecord> AddRecordEvidence(const Caller& caller, std::int64_t case_id,
                                           const std::string& file_name,
                                           const std::string& media_type, std::string_view bytes);
  // The copy shown to others (location stripped); `original` (pengawas only)
  // gives the uploaded bytes. Every read is audited.
  Result<EvidenceFile> ReadEvidence(const Caller& caller, std::int64_t case_id,
                                    std::int64_t evidence_id, bool original);
  // Role: pengawas. The reporter sees it through the receipt code.
  Result<QuestionRecord> AskReporter(const Caller& caller, std::int64_t case_id,
                                     std::int64_t report_id, const std::string& question);
  // Role: pengawas of the case's region; `purpose` is required and audited.
  // kFailedPrecondition for an anonymous report.
  Result<ReporterIdentity> OpenIdentity(const Caller& caller, std::int64_t case_id,
                                        std::int64_t report_id, const std::string& purpose);
  // The escalation pass `netra serve` runs periodically: an AWAITING_PPK case
  // past its deadline gets a reminder (level 1); still waiting
  // `flag_after_days` after the reminder, it is flagged to BKN (level 2).
  Result<EscalationSummary> RunEscalation();

 private:
  Result<CaseRecord> CaseInScope(const Caller& caller, std::int64_t case_id);

  Store& store_;
  const Clock& clock_;
  const EnforcementEnv& env_;
};

}  // namespace netra
