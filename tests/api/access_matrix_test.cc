// Walks every declared /api/v1 route × every role × an object inside and one
// outside the caller's region, through the real router and services on a real
// SQLite store, and fails if anything is allowed that the route's declaration
// does not allow, or if anything outside the caller's region is disclosed.
// A route missing from the case table below fails the test: every new route
// must say how its region rule is exercised.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "api/app.h"
#include "service/user_service.h"

namespace netra {
namespace {

// The caller's region is always 35.13; "out" objects live in 35.08.
struct RouteCase {
  std::string path_in;   // path (with query) for an object inside 35.13
  std::string path_out;  // same for 35.08; empty when the data is public or has no region
  std::string body_in;
  std::string body_out;
  std::string content_type = "application/json";
};

class AccessMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("netra-matrix-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = std::move(OpenStore((dir_ / "netra.db").string())).value();
    const Region regions[] = {
        {"35", "", "Jawa Timur", RegionLevel::kProvince, TimeZone::kWib},
        {"35.13", "35", "Kabupaten Probolinggo", RegionLevel::kRegency, TimeZone::kWib},
        {"35.08", "35", "Kabupaten Lumajang", RegionLevel::kRegency, TimeZone::kWib},
    };
    ASSERT_TRUE(store_->UpsertRegions(regions).ok());
    agency_in_ = store_->UpsertAgency({0, "35.13.DINKES", "Dinkes", "dinas", "35.13"})->id;
    agency_out_ = store_->UpsertAgency({0, "35.08.DINKES", "Dinkes", "dinas", "35.08"})->id;
    Employee in;
    in.nip = "198609262015052001";
    in.name = "Siti Aminah";
    in.gender = 'P';
    in.agency_id = agency_in_;
    in.region_code = "35.13";
    Employee out = in;
    out.nip = "197901012005011003";
    out.name = "Bambang Irawan";
    out.gender = 'L';
    out.agency_id = agency_out_;
    out.region_code = "35.08";
    const Employee both[] = {in, out};
    ASSERT_TRUE(store_->UpsertEmployees(both).ok());
    employee_in_ = store_->GetEmployeeByNip("198609262015052001")->id;
    employee_out_ = store_->GetEmployeeByNip("197901012005011003")->id;

    UserService users(*store_, clock_);
    target_in_ =
        users
            .CreateUnchecked({"target.in", "T", Role::kPengawas, "35.13", "kata-sandi-panjang", ""})
            ->id;
    target_out_ = users
                      .CreateUnchecked(
                          {"target.out", "T", Role::kPengawas, "35.08", "kata-sandi-panjang", ""})
                      ->id;
    app_ = std::make_unique<api::ApiApp>(*store_, clock_);
    router_ = std::make_unique<http::Router>(app_->BuildRouter());
  }

