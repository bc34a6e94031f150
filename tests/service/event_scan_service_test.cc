#include "service/event_scan_service.h"

#include <nlohmann/json.hpp>

#include "scan/loader.h"
#include "service_fixture.h"
#include "store/monitoring_store.h"

namespace netra {
namespace {

constexpr const char* kLexiconPath = "data/demo/lexicon-pilkada-2024.json";
constexpr const char* kAccounts =
    "account,platform,nip,name,agency,region\n"
    "@budi.santoso,facebook,198503122010011002,Budi Santoso,Dinas Pendidikan,35.13\n"
    "@sri.lumajang,instagram,198001012005012003,Sri Wahyuni,Dinas Kesehatan,35.08\n";

std::string ReadLexicon() { return *scan::ReadTextFile(kLexiconPath, kMaxLexiconBytes); }

std::string EventLine(const std::string& id, const std::string& account, const std::string& kind,
                      const std::string& text, const std::string& target = "",
                      const std::string& time = "2024-10-12T08:15:00+07:00") {
  nlohmann::json e = {{"id", id},     {"platform", "facebook"}, {"account", account},
                      {"kind", kind}, {"text", text},           {"time", time}};
  e["target"] = target.empty() ? nlohmann::json() : nlohmann::json(target);
  return e.dump() + "\n";
}

class EventScanServiceTest : public testing::ServiceTest {
 protected:
  void Publish(EventScanService& scanning, const std::string& lexicon) {
    auto published = scanning.PublishLexicon(admin_, lexicon);
    ASSERT_TRUE(published.ok()) << published.status().ToString();
  }
  std::vector<MonitoringAlert> Alerts() {
    return store_->monitoring().ListAlerts({"", std::nullopt}, {0, 100})->items;
  }

  const Caller admin_ = {1, "admin", Role::kAdmin, ""};
  const Caller pengawas_ = {2, "pengawas", Role::kPengawas, "35.13"};
};

TEST_F(EventScanServiceTest, RefusesEventsUntilALexiconIsPublished) {
  EventScanService scanning(*store_, clock_);
  auto report = scanning.IngestEvents(pengawas_, EventLine("e1", "@budi.santoso", "post", "x"));
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(report.status().reason(), "no_lexicon");
}

TEST_F(EventScanServiceTest, OnlyAdminsPublishAndBadLexiconsNameTheContest) {
  EventScanService scanning(*store_, clock_);
  EXPECT_EQ(scanning.PublishLexicon(pengawas_, ReadLexicon()).status().code(),
            ErrorCode::kPermissionDenied);
  auto bad = scanning.PublishLexicon(
      admin_, R"({"election":"x","contests":[{"region":"35.13","office":"bupati",)"
              R"("candidates":[{"number":1,"head":["A"],"hashtags":["no-hash"]}]}]})");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message_en().find("35.13"), std::string::npos)
      << bad.status().message_en();
  Publish(scanning, ReadLexicon());
  auto current = scanning.CurrentLexicon(pengawas_);
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(current->contests, 3);
  EXPECT_GT(current->patterns, 50);
}

TEST_F(EventScanServiceTest, AccountRegistryErrorsNameTheLine) {
  EventScanService scanning(*store_, clock_);
  auto bad = scanning.ReplaceAccounts(
      admin_, "account,platform,nip,name,agency,region\n@a,fb,123,A,B,35.13\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message_en().find("line 2"), std::string::npos)
      << bad.status().message_en();
  EXPECT_EQ(scanning.ReplaceAccounts(pengawas_, kAccounts).status().code(),
            ErrorCode::kPermissionDenied);
  auto counts = scanning.ReplaceAccounts(admin_, kAccounts);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  EXPECT_EQ(counts->inserted, 2);
}

TEST_F(EventScanServiceTest, StoresEventsOnceAndRaisesAlertsInTheAccountsRegion) {
  EventScanService scanning(*store_, clock_);
  Publish(scanning, ReadLexicon());
  ASSERT_TRUE(scanning.ReplaceAccounts(admin_, kAccounts).ok());
  const std::string batch =
      EventLine("e1", "@budi.santoso", "post",
                "Ayo coblos nomor 2, Ilzam pasti menang 💪 #ZAMAN2024") +
      EventLine("e2", "@budi.santoso", "post",
                "Ayo datang ke TPS tanggal 27 November, gunakan hak pilihmu") +
      "{\"id\": \"broken\", \"platform\": \n" +
      EventLine("e3", "@sri.lumajang", "follow", "", "@ninghilya.official") + "\n" +
      EventLine("e4", "@bukan.asn", "post", "Salam 2 jari, Lanjutkan Probolinggo Melesat!");
  auto report = scanning.IngestEvents(pengawas_, batch);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->received, 4);
  EXPECT_EQ(report->stored, 4);
  EXPECT_EQ(report->alerts, 3);
  ASSERT_EQ(report->skipped_total, 1);
  EXPECT_EQ(report->skipped[0].line, 3u) << report->skipped[0].reason_en;

  std::map<std::string, MonitoringAlert> by_event;
  for (MonitoringAlert& a : Alerts()) by_event[a.event.event_key] = a;
  ASSERT_EQ(by_event.size(), 3u);
  EXPECT_FALSE(by_event.contains("e2")) << "get-out-the-vote is not partisan";
  EXPECT_EQ(by_event["e1"].code, "SOC-POST");
  EXPECT_EQ(by_event["e1"].region_code, "35.13");
  EXPECT_EQ(by_event["e1"].candidate, 2);
  EXPECT_EQ(by_event["e1"].nip, "198503122010011002");
  EXPECT_NE(by_event["e1"].spans_json.find("#ZAMAN2024"), std::string::npos);
  EXPECT_EQ(by_event["e3"].code, "SOC-FOLLOW");
  EXPECT_EQ(by_event["e3"].region_code, "35.08");
  EXPECT_TRUE(by_event["e4"].unlinked);
  EXPECT_EQ(by_event["e4"].region_code, "35.13") << "an unlinked account goes to the contest";

  auto again = scanning.IngestEvents(pengawas_, batch);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->stored, 0);
  EXPECT_EQ(again->duplicates, 4);
  EXPECT_EQ(again->alerts, 0);
}

