// The review of early-warning alerts on the real case service: confirming an
// alert opens a finding whose first evidence is the alert's record, exactly
// once however many officers (threads, server processes) decide it at once.
#include "service/alert_review_service.h"

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "domain/pledge_text.h"
#include "scan/loader.h"
#include "service/alert_findings.h"
#include "service/case_service.h"
#include "service/enforcement_env.h"
#include "service/event_scan_service.h"
#include "service_fixture.h"

namespace netra {
namespace {

constexpr const char* kAccounts =
    "account,platform,nip,name,agency,region\n"
    "@siti.aminah,facebook,198609262015052001,Siti Aminah,Dinas Kesehatan,35.13\n"
    "@bambang,facebook,197901012005011003,Bambang Irawan,Dinas Kesehatan,35.08\n";

std::string Post(const std::string& id, const std::string& account, const std::string& text) {
  return nlohmann::json({{"id", id},
                         {"platform", "facebook"},
                         {"account", account},
                         {"kind", "post"},
                         {"text", text},
                         {"target", nullptr},
                         {"time", "2024-10-12T08:15:00+07:00"}})
             .dump() +
         "\n";
}

class AlertReviewServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    const std::int64_t agency =
        store_->UpsertAgency({0, "35.13.DINKES", "Dinas Kesehatan", "dinas", "35.13"})->id;
    Employee siti;
    siti.nip = "198609262015052001";
    siti.name = "Siti Aminah";
    siti.gender = 'P';
    siti.agency_id = agency;
    siti.region_code = "35.13";
    const Employee employees[] = {siti};
    ASSERT_TRUE(store_->UpsertEmployees(employees).ok());
    EnforcementOptions options;
    options.blob_dir = dir_ / "blobs";
    options.master_key_file = dir_ / "master.key";
    env_ = std::move(EnforcementEnv::Load(options)).value();
    cases_ = std::make_unique<CaseService>(*store_, clock_, *env_);
    findings_ = std::make_unique<AlertFindings>(*store_, *cases_);
    review_ = std::make_unique<AlertReviewService>(*store_, clock_, *findings_);

    EventScanService scanning(*store_, clock_);
    const Caller admin{1, "admin", Role::kAdmin, ""};
    ASSERT_TRUE(
        scanning
            .PublishLexicon(
                admin, *scan::ReadTextFile("data/demo/lexicon-pilkada-2024.json", kMaxLexiconBytes))
            .ok());
    ASSERT_TRUE(scanning.ReplaceAccounts(admin, kAccounts).ok());
    auto report = scanning.IngestEvents(
        admin, Post("e1", "@siti.aminah", "Ayo coblos nomor 2, Ilzam pasti menang #ZAMAN2024") +
                   Post("e2", "@siti.aminah", "Bismillah, Probolinggo Bijak, Rakyat Sejahtera!") +
                   Post("e3", "@bambang", "Saatnya Ganti Arah, Ning Hilya bupati kita #HIDA2024"));
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_EQ(report->alerts, 3);
  }

  std::int64_t AlertOf(const std::string& event_key) {
    auto alerts = store_->monitoring().ListAlerts({"", std::nullopt}, {0, 100});
    if (!alerts.ok()) {
      ADD_FAILURE() << alerts.status().ToString();
      return 0;
    }
    for (const MonitoringAlert& a : alerts->items) {
      if (a.event.event_key == event_key) return a.id;
    }
    ADD_FAILURE() << "no alert for " << event_key;
    return 0;
  }

  // Adds one alert per id: the same post under new event ids.
  void IngestPosts(const std::vector<std::string>& ids,
                   const std::string& account = "@siti.aminah") {
    EventScanService scanning(*store_, clock_);
    std::string batch;
    for (const std::string& id : ids) {
      batch += Post(id, account, "Ayo coblos nomor 2, Ilzam pasti menang #ZAMAN2024");
    }
    auto report = scanning.IngestEvents({1, "admin", Role::kAdmin, ""}, batch);
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    ASSERT_EQ(report->alerts, static_cast<std::int64_t>(ids.size()));
  }

  std::int64_t CaseCount() {
    auto cases = store_->enforcement().ListCases({.region_scope = ""}, {0, 1});
    EXPECT_TRUE(cases.ok()) << cases.status().ToString();
    return cases.ok() ? cases->total : -1;
  }

