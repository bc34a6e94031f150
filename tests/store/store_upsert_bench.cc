// store_upsert_bench: measures Store::UpsertEmployees throughput the way an
// import drives it: `rows` fresh employees written in batches of `batch`, then
// the same rows again, changed and then unchanged.
//
//   store_upsert_bench DB_URL [ROWS=100000] [BATCH=5000]
//
// DB_URL is a SQLite file path (created) or postgresql://...; use an empty
// database. Prints rows/s for three passes: insert, update (every row
// changed) and unchanged (the same rows re-imported).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "store/store.h"

namespace {

// 18 digits, distinct per n; the store does not check NIP structure.
std::string Nip(int n) {
  char text[32];
  std::snprintf(text, sizeof text, "1960%014d", n);
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DB_URL [ROWS] [BATCH]\n", argv[0]);
    return 2;
  }
  const std::string url = argv[1];
  const int rows = argc > 2 ? std::atoi(argv[2]) : 100000;
  const int batch_size = argc > 3 ? std::atoi(argv[3]) : 5000;
  if (rows <= 0 || rows > 10000000 || batch_size <= 0 || batch_size > 100000) {
    std::fprintf(stderr, "ROWS must be 1..10000000 and BATCH 1..100000\n");
    return 2;
  }
  auto store = netra::OpenStore(url);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  // Fresh rows; every row changed; the same rows again (a re-import).
  static constexpr const char* kPassNames[] = {"insert", "update", "unchanged"};
  std::vector<std::int64_t> agencies;
  for (int a = 0; a < 50; ++a) {
    auto agency = (*store)->UpsertAgency(netra::Agency{
        0, "BENCH." + std::to_string(a), "Dinas " + std::to_string(a), "dinas", "35.13"});
    if (!agency.ok()) {
      std::fprintf(stderr, "%s\n", agency.status().ToString().c_str());
      return 1;
    }
    agencies.push_back(agency->id);
  }
  for (int pass = 0; pass < 3; ++pass) {
    netra::UpsertCounts total;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (int first = 0; first < rows; first += batch_size) {
      std::vector<netra::Employee> batch;
      for (int n = first; n < std::min(rows, first + batch_size); ++n) {
        netra::Employee e;
        if (n % 10 != 9) e.nip = Nip(n);  // one in ten is non-ASN
        e.name = "Pegawai Nomor " + std::to_string(n);
        e.type = e.nip ? netra::EmployeeType::kPns : netra::EmployeeType::kNonAsn;
        e.position_title = pass == 0 ? "Pengadministrasi Umum" : "Penata Layanan Operasional";
        e.golongan = e.nip ? "II/a" : "";
        e.gender = n % 2 == 0 ? 'L' : 'P';
        e.agency_id = agencies[n % agencies.size()];
        e.region_code = "35.13." + std::to_string(10 + n % 24);
        batch.push_back(std::move(e));
      }
      auto counts = (*store)->UpsertEmployees(batch);
      if (!counts.ok()) {
        std::fprintf(stderr, "%s\n", counts.status().ToString().c_str());
        return 1;
      }
      total.inserted += counts->inserted;
      total.updated += counts->updated;
    }
    const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "%s pass: %d rows in batches of %d: %.2f s, %.0f rows/s; CPU of this process %.2f s "
        "(inserted %lld, updated %lld)\n",
        kPassNames[pass], rows, batch_size, seconds, rows / seconds, cpu_seconds,
        static_cast<long long>(total.inserted), static_cast<long long>(total.updated));
  }
  return 0;
}
