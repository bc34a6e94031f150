// The two integrity promises of issue 4, on SQLite (Sqlite/*) and PostgreSQL
// (Postgres/*): a dump of the database (sqlite3 .dump, pg_dump) holds no
// reporter identity in clear text, and `netra audit verify` names the first
// broken link after one audit row is edited, deleted or reordered directly in
// the database.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>

#include "service/audit_service.h"
#include "service/case_service.h"
#include "service/report_service.h"
#include "store_test_env.h"

namespace netra {
namespace {

using store_test::TestDatabase;

struct ShellRun {
  int exit_code = -1;
  std::string output;
};

ShellRun Shell(const std::string& command) {
  ShellRun run;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    run.output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

class EnforcementIntegrityTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    auto db = TestDatabase::Create(GetParam());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    db_ = std::move(db).value();
    store_ = std::move(OpenStore(db_->url())).value();
    dir_ = std::filesystem::temp_directory_path() /
           ("netra-integrity-" + std::to_string(::getpid()) + GetParam());
    std::filesystem::remove_all(dir_);
    const Region regions[] = {
        {"35", "", "Jawa Timur", RegionLevel::kProvince, TimeZone::kWib},
        {"35.13", "35", "Kabupaten Probolinggo", RegionLevel::kRegency, TimeZone::kWib}};
    ASSERT_TRUE(store_->UpsertRegions(regions).ok());
    EnforcementOptions options;
    options.blob_dir = dir_ / "blobs";
    options.master_key_file = dir_ / "master.key";
    env_ = std::move(EnforcementEnv::Load(options)).value();

    ReportService reports(*store_, clock_, *env_);
    CaseService cases(*store_, clock_, *env_);
    NewReport r;
    r.anonymous = false;
    r.identity = {"Wahyuningsih Pelaporsekali", "3513014107850002", "Jl. Kenanga Rahasia 99",
                  "081377788899"};
    r.region_code = "35.13";
    r.subject_name = "Siti Aminah";
    r.description = "Memasang baliho";
    r.act_date = "2024-09-18";
    r.act_place = "Kraksaan";
    auto receipt = reports.File(r, "192.0.2.1");
    ASSERT_TRUE(receipt.ok()) << receipt.status().ToString();
    const Caller pengawas{7, "pengawas.probolinggo", Role::kPengawas, "35.13"};
    ASSERT_TRUE(cases
                    .Move(pengawas, receipt->case_id, CaseStatus::kInitialReview,
                          {{"handling_officer", "A"}}, "")
                    .ok());
    // Opening the identity is audited; the identity itself never lands in a row.
    auto who = cases.OpenIdentity(pengawas, receipt->case_id, receipt->report_id, "klarifikasi");
    ASSERT_TRUE(who.ok()) << who.status().ToString();
    EXPECT_EQ(who->nik, "3513014107850002");
  }

  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  ShellRun Verify() {
    return Shell(std::string(NETRA_BIN) + " audit verify --db '" + db_->url() + "'");
  }

  Status Sql(const std::string& statement) {
    auto raw = db_->Raw();
    if (!raw.ok()) return raw.status();
    return (*raw)->Exec(statement);
  }

  ManualClock clock_{1'726'711'200};
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<EnforcementEnv> env_;
  std::filesystem::path dir_;
};

TEST_P(EnforcementIntegrityTest, DumpHoldsNoReporterIdentityInClear) {
  const ShellRun dump = GetParam() == "sqlite" ? Shell("sqlite3 '" + db_->url() + "' .dump")
                                               : Shell("pg_dump '" + db_->url() + "'");
  ASSERT_EQ(dump.exit_code, 0) << dump.output;
  ASSERT_NE(dump.output.find("audit_log"), std::string::npos);
  ASSERT_GT(dump.output.size(), 1000u);
  for (const char* secret :
       {"Wahyuningsih", "Pelaporsekali", "3513014107850002", "Kenanga Rahasia", "081377788899"}) {
    EXPECT_EQ(dump.output.find(secret), std::string::npos) << secret << " is in the dump";
  }
  // The subject of the report is not secret, and is there.
  EXPECT_NE(dump.output.find("Siti Aminah"), std::string::npos);
}

TEST_P(EnforcementIntegrityTest, AuditVerifyNamesTheFirstBrokenLink) {
  ShellRun intact = Verify();
  ASSERT_EQ(intact.exit_code, 0) << intact.output;
  // report.received, case.transition, case.handler (the pengawas became its
  // officer), identity.open.
  EXPECT_NE(intact.output.find("intact: 4 entries"), std::string::npos) << intact.output;

  ASSERT_TRUE(Sql("UPDATE audit_log SET detail = '{\"purpose\":\"lain\"}' WHERE seq = 4").ok());
  ASSERT_TRUE(Sql("UPDATE audit_log SET actor = 'orang lain' WHERE seq = 2").ok());
  ShellRun edited = Verify();
  EXPECT_EQ(edited.exit_code, 2) << edited.output;
  EXPECT_NE(edited.output.find("BROKEN at entry 2: link 2 was edited"), std::string::npos)
      << edited.output;
}

TEST_P(EnforcementIntegrityTest, DeletedAndReorderedRowsBreakTheChain) {
  AuditService audit(*store_);
  ASSERT_TRUE(Sql("DELETE FROM audit_log WHERE seq = 3").ok());
  auto truncated = audit.Verify();
  ASSERT_TRUE(truncated.ok());
  EXPECT_EQ(truncated->broken, 3);
  ASSERT_TRUE(Sql("DELETE FROM audit_log WHERE seq = 1").ok());
  EXPECT_EQ(audit.Verify()->broken, 1);
  ASSERT_TRUE(Sql("UPDATE audit_log SET seq = 1 WHERE seq = 2").ok());
  auto reordered = audit.Verify();
  EXPECT_EQ(reordered->broken, 1);
  EXPECT_NE(reordered->problem.find("link 1 "), std::string::npos) << reordered->problem;
  const ShellRun run = Verify();
  EXPECT_EQ(run.exit_code, 2) << run.output;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, EnforcementIntegrityTest, ::testing::Values("sqlite"));
INSTANTIATE_TEST_SUITE_P(Postgres, EnforcementIntegrityTest, ::testing::Values("postgresql"));

}  // namespace
}  // namespace netra
