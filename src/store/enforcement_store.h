// EnforcementStore: storage of issue 4 — cases opened by public reports and
// pengawas findings, their workflow history, clarification hearings,
// evidence, questions to reporters, per-region sealing keys and the
// hash-chained audit log. Reached through Store::enforcement().
//
// Every method that changes a case takes the AuditEntry that records the
// change and appends it in the same transaction, so the audit chain never
// misses a change that was committed, nor records one that was not.
//
// Thread-safety: as Store. Errors: as Store; kConflict from ApplyTransition
// when the case has moved since the caller read it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/case_workflow.h"
#include "store/store.h"

namespace netra {

struct CaseRecord {
  std::int64_t id = 0;
  std::string origin;         // "report" | "finding"
  std::string region_code;    // whose Bawaslu handles the case
  std::string election_kind;  // "pilkada" | "pemilu"
  CaseStatus status = CaseStatus::kReceived;
  std::optional<std::int64_t> subject_employee_id;  // when matched to an employee
  std::string subject_name;
  std::string subject_agency;
  std::string subject_nip;  // "" when unknown
  std::string summary;
  std::string act_date;  // YYYY-MM-DD
  std::string act_place;
  std::string violation_codes_json = "[]";  // catalog codes, checked by the service
  bool late = false;
  std::int64_t received_at = 0;
  std::int64_t status_since = 0;
  std::optional<std::int64_t> deadline_at;
  std::string deadline_rule;  // "" when no deadline runs
  int escalation_level = 0;   // 0 none, 1 PPK reminded, 2 flagged to BKN
  std::int64_t escalated_at = 0;
  std::int64_t created_by = 0;  // 0 for a public report
};

struct ReportRecord {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  std::string region_code;
  bool anonymous = true;
  std::string sealed_identity;  // hex sealed box; "" when anonymous
  std::string receipt_hash;     // BLAKE2b hex of the receipt code
  std::string subject_name;
  std::string subject_agency;
  std::string subject_nip;
  std::string description;
  std::string act_date;
  std::string known_date;
  std::string act_place;
  std::string witnesses_json = "[]";
  bool late = false;
  std::int64_t received_at = 0;
};

struct TransitionRecord {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  CaseStatus from = CaseStatus::kReceived;
  CaseStatus to = CaseStatus::kReceived;
  std::int64_t actor_user_id = 0;
  std::string actor_role;
  std::string actor_name;
  std::int64_t at = 0;
  std::string fields_json = "{}";
  std::string reason;
  std::optional<std::int64_t> deadline_at;  // the deadline this move started or kept
  std::string deadline_rule;
  // When set, replaces the case's violation codes (the study's conclusion).
  std::optional<std::string> violation_codes_json;
};

struct HearingRecord {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  std::int64_t held_at = 0;
  std::string place;
  std::string heard_json = "[]";  // [{name, capacity, statement}]
  std::int64_t recorded_by = 0;
  std::int64_t recorded_at = 0;
};

struct EvidenceRecord {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  std::optional<std::int64_t> report_id;
  std::optional<std::int64_t> hearing_id;
  std::string file_name;
  std::string media_type;
  std::int64_t size = 0;
  std::string sha256;         // original
  std::string public_sha256;  // stripped copy
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
};

struct QuestionRecord {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  std::int64_t report_id = 0;
  std::string question;
  std::int64_t asked_by = 0;
  std::int64_t asked_at = 0;
  std::optional<std::string> answer;
  std::int64_t answered_at = 0;
};

struct RegionKeyRecord {
  std::string region_code;
  std::string public_key;         // hex
  std::string sealed_secret_key;  // hex
  std::int64_t created_at = 0;
};

// One link of the audit chain. The caller fills at, actor_user_id, actor,
// action, region_code, case_id and detail_json; the store assigns seq,
// prev_hash and hash.
struct AuditEntry {
  std::int64_t seq = 0;
  std::int64_t at = 0;
  std::int64_t actor_user_id = 0;  // 0: the public or the system
  std::string actor;               // username, "publik" or "sistem"
  std::string action;              // "case.transition", "identity.open", ...
  std::string region_code;
  std::optional<std::int64_t> case_id;
  std::string detail_json = "{}";  // never holds a reporter's identity
  std::string prev_hash;
  std::string hash;
};

struct AuditHead {
  std::int64_t seq = 0;  // 0 for an empty chain
  std::string hash;      // the genesis hash for an empty chain
};

// A PDF Netra generated for a workflow move (clarification record, study,
// recommendation letter); the bytes live in the blob store under sha256.
struct CaseDocumentRecord {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  std::int64_t transition_id = 0;  // assigned by ApplyTransition
  std::string kind;                // "BA-KLA" | "KAJ" | "REK" (CaseDocumentKindCode)
  std::string number;              // FormatCaseDocumentNumber
  std::string office_code;         // "" Bawaslu RI, "35", "35.13"
  int year = 0;
  int sequence = 0;
  std::string sha256;
  std::int64_t size = 0;
  std::int64_t generated_at = 0;
};

// A document to record with a move, and the audit entry that records it.
struct GeneratedDocument {
  CaseDocumentRecord record;
  AuditEntry audit;
};

// Which running deadlines an inbox keeps.
enum class CaseDeadlineFilter {
  kAny,      // every case
  kWithout,  // cases without a running deadline
  kWithin,   // cases whose deadline lies in [deadline_from, deadline_before)
};

// The cases an inbox lists; every member that is set narrows the list.
struct CaseFilter {
  std::string region_scope;          // required scoping
  std::vector<CaseStatus> statuses;  // empty: any
  bool open_only = false;            // leave out CLOSED
  std::optional<std::int64_t> subject_employee_id;
  std::string violation_code;  // a catalog code the case names; "" any
  CaseDeadlineFilter deadline = CaseDeadlineFilter::kAny;
  // Bounds for kWithin (unix seconds); an unset bound is open.
  std::optional<std::int64_t> deadline_from;    // deadline_at >= this
  std::optional<std::int64_t> deadline_before;  // deadline_at < this
  // Case-insensitive (ASCII) substring of the subject's name, NIP or the
  // summary, matched literally (LIKE wildcards are escaped); "" any.
  std::string text;
  std::string origin;  // "report" | "finding"; "" any
  std::optional<bool> late;
  std::string act_from, act_to;  // YYYY-MM-DD bounds of act_date, inclusive; "" open
};

struct AuditFilter {
  std::string region_scope;
  std::optional<std::int64_t> case_id;
};

class EnforcementStore {
 public:
  virtual ~EnforcementStore() = default;

