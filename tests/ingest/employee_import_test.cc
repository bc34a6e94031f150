#include "ingest/employee_import.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "test_store.h"

namespace netra::ingest {
namespace {

using testing::CountRows;
using testing::RowCounts;
using testing::TempStore;

constexpr CivilDate kToday{2024, 10, 1};
const char* kHeader =
    "nip,nama,jenis_pegawai,kategori_jabatan,nama_jabatan,golongan,jenis_kelamin,kode_instansi,"
    "kode_unit,kode_wilayah\n";

// A valid, distinct PNS NIP for each i.
std::string MakeNip(int i, int gender = 1) {
  return fmt::format("{:04d}{:02d}{:02d}{:04d}{:02d}{}{:03d}", 1970 + i % 30, 1 + i % 12,
                     1 + i % 28, 2005 + i % 15, 1 + i % 12, gender, 1 + (i / 1000) % 999);
}

// Another writer on the database file (as a second `netra` process would be):
// while it holds the write lock, the Store's write transactions fail with
// kUnavailable once the busy timeout runs out.
class WriteLock {
 public:
  explicit WriteLock(const std::string& path) {
    EXPECT_EQ(sqlite3_open(path.c_str(), &db_), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db_);
  }
  ~WriteLock() {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
  }
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

 private:
  sqlite3* db_ = nullptr;
};

StoreOptions ShortBusyTimeout() {
  StoreOptions options = testing::FastStoreOptions();
  options.busy_timeout_ms = 20;
  return options;
}

class EmployeeImportTest : public ::testing::Test {
 protected:
  explicit EmployeeImportTest(const StoreOptions& options = testing::FastStoreOptions())
      : store_(options) {}

  void SetUp() override {
    testing::AddRegions(*store_, {"35", "35.13", "35.13.15", "35.74", "18", "18.09"});
    Agency dinkes{0, "35.13.DINKES", "Dinas Kesehatan Kabupaten Probolinggo", "dinas", "35.13"};
    Agency bkpsdm{0, "35.74.BKPSDM", "BKPSDM Kota Probolinggo", "badan", "35.74"};
    Result<Agency> stored = store_->UpsertAgency(dinkes);
    ASSERT_TRUE(stored.ok()) << stored.status().ToString();
    dinkes_id_ = stored->id;
    ASSERT_TRUE(store_->UpsertAgency(bkpsdm).ok());
    Unit p2p;
    p2p.agency_id = dinkes_id_;
    p2p.code = "P2P";
    p2p.name = "Bidang P2P";
    Result<Unit> unit = store_->UpsertUnit(p2p);
    ASSERT_TRUE(unit.ok()) << unit.status().ToString();
    p2p_id_ = unit->id;
    options_.today = kToday;
  }

  Result<ImportReport> Import(const std::string& csv, const ProgressCallback& progress = {}) {
    auto reader = OpenCsvBuffer(csv);
    EXPECT_TRUE(reader.ok());
    return ImportEmployees(*store_, **reader, options_, progress);
  }

  Employee StoredEmployee(const std::string& nip) {
    Result<Employee> e = store_->GetEmployeeByNip(nip);
    EXPECT_TRUE(e.ok()) << nip << ": " << e.status().ToString();
    return e.ok() ? *e : Employee{};
  }

  std::int64_t EmployeeCount() { return CountRows(*store_).employees; }

  TempStore store_;
  std::int64_t dinkes_id_ = 0;
  std::int64_t p2p_id_ = 0;
  EmployeeImportOptions options_;
};

TEST_F(EmployeeImportTest, ImportsGoodRowsAndReimportUpdatesByNip) {
  const std::string csv =
      std::string(kHeader) +
      "19860926 201505 1 001,Budi Santoso,PNS,fungsional,Analis Kebijakan Ahli Muda,iii/c,L,"
      "35.13.DINKES,P2P,35.13.15\n"
      "199009132023242014,Siti Aminah,PPPK,PELAKSANA,,ix,P,35.13.DINKES,,\n"
      ",Joko,non-asn,,,,,35.74.BKPSDM,,\n";
  Result<ImportReport> r = Import(csv);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->rows, 3);
  EXPECT_EQ(r->inserted, 3);
  EXPECT_EQ(r->rejected, 0);
  EXPECT_TRUE(r->written);
  const Employee budi = StoredEmployee("198609262015051001");
  EXPECT_EQ(budi.golongan, "III/c");
  EXPECT_EQ(budi.gender, 'L');
  EXPECT_EQ(budi.unit_id, p2p_id_);
  EXPECT_EQ(budi.region_code, "35.13.15");
  EXPECT_EQ(budi.position, PositionCategory::kFungsional);
  const Employee siti = StoredEmployee("199009132023242014");
  EXPECT_EQ(siti.type, EmployeeType::kPppk);
  EXPECT_EQ(siti.golongan, "IX");
  EXPECT_EQ(siti.region_code, "35.13");  // the agency's region when none is given
  EXPECT_FALSE(siti.unit_id.has_value());

