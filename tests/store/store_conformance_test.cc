// The storage conformance suite: every Store method, run unchanged against
// SQLite (Sqlite/*) and PostgreSQL (Postgres/*).
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "store/detail/migrations.h"
#include "store/store.h"
#include "store_test_env.h"

namespace netra {
namespace {

using store_test::TestDatabase;

Region MakeRegion(const std::string& code, const std::string& name, RegionLevel level,
                  TimeZone zone = TimeZone::kWib) {
  return Region{code, ParentRegionCode(code), name, level, zone};
}

Employee MakeEmployee(std::optional<std::string> nip, const std::string& name,
                      std::int64_t agency_id, const std::string& region_code,
                      EmployeeType type = EmployeeType::kPns) {
  Employee e;
  e.nip = std::move(nip);
  e.name = name;
  e.type = type;
  e.position =
      type == EmployeeType::kNonAsn ? PositionCategory::kNonAsn : PositionCategory::kPelaksana;
  e.position_title = "Pengadministrasi Umum";
  e.golongan = type == EmployeeType::kNonAsn ? "" : "II/a";
  e.gender = 'P';
  e.agency_id = agency_id;
  e.region_code = region_code;
  return e;
}

// A well-formed 18-digit NIP (birth date, appointment year and month, gender,
// sequence), distinct for every n below 19980.
std::string Nip(int n) {
  char seq[8];
  std::snprintf(seq, sizeof seq, "%03d", n % 999 + 1);
  return "19850312" + std::to_string(2000 + n / 999) + "03" + "1" + seq;
}

class StoreTest : public store_test::BackendTest {
 protected:
  Agency AddAgency(const std::string& code, const std::string& name, const std::string& region,
                   const std::string& kind = "dinas") {
    auto agency = store_->UpsertAgency(Agency{0, code, name, kind, region});
    EXPECT_TRUE(agency.ok()) << agency.status().ToString();
    return agency.ok() ? *agency : Agency{};
  }
};

// --- schema ---------------------------------------------------------------------

TEST_P(StoreTest, FreshDatabaseIsAtLatestSchemaVersion) {
  ASSERT_GE(LatestSchemaVersion(), 1);
  auto version = store_->SchemaVersion();
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(*version, LatestSchemaVersion());
  // Reopening applies nothing and keeps the data.
  ASSERT_TRUE(store_->UpsertAgency(Agency{0, "A", "Dinas A", "dinas", "35.13"}).ok());
  store_.reset();
  auto again = OpenStore(db_->url(), StoreOptions{.migrate = false});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*(*again)->SchemaVersion(), LatestSchemaVersion());
  EXPECT_TRUE((*again)->GetAgencyByCode("A").ok());
}

TEST_P(StoreTest, RefusesDatabaseMigratedByNewerBinary) {
  store_.reset();
  auto raw = db_->Raw();
  ASSERT_TRUE(raw.ok()) << raw.status().ToString();
  const int future = LatestSchemaVersion() + 7;
  ASSERT_TRUE((*raw)
                  ->Run("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        {std::int64_t{future}, std::string("9999_future.sql")})
                  .ok());
  for (bool migrate : {true, false}) {
    auto opened = OpenStore(db_->url(), StoreOptions{.migrate = migrate});
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.status().code(), ErrorCode::kFailedPrecondition);
    EXPECT_NE(opened.status().message_en().find(std::to_string(future)), std::string::npos)
        << opened.status().message_en();
    EXPECT_NE(opened.status().message_en().find(std::to_string(LatestSchemaVersion())),
              std::string::npos)
        << opened.status().message_en();
    EXPECT_NE(opened.status().message_id().find(std::to_string(future)), std::string::npos);
  }
}

TEST_P(StoreTest, WithoutMigrateAnOlderDatabaseIsRefused) {
  store_.reset();
  db_.reset();
  auto fresh = TestDatabase::Create(GetParam());
  ASSERT_TRUE(fresh.ok());
  db_ = std::move(fresh).value();
  auto opened = OpenStore(db_->url(), StoreOptions{.migrate = false});
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(opened.status().message_en().find("netra migrate"), std::string::npos);
}

TEST_P(StoreTest, SeveralOpenersOfAFreshDatabaseMigrateItOnce) {
  store_.reset();
  db_.reset();
  auto fresh = TestDatabase::Create(GetParam());
  ASSERT_TRUE(fresh.ok());
  db_ = std::move(fresh).value();
  constexpr int kOpeners = 4;
  std::vector<Status> results(kOpeners);
  std::vector<std::thread> threads;
  for (int i = 0; i < kOpeners; ++i) {
    threads.emplace_back([&, i] {
      auto opened = OpenStore(db_->url(), StoreOptions{.pool_size = 2});
      results[i] = opened.status();
    });
  }
  for (auto& thread : threads) thread.join();
  for (const Status& status : results) EXPECT_TRUE(status.ok()) << status.ToString();
  auto raw = db_->Raw();
  ASSERT_TRUE(raw.ok());
  auto rows = (*raw)->Run("SELECT COUNT(*) FROM schema_migrations");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->Int(0, 0), static_cast<std::int64_t>(store_detail::EmbeddedMigrations().size()));
}

TEST_P(StoreTest, StatsNameTheBackendAndCountAcquisitions) {
  ASSERT_TRUE(store_->CountRegions(RegionLevel::kProvince).ok());
  const StoreStats stats = store_->Stats();
  EXPECT_EQ(stats.backend, GetParam());
  EXPECT_EQ(stats.pool_size, StoreOptions{}.pool_size);
  EXPECT_GE(stats.pool_acquired, 1);
  EXPECT_EQ(stats.pool_in_use, 0);
}

