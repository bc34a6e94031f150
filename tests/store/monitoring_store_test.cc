// MonitoringStore on SQLite (Sqlite/*) and PostgreSQL (Postgres/*): lexicon
// versions, the account registry, idempotent event storage, one alert per
// event, review decisions, the claim that makes a confirmation happen once
// (exclusive, released, taken over when stale, also across processes) and
// region scoping.
#include "store/monitoring_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
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

  // One open alert per call, on an event of its own in 35.13.
  std::int64_t NewAlert() {
    const SocialEventRow batch[] = {Event("c" + std::to_string(++events_), "35.13")};
    auto stored = monitoring().AddEvents(batch);
    if (!stored.ok()) {
      ADD_FAILURE() << stored.status().ToString();
      return 0;
    }
    const MonitoringAlert alerts[] = {AlertFor(stored->added[0], 0.9)};
    EXPECT_EQ(*monitoring().AddAlerts(alerts), 1);
    auto listed = monitoring().ListAlerts({"35.13", AlertStatus::kOpen}, {0, 1000});
    for (const MonitoringAlert& a : listed->items) {
      if (a.event_id == stored->added[0].id) return a.id;
    }
    ADD_FAILURE() << "the new alert is not listed";
    return 0;
  }

  AlertDecision ConfirmFrom(const AlertClaim& claim) {
    return {claim.alert_id,
            AlertStatus::kConfirmed,
            claim.claimed_by,
            claim.claimed_at + 5,
            "",
            42,
            std::string(64, 'b'),
            claim.claimed_at};
  }

  AlertDecision DismissAt(std::int64_t id, std::int64_t now) {
    return {id, AlertStatus::kDismissed, 9, now, "Berita", std::nullopt, "", 0, now - kStale};
  }

  static constexpr std::int64_t kT = 1'728'800'000;
  static constexpr std::int64_t kStale = 300;
  int events_ = 0;
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

  const AlertClaim claim{reordered->items[0].id, 7, 1'728'800'090};
  ASSERT_TRUE(monitoring().ClaimAlert(claim, claim.claimed_at - 300).ok());
  AlertDecision confirm{claim.alert_id,       AlertStatus::kConfirmed, 7, 1'728'800'100, "", 42,
                        std::string(64, 'b'), claim.claimed_at};
  ASSERT_TRUE(monitoring().DecideAlert(confirm).ok());
  auto confirmed = monitoring().GetAlert(confirm.alert_id);
  ASSERT_TRUE(confirmed.ok());
  EXPECT_EQ(confirmed->status, AlertStatus::kConfirmed);
  EXPECT_EQ(confirmed->finding_id, 42);
  EXPECT_EQ(confirmed->evidence_sha256, std::string(64, 'b'));
}

TEST_P(MonitoringStoreTest, AClaimIsExclusiveAndOnlyItsHolderConfirms) {
  const std::int64_t id = NewAlert();
  const AlertClaim mine{id, 7, kT};
  ASSERT_TRUE(monitoring().ClaimAlert(mine, kT - kStale).ok());
  auto claimed = monitoring().GetAlert(id);
  ASSERT_TRUE(claimed.ok());
  EXPECT_EQ(claimed->status, AlertStatus::kConfirming);
  EXPECT_EQ(claimed->claimed_by, 7);
  EXPECT_EQ(claimed->claimed_at, kT);
  auto confirming = monitoring().ListAlerts({"35.13", AlertStatus::kConfirming}, {0, 50});
  ASSERT_TRUE(confirming.ok());
  EXPECT_EQ(confirming->total, 1);

  // Another officer, a dismiss, and a confirm from any other claim all lose.
  const AlertClaim theirs{id, 8, kT + 10};
  Status taken = monitoring().ClaimAlert(theirs, theirs.claimed_at - kStale);
  EXPECT_EQ(taken.code(), ErrorCode::kConflict);
  EXPECT_EQ(taken.reason(), "alert_being_confirmed");
  EXPECT_EQ(monitoring().ClaimAlert(mine, kT - kStale).code(), ErrorCode::kConflict)
      << "a claim is taken once, even by its holder";
  EXPECT_EQ(monitoring().DecideAlert(DismissAt(id, kT + 20)).code(), ErrorCode::kConflict);
  EXPECT_EQ(monitoring().DecideAlert(ConfirmFrom(theirs)).code(), ErrorCode::kConflict);
  AlertClaim other_instant = mine;
  other_instant.claimed_at = kT + 1;
  EXPECT_EQ(monitoring().DecideAlert(ConfirmFrom(other_instant)).code(), ErrorCode::kConflict);
  EXPECT_EQ(monitoring().GetAlert(id)->status, AlertStatus::kConfirming);

  ASSERT_TRUE(monitoring().DecideAlert(ConfirmFrom(mine)).ok());
  auto confirmed = monitoring().GetAlert(id);
  EXPECT_EQ(confirmed->status, AlertStatus::kConfirmed);
  EXPECT_EQ(confirmed->finding_id, 42);
  Status again = monitoring().ClaimAlert(theirs, theirs.claimed_at - kStale);
  EXPECT_EQ(again.code(), ErrorCode::kConflict);
  EXPECT_EQ(again.reason(), "alert_decided");
  EXPECT_EQ(monitoring().DecideAlert(ConfirmFrom(mine)).code(), ErrorCode::kConflict);
  EXPECT_EQ(monitoring().ReleaseAlert(mine).code(), ErrorCode::kConflict);
  EXPECT_EQ(monitoring().ClaimAlert({999999, 7, kT}, kT - kStale).code(), ErrorCode::kNotFound);
  EXPECT_EQ(monitoring().ReleaseAlert({999999, 7, kT}).code(), ErrorCode::kNotFound);
}

