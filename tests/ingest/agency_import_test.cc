#include "ingest/agency_import.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "test_store.h"

namespace netra::ingest {
namespace {

using testing::CountRows;
using testing::RowCounts;
using testing::TempStore;

const char* kHeader =
    "kode_instansi,nama_instansi,jenis_instansi,kode_wilayah,kode_unit,nama_unit,kode_unit_induk\n";

class AgencyImportTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::AddRegions(*store_, {"35", "35.13", "35.74", "35.13.15"}); }
  Result<ImportReport> Import(const std::string& csv) {
    auto reader = OpenCsvBuffer(csv);
    EXPECT_TRUE(reader.ok());
    return ImportAgencies(*store_, **reader, options_);
  }
  std::optional<Agency> FindAgency(const std::string& code) {
    Result<Agency> a = store_->GetAgencyByCode(code);
    EXPECT_TRUE(a.ok() || a.status().code() == ErrorCode::kNotFound) << a.status().ToString();
    return a.ok() ? std::optional<Agency>(*a) : std::nullopt;
  }
  // The unit with `code` in any stored agency.
  std::optional<Unit> FindUnit(const std::string& code) {
    Result<PageOf<Agency>> agencies = store_->ListAgencies({}, {0, 500});
    EXPECT_TRUE(agencies.ok()) << agencies.status().ToString();
    if (!agencies.ok()) return std::nullopt;
    for (const Agency& a : agencies->items) {
      Result<std::vector<Unit>> units = store_->ListUnits(a.id);
      EXPECT_TRUE(units.ok()) << units.status().ToString();
      if (!units.ok()) continue;
      for (const Unit& u : *units) {
        if (u.code == code) return u;
      }
    }
    return std::nullopt;
  }

  TempStore store_;
  AgencyImportOptions options_;
};

TEST_F(AgencyImportTest, BuildsTheUnitTreeWhateverTheRowOrder) {
  const std::string csv = std::string(kHeader) +
                          // The child comes before its parent.
                          "35.13.DINKES,,,,SUBP2P,Seksi Surveilans,P2P\n"
                          "35.13.DINKES,Dinas Kesehatan,Dinas,35.13,P2P,Bidang P2P,\n"
                          "35.13.DINKES,,,,,,\n"
                          "35.74.BKPSDM,BKPSDM Kota Probolinggo,badan,35.74,,,\n";
  Result<ImportReport> r = Import(csv);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->rows, 4);
  EXPECT_EQ(r->rejected, 0) << r->errors[0].message_en;
  EXPECT_EQ(r->inserted, 4);  // 2 agencies + 2 units
  const std::optional<Agency> stored = FindAgency("35.13.DINKES");
  ASSERT_TRUE(stored.has_value());
  const Agency& dinkes = *stored;
  EXPECT_EQ(dinkes.kind, "dinas");
  EXPECT_EQ(dinkes.region_code, "35.13");
  const std::optional<Unit> p2p = FindUnit("P2P");
  const std::optional<Unit> sub = FindUnit("SUBP2P");
  ASSERT_TRUE(p2p.has_value());
  ASSERT_TRUE(sub.has_value());
  EXPECT_FALSE(p2p->parent_id.has_value());
  EXPECT_EQ(sub->parent_id, p2p->id);
  EXPECT_EQ(sub->agency_id, dinkes.id);

  // Again, with a renamed unit and a new child under a stored parent.
  r = Import(std::string(kHeader) + "35.13.DINKES,,,,P2P,Bidang Pencegahan,\n" +
             "35.13.DINKES,,,,IMUN,Seksi Imunisasi,P2P\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rejected, 0) << r->errors[0].message_en;
  EXPECT_EQ(r->inserted, 1);
  EXPECT_EQ(r->updated, 2);
  ASSERT_TRUE(FindUnit("P2P").has_value());
  EXPECT_EQ(FindUnit("P2P")->name, "Bidang Pencegahan");
  EXPECT_EQ(FindUnit("P2P")->id, p2p->id);
  ASSERT_TRUE(FindUnit("IMUN").has_value());
  EXPECT_EQ(FindUnit("IMUN")->parent_id, p2p->id);
  ASSERT_TRUE(FindAgency("35.13.DINKES").has_value());
  EXPECT_EQ(FindAgency("35.13.DINKES")->name, "Dinas Kesehatan");
  EXPECT_EQ(CountRows(*store_).agencies, 2);
  EXPECT_EQ(CountRows(*store_).units, 3);
}

struct BadAgencyCase {
  const char* rows;
  std::int64_t line;
  const char* column;
  const char* reason;
};

