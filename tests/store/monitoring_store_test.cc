// MonitoringStore on SQLite (Sqlite/*) and PostgreSQL (Postgres/*): lexicon
// versions, the account registry, idempotent event storage, one alert per
// event, review decisions and region scoping.
#include "store/monitoring_store.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/store.h"
#include "store_test_env.h"

namespace netra {
namespace {

SocialEventRow Event(const std::string& key, const std::string& region,
                     const std::string& time = "2024-10-12T08:15:00+07:00") {
  SocialEventRow e;
  e.platform = "facebook";
  e.event_key = key;
  e.account = "@budi.santoso";
  e.kind = "post";
  e.text = "Coblos nomor 2!";
  e.event_time = time;
  e.region_code = region;
  e.raw_sha256 = std::string(64, 'a');
  e.received_by = 7;
  e.received_at = 1'728'700'000;
  return e;
}

MonitoringAlert AlertFor(const SocialEventRow& event, double score) {
  MonitoringAlert a;
  a.event_id = event.id;
  a.code = "SOC-POST";
  a.region_code = event.region_code;
  a.contest_region = event.region_code;
  a.candidate = 2;
  a.nip = "198503122010011002";
  a.score = score;
  a.reason = "Mendukung paslon nomor 2";
  a.spans_json = R"([{"field":"text","begin":0,"end":14}])";
  a.lexicon_version = 1;
  a.created_at = 1'728'700'001;
  return a;
}

class MonitoringStoreTest : public store_test::BackendTest {
 protected:
  MonitoringStore& monitoring() { return store_->monitoring(); }
};

TEST_P(MonitoringStoreTest, NewestLexiconVersionIsCurrent) {
  EXPECT_EQ(monitoring().CurrentLexicon().status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(*monitoring().CurrentLexiconVersion(), 0);
  LexiconVersion first{0, R"({"contests":[]})", "h1", 0, 0, 1, 100};
  LexiconVersion second{0, R"({"contests":[{}]})", "h2", 1, 12, 1, 200};
  auto a = monitoring().AddLexiconVersion(first);
  auto b = monitoring().AddLexiconVersion(second);
  ASSERT_TRUE(a.ok() && b.ok()) << a.status().ToString() << b.status().ToString();
  EXPECT_GT(b->version, a->version);
  auto current = monitoring().CurrentLexicon();
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(current->version, b->version);
  EXPECT_EQ(current->document, second.document);
  EXPECT_EQ(current->patterns, 12);
  EXPECT_EQ(*monitoring().CurrentLexiconVersion(), b->version);
}

TEST_P(MonitoringStoreTest, AccountRegistryIsReplacedWholeAndRejectsDuplicateHandles) {
  const MonitoredAccountRow old_accounts[] = {{"@lama", "instagram", "", "Lama", "Dinas", "35.13"}};
  EXPECT_EQ(*monitoring().AccountsVersion(), 0);
  ASSERT_TRUE(monitoring().ReplaceMonitoredAccounts(old_accounts).ok());
  EXPECT_EQ(*monitoring().AccountsVersion(), 1);
  const MonitoredAccountRow accounts[] = {
      {"@Budi.Santoso", "facebook", "198503122010011002", "Budi", "Dinas Pendidikan", "35.13"},
      {"@siti", "instagram", "", "Siti", "Dinkes", "35.08"}};
  auto counts = monitoring().ReplaceMonitoredAccounts(accounts);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  EXPECT_EQ(counts->inserted, 2);
  auto listed = monitoring().ListMonitoredAccounts();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].account, "@Budi.Santoso");
  EXPECT_EQ((*listed)[1].nip, "");

  const MonitoredAccountRow clash[] = {{"@siti", "x", "", "A", "B", "35.13"},
                                       {"@SITI", "x", "", "C", "D", "35.13"}};
  auto refused = monitoring().ReplaceMonitoredAccounts(clash);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message_id().find("@SITI"), std::string::npos);
  EXPECT_EQ(monitoring().ListMonitoredAccounts()->size(), 2u) << "a refused upload keeps the old";
  EXPECT_EQ(*monitoring().AccountsVersion(), 2);
}

TEST_P(MonitoringStoreTest, EventsAreStoredOncePerPlatformAndId) {
  const SocialEventRow batch[] = {Event("e1", "35.13"), Event("e2", "35.08")};
  auto first = monitoring().AddEvents(batch);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_EQ(first->added.size(), 2u);
  EXPECT_GT(first->added[0].id, 0);
  EXPECT_EQ(first->duplicates, 0);

  SocialEventRow other_platform = Event("e1", "35.13");
  other_platform.platform = "instagram";
  const SocialEventRow again[] = {Event("e1", "35.13"), other_platform};
  auto second = monitoring().AddEvents(again);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->duplicates, 1);
  ASSERT_EQ(second->added.size(), 1u);
  EXPECT_EQ(second->added[0].platform, "instagram");
}