  r = Import(csv);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->inserted, 0);
  EXPECT_EQ(r->updated, 3);
  EXPECT_EQ(EmployeeCount(), 3);
}

TEST_F(EmployeeImportTest, HeaderInAnyCaseAndOrder) {
  Result<ImportReport> r = Import(
      "Kode Instansi,NAMA,Jenis-Pegawai,NIP,Golongan,Kategori_Jabatan,Catatan\n"
      "35.13.DINKES,Budi,PNS,198609262015051001,II/a,pelaksana,x\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(r->ignored_columns, std::vector<std::string>{"catatan"});
  const RowCounts after_import = CountRows(*store_);
  EXPECT_EQ(after_import.employees, 1);

  r = Import("nip,nama\n1,2\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message_en().find("jenis_pegawai, kategori_jabatan, kode_instansi"),
            std::string::npos)
      << r.status().message_en();
  EXPECT_NE(r.status().message_id().find("kolom wajib tidak ada"), std::string::npos);
  EXPECT_EQ(Import("").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CountRows(*store_), after_import);
}

// One bad row each: the row's fields after the header, the column blamed, and
// a piece of the English reason.
struct BadRow {
  const char* row;
  const char* column;
  const char* reason;
};

const BadRow kBadRows[] = {
    {"198609262015051001,,PNS,PELAKSANA,,II/a,,35.13.DINKES,,", "nama", "Name is required"},
    {"198609262015051001,A,PNS-X,PELAKSANA,,II/a,,35.13.DINKES,,", "jenis_pegawai",
     "Unknown employee type 'PNS-X'"},
    {"198609262015051001,A,PNS,KEPALA,,II/a,,35.13.DINKES,,", "kategori_jabatan",
     "Unknown position category"},
    {"198609262015051001,A,PNS,NON_ASN,,II/a,,35.13.DINKES,,", "kategori_jabatan",
     "ASN employee cannot"},
    {",A,NON_ASN,PELAKSANA,,,,35.13.DINKES,,", "kategori_jabatan", "must have position"},
    {",A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,", "nip", "NIP is required"},
    {"198613262015051001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,", "nip", "Birth date (digits 1-8)"},
    {"198609262015131001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,", "nip", "month 13"},
    {"198609262015053001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,", "nip", "Gender digit"},
    {"198609262015051000,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,", "nip", "Sequence"},
    {"198609262015051001,A,NON_ASN,NON_ASN,,,,35.13.DINKES,,", "nip", "have no NIP"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/a,P,35.13.DINKES,,", "jenis_kelamin",
     "disagrees with NIP digit 15"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/a,X,35.13.DINKES,,", "jenis_kelamin",
     "Unknown gender"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/e,,35.13.DINKES,,", "golongan", "PNS golongan 'II/e'"},
    {"198609262015051001,A,PNS,PELAKSANA,,,,35.13.DINKES,,", "golongan", "required"},
    {"199009132023242014,A,PPPK,PELAKSANA,,XVIII,,35.13.DINKES,,", "golongan",
     "PPPK golongan 'XVIII'"},
    {",A,NON_ASN,NON_ASN,,I,,35.13.DINKES,,", "golongan", "no golongan"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/a,,35.13.NOPE,,", "kode_instansi",
     "Agency '35.13.NOPE' does not exist"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,XYZ,", "kode_unit",
     "Unit 'XYZ' does not belong to agency '35.13.DINKES'"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,35.1", "kode_wilayah",
     "part 2 must be 2 digits"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,35.13.99", "kode_wilayah",
     "35.13.99 does not exist"},
    {"198609262015051001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,35.74", "kode_wilayah",
     "outside the region of agency"},
};

class BadRowTest : public EmployeeImportTest, public ::testing::WithParamInterface<BadRow> {};

TEST_P(BadRowTest, IsRejectedWithLineColumnAndReason) {
  const BadRow& bad = GetParam();
  Result<ImportReport> r =
      Import(std::string(kHeader) +
             "19800101 200501 2 001,Good,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n" + bad.row + "\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->rows, 2);
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(r->rejected, 1);
  ASSERT_EQ(r->errors.size(), 1u) << r->errors[0].message_en << " / " << r->errors[1].message_en;
  EXPECT_EQ(r->errors[0].line, 3);
  EXPECT_EQ(r->errors[0].column, bad.column);
  EXPECT_NE(r->errors[0].message_en.find(bad.reason), std::string::npos) << r->errors[0].message_en;
  EXPECT_FALSE(r->errors[0].message_id.empty());
  EXPECT_NE(r->errors[0].message_id, r->errors[0].message_en);
}

INSTANTIATE_TEST_SUITE_P(Table, BadRowTest, ::testing::ValuesIn(kBadRows));

TEST_F(EmployeeImportTest, DuplicatesInsideTheFileNameTheFirstLine) {
  Result<ImportReport> r = Import(std::string(kHeader) +
                                  "198609262015051001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n"
                                  ",Joko,NON_ASN,NON_ASN,,,,35.13.DINKES,,\n"
                                  "\n"
                                  "19860926 201505 1 001,B,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n"
                                  ",Joko,NON_ASN,NON_ASN,,,,35.13.DINKES,,\n"
                                  ",Joko,NON_ASN,NON_ASN,,,,35.74.BKPSDM,,\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->inserted, 3);
  ASSERT_EQ(r->errors.size(), 2u);
  EXPECT_EQ(r->errors[0].line, 5);
  EXPECT_NE(r->errors[0].message_en.find("already appears on line 2"), std::string::npos);
  EXPECT_EQ(r->errors[1].line, 6);
  EXPECT_EQ(r->errors[1].column, "nama");
  EXPECT_NE(r->errors[1].message_en.find("line 3"), std::string::npos);
}

TEST_F(EmployeeImportTest, AllOrNothingWritesNothingWhenOneRowIsBad) {
  options_.all_or_nothing = true;
  std::string csv = kHeader;
  for (int i = 0; i < 50; ++i) {
    csv += MakeNip(i) + ",P" + std::to_string(i) + ",PNS,PELAKSANA,,II/b,,35.13.DINKES,,\n";
  }
  csv += "1234,Bad,PNS,PELAKSANA,,II/b,,35.13.DINKES,,\n";
  const RowCounts before = CountRows(*store_);
  Result<ImportReport> r = Import(csv);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->written);
  EXPECT_EQ(r->rejected, 1);
  EXPECT_EQ(r->errors[0].line, 52);
  EXPECT_EQ(CountRows(*store_), before);
  EXPECT_EQ(before.employees, 0);

  csv.resize(csv.rfind("1234"));
  r = Import(csv);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->written);
  EXPECT_EQ(r->inserted, 50);
  EXPECT_EQ(EmployeeCount(), 50);
}

TEST_F(EmployeeImportTest, RegionScopeRejectsRowsOutsideIt) {
  options_.region_scope = "35.13";
  Result<ImportReport> r = Import(std::string(kHeader) +
                                  "198609262015051001,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n"
                                  "198609262015051002,B,PNS,PELAKSANA,,II/a,,35.74.BKPSDM,,\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->inserted, 1);
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].line, 3);
  EXPECT_EQ(r->errors[0].column, "kode_instansi");
  EXPECT_NE(r->errors[0].message_en.find("outside your region (35.13)"), std::string::npos);
}

TEST_F(EmployeeImportTest, ErrorsAreCappedButAllCounted) {
  options_.max_errors_kept = 3;
  std::string csv = kHeader;
  for (int i = 0; i < 10; ++i) csv += "x,A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n";
  Result<ImportReport> r = Import(csv);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rejected, 10);
  EXPECT_EQ(r->error_count, 10);
  EXPECT_EQ(r->errors.size(), 3u);
  const nlohmann::json errors = nlohmann::json::parse(ErrorsToJson(*r));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0]["line"], 2);
  EXPECT_EQ(errors[0]["column"], "nip");
  EXPECT_EQ(errors[2]["line"], 4);
  EXPECT_EQ(errors[0]["reason_en"], r->errors[0].message_en);
  EXPECT_EQ(errors[0]["reason_id"], r->errors[0].message_id);
}