const BadAgencyCase kBad[] = {
    {"35.13 DINKES,Dinas,dinas,35.13,,,\n", 2, "kode_instansi", "must be 1-64 letters"},
    {"35.13.X,,,,,,\n", 2, "kode_instansi", "needs nama_instansi, jenis_instansi"},
    {"35.13.X,Dinas,dinas,35.99,,,\n", 2, "kode_wilayah", "35.99 does not exist"},
    {"35.13.X,Dinas,dinas,35.13.15,,,\n", 2, "kode_wilayah", "neither"},
    {"35.13.X,Dinas,dinas 2,35.13,,,\n", 2, "jenis_instansi", "must be 1-40 letters"},
    {"35.13.X,Dinas,dinas,35.13,,,\n35.13.X,Dinas Lain,,,,,\n", 3, "nama_instansi",
     "differs from an earlier row ('Dinas')"},
    {"35.13.X,Dinas,dinas,35.13,A,,\n", 2, "nama_unit", "Unit name is required"},
    {"35.13.X,Dinas,dinas,35.13,,Bidang,\n", 2, "kode_unit", "Unit code is required"},
    {"35.13.X,Dinas,dinas,35.13,A,Bidang A,\n35.13.X,,,,A,Bidang A2,\n", 3, "kode_unit",
     "already appears on line 3"},
    {"35.13.X,Dinas,dinas,35.13,A,Bidang A,ZZ\n", 2, "kode_unit_induk",
     "Parent unit 'ZZ' does not belong"},
    {"35.13.X,Dinas,dinas,35.13,A,Bidang A,A\n", 2, "kode_unit_induk", "its own parent"},
    {"35.13.X,Dinas,dinas,35.13,A,Bidang A,B\n35.13.X,,,,B,Bidang B,A\n", 2, "kode_unit_induk",
     "parent loop"},
    {"35.74.X,Dinas,dinas,35.74,,,\n", 2, "kode_wilayah", "outside your region (35.13)"},
};

class BadAgencyTest : public AgencyImportTest,
                      public ::testing::WithParamInterface<BadAgencyCase> {};

TEST_P(BadAgencyTest, IsReportedAndTheRestIsImported) {
  options_.region_scope = "35.13";
  const BadAgencyCase& c = GetParam();
  Result<ImportReport> r =
      Import(std::string(kHeader) + "35.13.OK,Dinas Baik,dinas,35.13,U1,Unit 1,\n" + c.rows);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_GE(r->errors.size(), 1u);
  EXPECT_EQ(r->errors[0].line, c.line + 1);
  EXPECT_EQ(r->errors[0].column, c.column);
  EXPECT_NE(r->errors[0].message_en.find(c.reason), std::string::npos) << r->errors[0].message_en;
  EXPECT_NE(r->errors[0].message_id, r->errors[0].message_en);
  EXPECT_TRUE(FindAgency("35.13.OK").has_value());
  EXPECT_TRUE(FindUnit("U1").has_value());
}

INSTANTIATE_TEST_SUITE_P(Table, BadAgencyTest, ::testing::ValuesIn(kBad));

TEST_F(AgencyImportTest, RejectedParentRejectsItsChildren) {
  Result<ImportReport> r =
      Import(std::string(kHeader) + "35.13.X,Dinas,dinas,35.13,,,\n" + "35.13.X,,,,A,,\n" +
             "35.13.X,,,,B,Bidang B,A\n" + "35.13.X,,,,C,Bidang C,\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->rejected, 2);
  ASSERT_EQ(r->errors.size(), 2u);
  EXPECT_EQ(r->errors[1].line, 4);
  EXPECT_NE(r->errors[1].message_en.find("Parent unit 'A' was rejected (see line 3)"),
            std::string::npos);
  EXPECT_TRUE(FindUnit("C").has_value());
  EXPECT_FALSE(FindUnit("B").has_value());
}

TEST_F(AgencyImportTest, AllOrNothingWritesNothing) {
  options_.all_or_nothing = true;
  const RowCounts before = CountRows(*store_);
  Result<ImportReport> r = Import(std::string(kHeader) + "35.13.X,Dinas,dinas,35.13,,,\n" +
                                  "35.13.Y,Badan,badan,35.99,,,\n");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->written);
  EXPECT_EQ(CountRows(*store_), before);
}

TEST_F(AgencyImportTest, RowCapAndHeader) {
  options_.max_rows = 2;
  const RowCounts before = CountRows(*store_);
  Result<ImportReport> r =
      Import(std::string(kHeader) + "A,a,dinas,35.13,,,\nB,b,dinas,35.13,,,\nC,c,dinas,35.13,,,\n");
  EXPECT_EQ(r.status().code(), ErrorCode::kResourceExhausted);
  EXPECT_NE(r.status().message_en().find("Line 4"), std::string::npos);
  EXPECT_EQ(Import("nama_instansi\nx\n").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CountRows(*store_), before);
}

}  // namespace
}  // namespace netra::ingest
