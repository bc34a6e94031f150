#include "service/import_service.h"

#include "service_fixture.h"

namespace netra {
namespace {

constexpr const char* kHeader =
    "nip,nama,jenis_pegawai,kategori_jabatan,nama_jabatan,golongan,jenis_kelamin,kode_instansi,"
    "kode_unit,kode_wilayah\n";

class ImportServiceTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    ASSERT_TRUE(store_->UpsertAgency({0, "35.13.DINKES", "Dinkes", "dinas", "35.13"}).ok());
    ASSERT_TRUE(store_->UpsertAgency({0, "35.08.DINKES", "Dinkes", "dinas", "35.08"}).ok());
  }

  ImportJob RunToEnd(ImportService& imports, const Caller& caller, std::string csv,
                     bool all_or_nothing = false) {
    auto job = imports.StartEmployeeImport(
        caller, {"pegawai.csv", "text/csv; charset=utf-8", std::move(csv), all_or_nothing});
    EXPECT_TRUE(job.ok()) << job.status().ToString();
    if (!job.ok()) return {};
    EXPECT_EQ(job->status, "running");
    imports.WaitIdle();
    return *imports.Get(caller, job->id);
  }

  const Caller operator_ = {10, "op", Role::kOperatorInstansi, "35.13"};
};

TEST_F(ImportServiceTest, ImportsGoodRowsAndRejectsRowsOutsideTheRegion) {
  ImportService imports(*store_, clock_);
  const ImportJob job = RunToEnd(
      imports, operator_,
      std::string(kHeader) +
          "198609262015052001,Siti Aminah,PNS,FUNGSIONAL,Perawat Ahli Muda,III/c,P,35.13.DINKES,,"
          "35.13\n"
          "197901012005011003,Bambang Irawan,PNS,PELAKSANA,Pengadministrasi,II/c,L,35.08.DINKES,,"
          "35.08\n");
  EXPECT_EQ(job.status, "done");
  EXPECT_EQ(job.inserted, 1);
  EXPECT_EQ(job.rejected, 1);
  EXPECT_EQ(job.rows_processed, 2);
  EXPECT_NE(job.errors_json.find("\"line\":3"), std::string::npos) << job.errors_json;
  EXPECT_GT(job.finished_at, 0);
  EXPECT_TRUE(store_->GetEmployeeByNip("198609262015052001").ok());
  EXPECT_EQ(store_->GetEmployeeByNip("197901012005011003").status().code(), ErrorCode::kNotFound);
}

TEST_F(ImportServiceTest, AllOrNothingWritesNothingOnABadRow) {
  ImportService imports(*store_, clock_);
  const ImportJob job = RunToEnd(
      imports, operator_,
      std::string(kHeader) +
          "198609262015052001,Siti Aminah,PNS,FUNGSIONAL,Perawat,III/c,P,35.13.DINKES,,35.13\n"
          "198609262015051001,Salah Kelamin,PNS,FUNGSIONAL,Perawat,III/c,P,35.13.DINKES,,35.13\n",
      /*all_or_nothing=*/true);
  EXPECT_EQ(job.status, "done");
  EXPECT_EQ(job.inserted, 0);
  EXPECT_EQ(job.rejected, 1);
  EXPECT_NE(job.message.find("Tidak ada yang disimpan"), std::string::npos) << job.message;
  EXPECT_NE(job.message_en.find("Nothing was saved"), std::string::npos) << job.message_en;
  EXPECT_EQ(store_->GetEmployeeByNip("198609262015052001").status().code(), ErrorCode::kNotFound);
}

TEST_F(ImportServiceTest, JobsAreVisibleToTheirOwnerAndAdminsAboveOnly) {
  ImportService imports(*store_, clock_);
  const ImportJob job = RunToEnd(imports, operator_, std::string(kHeader));
  const Caller other_operator = {11, "op2", Role::kOperatorInstansi, "35.13"};
  const Caller province_admin = {12, "adm", Role::kAdmin, "35"};
  const Caller lampung_admin = {13, "adm2", Role::kAdmin, "18"};
  EXPECT_EQ(imports.Get(other_operator, job.id).status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(imports.Get(province_admin, job.id).ok());
  EXPECT_EQ(imports.Get(lampung_admin, job.id).status().code(), ErrorCode::kNotFound);
}

TEST_F(ImportServiceTest, RefusesUnknownTypesEmptyFilesAndOtherRoles) {
  ImportService imports(*store_, clock_);
  auto pdf =
      imports.StartEmployeeImport(operator_, {"a.pdf", "application/pdf", "%PDF-1.4", false});
  EXPECT_EQ(pdf.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(pdf.status().reason(), "unsupported_media_type");
  EXPECT_EQ(
      imports.StartEmployeeImport(operator_, {"a.csv", "text/csv", "", false}).status().code(),
      ErrorCode::kInvalidArgument);
  const Caller pengawas = {14, "pw", Role::kPengawas, "35.13"};
  EXPECT_EQ(
      imports.StartEmployeeImport(pengawas, {"a.csv", "text/csv", kHeader, false}).status().code(),
      ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace netra
