// SqlEnforcementStore: EnforcementStore in the SQL both backends accept, on the
// executor (pool) of the SqlStore it belongs to. Thread-safety: as Store.
#pragma once

#include <memory>

#include "store/detail/sql_executor.h"
#include "store/enforcement_store.h"

namespace netra::store_detail {

class SqlEnforcementStore final : public EnforcementStore {
 public:
  explicit SqlEnforcementStore(std::shared_ptr<SqlExecutor> executor)
      : executor_(std::move(executor)) {}

  Result<CaseRecord> CreateCase(const CaseRecord& record, const std::optional<ReportRecord>& report,
                                const AuditEntry& audit) override;
  Result<CaseRecord> GetCase(std::int64_t id) override;
  Result<PageOf<CaseRecord>> ListCases(const CaseFilter& filter, Page page) override;
  Result<std::vector<CaseRecord>> ListOpenCasesAbout(std::int64_t employee_id) override;
  Result<CaseRecord> ApplyTransition(const TransitionRecord& transition, const AuditEntry& audit,
                                     const std::vector<GeneratedDocument>& documents) override;
  Result<std::vector<TransitionRecord>> ListTransitions(std::int64_t case_id) override;
  Result<std::vector<CaseRecord>> ListOverdue(CaseStatus status, std::int64_t now, int below_level,
                                              int limit) override;
  Status SetEscalation(std::int64_t case_id, int level, std::int64_t at,
                       const AuditEntry& audit) override;

  Result<ReportRecord> AddReport(const ReportRecord& report, const AuditEntry& audit) override;
  Result<ReportRecord> GetReport(std::int64_t id) override;
  Result<ReportRecord> GetReportByReceipt(const std::string& receipt_hash) override;
  Result<std::vector<ReportRecord>> ListReports(std::int64_t case_id) override;

  Result<HearingRecord> AddHearing(const HearingRecord& hearing, const AuditEntry& audit) override;
  Result<std::vector<HearingRecord>> ListHearings(std::int64_t case_id) override;
  Result<EvidenceRecord> AddEvidence(const EvidenceRecord& evidence,
                                     const AuditEntry& audit) override;
  Result<EvidenceRecord> GetEvidence(std::int64_t id) override;
  Result<std::vector<EvidenceRecord>> ListEvidence(std::int64_t case_id) override;
  Result<QuestionRecord> AddQuestion(const QuestionRecord& question,
                                     const AuditEntry& audit) override;
  Result<QuestionRecord> AnswerQuestion(std::int64_t question_id, const std::string& answer,
                                        std::int64_t at, const AuditEntry& audit) override;
  Result<QuestionRecord> GetQuestion(std::int64_t id) override;
  Result<std::vector<QuestionRecord>> ListQuestions(std::int64_t case_id) override;

  Result<int> NextDocumentSequence(const std::string& office_code, int year,
                                   const std::string& kind) override;
  Result<std::vector<CaseDocumentRecord>> ListCaseDocuments(std::int64_t case_id) override;
  Result<CaseDocumentRecord> GetCaseDocument(std::int64_t id) override;

  Result<RegionKeyRecord> EnsureRegionKey(const RegionKeyRecord& key) override;
  Result<RegionKeyRecord> GetRegionKey(const std::string& region_code) override;

  Result<AuditEntry> AppendAudit(const AuditEntry& entry) override;
  Result<PageOf<AuditEntry>> ListAudit(const AuditFilter& filter, Page page) override;
  Result<std::vector<AuditEntry>> ReadAuditChain(std::int64_t after_seq, int limit) override;
  Result<AuditHead> GetAuditHead() override;

 private:
  std::shared_ptr<SqlExecutor> executor_;
};

}  // namespace netra::store_detail
