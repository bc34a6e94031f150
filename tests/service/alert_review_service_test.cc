// The review of early-warning alerts on the real case service: confirming an
// alert opens a finding whose first evidence is the alert's record.
#include "service/alert_review_service.h"

#include <nlohmann/json.hpp>

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