  std::unique_ptr<EnforcementEnv> env_;
  std::unique_ptr<CaseService> cases_;
  std::unique_ptr<AlertFindings> findings_;
  std::unique_ptr<AlertReviewService> review_;
  const Caller pengawas_{7, "pengawas.kabprobolinggo", Role::kPengawas, "35.13"};
};

TEST_F(AlertReviewServiceTest, ConfirmingOpensAFindingWithTheAlertAsEvidence) {
  const std::int64_t id = AlertOf("e1");
  auto confirmed = review_->Confirm(pengawas_, id, "Akun resmi pegawai, unggahan publik");
  ASSERT_TRUE(confirmed.ok()) << confirmed.status().ToString();
  EXPECT_EQ(confirmed->alert.status, AlertStatus::kConfirmed);
  ASSERT_TRUE(confirmed->alert.finding_id.has_value());
  ASSERT_TRUE(confirmed->employee.has_value());
  EXPECT_EQ(confirmed->employee->name, "Siti Aminah");
  EXPECT_EQ(confirmed->agency_name, "Dinas Kesehatan");

  auto file = cases_->Get(pengawas_, *confirmed->alert.finding_id);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ(file->record.origin, "finding");
  EXPECT_EQ(file->record.subject_name, "Siti Aminah");
  EXPECT_EQ(file->record.act_date, "2024-10-12");
  EXPECT_NE(file->record.violation_codes_json.find("SOC-POST"), std::string::npos);
  ASSERT_EQ(file->evidence.size(), 1u);
  const EvidenceRecord& evidence = file->evidence[0];
  EXPECT_EQ(evidence.media_type, "application/json");
  EXPECT_EQ(evidence.sha256, confirmed->alert.evidence_sha256);
  // The stored evidence is the event as received with the alert, hashed.
  const std::string bytes = *env_->blobs().Get(evidence.sha256);
  EXPECT_EQ(Sha256Hex(bytes), evidence.sha256);
  const auto record = nlohmann::json::parse(bytes);
  EXPECT_EQ(record["event"]["id"], "e1");
  EXPECT_EQ(record["event"]["text"], "Ayo coblos nomor 2, Ilzam pasti menang #ZAMAN2024");
  EXPECT_EQ(record["alert"]["candidate"], 2);
  EXPECT_EQ(record["confirmed_by"], "pengawas.kabprobolinggo");
  EXPECT_EQ(record["confirmed_at"], clock_.Now());

  EXPECT_EQ(review_->Confirm(pengawas_, id, "").status().code(), ErrorCode::kConflict);
}

// A second server process on the same database file: its own Store (pool and
// writer lock), case service and review service.
struct ServerProcess {
  std::unique_ptr<Store> store;
  std::unique_ptr<EnforcementEnv> env;
  std::unique_ptr<CaseService> cases;
  std::unique_ptr<AlertFindings> findings;
  std::unique_ptr<AlertReviewService> review;
};