// --- regions ----------------------------------------------------------------------

class RegionsTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (HasFatalFailure()) return;
    const std::vector<Region> regions = {
        MakeRegion("35", "Jawa Timur", RegionLevel::kProvince),
        MakeRegion("35.13", "Kabupaten Probolinggo", RegionLevel::kRegency),
        MakeRegion("35.74", "Kota Probolinggo", RegionLevel::kRegency),
        MakeRegion("35.08", "Kabupaten Lumajang", RegionLevel::kRegency),
        MakeRegion("35.13.15", "Kraksaan", RegionLevel::kDistrict),
        MakeRegion("35.13.15.2017", "Patokan", RegionLevel::kVillage),
        MakeRegion("18", "Lampung", RegionLevel::kProvince),
        MakeRegion("18.09", "Kabupaten Pesawaran", RegionLevel::kRegency),
        MakeRegion("72", "Sulawesi Tengah", RegionLevel::kProvince, TimeZone::kWita),
    };
    auto counts = store_->UpsertRegions(regions);
    ASSERT_TRUE(counts.ok()) << counts.status().ToString();
    EXPECT_EQ(counts->inserted, 9);
    EXPECT_EQ(counts->updated, 0);
  }

  static std::vector<std::string> Codes(const std::vector<Region>& regions) {
    std::vector<std::string> out;
    for (const auto& r : regions) out.push_back(r.code);
    return out;
  }
};

TEST_P(RegionsTest, UpsertUpdatesByCode) {
  const std::vector<Region> again = {
      MakeRegion("35.74", "Kota Probolinggo (baru)", RegionLevel::kRegency),
      MakeRegion("35.79", "Batu", RegionLevel::kRegency),
      MakeRegion("35.79", "Kota Batu", RegionLevel::kRegency)};
  auto counts = store_->UpsertRegions(again);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  // A code repeated in one batch: the last one wins, the earlier are updates.
  EXPECT_EQ(counts->inserted, 1);
  EXPECT_EQ(counts->updated, 2);
  EXPECT_EQ(store_->GetRegion("35.79")->name, "Kota Batu");
  auto region = store_->GetRegion("35.74");
  ASSERT_TRUE(region.ok());
  EXPECT_EQ(region->name, "Kota Probolinggo (baru)");
  EXPECT_EQ(region->parent_code, "35");
  EXPECT_EQ(region->level, RegionLevel::kRegency);
  EXPECT_EQ(*store_->CountRegions(RegionLevel::kRegency), 5);
}

TEST_P(RegionsTest, GetKeepsEveryFieldAndReportsMissing) {
  auto region = store_->GetRegion("72");
  ASSERT_TRUE(region.ok());
  EXPECT_EQ(region->name, "Sulawesi Tengah");
  EXPECT_EQ(region->time_zone, TimeZone::kWita);
  EXPECT_EQ(region->level, RegionLevel::kProvince);
  EXPECT_EQ(region->parent_code, "");
  EXPECT_EQ(store_->GetRegion("99").status().code(), ErrorCode::kNotFound);
}

