// Region scoping and role checks of the reference-data use cases.
#include "service/agency_service.h"
#include "service/employee_service.h"
#include "service/region_service.h"
#include "service/user_service.h"
#include "service_fixture.h"

namespace netra {
namespace {

class ScopeTest : public testing::ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    auto dinkes = store_->UpsertAgency({0, "35.13.DINKES", "Dinas Kesehatan", "dinas", "35.13"});
    auto lumajang = store_->UpsertAgency({0, "35.08.BKD", "BKD Lumajang", "badan", "35.08"});
    ASSERT_TRUE(dinkes.ok() && lumajang.ok());
    dinkes_ = *dinkes;
    lumajang_ = *lumajang;
    Employee nurse;
    nurse.nip = "198609262015052001";
    nurse.name = "Siti Aminah";
    nurse.type = EmployeeType::kPns;
    nurse.position = PositionCategory::kFungsional;
    nurse.gender = 'P';
    nurse.agency_id = dinkes_.id;
    nurse.region_code = "35.13.15";
    Employee clerk = nurse;
    clerk.nip = "197901012005011003";
    clerk.name = "Bambang Irawan";
    clerk.gender = 'L';
    clerk.agency_id = lumajang_.id;
    clerk.region_code = "35.08";
    const Employee both[] = {nurse, clerk};
    ASSERT_TRUE(store_->UpsertEmployees(both).ok());
  }

  Caller Staff(Role role, const std::string& region) { return {1, "x", role, region}; }

  Agency dinkes_;
  Agency lumajang_;
};

TEST_F(ScopeTest, EmployeesOnlyWithinScope) {
  EmployeeService employees(*store_, clock_);
  auto mine = employees.List(Staff(Role::kPengawas, "35.13"), {}, {});
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  ASSERT_EQ(mine->total, 1);
  EXPECT_EQ(mine->items[0].employee.name, "Siti Aminah");
  EXPECT_EQ(mine->items[0].agency_name, "Dinas Kesehatan");

  auto province = employees.List(Staff(Role::kAuditor, "35"), {}, {});
  ASSERT_TRUE(province.ok());
  EXPECT_EQ(province->total, 2);

  EmployeeFilter other;
  other.region_scope = "35.08";
  EXPECT_EQ(employees.List(Staff(Role::kPengawas, "35.13"), other, {}).status().code(),
            ErrorCode::kNotFound);

  const std::int64_t clerk_id = province->items[0].employee.name == "Bambang Irawan"
                                    ? province->items[0].employee.id
                                    : province->items[1].employee.id;
  EXPECT_EQ(employees.Get(Staff(Role::kPengawas, "35.13"), clerk_id).status().code(),
            ErrorCode::kNotFound);
  auto clerk = employees.Get(Staff(Role::kPengawas, "35.08"), clerk_id);
  ASSERT_TRUE(clerk.ok()) << clerk.status().ToString();
  EXPECT_EQ(clerk->region_name, "Kabupaten Lumajang");
  ASSERT_TRUE(clerk->nip_info.has_value());
  EXPECT_EQ(clerk->nip_info->birth_date.year, 1979);
  EXPECT_EQ(clerk->nip_info->appointment_year, 2005);
}

TEST_F(ScopeTest, PublicAndAsnCannotReadEmployees) {
  EmployeeService employees(*store_, clock_);
  EXPECT_EQ(employees.List(Caller::Public(), {}, {}).status().code(), ErrorCode::kUnauthenticated);
  EXPECT_EQ(employees.List(Staff(Role::kAsn, "35.13"), {}, {}).status().code(),
            ErrorCode::kPermissionDenied);
}

TEST_F(ScopeTest, AgencyWritesNeedOperatorInScope) {
  AgencyService agencies(*store_);
  Agency bappeda{0, "35.13.BAPPEDA", "Bappeda", "badan", "35.13"};
  EXPECT_EQ(agencies.Upsert(Staff(Role::kPengawas, "35.13"), bappeda).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(agencies.Upsert(Staff(Role::kOperatorInstansi, "35.08"), bappeda).status().code(),
            ErrorCode::kNotFound);
  EXPECT_TRUE(agencies.Upsert(Staff(Role::kOperatorInstansi, "35.13"), bappeda).ok());
  // An operator elsewhere cannot take over an existing code by naming their own region.
  Agency hijack = bappeda;
  hijack.region_code = "35.08";
  EXPECT_EQ(agencies.Upsert(Staff(Role::kOperatorInstansi, "35.08"), hijack).status().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(agencies.Get(Staff(Role::kPengawas, "35.08"), dinkes_.id).status().code(),
            ErrorCode::kNotFound);
}

TEST_F(ScopeTest, UnitParentMustBelongToTheAgency) {
  AgencyService agencies(*store_);
  const Caller op = Staff(Role::kOperatorInstansi, "35");
  auto bidang = agencies.UpsertUnit(op, {0, dinkes_.id, std::nullopt, "P2P", "Bidang P2P"});
  ASSERT_TRUE(bidang.ok()) << bidang.status().ToString();
  auto seksi = agencies.UpsertUnit(op, {0, dinkes_.id, bidang->id, "SURV", "Seksi Surveilans"});
  ASSERT_TRUE(seksi.ok());
  auto stray = agencies.UpsertUnit(op, {0, lumajang_.id, bidang->id, "X", "Unit Salah"});
  EXPECT_EQ(stray.status().code(), ErrorCode::kInvalidArgument);
  auto units = agencies.ListUnits(op, dinkes_.id);
  ASSERT_TRUE(units.ok());
  EXPECT_EQ(units->size(), 2u);
}

TEST_F(ScopeTest, AdminCreatesUsersOnlyWithinOwnRegion) {
  UserService users(*store_, clock_);
  const Caller admin = Staff(Role::kAdmin, "35");
  NewUser inside{"op.probolinggo", "Operator",          Role::kOperatorInstansi,
                 "35.13",          "kata-sandi-kuat-1", ""};
  NewUser outside{"op.pesawaran", "Operator",          Role::kOperatorInstansi,
                  "18.09",        "kata-sandi-kuat-1", ""};
  EXPECT_TRUE(users.Create(admin, inside).ok());
  EXPECT_EQ(users.Create(admin, outside).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(users.Create(admin, inside).status().code(), ErrorCode::kAlreadyExists);
  NewUser bad_name = inside;
  bad_name.username = "Op Probolinggo";
  EXPECT_EQ(users.Create(admin, bad_name).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(users.Create(Staff(Role::kOperatorInstansi, "35"), inside).status().code(),
            ErrorCode::kPermissionDenied);
}

TEST_F(ScopeTest, RegionPathAndBadCodes) {
  RegionService regions(*store_);
  auto kraksaan = regions.Get("35.13.15");
  ASSERT_TRUE(kraksaan.ok()) << kraksaan.status().ToString();
  ASSERT_EQ(kraksaan->path.size(), 2u);
  EXPECT_EQ(kraksaan->path[0].code, "35");
  EXPECT_EQ(kraksaan->path[1].code, "35.13");
  EXPECT_EQ(regions.Children("35.1x").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(regions.Children("99").status().code(), ErrorCode::kNotFound);
  auto jatim = regions.Children("35");
  ASSERT_TRUE(jatim.ok());
  EXPECT_EQ(jatim->size(), 2u);
}

}  // namespace
}  // namespace netra
