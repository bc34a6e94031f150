// ReportService: what the public does without an account (issue 4 item 2).
// File a report, anonymous or identified; the identity is sealed to the
// region (IdentityVault) before it reaches the store. The reporter gets a
// receipt code, shown once and stored only as its BLAKE2b hash, with which
// they follow the case, answer the pengawas's questions and add evidence.
// Wrong receipt codes and filings are counted per client address (throttled).
//
// A report about an employee already subject of an open case for an act
// within a few days joins that case, which keeps every reporter.
//
// Thread-safe (stateless over the thread-safe Store and EnforcementEnv).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/caller.h"
#include "service/clock.h"
#include "service/enforcement_env.h"
#include "store/enforcement_store.h"
#include "store/store.h"

namespace netra {

struct ReporterIdentity {
  std::string name;
  std::string nik;  // 16 digits
  std::string address;
  std::string phone;
};

struct Witness {
  std::string name;
  std::string contact;
};

struct NewReport {
  bool anonymous = true;
  ReporterIdentity identity;  // required unless anonymous
  std::string region_code;    // where the act happened (a regency/city or below)
  std::string election_kind = "pilkada";
  std::string subject_name;
  std::string subject_agency;
  std::string subject_nip;  // optional
  std::string description;
  std::string act_date;    // YYYY-MM-DD
  std::string known_date;  // YYYY-MM-DD, when the reporter learned of it
  std::string act_place;
  std::vector<Witness> witnesses;
};

struct ReportReceipt {
  std::string receipt_code;  // shown once; only its hash is kept
  std::int64_t case_id = 0;
  std::string origin = "report";  // of the case: "finding" when joined to one
  std::int64_t report_id = 0;
  bool late = false;             // filed after the reporting window
  bool joined_existing = false;  // attached to an open case about the same act
  std::int64_t received_at = 0;
};

struct ReceiptStep {
  CaseStatus status = CaseStatus::kReceived;
  std::int64_t at = 0;
};

struct ReceiptView {
  std::int64_t case_id = 0;
  std::string origin;  // of the case
  CaseStatus status = CaseStatus::kReceived;
  std::int64_t status_since = 0;
  std::int64_t received_at = 0;
  bool late = false;
  std::vector<ReceiptStep> steps;         // RECEIVED first
  std::vector<QuestionRecord> questions;  // asked of this reporter
  int evidence_files = 0;                 // attached by this reporter
};

class ReportService {
 public:
  ReportService(Store& store, const Clock& clock, const EnforcementEnv& env)
      : store_(store), clock_(clock), env_(env) {}

  // kInvalidArgument naming the field; kNotFound for an unknown region;
  // kResourceExhausted ("report_throttled") when this address filed too many.
  Result<ReportReceipt> File(const NewReport& report, const std::string& client_address);
  // kNotFound for an unknown code (counted); kResourceExhausted
  // ("receipt_throttled") after too many wrong codes from the address.
  Result<ReceiptView> Track(const std::string& receipt_code, const std::string& client_address);
  // Answers a question asked of this receipt's report; kConflict when answered.
  Result<QuestionRecord> Answer(const std::string& receipt_code, std::int64_t question_id,
                                const std::string& answer, const std::string& client_address);
  // Adds an evidence file to this receipt's report (see CaseService::AddEvidence
  // for the checks).
  Result<EvidenceRecord> AddEvidence(const std::string& receipt_code, const std::string& file_name,
                                     std::string_view bytes, const std::string& client_address);

 private:
  Result<ReportRecord> Lookup(const std::string& receipt_code, const std::string& client_address);

  Store& store_;
  const Clock& clock_;
  const EnforcementEnv& env_;
};

// Stores an evidence file for a case: size limit, type sniffed by content,
// original and location-stripped copy put in the blob store, row and audit
// entry written. Shared by ReportService and CaseService.
Result<EvidenceRecord> StoreEvidence(Store& store, const EnforcementEnv& env, const Caller& caller,
                                     const CaseRecord& target, EvidenceRecord row,
                                     std::string_view bytes, std::int64_t now);

// Receipt codes: 20 Crockford base-32 characters in groups of five
// ("7KQ2D-…"); Normalize accepts lower case, missing dashes and the
// look-alikes O/I/L.
std::string NewReceiptCode();
std::string ReceiptHash(const std::string& receipt_code);

}  // namespace netra