TEST_F(EmployeeImportTest, ProgressAfterEachBatch) {
  options_.batch_size = 100;
  std::string csv = kHeader;
  for (int i = 0; i < 250; ++i) {
    csv += MakeNip(i) + ",P" + std::to_string(i) + ",PNS,PELAKSANA,,II/b,,35.13.DINKES,,\n";
  }
  // Each report is made after a batch's transaction committed: the rows
  // counted so far are already in the database, 100 at a time.
  std::vector<std::int64_t> seen, committed;
  Result<ImportReport> r = Import(csv, [&](const ImportProgress& p) {
    EXPECT_EQ(p.phase, "importing");
    seen.push_back(p.inserted);
    committed.push_back(EmployeeCount());
  });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->inserted, 250);
  EXPECT_EQ(seen, (std::vector<std::int64_t>{100, 200, 250, 250}));
  EXPECT_EQ(committed, seen);
}

// A failing batch without a stub Store: the real cause of kUnavailable, a
// busy database. Another connection takes the SQLite write lock (from the
// progress report after the first batch committed, or before the import
// starts) and the Store, after its short busy timeout and retries, fails
// that batch's UpsertEmployees.
class BusyDatabaseTest : public EmployeeImportTest {
 protected:
  BusyDatabaseTest() : EmployeeImportTest(ShortBusyTimeout()) {}
};

