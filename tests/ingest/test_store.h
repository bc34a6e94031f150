// Real stores for the importer tests: a SQLite database in a fresh temporary
// directory per test, removed with it, so importer rules are checked against
// the constraints and upsert keys they meet in production.
//
// Thread-safety: one TempStore per test; not shared.
#pragma once

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <ostream>
#include <string>

#include "store/store.h"

namespace netra::ingest::testing {

// Durability is not what these tests examine: commits skip the fsync.
StoreOptions FastStoreOptions();

class TempStore {
 public:
  explicit TempStore(const StoreOptions& options = FastStoreOptions());
  ~TempStore();
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  Store& operator*() { return *store_; }
  Store* operator->() { return store_.get(); }
  // The SQLite file, for tests that reach the database from outside the Store.
  const std::string& path() const { return path_; }

 private:
  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;  // closed before dir_ is removed
};

// Stores each region with its level and parent taken from the code's shape.
void AddRegions(Store& store, std::initializer_list<const char*> codes);

// How many rows each table an importer writes holds, read through the Store
// API; equal before and after a call means the call wrote no new rows.
struct RowCounts {
  std::int64_t regions = 0;
  std::int64_t agencies = 0;
  std::int64_t units = 0;
  std::int64_t employees = 0;
  std::int64_t elections = 0;
  std::int64_t stages = 0;
  std::int64_t contests = 0;
  std::int64_t candidates = 0;
  bool operator==(const RowCounts&) const = default;
};
std::ostream& operator<<(std::ostream& out, const RowCounts& c);

// Fails the calling test (and returns what it could count) on a store error.
RowCounts CountRows(Store& store);

}  // namespace netra::ingest::testing