TEST_F(EventScanServiceTest, RescanAfterANewHashtagFlagsStoredEvents) {
  EventScanService scanning(*store_, clock_);
  const std::string lexicon = ReadLexicon();
  Publish(scanning, lexicon);
  ASSERT_TRUE(scanning.ReplaceAccounts(admin_, kAccounts).ok());
  const std::string post = "Mantap, pagi ini kumpul bareng relawan #KompakBersamaRakyat";
  auto first = scanning.IngestEvents(
      pengawas_,
      EventLine("old", "@budi.santoso", "post", post, "", "2024-09-20T10:00:00+07:00") +
          EventLine("new", "@budi.santoso", "post", post, "", "2024-10-20T10:00:00+07:00"));
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->alerts, 0) << "the hashtag is not in the lexicon yet";

  // The campaign of pair 2 in 35.13 starts a new hashtag mid-campaign.
  nlohmann::json updated = nlohmann::json::parse(lexicon);
  for (auto& contest : updated["contests"]) {
    if (contest["region"] != "35.13") continue;
    for (auto& candidate : contest["candidates"]) {
      if (candidate["number"] == 2) candidate["hashtags"].push_back("#KompakBersamaRakyat");
    }
  }
  Publish(scanning, updated.dump());
  auto rescan = scanning.Rescan("2024-10-01");
  ASSERT_TRUE(rescan.ok()) << rescan.status().ToString();
  EXPECT_EQ(rescan->events, 1) << "only events from the date on";
  EXPECT_EQ(rescan->alerts_added, 1);
  EXPECT_EQ(rescan->lexicon_version, 2);
  const auto alerts = Alerts();
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].event.event_key, "new");
  EXPECT_EQ(alerts[0].candidate, 2);
  EXPECT_EQ(alerts[0].lexicon_version, 2);
  EXPECT_EQ(scanning.Rescan("2024-10-01")->alerts_added, 0) << "a second rescan adds nothing";
}

TEST_F(EventScanServiceTest, BatchesAndRolesAreBounded) {
  EventScanOptions options;
  options.max_batch_events = 2;
  EventScanService scanning(*store_, clock_, options);
  Publish(scanning, ReadLexicon());
  const std::string three = EventLine("a", "@x", "post", "satu") +
                            EventLine("b", "@x", "post", "dua") +
                            EventLine("c", "@x", "post", "tiga");
  EXPECT_EQ(scanning.IngestEvents(pengawas_, three).status().code(), ErrorCode::kResourceExhausted);
  EXPECT_EQ(store_->monitoring().ListEventsSince("", 0, 10)->size(), 0u)
      << "a refused batch stores nothing";
  const Caller operator_{3, "op", Role::kOperatorInstansi, "35.13"};
  EXPECT_EQ(scanning.IngestEvents(operator_, EventLine("a", "@x", "post", "satu")).status().code(),
            ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace netra