TEST_F(AlertReviewServiceTest, ConcurrentConfirmsOpenOneFindingAcrossProcesses) {
  ServerProcess other;
  other.store = std::move(OpenStore((dir_ / "netra.db").string())).value();
  EnforcementOptions options;
  options.blob_dir = dir_ / "blobs";
  options.master_key_file = dir_ / "master.key";
  other.env = std::move(EnforcementEnv::Load(options)).value();
  other.cases = std::make_unique<CaseService>(*other.store, clock_, *other.env);
  other.findings = std::make_unique<AlertFindings>(*other.store, *other.cases);
  other.review = std::make_unique<AlertReviewService>(*other.store, clock_, *other.findings);

  IngestPosts({"r1", "r2", "r3", "r4"});
  constexpr int kThreads = 8;
  for (const char* key : {"r1", "r2", "r3", "r4"}) {
    const std::int64_t id = AlertOf(key);
    const std::int64_t cases_before = CaseCount();
    std::vector<Result<AlertView>> results(kThreads, Status(ErrorCode::kInternal, "-", "-"));
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
      threads.emplace_back([&, i] {
        // Eight officers of the region; even threads in this process, odd in the other.
        const Caller officer{100 + i, "pengawas" + std::to_string(i), Role::kPengawas, "35.13"};
        AlertReviewService& review = i % 2 == 0 ? *review_ : *other.review;
        ++ready;
        while (ready.load() < kThreads) std::this_thread::yield();
        results[i] = review.Confirm(officer, id, "");
      });
    }
    for (std::thread& t : threads) t.join();

    int won = -1;
    for (int i = 0; i < kThreads; ++i) {
      if (results[i].ok()) {
        EXPECT_EQ(won, -1) << key << ": confirms " << won << " and " << i << " both succeeded";
        won = i;
      } else {
        EXPECT_EQ(results[i].status().code(), ErrorCode::kConflict)
            << key << ": " << results[i].status().ToString();
      }
    }
    ASSERT_NE(won, -1) << key << ": no confirm succeeded";
    EXPECT_EQ(CaseCount(), cases_before + 1) << key << ": exactly one finding, no orphan";
    auto alert = store_->monitoring().GetAlert(id);
    ASSERT_TRUE(alert.ok());
    EXPECT_EQ(alert->status, AlertStatus::kConfirmed);
    EXPECT_EQ(alert->decided_by, 100 + won);
    ASSERT_TRUE(alert->finding_id.has_value());
    EXPECT_EQ(results[won]->alert.finding_id, alert->finding_id);
    auto opened = cases_->Get(pengawas_, *alert->finding_id);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    ASSERT_EQ(opened->evidence.size(), 1u);
    EXPECT_EQ(opened->evidence[0].sha256, alert->evidence_sha256);
  }
}

TEST_F(AlertReviewServiceTest, AConfirmRacingDismissesLeavesNoCaseForADismissedAlert) {
  const std::vector<std::string> keys = {"d1", "d2", "d3", "d4", "d5", "d6"};
  IngestPosts(keys);
  constexpr int kThreads = 8;
  for (const std::string& key : keys) {
    const std::int64_t id = AlertOf(key);
    const std::int64_t cases_before = CaseCount();
    std::vector<Status> results(kThreads);
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
      threads.emplace_back([&, i] {
        const Caller officer{100 + i, "pengawas" + std::to_string(i), Role::kPengawas, "35.13"};
        ++ready;
        while (ready.load() < kThreads) std::this_thread::yield();
        results[i] = i % 2 == 0 ? review_->Confirm(officer, id, "").status()
                                : review_->Dismiss(officer, id, "Bukan akun pegawai").status();
      });
    }
    for (std::thread& t : threads) t.join();
    int won = -1;
    for (int i = 0; i < kThreads; ++i) {
      if (results[i].ok()) {
        EXPECT_EQ(won, -1) << key << ": decisions " << won << " and " << i << " both succeeded";
        won = i;
      } else {
        EXPECT_EQ(results[i].code(), ErrorCode::kConflict) << key << ": " << results[i].ToString();
      }
    }
    ASSERT_NE(won, -1) << key;
    auto alert = store_->monitoring().GetAlert(id);
    ASSERT_TRUE(alert.ok());
    if (won % 2 == 0) {
      EXPECT_EQ(alert->status, AlertStatus::kConfirmed) << key;
      EXPECT_TRUE(alert->finding_id.has_value()) << key;
      EXPECT_EQ(CaseCount(), cases_before + 1) << key;
    } else {
      EXPECT_EQ(alert->status, AlertStatus::kDismissed) << key;
      EXPECT_FALSE(alert->finding_id.has_value()) << key;
      EXPECT_EQ(CaseCount(), cases_before) << key << ": a dismissed alert opened a case";
    }
  }
}