TEST_P(RegionsTest, RejectsMalformedCodes) {
  const std::vector<Region> bad = {MakeRegion("35.1", "Bad", RegionLevel::kRegency)};
  auto counts = store_->UpsertRegions(bad);
  ASSERT_FALSE(counts.ok());
  EXPECT_EQ(counts.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(store_->GetRegion("35.1").status().code(), ErrorCode::kNotFound);
}

TEST_P(RegionsTest, ChildrenAreDirectAndOrdered) {
  EXPECT_EQ(Codes(*store_->ListRegionChildren("")), (std::vector<std::string>{"18", "35", "72"}));
  EXPECT_EQ(Codes(*store_->ListRegionChildren("35")),
            (std::vector<std::string>{"35.08", "35.13", "35.74"}));
  EXPECT_EQ(Codes(*store_->ListRegionChildren("35.13.15")),
            (std::vector<std::string>{"35.13.15.2017"}));
  EXPECT_TRUE(store_->ListRegionChildren("35.08")->empty());
}

TEST_P(RegionsTest, SearchByNameCodePrefixScopeAndLevel) {
  RegionQuery by_name{.text = "PROBOLINGGO"};
  EXPECT_EQ(Codes(*store_->SearchRegions(by_name)), (std::vector<std::string>{"35.13", "35.74"}));
  RegionQuery by_code{.text = "35.1"};
  EXPECT_EQ(Codes(*store_->SearchRegions(by_code)),
            (std::vector<std::string>{"35.13", "35.13.15", "35.13.15.2017"}));
  RegionQuery within{.text = "", .within = "35.13"};
  EXPECT_EQ(Codes(*store_->SearchRegions(within)),
            (std::vector<std::string>{"35.13", "35.13.15", "35.13.15.2017"}));
  RegionQuery kabupaten{.text = "kabupaten", .within = "35"};
  EXPECT_EQ(Codes(*store_->SearchRegions(kabupaten)), (std::vector<std::string>{"35.08", "35.13"}));
  RegionQuery provinces{.level = RegionLevel::kProvince};
  EXPECT_EQ(Codes(*store_->SearchRegions(provinces)), (std::vector<std::string>{"18", "35", "72"}));
  RegionQuery limited{.level = RegionLevel::kRegency, .limit = 2};
  EXPECT_EQ(store_->SearchRegions(limited)->size(), 2u);
  // LIKE wildcards in user text match literally.
  RegionQuery wildcard{.text = "%"};
  EXPECT_TRUE(store_->SearchRegions(wildcard)->empty());
  RegionQuery bad_scope{.within = "3"};
  EXPECT_EQ(store_->SearchRegions(bad_scope).status().code(), ErrorCode::kInvalidArgument);
}

TEST_P(RegionsTest, CountsByLevel) {
  EXPECT_EQ(*store_->CountRegions(RegionLevel::kProvince), 3);
  EXPECT_EQ(*store_->CountRegions(RegionLevel::kRegency), 4);
  EXPECT_EQ(*store_->CountRegions(RegionLevel::kDistrict), 1);
  EXPECT_EQ(*store_->CountRegions(RegionLevel::kVillage), 1);
}

// --- agencies and units -------------------------------------------------------------

TEST_P(StoreTest, AgencyUpsertKeepsIdAndUpdatesFields) {
  Agency first = AddAgency("35.13.DINKES", "Dinas Kesehatan", "35.13");
  ASSERT_GT(first.id, 0);
  Agency second = AddAgency("35.13.DINKES", "Dinas Kesehatan Kabupaten Probolinggo", "35.13");
  EXPECT_EQ(second.id, first.id);
  auto by_id = store_->GetAgency(first.id);
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->name, "Dinas Kesehatan Kabupaten Probolinggo");
  EXPECT_EQ(by_id->code, "35.13.DINKES");
  EXPECT_EQ(by_id->kind, "dinas");
  EXPECT_EQ(by_id->region_code, "35.13");
  EXPECT_EQ(store_->GetAgencyByCode("35.13.DINKES")->id, first.id);
  EXPECT_EQ(store_->GetAgency(first.id + 100).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->GetAgencyByCode("nope").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->UpsertAgency(Agency{0, "", "x", "dinas", "35"}).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST_P(StoreTest, AgencyListIsScopedFilteredAndPaged) {
  AddAgency("35.13.A", "Badan A", "35.13", "badan");
  AddAgency("35.13.B", "Dinas B", "35.13");
  AddAgency("35.13.C", "Dinas C", "35.13");
  AddAgency("35.74.D", "Dinas D", "35.74");
  AddAgency("35.PROV", "Dinas Provinsi", "35");
  AddAgency("18.09.E", "Dinas E", "18.09");
  auto page = store_->ListAgencies(AgencyFilter{.region_scope = "35.13"}, Page{0, 2});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].code, "35.13.A");
  EXPECT_EQ(page->items[1].code, "35.13.B");
  auto next = store_->ListAgencies(AgencyFilter{.region_scope = "35.13"}, Page{2, 2});
  ASSERT_EQ(next->items.size(), 1u);
  EXPECT_EQ(next->items[0].code, "35.13.C");
  EXPECT_EQ(next->total, 3);
  // A province sees its own agencies and every regency's; the nation all.
  EXPECT_EQ(store_->ListAgencies(AgencyFilter{.region_scope = "35"}, Page{})->total, 5);
  EXPECT_EQ(store_->ListAgencies(AgencyFilter{.region_scope = ""}, Page{})->total, 6);
  EXPECT_EQ(store_->ListAgencies(AgencyFilter{.region_scope = "18"}, Page{})->total, 1);
  EXPECT_EQ(store_->ListAgencies(AgencyFilter{.region_scope = "72"}, Page{})->total, 0);
  auto dinas = store_->ListAgencies(AgencyFilter{.region_scope = "35", .kind = "badan"}, Page{});
  EXPECT_EQ(dinas->total, 1);
  auto text = store_->ListAgencies(AgencyFilter{.region_scope = "35", .text = "dinas c"}, Page{});
  ASSERT_EQ(text->total, 1);
  EXPECT_EQ(text->items[0].code, "35.13.C");
  auto by_code = store_->ListAgencies(AgencyFilter{.region_scope = "", .text = "prov"}, Page{});
  EXPECT_EQ(by_code->total, 1);
  EXPECT_EQ(store_->ListAgencies(AgencyFilter{.region_scope = "35.1"}, Page{}).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST_P(StoreTest, UnitsFormATreeInsideTheirAgency) {
  Agency dinkes = AddAgency("DINKES", "Dinas Kesehatan", "35.13");
  Agency other = AddAgency("DISDIK", "Dinas Pendidikan", "35.13");
  auto top = store_->UpsertUnit(Unit{0, dinkes.id, std::nullopt, "SEKRE", "Sekretariat"});
  ASSERT_TRUE(top.ok()) << top.status().ToString();
  auto child = store_->UpsertUnit(Unit{0, dinkes.id, top->id, "UMUM", "Subbag Umum"});
  ASSERT_TRUE(child.ok()) << child.status().ToString();
  auto renamed = store_->UpsertUnit(Unit{0, dinkes.id, top->id, "UMUM", "Subbagian Umum"});
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(renamed->id, child->id);
  auto got = store_->GetUnit(child->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->name, "Subbagian Umum");
  EXPECT_EQ(got->parent_id, top->id);
  EXPECT_EQ(got->agency_id, dinkes.id);
  auto units = store_->ListUnits(dinkes.id);
  ASSERT_EQ(units->size(), 2u);
  EXPECT_FALSE((*units)[0].parent_id.has_value());  // SEKRE sorts first
  EXPECT_TRUE(store_->ListUnits(other.id)->empty());
  // A parent from another agency, and a cycle, are refused.
  EXPECT_EQ(store_->UpsertUnit(Unit{0, other.id, top->id, "X", "X"}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(
      store_->UpsertUnit(Unit{0, dinkes.id, child->id, "SEKRE", "Sekretariat"}).status().code(),
      ErrorCode::kInvalidArgument);
  EXPECT_EQ(store_->GetUnit(child->id + 100).status().code(), ErrorCode::kNotFound);
}

// --- employees -----------------------------------------------------------------------

TEST_P(StoreTest, EmployeeUpsertByNipNeverDuplicates) {
  Agency agency = AddAgency("DINKES", "Dinas Kesehatan", "35.13");
  std::vector<Employee> batch = {MakeEmployee(Nip(1), "Siti Aminah", agency.id, "35.13"),
                                 MakeEmployee(Nip(2), "Budi Santoso", agency.id, "35.13"),
                                 MakeEmployee(Nip(3), "Dewi Lestari", agency.id, "35.13")};
  auto first = store_->UpsertEmployees(batch);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->inserted, 3);
  EXPECT_EQ(first->updated, 0);
  batch[1].name = "Budi Santoso, S.Kom.";
  batch[1].golongan = "III/a";
  batch.push_back(MakeEmployee(Nip(4), "Agus Salim", agency.id, "35.13"));
  auto second = store_->UpsertEmployees(batch);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->inserted, 1);
  EXPECT_EQ(second->updated, 3);
  EXPECT_EQ(store_->ListEmployees(EmployeeFilter{}, Page{})->total, 4);
  auto budi = store_->GetEmployeeByNip(Nip(2));
  ASSERT_TRUE(budi.ok());
  EXPECT_EQ(budi->name, "Budi Santoso, S.Kom.");
  EXPECT_EQ(budi->golongan, "III/a");
  EXPECT_EQ(budi->gender, 'P');
  EXPECT_EQ(budi->type, EmployeeType::kPns);
  EXPECT_EQ(budi->position, PositionCategory::kPelaksana);
  EXPECT_EQ(budi->position_title, "Pengadministrasi Umum");
  EXPECT_EQ(budi->agency_id, agency.id);
  EXPECT_EQ(budi->region_code, "35.13");
  EXPECT_EQ(store_->GetEmployee(budi->id)->nip, Nip(2));
  // Moving someone to another region moves them between scopes.
  std::vector<Employee> moved = {batch[0]};
  moved[0].region_code = "35.74";
  ASSERT_EQ(store_->UpsertEmployees(moved)->updated, 1);
  EXPECT_EQ(store_->ListEmployees(EmployeeFilter{.region_scope = "35.13"}, Page{})->total, 3);
  EXPECT_EQ(store_->ListEmployees(EmployeeFilter{.region_scope = "35.74"}, Page{})->total, 1);
  EXPECT_EQ(store_->GetEmployeeByNip(Nip(99)).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->GetEmployee(budi->id + 1000).status().code(), ErrorCode::kNotFound);
}

TEST_P(StoreTest, NonAsnAreKeyedByAgencyAndName) {
  Agency a = AddAgency("A", "Dinas A", "35.13");
  Agency b = AddAgency("B", "Dinas B", "35.13");
  std::vector<Employee> batch = {
      MakeEmployee(std::nullopt, "Joko", a.id, "35.13", EmployeeType::kNonAsn),
      MakeEmployee(std::nullopt, "Joko", b.id, "35.13", EmployeeType::kNonAsn),
      MakeEmployee(std::nullopt, "Rina", a.id, "35.13", EmployeeType::kNonAsn)};
  auto first = store_->UpsertEmployees(batch);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->inserted, 3);
  batch[0].position_title = "Pengemudi";
  auto second = store_->UpsertEmployees(batch);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->inserted, 0);
  EXPECT_EQ(second->updated, 3);
  auto in_a = store_->ListEmployees(EmployeeFilter{.agency_id = a.id}, Page{});
  ASSERT_EQ(in_a->total, 2);
  EXPECT_EQ(in_a->items[0].name, "Joko");
  EXPECT_EQ(in_a->items[0].position_title, "Pengemudi");
  EXPECT_FALSE(in_a->items[0].nip.has_value());
  EXPECT_EQ(in_a->items[0].type, EmployeeType::kNonAsn);
}