TEST_P(MonitoringStoreTest, AReleasedClaimReopensTheAlert) {
  const std::int64_t id = NewAlert();
  const AlertClaim mine{id, 7, kT};
  ASSERT_TRUE(monitoring().ClaimAlert(mine, kT - kStale).ok());
  EXPECT_EQ(monitoring().ReleaseAlert({id, 8, kT}).code(), ErrorCode::kConflict)
      << "only the holder releases";
  ASSERT_TRUE(monitoring().ReleaseAlert(mine).ok());
  auto open = monitoring().GetAlert(id);
  EXPECT_EQ(open->status, AlertStatus::kOpen);
  EXPECT_EQ(open->claimed_by, 0);
  Status twice = monitoring().ReleaseAlert(mine);
  EXPECT_EQ(twice.code(), ErrorCode::kConflict);
  EXPECT_EQ(twice.reason(), "alert_claim_lost");
  EXPECT_EQ(monitoring().DecideAlert(ConfirmFrom(mine)).code(), ErrorCode::kConflict)
      << "a released claim confirms nothing";
  ASSERT_TRUE(monitoring().ClaimAlert({id, 8, kT + 1}, kT + 1 - kStale).ok());
  ASSERT_TRUE(monitoring().ReleaseAlert({id, 8, kT + 1}).ok());
  ASSERT_TRUE(monitoring().DecideAlert(DismissAt(id, kT + 2)).ok());
  EXPECT_EQ(monitoring().GetAlert(id)->status, AlertStatus::kDismissed);
}

TEST_P(MonitoringStoreTest, AStaleClaimCanBeTakenOverAndVoidsItsHolder) {
  const std::int64_t id = NewAlert();
  const AlertClaim dead{id, 7, kT};
  ASSERT_TRUE(monitoring().ClaimAlert(dead, kT - kStale).ok());
  // Just inside the limit the claim still holds.
  const AlertClaim early{id, 8, kT + kStale};
  EXPECT_EQ(monitoring().ClaimAlert(early, early.claimed_at - kStale).code(), ErrorCode::kConflict);
  const AlertClaim later{id, 8, kT + kStale + 1};
  ASSERT_TRUE(monitoring().ClaimAlert(later, later.claimed_at - kStale).ok());
  EXPECT_EQ(monitoring().GetAlert(id)->claimed_by, 8);
  EXPECT_EQ(monitoring().DecideAlert(ConfirmFrom(dead)).code(), ErrorCode::kConflict);
  EXPECT_EQ(monitoring().ReleaseAlert(dead).code(), ErrorCode::kConflict);
  ASSERT_TRUE(monitoring().DecideAlert(ConfirmFrom(later)).ok());
  EXPECT_EQ(monitoring().GetAlert(id)->claimed_by, 8);

  // A dismiss may take over a stale claim too, not a fresh one.
  const std::int64_t second = NewAlert();
  ASSERT_TRUE(monitoring().ClaimAlert({second, 7, kT}, kT - kStale).ok());
  EXPECT_EQ(monitoring().DecideAlert(DismissAt(second, kT + kStale)).code(), ErrorCode::kConflict);
  ASSERT_TRUE(monitoring().DecideAlert(DismissAt(second, kT + kStale + 1)).ok());
  EXPECT_EQ(monitoring().GetAlert(second)->status, AlertStatus::kDismissed);
}

// Every thread opens its own Store on the database, as separate server
// processes would (its own pool; on SQLite no shared writer mutex).
TEST_P(MonitoringStoreTest, OfManyProcessesClaimingOrDismissingOneWins) {
  constexpr int kThreads = 8;
  std::vector<std::unique_ptr<Store>> stores;
  for (int i = 0; i < kThreads; ++i) {
    auto opened = OpenStore(db_->url(), StoreOptions{.pool_size = 1});
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    stores.push_back(std::move(opened).value());
  }
  for (int round = 0; round < 4; ++round) {
    const std::int64_t id = NewAlert();
    // Rounds 0-1 only claim; rounds 2-3 mix in dismisses.
    const bool mixed = round >= 2;
    std::vector<Status> results(kThreads);
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    for (int i = 0; i < kThreads; ++i) {
      threads.emplace_back([&, i] {
        ++ready;
        while (ready.load() < kThreads) std::this_thread::yield();
        MonitoringStore& m = stores[i]->monitoring();
        if (mixed && i % 2 == 1) {
          results[i] = m.DecideAlert(DismissAt(id, kT));
        } else {
          results[i] = m.ClaimAlert({id, 100 + i, kT}, kT - kStale);
        }
      });
    }
    for (std::thread& t : threads) t.join();
    int won = -1;
    for (int i = 0; i < kThreads; ++i) {
      if (results[i].ok()) {
        EXPECT_EQ(won, -1) << "round " << round << ": threads " << won << " and " << i << " won";
        won = i;
      } else {
        EXPECT_EQ(results[i].code(), ErrorCode::kConflict) << results[i].ToString();
      }
    }
    ASSERT_NE(won, -1) << "round " << round << ": nobody won";
    auto after = monitoring().GetAlert(id);
    ASSERT_TRUE(after.ok());
    if (mixed && won % 2 == 1) {
      EXPECT_EQ(after->status, AlertStatus::kDismissed);
    } else {
      EXPECT_EQ(after->status, AlertStatus::kConfirming);
      EXPECT_EQ(after->claimed_by, 100 + won);
    }
  }
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
