// SqlMonitoringStore: MonitoringStore in the SQL both backends accept, on the
// executor (pool) the SqlStore it belongs to uses. Thread-safety: as Store.
#pragma once

#include <memory>

#include "store/detail/sql_executor.h"
#include "store/monitoring_store.h"

namespace netra::store_detail {

class SqlMonitoringStore final : public MonitoringStore {
 public:
  explicit SqlMonitoringStore(std::shared_ptr<SqlExecutor> executor)
      : executor_(std::move(executor)) {}

  Result<LexiconVersion> AddLexiconVersion(const LexiconVersion& lexicon) override;
  Result<LexiconVersion> CurrentLexicon() override;
  Result<std::int64_t> CurrentLexiconVersion() override;
  Result<UpsertCounts> ReplaceMonitoredAccounts(
      std::span<const MonitoredAccountRow> accounts) override;
  Result<std::int64_t> AccountsVersion() override;
  Result<std::vector<MonitoredAccountRow>> ListMonitoredAccounts() override;
  Result<StoredEvents> AddEvents(std::span<const SocialEventRow> events) override;
  Result<std::vector<SocialEventRow>> ListEventsSince(const std::string& since,
                                                      std::int64_t after_id, int limit) override;
  Result<std::int64_t> AddAlerts(std::span<const MonitoringAlert> alerts) override;
  Result<PageOf<MonitoringAlert>> ListAlerts(const AlertFilter& filter, Page page) override;
  Result<MonitoringAlert> GetAlert(std::int64_t id) override;
  Status ClaimAlert(const AlertClaim& claim, std::int64_t stale_before) override;
  Status ReleaseAlert(const AlertClaim& claim) override;
  Status DecideAlert(const AlertDecision& decision) override;

 private:
  std::shared_ptr<SqlExecutor> executor_;
};

}  // namespace netra::store_detail