TEST_P(StoreTest, RepeatedKeyInOneBatchCountsAsUpdateAndLastWins) {
  Agency a = AddAgency("A", "Dinas A", "35.13");
  std::vector<Employee> batch = {
      MakeEmployee(Nip(1), "Versi Satu", a.id, "35.13"),
      MakeEmployee(std::nullopt, "Tono", a.id, "35.13", EmployeeType::kNonAsn),
      MakeEmployee(Nip(1), "Versi Dua", a.id, "35.13"),
      MakeEmployee(std::nullopt, "Tono", a.id, "35.13", EmployeeType::kNonAsn)};
  batch[3].position_title = "Satpam";
  auto counts = store_->UpsertEmployees(batch);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  EXPECT_EQ(counts->inserted, 2);
  EXPECT_EQ(counts->updated, 2);
  EXPECT_EQ(store_->GetEmployeeByNip(Nip(1))->name, "Versi Dua");
  auto tono = store_->ListEmployees(EmployeeFilter{.text = "tono"}, Page{});
  ASSERT_EQ(tono->total, 1);
  EXPECT_EQ(tono->items[0].position_title, "Satpam");
}

TEST_P(StoreTest, EmployeeBatchIsAtomicAndRejectsBadReferences) {
  Agency a = AddAgency("A", "Dinas A", "35.13");
  Agency b = AddAgency("B", "Dinas B", "35.13");
  auto unit_b = store_->UpsertUnit(Unit{0, b.id, std::nullopt, "U", "Unit B"});
  ASSERT_TRUE(unit_b.ok());
  std::vector<Employee> batch = {MakeEmployee(Nip(1), "Satu", a.id, "35.13"),
                                 MakeEmployee(Nip(2), "Dua", a.id, "35.13")};
  batch[1].unit_id = unit_b->id;
  auto wrong_unit = store_->UpsertEmployees(batch);
  ASSERT_FALSE(wrong_unit.ok());
  EXPECT_EQ(wrong_unit.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(wrong_unit.status().message_en().find("Employee 2"), std::string::npos)
      << wrong_unit.status().message_en();
  batch[1].unit_id.reset();
  batch[1].agency_id = b.id + 1000;  // no such agency
  auto missing_agency = store_->UpsertEmployees(batch);
  ASSERT_FALSE(missing_agency.ok());
  EXPECT_EQ(missing_agency.status().code(), ErrorCode::kInvalidArgument)
      << missing_agency.status().ToString();
  batch[1].agency_id = a.id;
  batch[1].region_code = "35.1";
  auto bad_region = store_->UpsertEmployees(batch);
  EXPECT_EQ(bad_region.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(bad_region.status().message_id().find("Pegawai ke-2"), std::string::npos);
  batch[1].region_code = "35.13";
  batch[1].name = "";
  EXPECT_EQ(store_->UpsertEmployees(batch).status().code(), ErrorCode::kInvalidArgument);
  // Nothing of the failed batches was written.
  EXPECT_EQ(store_->ListEmployees(EmployeeFilter{}, Page{})->total, 0);
}

TEST_P(StoreTest, EmployeeListFiltersByScopeAgencyUnitTypePositionAndText) {
  Agency kab = AddAgency("KAB", "Dinas Kab", "35.13");
  Agency kota = AddAgency("KOTA", "Dinas Kota", "35.74");
  auto unit = store_->UpsertUnit(Unit{0, kab.id, std::nullopt, "U1", "Unit 1"});
  ASSERT_TRUE(unit.ok());
  std::vector<Employee> batch = {
      MakeEmployee(Nip(1), "Ahmad Fauzi", kab.id, "35.13.15"),
      MakeEmployee(Nip(2), "Bambang", kab.id, "35.13"),
      MakeEmployee(Nip(3), "Citra Fauziah", kota.id, "35.74"),
      MakeEmployee(std::nullopt, "Dodi", kab.id, "35.13", EmployeeType::kNonAsn),
      MakeEmployee("198001012010011099", "Eka", kota.id, "35.74", EmployeeType::kPppk)};
  batch[1].unit_id = unit->id;
  batch[1].position = PositionCategory::kFungsional;
  ASSERT_TRUE(store_->UpsertEmployees(batch).ok());
  auto names = [&](const EmployeeFilter& f) {
    std::vector<std::string> out;
    auto page = store_->ListEmployees(f, Page{});
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    if (!page.ok()) return out;
    EXPECT_EQ(page->total, static_cast<std::int64_t>(page->items.size()));
    for (const auto& e : page->items) out.push_back(e.name);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(names({.region_scope = "35.13"}), (V{"Ahmad Fauzi", "Bambang", "Dodi"}));
  EXPECT_EQ(names({.region_scope = "35.13.15"}), (V{"Ahmad Fauzi"}));
  EXPECT_EQ(names({.region_scope = "35.74"}), (V{"Citra Fauziah", "Eka"}));
  EXPECT_EQ(names({.region_scope = "35"}).size(), 5u);
  EXPECT_TRUE(names({.region_scope = "18"}).empty());
  EXPECT_EQ(names({.region_scope = "", .text = "FAUZI"}), (V{"Ahmad Fauzi", "Citra Fauziah"}));
  EXPECT_EQ(names({.region_scope = "35.13", .text = "fauzi"}), (V{"Ahmad Fauzi"}));
  EXPECT_EQ(names({.text = "19800101"}), (V{"Eka"}));
  EXPECT_EQ(names({.agency_id = kota.id}), (V{"Citra Fauziah", "Eka"}));
  EXPECT_EQ(names({.unit_id = unit->id}), (V{"Bambang"}));
  EXPECT_EQ(names({.type = EmployeeType::kNonAsn}), (V{"Dodi"}));
  EXPECT_EQ(names({.type = EmployeeType::kPppk}), (V{"Eka"}));
  EXPECT_EQ(names({.position = PositionCategory::kFungsional}), (V{"Bambang"}));
  EXPECT_EQ(names({.region_scope = "35.74", .agency_id = kab.id}), V{});
  auto paged = store_->ListEmployees(EmployeeFilter{.region_scope = "35"}, Page{1, 2});
  ASSERT_TRUE(paged.ok());
  EXPECT_EQ(paged->total, 5);
  ASSERT_EQ(paged->items.size(), 2u);
  EXPECT_EQ(paged->items[0].name, "Bambang");
  EXPECT_EQ(paged->items[1].name, "Citra Fauziah");
}

// --- users, sessions, sign-in throttling ---------------------------------------------

User MakeUser(const std::string& username, const std::string& region, Role role = Role::kPengawas) {
  User u;
  u.username = username;
  u.display_name = "Petugas " + username;
  u.role = role;
  u.region_code = region;
  u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  u.created_at = 1732000000;
  return u;
}

TEST_P(StoreTest, UsersAreUniqueScopedAndEditable) {
  auto created = store_->CreateUser(MakeUser("pengawas.probolinggo", "35.13"));
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_GT(created->id, 0);
  auto asn = MakeUser("asn.siti", "35.13", Role::kAsn);
  asn.employee_nip = Nip(5);
  ASSERT_TRUE(store_->CreateUser(asn).ok());
  ASSERT_TRUE(store_->CreateUser(MakeUser("admin", "", Role::kAdmin)).ok());
  ASSERT_TRUE(store_->CreateUser(MakeUser("lumajang", "35.08")).ok());
  auto duplicate = store_->CreateUser(MakeUser("pengawas.probolinggo", "35"));
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.status().code(), ErrorCode::kAlreadyExists);
  EXPECT_NE(duplicate.status().message_id().find("pengawas.probolinggo"), std::string::npos);

  auto got = store_->GetUser(created->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->username, "pengawas.probolinggo");
  EXPECT_EQ(got->display_name, "Petugas pengawas.probolinggo");
  EXPECT_EQ(got->role, Role::kPengawas);
  EXPECT_EQ(got->region_code, "35.13");
  EXPECT_EQ(got->created_at, 1732000000);
  EXPECT_FALSE(got->disabled);
  EXPECT_FALSE(got->employee_nip.has_value());
  EXPECT_EQ(store_->GetUserByUsername("asn.siti")->employee_nip, Nip(5));
  EXPECT_EQ(store_->GetUserByUsername("nobody").status().code(), ErrorCode::kNotFound);

  auto usernames = [&](const std::string& scope) {
    std::vector<std::string> out;
    auto users = store_->ListUsers(scope);
    EXPECT_TRUE(users.ok()) << users.status().ToString();
    if (!users.ok()) return out;
    for (const auto& u : *users) out.push_back(u.username);
    return out;
  };
  EXPECT_EQ(usernames("35.13"), (std::vector<std::string>{"asn.siti", "pengawas.probolinggo"}));
  EXPECT_EQ(usernames("35").size(), 3u);
  EXPECT_EQ(usernames("").size(), 4u);

  ASSERT_TRUE(store_->SetUserDisabled(created->id, true).ok());
  EXPECT_TRUE(store_->GetUser(created->id)->disabled);
  ASSERT_TRUE(store_->SetUserDisabled(created->id, false).ok());
  EXPECT_FALSE(store_->GetUser(created->id)->disabled);
  ASSERT_TRUE(store_->SetUserPassword(created->id, "$argon2id$new").ok());
  EXPECT_EQ(store_->GetUser(created->id)->password_hash, "$argon2id$new");
  EXPECT_EQ(store_->SetUserDisabled(created->id + 100, true).code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->SetUserPassword(created->id + 100, "x").code(), ErrorCode::kNotFound);
}

TEST_P(StoreTest, SessionsAreTouchedAndRevoked) {
  auto user = store_->CreateUser(MakeUser("operator", "35.13"));
  ASSERT_TRUE(user.ok());
  auto other = store_->CreateUser(MakeUser("other", "35.13"));
  ASSERT_TRUE(other.ok());
  SessionRecord session{"hash-1", user->id, "csrf-1", 1000, 5000, 1000, "10.0.0.1", false};
  ASSERT_TRUE(store_->CreateSession(session).ok());
  ASSERT_TRUE(
      store_->CreateSession({"hash-2", user->id, "csrf-2", 1000, 5000, 1000, "", false}).ok());
  ASSERT_TRUE(
      store_->CreateSession({"hash-3", other->id, "csrf-3", 1000, 5000, 1000, "", false}).ok());
  EXPECT_EQ(store_->CreateSession(session).code(), ErrorCode::kAlreadyExists);
  auto got = store_->GetSession("hash-1");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->user_id, user->id);
  EXPECT_EQ(got->csrf_token, "csrf-1");
  EXPECT_EQ(got->expires_at, 5000);
  EXPECT_EQ(got->client_address, "10.0.0.1");
  EXPECT_FALSE(got->revoked);
  ASSERT_TRUE(store_->TouchSession("hash-1", 2000).ok());
  EXPECT_EQ(store_->GetSession("hash-1")->last_seen_at, 2000);
  ASSERT_TRUE(store_->RevokeSession("hash-1").ok());
  EXPECT_TRUE(store_->GetSession("hash-1")->revoked);
  EXPECT_FALSE(store_->GetSession("hash-2")->revoked);
  ASSERT_TRUE(store_->RevokeUserSessions(user->id).ok());
  EXPECT_TRUE(store_->GetSession("hash-2")->revoked);
  EXPECT_FALSE(store_->GetSession("hash-3")->revoked);
  EXPECT_EQ(store_->GetSession("nope").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->TouchSession("nope", 1).code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->RevokeSession("nope").code(), ErrorCode::kNotFound);
  // A session must belong to a user.
  EXPECT_FALSE(store_->CreateSession({"hash-4", other->id + 100, "c", 1, 2, 1, "", false}).ok());
}

TEST_P(StoreTest, LoginFailuresAreCountedPerKeySinceAnInstant) {
  for (std::int64_t at : {100, 200, 300}) {
    ASSERT_TRUE(store_->RecordLoginFailure("user:budi", at).ok());
  }
  ASSERT_TRUE(store_->RecordLoginFailure("addr:10.0.0.9", 250).ok());
  EXPECT_EQ(*store_->CountLoginFailures("user:budi", 0), 3);
  EXPECT_EQ(*store_->CountLoginFailures("user:budi", 200), 2);
  EXPECT_EQ(*store_->CountLoginFailures("user:budi", 301), 0);
  EXPECT_EQ(*store_->CountLoginFailures("addr:10.0.0.9", 0), 1);
  ASSERT_TRUE(store_->ClearLoginFailures("user:budi").ok());
  EXPECT_EQ(*store_->CountLoginFailures("user:budi", 0), 0);
  EXPECT_EQ(*store_->CountLoginFailures("addr:10.0.0.9", 0), 1);
  EXPECT_EQ(store_->RecordLoginFailure(std::string(5000, 'x'), 1).code(),
            ErrorCode::kInvalidArgument);
}

TEST_P(StoreTest, PruneAuthRecordsDeletesOnlyWhatEnded) {
  auto user = store_->CreateUser(User{0, "prune.me", "P", Role::kPengawas, "", "h"});
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  ASSERT_TRUE(store_->CreateSession({"expired", user->id, "c", 1, 50, 40, "", false}).ok());
  ASSERT_TRUE(store_->CreateSession({"revoked-old", user->id, "c", 1, 900, 60, "", false}).ok());
  ASSERT_TRUE(store_->RevokeSession("revoked-old").ok());
  ASSERT_TRUE(store_->CreateSession({"revoked-new", user->id, "c", 1, 900, 150, "", false}).ok());
  ASSERT_TRUE(store_->RevokeSession("revoked-new").ok());
  ASSERT_TRUE(store_->CreateSession({"live", user->id, "c", 1, 900, 150, "", false}).ok());
  ASSERT_TRUE(store_->RecordLoginFailure("user:x", 90).ok());
  ASSERT_TRUE(store_->RecordLoginFailure("user:x", 110).ok());

  auto pruned = store_->PruneAuthRecords(100);
  ASSERT_TRUE(pruned.ok()) << pruned.status().ToString();
  EXPECT_EQ(*pruned, 3);  // one failure, the expired session, the old revoked one
  EXPECT_EQ(store_->GetSession("expired").status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->GetSession("revoked-old").status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(store_->GetSession("revoked-new").ok());
  EXPECT_TRUE(store_->GetSession("live").ok());
  EXPECT_EQ(*store_->CountLoginFailures("user:x", 0), 1);
}

// --- elections -------------------------------------------------------------------------

TEST_P(StoreTest, ElectionsStagesContestsAndCandidatesRoundTrip) {
  auto election =
      store_->UpsertElection(Election{0, "pilkada-2024", "Pilkada 2024", "pilkada", "2024-11-27"});
  ASSERT_TRUE(election.ok()) << election.status().ToString();
  auto renamed = store_->UpsertElection(Election{
      0, "pilkada-2024", "Pemilihan Kepala Daerah Serentak 2024", "pilkada", "2024-11-27"});
  ASSERT_TRUE(renamed.ok());
  EXPECT_EQ(renamed->id, election->id);
  ASSERT_TRUE(
      store_->UpsertElection(Election{0, "pemilu-2024", "Pemilu 2024", "pemilu", "2024-02-14"})
          .ok());
  auto got = store_->GetElectionByCode("pilkada-2024");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->name, "Pemilihan Kepala Daerah Serentak 2024");
  EXPECT_EQ(got->voting_date, "2024-11-27");
  auto all = store_->ListElections();
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].code, "pemilu-2024");
  EXPECT_EQ(store_->GetElectionByCode("x").status().code(), ErrorCode::kNotFound);

  std::vector<ElectionStage> stages = {
      {0, 1, "registration", "Pendaftaran", "2024-08-27", "2024-08-29", "PKPU 2/2024"},
      {0, 2, "campaign", "Masa kampanye", "2024-09-25", "2024-11-23", "PKPU 2/2024"},
      {0, 3, "quiet", "Masa tenang", "2024-11-24", "2024-11-26", "PKPU 2/2024"}};
  ASSERT_TRUE(store_->ReplaceElectionStages(election->id, stages).ok());
  stages.erase(stages.begin());
  stages[0].end_date = "2024-11-22";
  ASSERT_TRUE(store_->ReplaceElectionStages(election->id, stages).ok());
  auto listed = store_->ListElectionStages(election->id);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].code, "campaign");
  EXPECT_EQ((*listed)[0].end_date, "2024-11-22");
  EXPECT_EQ((*listed)[0].election_id, election->id);
  EXPECT_EQ((*listed)[1].legal_basis, "PKPU 2/2024");
  EXPECT_EQ(store_->ReplaceElectionStages(election->id + 100, stages).code(), ErrorCode::kNotFound);

  auto governor = store_->UpsertContest(Contest{0, election->id, "35", "Jawa Timur", "gubernur"});
  ASSERT_TRUE(governor.ok()) << governor.status().ToString();
  auto regent =
      store_->UpsertContest(Contest{0, election->id, "35.13", "Kab. Probolinggo", "bupati"});
  ASSERT_TRUE(regent.ok());
  auto regent_again =
      store_->UpsertContest(Contest{0, election->id, "35.13", "Kabupaten Probolinggo", "bupati"});
  EXPECT_EQ(regent_again->id, regent->id);
  ASSERT_TRUE(store_->UpsertContest(Contest{0, election->id, "18.09", "Pesawaran", "bupati"}).ok());
  auto in_35 = store_->ListContests(election->id, "35");
  ASSERT_EQ(in_35->size(), 2u);
  EXPECT_EQ((*in_35)[0].office, "gubernur");
  EXPECT_EQ((*in_35)[1].region_name, "Kabupaten Probolinggo");
  EXPECT_EQ(store_->ListContests(election->id, "35.13")->size(), 1u);
  EXPECT_EQ(store_->ListContests(election->id, "")->size(), 3u);

  Candidate pair;
  pair.contest_id = regent->id;
  pair.number = 2;
  pair.head = {"Mohammad Haris", "Gus Haris"};
  pair.deputy = {"Fahmi Abdul Haq Zaini", "Ra Fahmi"};
  pair.pair = {"HARIS-FAHMI", "Haris \"Fahmi\" \\ 2"};
  pair.slogans = {"Probolinggo Maju"};
  pair.hashtags = {"#HarisFahmi"};
  pair.accounts = {"@harisfahmi", "fb:Haris Fahmi"};
  pair.parties = {"PKB", "Gerindra"};
  pair.descriptors = {"paslon nomor 2"};
  pair.incumbent = true;
  pair.head_gender = "L";
  pair.deputy_gender = "L";
  auto stored = store_->UpsertCandidate(pair);
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  Candidate first = pair;
  first.number = 1;
  first.head = {"Calon Satu"};
  first.incumbent = false;
  ASSERT_TRUE(store_->UpsertCandidate(first).ok());
  pair.slogans.push_back("Bersama Membangun");
  auto updated = store_->UpsertCandidate(pair);
  EXPECT_EQ(updated->id, stored->id);
  auto candidates = store_->ListCandidates(regent->id);
  ASSERT_EQ(candidates->size(), 2u);
  const Candidate& c = (*candidates)[1];
  EXPECT_EQ(c.number, 2);
  EXPECT_EQ(c.head, pair.head);
  EXPECT_EQ(c.deputy, pair.deputy);
  EXPECT_EQ(c.pair, pair.pair);
  EXPECT_EQ(c.slogans, (std::vector<std::string>{"Probolinggo Maju", "Bersama Membangun"}));
  EXPECT_EQ(c.hashtags, pair.hashtags);
  EXPECT_EQ(c.accounts, pair.accounts);
  EXPECT_EQ(c.parties, pair.parties);
  EXPECT_EQ(c.descriptors, pair.descriptors);
  EXPECT_TRUE(c.incumbent);
  EXPECT_EQ(c.head_gender, "L");
  EXPECT_FALSE((*candidates)[0].incumbent);
  EXPECT_EQ(store_->UpsertCandidate(Candidate{.contest_id = regent->id}).status().code(),
            ErrorCode::kInvalidArgument);
}