  // --- cases ---
  // Inserts the case (id assigned) with its first report, if any, and the
  // audit entry; returns the stored case. `report.case_id` is set here.
  virtual Result<CaseRecord> CreateCase(const CaseRecord& record,
                                        const std::optional<ReportRecord>& report,
                                        const AuditEntry& audit) = 0;
  virtual Result<CaseRecord> GetCase(std::int64_t id) = 0;
  // Ordered for an inbox: earliest deadline first (overdue before due), cases
  // without a deadline after them, then by id. `total` counts every case the
  // filter keeps. kInvalidArgument for a malformed scope or over-long text.
  virtual Result<PageOf<CaseRecord>> ListCases(const CaseFilter& filter, Page page) = 0;
  // Cases about this employee that are not CLOSED, newest first (at most 50).
  virtual Result<std::vector<CaseRecord>> ListOpenCasesAbout(std::int64_t employee_id) = 0;
  // Moves the case from `transition.from` to `transition.to`, setting its
  // deadline to the transition's, and records the transition, the audit
  // entry and the move's generated documents (each with its own audit entry,
  // after the move's). kConflict ("case_moved") when the case is no longer in
  // `from`; kAlreadyExists when a document number is taken.
  virtual Result<CaseRecord> ApplyTransition(const TransitionRecord& transition,
                                             const AuditEntry& audit,
                                             const std::vector<GeneratedDocument>& documents) = 0;
  virtual Result<std::vector<TransitionRecord>> ListTransitions(std::int64_t case_id) = 0;
  // Cases in `status` whose deadline ended before `now` and whose escalation
  // level is below `below_level`, oldest deadline first.
  virtual Result<std::vector<CaseRecord>> ListOverdue(CaseStatus status, std::int64_t now,
                                                      int below_level, int limit) = 0;
  // Raises the escalation level; kConflict when it is already at `level` or
  // above (another process ran the pass).
  virtual Status SetEscalation(std::int64_t case_id, int level, std::int64_t at,
                               const AuditEntry& audit) = 0;

