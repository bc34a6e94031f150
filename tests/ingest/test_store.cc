#include "test_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <vector>

#include "domain/region.h"

namespace netra::ingest::testing {
namespace {

std::filesystem::path NewDirectory() {
  static std::atomic<int> counter = 0;
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = "netra_ingest_test_" + std::to_string(::getpid()) + "_" +
                     std::to_string(counter++) + "_" + (test ? test->name() : "");
  for (char& c : name) {
    if (c == '/') c = '_';  // parameterized test names contain '/'
  }
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

template <typename T>
T ValueOr(Result<T> r, T fallback) {
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(*r) : std::move(fallback);
}

}  // namespace

StoreOptions FastStoreOptions() {
  StoreOptions options;
  options.sync_each_commit = false;
  options.pool_size = 2;
  return options;
}

TempStore::TempStore(const StoreOptions& options)
    : dir_(NewDirectory()), path_((dir_ / "netra.db").string()) {
  Result<std::unique_ptr<Store>> store = OpenStore(path_, options);
  if (!store.ok()) {
    ADD_FAILURE() << "OpenStore(" << path_ << "): " << store.status().ToString();
    return;
  }
  store_ = std::move(*store);
}

TempStore::~TempStore() {
  store_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

void AddRegions(Store& store, std::initializer_list<const char*> codes) {
  std::vector<Region> regions;
  for (const char* code : codes) {
    Region r;
    r.code = code;
    r.level = *ParseRegionCode(code);
    const std::size_t dot = r.code.rfind('.');
    r.parent_code = dot == std::string::npos ? "" : r.code.substr(0, dot);
    r.name = "Wilayah " + r.code;
    regions.push_back(std::move(r));
  }
  Result<UpsertCounts> r = store.UpsertRegions(regions);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
}

std::ostream& operator<<(std::ostream& out, const RowCounts& c) {
  return out << "{regions " << c.regions << ", agencies " << c.agencies << ", units " << c.units
             << ", employees " << c.employees << ", elections " << c.elections << ", stages "
             << c.stages << ", contests " << c.contests << ", candidates " << c.candidates << "}";
}

RowCounts CountRows(Store& store) {
  RowCounts c;
  for (const RegionLevel level : {RegionLevel::kProvince, RegionLevel::kRegency,
                                  RegionLevel::kDistrict, RegionLevel::kVillage}) {
    c.regions += ValueOr(store.CountRegions(level), std::int64_t{0});
  }
  // Units hang off agencies, so every agency is listed, a page at a time.
  Page page{0, 500};
  while (true) {
    const PageOf<Agency> agencies = ValueOr(store.ListAgencies({}, page), PageOf<Agency>{});
    c.agencies = agencies.total;
    for (const Agency& a : agencies.items) {
      c.units += static_cast<std::int64_t>(ValueOr(store.ListUnits(a.id), {}).size());
    }
    page.offset += static_cast<int>(agencies.items.size());
    if (agencies.items.empty() || page.offset >= agencies.total) break;
  }
  c.employees = ValueOr(store.ListEmployees({}, {0, 1}), PageOf<Employee>{}).total;
  for (const Election& e : ValueOr(store.ListElections(), {})) {
    ++c.elections;
    c.stages += static_cast<std::int64_t>(ValueOr(store.ListElectionStages(e.id), {}).size());
    for (const Contest& contest : ValueOr(store.ListContests(e.id, ""), {})) {
      ++c.contests;
      c.candidates +=
          static_cast<std::int64_t>(ValueOr(store.ListCandidates(contest.id), {}).size());
    }
  }
  return c;
}

}  // namespace netra::ingest::testing
