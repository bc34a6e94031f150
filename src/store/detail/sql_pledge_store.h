// SqlPledgeStore: PledgeStore in the SQL both SQLite and PostgreSQL accept,
// on the SqlExecutor (and so the connection pool) SqlStore uses.
//
// Thread-safety: as Store.
#pragma once

#include <memory>

#include "store/detail/sql_executor.h"
#include "store/pledge_store.h"

namespace netra::store_detail {

class SqlPledgeStore final : public PledgeStore {
 public:
  explicit SqlPledgeStore(std::shared_ptr<SqlExecutor> executor) : executor_(std::move(executor)) {}

  Result<StoredPledgeText> InsertText(const StoredPledgeText& text) override;
  Result<StoredPledgeText> GetText(std::int64_t id) override;
  Result<std::vector<StoredPledgeText>> ListTexts() override;

  Result<PledgeKeyRow> EnsureKey(const std::string& public_key, std::int64_t now) override;
  Result<std::vector<PledgeKeyRow>> ListKeys() override;

  Result<PledgeEvent> InsertEvent(const PledgeEvent& event) override;
  Result<PledgeEvent> GetEvent(std::int64_t id) override;
  Result<PageOf<PledgeEvent>> ListEvents(const EventFilter& filter, Page page) override;
  Result<std::int64_t> AddAttendance(std::int64_t event_id,
                                     std::span<const AttendanceRow> rows) override;
  Result<std::vector<AttendanceView>> ListAttendance(std::int64_t event_id) override;
  Result<Attachment> InsertAttachment(const Attachment& attachment) override;
  Result<std::vector<Attachment>> ListAttachments(std::int64_t event_id) override;

  Status InsertCodes(std::span<const PledgeCode> codes) override;
  Result<std::vector<PledgeCode>> ActiveCodes(std::int64_t employee_id, std::int64_t now) override;
  Status RecordCodeFailure(std::int64_t code_id) override;

  Result<std::vector<SignResult>> InsertSignatures(std::span<const NewSignature> items) override;
  Result<PledgeSignatureRow> GetSignatureByNumber(const std::string& number) override;
  Result<std::optional<PledgeSignatureRow>> FindSignature(std::int64_t text_id,
                                                          std::int64_t employee_id) override;
  Result<std::vector<PledgeSignatureRow>> ListSignaturesOfEmployee(
      std::int64_t employee_id) override;
  Status RevokeSignature(std::int64_t id, std::int64_t at) override;
  Result<std::int64_t> CountEventSignatures(std::int64_t event_id) override;

  Result<std::vector<CoverageCell>> Coverage(const CoverageFilter& filter) override;
  Result<std::vector<UnsignedEmployee>> ListUnsigned(const CoverageFilter& filter,
                                                     int limit) override;

 private:
  std::shared_ptr<SqlExecutor> executor_;
};

}  // namespace netra::store_detail