  // --- reports ---
  // Adds a further report to an existing case (duplicate reports).
  virtual Result<ReportRecord> AddReport(const ReportRecord& report, const AuditEntry& audit) = 0;
  virtual Result<ReportRecord> GetReport(std::int64_t id) = 0;
  virtual Result<ReportRecord> GetReportByReceipt(const std::string& receipt_hash) = 0;
  virtual Result<std::vector<ReportRecord>> ListReports(std::int64_t case_id) = 0;

  // --- hearings, evidence, questions ---
  virtual Result<HearingRecord> AddHearing(const HearingRecord& hearing,
                                           const AuditEntry& audit) = 0;
  virtual Result<std::vector<HearingRecord>> ListHearings(std::int64_t case_id) = 0;
  virtual Result<EvidenceRecord> AddEvidence(const EvidenceRecord& evidence,
                                             const AuditEntry& audit) = 0;
  virtual Result<EvidenceRecord> GetEvidence(std::int64_t id) = 0;
  virtual Result<std::vector<EvidenceRecord>> ListEvidence(std::int64_t case_id) = 0;
  virtual Result<QuestionRecord> AddQuestion(const QuestionRecord& question,
                                             const AuditEntry& audit) = 0;
  // kConflict ("already_answered") when the question has an answer.
  virtual Result<QuestionRecord> AnswerQuestion(std::int64_t question_id, const std::string& answer,
                                                std::int64_t at, const AuditEntry& audit) = 0;
  virtual Result<QuestionRecord> GetQuestion(std::int64_t id) = 0;
  virtual Result<std::vector<QuestionRecord>> ListQuestions(std::int64_t case_id) = 0;

  // --- generated documents ---
  // Takes the next sequence of `kind` for the office and year (1 for the
  // first). Committed on its own, so a number is never handed out twice even
  // when the move that asked for it then fails (the register skips it).
  virtual Result<int> NextDocumentSequence(const std::string& office_code, int year,
                                           const std::string& kind) = 0;
  virtual Result<std::vector<CaseDocumentRecord>> ListCaseDocuments(std::int64_t case_id) = 0;
  virtual Result<CaseDocumentRecord> GetCaseDocument(std::int64_t id) = 0;

  // --- sealing keys ---
  // Stores `key` unless the region has one already; returns the region's key
  // either way, so concurrent first reports agree on one key.
  virtual Result<RegionKeyRecord> EnsureRegionKey(const RegionKeyRecord& key) = 0;
  virtual Result<RegionKeyRecord> GetRegionKey(const std::string& region_code) = 0;

  // --- audit chain ---
  // Appends an entry on its own (identity openings, evidence reads).
  virtual Result<AuditEntry> AppendAudit(const AuditEntry& entry) = 0;
  // Newest first.
  virtual Result<PageOf<AuditEntry>> ListAudit(const AuditFilter& filter, Page page) = 0;
  // Rows with seq > after_seq in seq order, for verification.
  virtual Result<std::vector<AuditEntry>> ReadAuditChain(std::int64_t after_seq, int limit) = 0;
  virtual Result<AuditHead> GetAuditHead() = 0;
};

}  // namespace netra