TEST_F(AlertReviewServiceTest, AStuckConfirmBlocksOthersUntilItsClaimGoesStale) {
  const std::int64_t id = AlertOf("e1");
  // A confirm whose process died after claiming the alert.
  ASSERT_TRUE(store_->monitoring().ClaimAlert({id, 99, clock_.Now()}, 0).ok());
  auto seen = review_->GetAlert(pengawas_, id);
  ASSERT_TRUE(seen.ok());
  EXPECT_EQ(seen->alert.status, AlertStatus::kConfirming);
  EXPECT_EQ(seen->claim_expires_at, clock_.Now() + kAlertClaimStaleSeconds);
  Status blocked = review_->Confirm(pengawas_, id, "").status();
  EXPECT_EQ(blocked.code(), ErrorCode::kConflict);
  EXPECT_EQ(blocked.reason(), "alert_being_confirmed");
  EXPECT_EQ(review_->Dismiss(pengawas_, id, "Berita").status().code(), ErrorCode::kConflict);

  const std::int64_t cases_before = CaseCount();
  clock_.Advance(kAlertClaimStaleSeconds + 1);
  auto confirmed = review_->Confirm(pengawas_, id, "");
  ASSERT_TRUE(confirmed.ok()) << confirmed.status().ToString();
  EXPECT_EQ(confirmed->alert.status, AlertStatus::kConfirmed);
  EXPECT_EQ(confirmed->claim_expires_at, 0);
  EXPECT_EQ(CaseCount(), cases_before + 1);
}

TEST_F(AlertReviewServiceTest, AFailedFindingGivesTheAlertBack) {
  // An account of a district the server has no region row for: the finding
  // cannot be opened (its region is unknown) until the region is imported.
  EventScanService scanning(*store_, clock_);
  const Caller admin{1, "admin", Role::kAdmin, ""};
  ASSERT_TRUE(scanning
                  .ReplaceAccounts(admin, std::string(kAccounts) +
                                              "@rudi,facebook,,Rudi,Kecamatan Paiton,35.13.99\n")
                  .ok());
  IngestPosts({"f1"}, "@rudi");
  const std::int64_t id = AlertOf("f1");
  const std::int64_t cases_before = CaseCount();
  auto failed = review_->Confirm(pengawas_, id, "");
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), ErrorCode::kNotFound) << failed.status().ToString();
  auto alert = store_->monitoring().GetAlert(id);
  EXPECT_EQ(alert->status, AlertStatus::kOpen) << "the claim was released";
  EXPECT_EQ(CaseCount(), cases_before);

  const Region paiton[] = {{"35.13.99", "35.13", "Paiton", RegionLevel::kDistrict, TimeZone::kWib}};
  ASSERT_TRUE(store_->UpsertRegions(paiton).ok());
  auto confirmed = review_->Confirm(pengawas_, id, "");
  ASSERT_TRUE(confirmed.ok()) << confirmed.status().ToString();
  EXPECT_EQ(CaseCount(), cases_before + 1);
}

TEST_F(AlertReviewServiceTest, DismissingNeedsAReasonAndOtherRegionsAreHidden) {
  const std::int64_t id = AlertOf("e2");
  auto refused = review_->Dismiss(pengawas_, id, "  ");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().reason(), "reason_required");
  auto dismissed = review_->Dismiss(pengawas_, id, "Slogan dikutip dalam berita");
  ASSERT_TRUE(dismissed.ok()) << dismissed.status().ToString();
  EXPECT_EQ(dismissed->alert.status, AlertStatus::kDismissed);
  EXPECT_EQ(dismissed->alert.decision_reason, "Slogan dikutip dalam berita");
  EXPECT_FALSE(dismissed->alert.finding_id.has_value());

  const std::int64_t lumajang = AlertOf("e3");
  EXPECT_EQ(review_->GetAlert(pengawas_, lumajang).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(review_->Confirm(pengawas_, lumajang, "").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(review_->Dismiss(pengawas_, lumajang, "x").status().code(), ErrorCode::kNotFound);
  auto listed = review_->ListAlerts(pengawas_, std::nullopt, {0, 50});
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 2);
}

TEST_F(AlertReviewServiceTest, AuditorsReadButDoNotDecide) {
  const Caller auditor{9, "auditor", Role::kAuditor, "35.13"};
  const std::int64_t id = AlertOf("e1");
  EXPECT_TRUE(review_->GetAlert(auditor, id).ok());
  EXPECT_EQ(review_->Confirm(auditor, id, "").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(review_->Dismiss(auditor, id, "x").status().code(), ErrorCode::kPermissionDenied);
  const Caller operator_{3, "op", Role::kOperatorInstansi, "35.13"};
  EXPECT_EQ(review_->ListAlerts(operator_, std::nullopt, {}).status().code(),
            ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace netra