  void TearDown() override {
    app_->imports().WaitIdle();
    router_.reset();
    app_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::map<std::string, RouteCase> Cases() {
    const std::string ai = std::to_string(agency_in_), ao = std::to_string(agency_out_);
    const std::string ei = std::to_string(employee_in_), eo = std::to_string(employee_out_);
    const std::string ti = std::to_string(target_in_), to = std::to_string(target_out_);
    const std::string csv_header =
        "nip,nama,jenis_pegawai,kategori_jabatan,nama_jabatan,golongan,jenis_kelamin,"
        "kode_instansi,kode_unit,kode_wilayah\n";
    return {
        {"auth.login",
         {"/api/v1/auth/login", "", R"({"username":"target.in","password":"kata-sandi-panjang"})"}},
        {"auth.logout", {"/api/v1/auth/logout", ""}},
        {"auth.me", {"/api/v1/auth/me", ""}},
        {"regions.children", {"/api/v1/regions?parent=35", ""}},
        {"regions.search", {"/api/v1/regions/search?q=lumajang", ""}},
        {"regions.get", {"/api/v1/regions/{code}", ""}},
        {"elections.list", {"/api/v1/elections", ""}},
        {"elections.get", {"/api/v1/elections/pilkada-2024", ""}},
        {"catalog.violations", {"/api/v1/catalog/violations?q=baliho&date=2024-11-01", ""}},
        {"agencies.list", {"/api/v1/agencies?region=35.13", "/api/v1/agencies?region=35.08"}},
        {"agencies.get", {"/api/v1/agencies/" + ai, "/api/v1/agencies/" + ao}},
        {"agencies.upsert",
         {"/api/v1/agencies", "/api/v1/agencies",
          R"({"code":"35.13.BAPPEDA","name":"Bappeda","kind":"badan","region_code":"35.13"})",
          R"({"code":"35.08.BAPPEDA","name":"Bappeda","kind":"badan","region_code":"35.08"})"}},
        {"agencies.units.list",
         {"/api/v1/agencies/" + ai + "/units", "/api/v1/agencies/" + ao + "/units"}},
        {"agencies.units.upsert",
         {"/api/v1/agencies/" + ai + "/units", "/api/v1/agencies/" + ao + "/units",
          R"({"code":"P2P","name":"Bidang P2P"})", R"({"code":"P2P","name":"Bidang P2P"})"}},
        {"employees.list", {"/api/v1/employees?region=35.13", "/api/v1/employees?region=35.08"}},
        {"employees.get", {"/api/v1/employees/" + ei, "/api/v1/employees/" + eo}},
        // Region is enforced per row for imports (ImportService tests); here only roles.
        {"imports.employees.create",
         {"/api/v1/imports/employees?file_name=a.csv", "", csv_header, "", "text/csv"}},
        {"imports.get", {"/api/v1/imports/999999", ""}},
        {"users.list", {"/api/v1/users", ""}},
        {"users.create",
         {"/api/v1/users", "/api/v1/users",
          R"({"username":"baru.in","display_name":"B","role":"pengawas","region_code":"35.13","password":"kata-sandi-panjang"})",
          R"({"username":"baru.out","display_name":"B","role":"pengawas","region_code":"35.08","password":"kata-sandi-panjang"})"}},
        {"users.disable", {"/api/v1/users/" + ti + "/disable", "/api/v1/users/" + to + "/disable"}},
        {"users.enable", {"/api/v1/users/" + ti + "/enable", "/api/v1/users/" + to + "/enable"}},
    };
  }

  http::Response Call(const http::RouteSpec& spec, Role role, const std::string& path_and_query,
                      const std::string& body, const std::string& content_type) {
    http::Request request;
    request.method = spec.method;
    std::string target = path_and_query;
    const auto code = target.find("{code}");
    if (code != std::string::npos) target.replace(code, 6, "35.13");
    request.target = target;
    const auto q = target.find('?');
    request.path = target.substr(0, q);
    if (q != std::string::npos) request.query = *http::ParseQuery(target.substr(q + 1));
    request.body = body;
    request.client_address = "127.0.0.1";
    request.headers.push_back({"content-type", content_type});
    if (role != Role::kPublik) {
      request.principal = http::Principal{9000, "matrix", role, "35.13", "csrf-token"};
      request.headers.push_back({"x-csrf-token", "csrf-token"});
    }
    return router_->Dispatch(request);
  }

  std::filesystem::path dir_;
  ManualClock clock_{1'726'700'000};
  std::unique_ptr<Store> store_;
  std::unique_ptr<api::ApiApp> app_;
  std::unique_ptr<http::Router> router_;
  std::int64_t agency_in_ = 0, agency_out_ = 0, employee_in_ = 0, employee_out_ = 0;
  std::int64_t target_in_ = 0, target_out_ = 0;
};

TEST_F(AccessMatrixTest, EveryRouteDeniesUndeclaredRolesAndOutOfRegionObjects) {
  const auto cases = Cases();
  std::set<std::string> seen;
  int allowed_calls = 0;
  for (const http::RouteSpec& spec : router_->Routes()) {
    seen.insert(spec.name);
    const auto it = cases.find(spec.name);
    ASSERT_NE(it, cases.end()) << "route " << spec.name
                               << " has no case in access_matrix_test.cc: add one";
    const RouteCase& c = it->second;
    for (Role role : kAllRoles) {
      SCOPED_TRACE(spec.name + " as " + RoleName(role));
      const http::Response in = Call(spec, role, c.path_in, c.body_in, c.content_type);
      if (!spec.Allows(role)) {
        EXPECT_TRUE(in.status == 401 || in.status == 403)
            << "undeclared role got " << in.status << ": " << in.body;
        continue;
      }
      EXPECT_NE(in.status, 401) << in.body;
      EXPECT_NE(in.status, 403) << in.body;
      if (in.status < 300) ++allowed_calls;
      if (c.path_out.empty()) continue;
      const http::Response out = Call(spec, role, c.path_out, c.body_out, c.content_type);
      EXPECT_GE(out.status, 400) << "out-of-region object was served: " << out.body;
      EXPECT_EQ(out.body.find("Lumajang"), std::string::npos) << out.body;
      EXPECT_EQ(out.body.find("Bambang"), std::string::npos) << out.body;
    }
  }
  for (const auto& [name, unused] : cases) {
    EXPECT_TRUE(seen.contains(name)) << "case for a route that no longer exists: " << name;
  }
  // The matrix is only meaningful if declared roles actually get through.
  EXPECT_GT(allowed_calls, 40);
}

TEST_F(AccessMatrixTest, ListsNeverIncludeOtherRegions) {
  for (const char* path : {"/api/v1/employees", "/api/v1/agencies", "/api/v1/users"}) {
    SCOPED_TRACE(path);
    const http::RouteSpec* spec = router_->Find("GET", path);
    ASSERT_NE(spec, nullptr);
    const http::Response response = Call(*spec, Role::kAdmin, path, "", "application/json");
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.body.find("35.08"), std::string::npos) << response.body;
  }
}

}  // namespace
}  // namespace netra