// --- import jobs -----------------------------------------------------------------------

TEST_P(StoreTest, ImportJobsAreCreatedUpdatedAndRead) {
  ImportJob job;
  job.kind = "employees";
  job.status = "running";
  job.file_name = "pegawai.xlsx";
  job.created_by = 0;
  job.region_scope = "35.13";
  job.created_at = 1732000000;
  auto created = store_->CreateImportJob(job);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_GT(created->id, 0);
  EXPECT_EQ(created->errors_json, "[]");
  ImportJob progress = *created;
  progress.rows_total = 1000;
  progress.rows_processed = 1000;
  progress.inserted = 990;
  progress.updated = 5;
  progress.rejected = 5;
  progress.errors_json = R"([{"line":7,"column":"nip","reason_id":"x","reason_en":"y"}])";
  progress.status = "done";
  progress.message = "selesai";
  progress.finished_at = 1732000100;
  ASSERT_TRUE(store_->UpdateImportJob(progress).ok());
  auto got = store_->GetImportJob(created->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->kind, "employees");
  EXPECT_EQ(got->status, "done");
  EXPECT_EQ(got->file_name, "pegawai.xlsx");
  EXPECT_EQ(got->rows_total, 1000);
  EXPECT_EQ(got->rows_processed, 1000);
  EXPECT_EQ(got->inserted, 990);
  EXPECT_EQ(got->updated, 5);
  EXPECT_EQ(got->rejected, 5);
  EXPECT_EQ(got->errors_json, progress.errors_json);
  EXPECT_EQ(got->message, "selesai");
  EXPECT_EQ(got->region_scope, "35.13");
  EXPECT_EQ(got->created_at, 1732000000);
  EXPECT_EQ(got->finished_at, 1732000100);
  progress.id = created->id + 100;
  EXPECT_EQ(store_->UpdateImportJob(progress).code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->GetImportJob(created->id + 100).status().code(), ErrorCode::kNotFound);
}

