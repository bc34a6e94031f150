// `netra import ...` end to end on a temporary SQLite database.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "store/store.h"

namespace netra::cli {
namespace {

class ImportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           fmt::format("netra_import_cmd_{}_{}", ::getpid(),
                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "regions");
    db_ = (dir_ / "netra.db").string();
    Write("regions/provinces.csv", "code,name\n35,Jawa Timur\n");
    Write("regions/regencies.csv",
          "code,province_code,name\n35.13,35,Kabupaten Probolinggo\n35.74,35,Kota Probolinggo\n");
    Write("regions/districts.csv", "code,regency_code,name\n35.13.15,35.13,Kraksaan\n");
    Write("regions/villages.csv", "code,district_code,name\n35.13.15.2017,35.13.15,Sidopekso\n");
    Write("agencies.csv",
          "kode_instansi,nama_instansi,jenis_instansi,kode_wilayah,kode_unit,nama_unit,"
          "kode_unit_induk\n"
          "35.13.DINKES,Dinas Kesehatan,dinas,35.13,P2P,Bidang P2P,\n"
          "35.13.DINKES,,,,SURV,Seksi Surveilans,P2P\n"
          "35.74.BKPSDM,BKPSDM Kota Probolinggo,badan,35.74,,,\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }

  int Run(std::vector<std::string> args) {
    CLI::App app{"netra"};
    app.require_subcommand(1);
    AddImportCommand(app);
    args.insert(args.begin(), "netra");
    std::vector<const char*> argv;
    for (const std::string& a : args) argv.push_back(a.c_str());
    try {
      app.parse(static_cast<int>(argv.size()), argv.data());
      return 0;
    } catch (const CLI::CallForHelp&) {
      help_ = app.get_subcommand("import")->help();
      for (CLI::App* sub : app.get_subcommand("import")->get_subcommands()) help_ = sub->help();
      return 0;
    } catch (const CLI::ParseError& e) {
      return e.get_exit_code();
    }
  }

  int RunCaptured(std::vector<std::string> args) {
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    const int code = Run(std::move(args));
    out_ = ::testing::internal::GetCapturedStdout();
    err_ = ::testing::internal::GetCapturedStderr();
    return code;
  }

  void LoadReference() {
    ASSERT_EQ(RunCaptured({"import", "regions", "--from", Path("regions"), "--db", db_}), 0)
        << err_;
    ASSERT_EQ(RunCaptured({"import", "agencies", Path("agencies.csv"), "--db", db_}), 0) << err_;
  }

  std::unique_ptr<Store> Open() {
    auto store = OpenStore(db_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return std::move(store).value();
  }

  std::filesystem::path dir_;
  std::string db_;
  std::string out_, err_, help_;
};

TEST_F(ImportCommandTest, RegionsAndAgenciesAreIdempotent) {
  LoadReference();
  ASSERT_EQ(RunCaptured({"import", "regions", "--from", Path("regions"), "--db", db_}), 0);
  EXPECT_NE(out_.find("1 provinces, 2 regencies/cities, 1 districts, 1 villages; 0 inserted, 5 "
                      "updated"),
            std::string::npos)
      << out_;
  ASSERT_EQ(RunCaptured({"import", "agencies", Path("agencies.csv"), "--db", db_}), 0);
  EXPECT_NE(out_.find("0 inserted, 4 updated, 0 rejected"), std::string::npos) << out_;
  auto store = Open();
  EXPECT_EQ(*store->CountRegions(RegionLevel::kRegency), 2);
  EXPECT_EQ(store->GetRegion("35.13.15.2017")->time_zone, TimeZone::kWib);
  const Agency dinkes = *store->GetAgencyByCode("35.13.DINKES");
  const std::vector<Unit> units = *store->ListUnits(dinkes.id);
  ASSERT_EQ(units.size(), 2u);
}

TEST_F(ImportCommandTest, EmployeesPartialAllOrNothingAndReimport) {
  LoadReference();
  const std::string header =
      "NIP,Nama,Jenis Pegawai,Kategori Jabatan,Golongan,Jenis Kelamin,Kode Instansi,Kode Unit\n";
  Write("good.csv", header + "198609262015051001,Budi,PNS,FUNGSIONAL,III/c,L,35.13.DINKES,SURV\n" +
                        ",Joko,NON_ASN,NON_ASN,,L,35.74.BKPSDM,\n");
  Write("mixed.csv", header + "198609262015051002,Siti,PNS,PELAKSANA,II/a,P,35.13.DINKES,\n" +
                         "198609262015052003,Ani,PNS,PELAKSANA,II/a,P,35.13.DINKES,\n");
  ASSERT_EQ(
      RunCaptured({"import", "employees", Path("good.csv"), "--db", db_, "--today", "2024-10-01"}),
      0)
      << err_;
  EXPECT_NE(out_.find("2 rows read, 2 inserted, 0 updated, 0 rejected"), std::string::npos) << out_;
  EXPECT_NE(err_.find("rows/s"), std::string::npos) << err_;

  // Line 2 has gender P against NIP digit 15 = 1.
  EXPECT_EQ(RunCaptured({"import", "employees", Path("mixed.csv"), "--db", db_, "--today",
                         "2024-10-01", "--all-or-nothing"}),
            1);
  EXPECT_NE(err_.find("line 2, column jenis_kelamin: Gender P disagrees with NIP digit 15"),
            std::string::npos)
      << err_;
  EXPECT_NE(err_.find("tidak sesuai"), std::string::npos) << err_;
  EXPECT_NE(err_.find("nothing was written"), std::string::npos);
  EXPECT_FALSE(Open()->GetEmployeeByNip("198609262015052003").ok());

  EXPECT_EQ(
      RunCaptured({"import", "employees", Path("mixed.csv"), "--db", db_, "--today", "2024-10-01"}),
      2);
  EXPECT_TRUE(Open()->GetEmployeeByNip("198609262015052003").ok());

  ASSERT_EQ(
      RunCaptured({"import", "employees", Path("good.csv"), "--db", db_, "--today", "2024-10-01"}),
      0);
  EXPECT_NE(out_.find("0 inserted, 2 updated"), std::string::npos) << out_;
  auto store = Open();
  EmployeeFilter all;
  Result<PageOf<Employee>> page = store->ListEmployees(all, Page{0, 50});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 3);
  const Employee budi = *store->GetEmployeeByNip("198609262015051001");
  EXPECT_EQ(budi.golongan, "III/c");
  EXPECT_TRUE(budi.unit_id.has_value());

  EXPECT_EQ(RunCaptured({"import", "employees", Path("good.csv"), "--db", db_, "--region", "35.74",
                         "--today", "2024-10-01"}),
            2);
  EXPECT_NE(err_.find("outside your region (35.74)"), std::string::npos) << err_;
  EXPECT_EQ(RunCaptured({"import", "employees", Path("missing.csv"), "--db", db_}), 1);
  EXPECT_NE(err_.find("missing.csv"), std::string::npos);
  EXPECT_EQ(
      RunCaptured({"import", "employees", Path("good.csv"), "--db", db_, "--today", "2024-13-01"}),
      1);
}

TEST_F(ImportCommandTest, EmployeesFromXlsx) {
  LoadReference();
  const std::string path = Path("pegawai.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  const char* cells[2][6] = {
      {"nip", "nama", "jenis_pegawai", "kategori_jabatan", "golongan", "kode_instansi"},
      {"19900913 2023 24 2 014", "Siti Aminah", "PPPK", "FUNGSIONAL", "IX", "35.13.DINKES"}};
  for (int r = 0; r < 2; ++r) {
    for (int c = 0; c < 6; ++c) worksheet_write_string(ws, r, c, cells[r][c], nullptr);
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  ASSERT_EQ(RunCaptured({"import", "employees", path, "--db", db_, "--today", "2024-10-01"}), 0)
      << err_;
  const Employee siti = *Open()->GetEmployeeByNip("199009132023242014");
  EXPECT_EQ(siti.type, EmployeeType::kPppk);
  EXPECT_EQ(siti.gender, 'P');
}

TEST_F(ImportCommandTest, Elections) {
  LoadReference();
  Write("lexicon.json", R"({"election":"pilkada-2024","contests":[
    {"region":"35.13","region_name":"Kabupaten Probolinggo","office":"bupati","candidates":[
      {"number":1,"head":["Ahmad Fiktif"],"deputy":["Budi Rekaan"]},
      {"number":2,"head":["Citra Karangan"],"deputy":["Dedi Contoh"]}]}]})");
  ASSERT_EQ(RunCaptured({"import", "elections", Path("lexicon.json"), "--db", db_, "--definitions",
                         std::string(NETRA_SOURCE_DIR) + "/data/elections"}),
            0)
      << err_;
  EXPECT_NE(out_.find("1 contests, 2 candidates"), std::string::npos) << out_;
  auto store = Open();
  const Election e = *store->GetElectionByCode("pilkada-2024");
  EXPECT_EQ(e.voting_date, "2024-11-27");
  EXPECT_GE(store->ListElectionStages(e.id)->size(), 10u);
  const std::vector<Contest> contests = *store->ListContests(e.id, "");
  ASSERT_EQ(contests.size(), 1u);
  EXPECT_EQ(store->ListCandidates(contests[0].id)->size(), 2u);
}

TEST_F(ImportCommandTest, HelpForEverySubcommand) {
  for (const char* sub : {"regions", "agencies", "employees", "elections"}) {
    help_.clear();
    ASSERT_EQ(RunCaptured({"import", sub, "--help"}), 0);
    EXPECT_NE(help_.find("--db"), std::string::npos) << sub << ": " << help_;
  }
  EXPECT_NE(RunCaptured({"import"}), 0);
}

// A 20,000-row file through SQLite: the streaming path with several batches.
TEST_F(ImportCommandTest, TwentyThousandRows) {
  LoadReference();
  {
    std::ofstream out(dir_ / "many.csv");
    out << "nip,nama,jenis_pegawai,kategori_jabatan,golongan,kode_instansi,kode_wilayah\n";
    for (int i = 0; i < 20000; ++i) {
      // Birth dates repeat every 420 rows; the sequence number keeps NIPs distinct.
      const int birth_year = 1970 + i % 30;
      out << fmt::format(
          "{:04d}{:02d}{:02d}{:04d}{:02d}1{:03d},Pegawai {},PNS,PELAKSANA,II/b,"
          "35.13.DINKES,35.13.15\n",
          birth_year, 1 + i % 12, 1 + i % 28, birth_year + 20 + i % 5, 1 + i % 12, 1 + i / 420, i);
    }
  }
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(RunCaptured({"import", "employees", Path("many.csv"), "--db", db_, "--today",
                         "2024-10-01", "--batch", "5000"}),
            0)
      << err_.substr(0, 2000);
  EXPECT_NE(out_.find("20000 rows read, 20000 inserted"), std::string::npos) << out_;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

}  // namespace
}  // namespace netra::cli