TEST_F(BusyDatabaseTest, FailureMidwayKeepsTheCommittedBatches) {
  options_.batch_size = 10;
  std::string csv = kHeader;
  for (int i = 0; i < 30; ++i) {
    csv += MakeNip(i) + ",P" + std::to_string(i) + ",PNS,PELAKSANA,,II/b,,35.13.DINKES,,\n";
  }
  std::optional<WriteLock> lock;
  Result<ImportReport> r = Import(csv, [&](const ImportProgress& p) {
    if (p.inserted == 10 && !lock) lock.emplace(store_.path());
  });
  ASSERT_TRUE(lock.has_value());
  lock.reset();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->inserted, 10);
  EXPECT_EQ(r->failure.code(), ErrorCode::kUnavailable) << r->failure.ToString();
  EXPECT_EQ(EmployeeCount(), 10);  // the first batch stays, the second never landed

  // Busy from the first batch: the import fails as a whole and writes nothing.
  const RowCounts before = CountRows(*store_);
  lock.emplace(store_.path());
  EXPECT_EQ(Import(csv).status().code(), ErrorCode::kUnavailable);
  lock.reset();
  EXPECT_EQ(CountRows(*store_), before);
}

TEST_F(EmployeeImportTest, MalformedFileMidwayAfterWrites) {
  options_.batch_size = 2;
  Result<ImportReport> r =
      Import(std::string(kHeader) + MakeNip(1) + ",A,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n" +
             MakeNip(2) + ",B,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n" + MakeNip(3) +
             ",C,PNS,PELAKSANA,,II/a,,35.13.DINKES,,\n" + "x,D\"x\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->inserted, 3);
  EXPECT_EQ(EmployeeCount(), 3);
  EXPECT_EQ(r->failure.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r->failure.message_en().find("line 5"), std::string::npos);
}

TEST_F(EmployeeImportTest, ExcelNumericNipGetsAHint) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "netra_employee_import_test.xlsx").string();
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  const char* header[] = {"NIP",      "Nama",         "Jenis Pegawai", "Kategori Jabatan",
                          "Golongan", "Kode Instansi"};
  for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 0, c, header[c], nullptr);
  const char* good[] = {"198609262015051001", "Budi", "PNS", "PELAKSANA", "II/a", "35.13.DINKES"};
  for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 1, c, good[c], nullptr);
  worksheet_write_number(ws, 2, 0, 198609262015052002.0, nullptr);
  for (int c = 1; c < 6; ++c) worksheet_write_string(ws, 2, c, good[c], nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  auto reader = OpenRowReader(path);
  ASSERT_TRUE(reader.ok());
  Result<ImportReport> r = ImportEmployees(*store_, **reader, options_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->inserted, 1);
  ASSERT_EQ(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].line, 3);
  EXPECT_NE(r->errors[0].message_en.find("format the NIP column as Text"), std::string::npos)
      << r->errors[0].message_en;
  std::filesystem::remove(path);
}

TEST_F(EmployeeImportTest, InvalidOptionsAreRefused) {
  options_.today = {};
  EXPECT_EQ(Import(kHeader).status().code(), ErrorCode::kInvalidArgument);
  options_.today = kToday;
  options_.region_scope = "35.x";
  EXPECT_EQ(Import(kHeader).status().code(), ErrorCode::kInvalidArgument);
}

TEST(GolonganTest, NormalizesAndRejects) {
  EXPECT_EQ(*NormalizeGolongan("iii / c", EmployeeType::kPns), "III/c");
  EXPECT_EQ(*NormalizeGolongan("IV/e", EmployeeType::kPns), "IV/e");
  EXPECT_FALSE(NormalizeGolongan("III/e", EmployeeType::kPns).ok());
  EXPECT_FALSE(NormalizeGolongan("V/a", EmployeeType::kPns).ok());
  EXPECT_FALSE(NormalizeGolongan("IX", EmployeeType::kPns).ok());
  EXPECT_EQ(*NormalizeGolongan("xvii", EmployeeType::kPppk), "XVII");
  EXPECT_FALSE(NormalizeGolongan("III/c", EmployeeType::kPppk).ok());
}

}  // namespace
}  // namespace netra::ingest