// --- concurrency -----------------------------------------------------------------------

TEST_P(StoreTest, ConcurrentWritersAndReadersLoseNothing) {
  Agency agency = AddAgency("A", "Dinas A", "35.13");
  constexpr int kThreads = 4;
  constexpr int kBatches = 25;
  constexpr int kRows = 40;
  std::atomic<int> failures = 0;
  std::atomic<std::int64_t> inserted = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int b = 0; b < kBatches; ++b) {
        std::vector<Employee> batch;
        for (int r = 0; r < kRows; ++r) {
          // Threads overlap on half of their keys, so they also race on updates.
          const int n = ((t / 2) * kBatches + b) * kRows + r;
          batch.push_back(MakeEmployee(Nip(n), "Pegawai " + std::to_string(n), agency.id, "35.13"));
        }
        auto counts = store_->UpsertEmployees(batch);
        if (!counts.ok()) {
          ADD_FAILURE() << counts.status().ToString();
          ++failures;
          continue;
        }
        inserted += counts->inserted;
        auto user = store_->CreateUser(
            MakeUser("u" + std::to_string(t) + "_" + std::to_string(b), "35.13"));
        if (!user.ok()) ++failures;
        if (!store_->ListEmployees(EmployeeFilter{.region_scope = "35.13"}, Page{0, 10}).ok()) {
          ++failures;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  const std::int64_t distinct = (kThreads / 2) * kBatches * kRows;
  EXPECT_EQ(inserted, distinct);
  EXPECT_EQ(store_->ListEmployees(EmployeeFilter{}, Page{})->total, distinct);
  EXPECT_EQ(store_->ListUsers("")->size(), static_cast<std::size_t>(kThreads * kBatches));
}

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreTest, ::testing::Values("sqlite"));
INSTANTIATE_TEST_SUITE_P(Postgres, StoreTest, ::testing::Values("postgresql"));
INSTANTIATE_TEST_SUITE_P(Sqlite, RegionsTest, ::testing::Values("sqlite"));
INSTANTIATE_TEST_SUITE_P(Postgres, RegionsTest, ::testing::Values("postgresql"));

}  // namespace
}  // namespace netra