TEST_P(MonitoringStoreTest, EventsSinceADateAreReadInPages) {
  std::vector<SocialEventRow> batch;
  for (int i = 0; i < 5; ++i) {
    batch.push_back(Event("e" + std::to_string(i), "35.13",
                          "2024-10-1" + std::to_string(i) + "T08:00:00+07:00"));
  }
  ASSERT_TRUE(monitoring().AddEvents(batch).ok());
  auto page1 = monitoring().ListEventsSince("2024-10-12", 0, 2);
  ASSERT_TRUE(page1.ok());
  ASSERT_EQ(page1->size(), 2u);
  EXPECT_EQ((*page1)[0].event_key, "e2");
  auto page2 = monitoring().ListEventsSince("2024-10-12", page1->back().id, 2);
  ASSERT_TRUE(page2.ok());
  ASSERT_EQ(page2->size(), 1u);
  EXPECT_EQ((*page2)[0].event_key, "e4");
}

TEST_P(MonitoringStoreTest, OneAlertPerEventScopedByRegionOpenFirst) {
  const SocialEventRow batch[] = {Event("e1", "35.13"), Event("e2", "35.13"), Event("e3", "35.08")};
  auto stored = monitoring().AddEvents(batch);
  ASSERT_TRUE(stored.ok());
  const MonitoringAlert alerts[] = {AlertFor(stored->added[0], 0.91),
                                    AlertFor(stored->added[1], 0.97),
                                    AlertFor(stored->added[2], 0.99)};
  auto added = monitoring().AddAlerts(alerts);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(*added, 3);
  EXPECT_EQ(*monitoring().AddAlerts(alerts), 0) << "a rescan adds nothing for flagged events";

  auto probolinggo = monitoring().ListAlerts({"35.13", std::nullopt}, {0, 50});
  ASSERT_TRUE(probolinggo.ok()) << probolinggo.status().ToString();
  ASSERT_EQ(probolinggo->total, 2);
  EXPECT_EQ(probolinggo->items[0].event.event_key, "e2") << "highest score first";
  EXPECT_DOUBLE_EQ(probolinggo->items[0].score, 0.97);
  EXPECT_EQ(probolinggo->items[0].event.text, "Coblos nomor 2!");

  AlertDecision dismiss{probolinggo->items[0].id,
                        AlertStatus::kDismissed,
                        7,
                        1'728'800'000,
                        "Berita, bukan dukungan",
                        std::nullopt,
                        ""};
  ASSERT_TRUE(monitoring().DecideAlert(dismiss).ok());
  auto again = monitoring().DecideAlert(dismiss);
  EXPECT_EQ(again.code(), ErrorCode::kConflict);
  AlertDecision unknown = dismiss;
  unknown.alert_id = 999999;
  EXPECT_EQ(monitoring().DecideAlert(unknown).code(), ErrorCode::kNotFound);

  auto reordered = monitoring().ListAlerts({"35.13", std::nullopt}, {0, 50});
  ASSERT_TRUE(reordered.ok());
  EXPECT_EQ(reordered->items[0].event.event_key, "e1") << "open alerts before decided ones";
  EXPECT_EQ(reordered->items[1].status, AlertStatus::kDismissed);
  EXPECT_EQ(reordered->items[1].decision_reason, "Berita, bukan dukungan");

  auto open = monitoring().ListAlerts({"35.13", AlertStatus::kOpen}, {0, 50});
  ASSERT_TRUE(open.ok());
  EXPECT_EQ(open->total, 1);
  auto nation = monitoring().ListAlerts({"", std::nullopt}, {0, 50});
  EXPECT_EQ(nation->total, 3);

  AlertDecision confirm{reordered->items[0].id, AlertStatus::kConfirmed, 7, 1'728'800'100, "", 42,
                        std::string(64, 'b')};
  ASSERT_TRUE(monitoring().DecideAlert(confirm).ok());
  auto confirmed = monitoring().GetAlert(confirm.alert_id);
  ASSERT_TRUE(confirmed.ok());
  EXPECT_EQ(confirmed->status, AlertStatus::kConfirmed);
  EXPECT_EQ(confirmed->finding_id, 42);
  EXPECT_EQ(confirmed->evidence_sha256, std::string(64, 'b'));
}

TEST_P(MonitoringStoreTest, OversizeFieldsAndBadRegionsAreRefused) {
  SocialEventRow huge = Event("big", "35.13");
  huge.text.assign(70'000, 'x');
  const SocialEventRow batch[] = {huge};
  auto refused = monitoring().AddEvents(batch);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message_en().find("text"), std::string::npos);
  const SocialEventRow bad_region[] = {Event("r", "35.x")};
  EXPECT_FALSE(monitoring().AddEvents(bad_region).ok());
}

INSTANTIATE_TEST_SUITE_P(Sqlite, MonitoringStoreTest, ::testing::Values("sqlite"));
INSTANTIATE_TEST_SUITE_P(Postgres, MonitoringStoreTest, ::testing::Values("postgresql"));

}  // namespace
}  // namespace netra
