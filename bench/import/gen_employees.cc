// gen_employees: writes the input of the import benchmark — agencies.csv
// (ten agencies with two units each for every regency/city in idn-area-data)
// and employees.csv (N valid employees spread over those agencies: 70% PNS,
// 20% PPPK, 10% non-ASN, every NIP distinct and valid on 2024-10-01).
//
//   gen_employees --regions DIR --out DIR [--rows N]
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "ingest/columns.h"
#include "ingest/region_import.h"
#include "ingest/row_reader.h"

namespace {

struct AgencyKind {
  const char* code;
  const char* name;
  const char* kind;
};

constexpr AgencyKind kAgencies[] = {
    {"SETDA", "Sekretariat Daerah", "sekretariat"},
    {"DINKES", "Dinas Kesehatan", "dinas"},
    {"DISDIK", "Dinas Pendidikan", "dinas"},
    {"DPUPR", "Dinas PUPR", "dinas"},
    {"DINSOS", "Dinas Sosial", "dinas"},
    {"BKPSDM", "BKPSDM", "badan"},
    {"BAPPEDA", "Bappeda", "badan"},
    {"INSPEKTORAT", "Inspektorat", "inspektorat"},
    {"RSUD", "RSUD", "rumah_sakit"},
    {"SATPOLPP", "Satpol PP", "satuan"},
};

constexpr const char* kPnsGolongan[] = {"II/a",  "II/b",  "II/c", "III/a", "III/b",
                                        "III/c", "III/d", "IV/a", "IV/b"};
constexpr const char* kPppkGolongan[] = {"V", "VII", "IX", "X", "XI"};
constexpr const char* kPositions[] = {"PELAKSANA", "FUNGSIONAL", "FUNGSIONAL", "PENGAWAS",
                                      "ADMINISTRATOR"};

int Fail(const netra::Status& s) {
  std::cerr << "gen_employees: " << s.message_en() << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Generate the CSV input of the employee import benchmark"};
  std::string regions_dir = netra::ingest::kDefaultRegionDataDir;
  std::string out_dir;
  long long rows = 4'300'000;
  app.add_option("--regions", regions_dir, "idn-area-data data folder")->capture_default_str();
  app.add_option("--out", out_dir, "Output folder")->required();
  app.add_option("--rows", rows, "Employees to write")
      ->capture_default_str()
      ->check(CLI::Range(1LL, 20'000'000LL));
  CLI11_PARSE(app, argc, argv);

  auto reader = netra::ingest::OpenCsvFile(regions_dir + "/regencies.csv");
  if (!reader.ok()) return Fail(reader.status());
  std::vector<std::string> regencies;
  netra::ingest::Row row;
  while (true) {
    auto more = (*reader)->Next(row);
    if (!more.ok()) return Fail(more.status());
    if (!*more) break;
    if (row.line > 1) regencies.emplace_back(row.Field(0));
  }
  std::filesystem::create_directories(out_dir);

  std::unique_ptr<std::FILE, int (*)(std::FILE*)> agencies(
      std::fopen((out_dir + "/agencies.csv").c_str(), "w"), &std::fclose);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> employees(
      std::fopen((out_dir + "/employees.csv").c_str(), "w"), &std::fclose);
  if (!agencies || !employees) {
    std::cerr << "gen_employees: cannot write to " << out_dir << "\n";
    return 1;
  }
  fmt::print(agencies.get(),
             "kode_instansi,nama_instansi,jenis_instansi,kode_wilayah,kode_unit,nama_unit,"
             "kode_unit_induk\n");
  for (const std::string& r : regencies) {
    for (const AgencyKind& a : kAgencies) {
      fmt::print(agencies.get(), "{0}.{1},{2} {0},{3},{0},UMUM,Bagian Umum,\n", r, a.code, a.name,
                 a.kind);
      fmt::print(agencies.get(), "{}.{},,,,TEKNIS,Bidang Teknis,UMUM\n", r, a.code);
    }
  }

  fmt::print(employees.get(),
             "nip,nama,jenis_pegawai,kategori_jabatan,nama_jabatan,golongan,jenis_kelamin,"
             "kode_instansi,kode_unit,kode_wilayah\n");
  const std::size_t agency_count = regencies.size() * std::size(kAgencies);
  for (long long i = 0; i < rows; ++i) {
    const std::size_t a = static_cast<std::size_t>(i) % agency_count;
    const std::string& region = regencies[a / std::size(kAgencies)];
    const AgencyKind& kind = kAgencies[a % std::size(kAgencies)];
    const char* unit = i % 3 == 0 ? "TEKNIS" : "UMUM";
    const int bucket = static_cast<int>(i % 10);
    const int gender = 1 + static_cast<int>(i / 7 % 2);
    if (bucket == 9) {
      fmt::print(employees.get(),
                 ",Honorer {},NON_ASN,NON_ASN,Tenaga Administrasi,,{},{}.{},{},{}\n", i,
                 gender == 1 ? 'L' : 'P', region, kind.code, unit, region);
      continue;
    }
    // Distinct NIPs: the sequence takes i % 999, the rest of i picks the
    // birth date and the appointment month.
    const long long k = i / 999;
    const int birth_year = 1965 + static_cast<int>(k % 35);
    const int birth_month = 1 + static_cast<int>(k / 35 % 12);
    const int birth_day = 1 + static_cast<int>(k / 420 % 28);
    const int appt_month = 1 + static_cast<int>(k / 11760 % 12);
    const int seq = 1 + static_cast<int>(i % 999);
    const char* position = kPositions[i % std::size(kPositions)];
    if (bucket >= 7) {
      // PPPK: year + a two-digit code; the first intake was 2019.
      fmt::print(employees.get(),
                 "{:04d}{:02d}{:02d}{:04d}{:02d}{}{:03d},Pegawai PPPK {},PPPK,{},Guru Ahli "
                 "Pertama,{},{},{}.{},{},{}\n",
                 birth_year, birth_month, birth_day, 2019 + static_cast<int>(k % 5), appt_month,
                 gender, seq, i, position, kPppkGolongan[i % std::size(kPppkGolongan)],
                 gender == 1 ? 'L' : 'P', region, kind.code, unit, region);
      continue;
    }
    fmt::print(employees.get(),
               "{:04d}{:02d}{:02d}{:04d}{:02d}{}{:03d},Pegawai Negeri {},PNS,{},Analis,{},{},{}.{},"
               "{},{}\n",
               birth_year, birth_month, birth_day, birth_year + 22 + static_cast<int>(k % 3),
               appt_month, gender, seq, i, position, kPnsGolongan[i % std::size(kPnsGolongan)],
               gender == 1 ? 'L' : 'P', region, kind.code, unit, region);
  }
  std::cerr << fmt::format("gen_employees: {} agencies, {} employees in {}\n", agency_count, rows,
                           out_dir);
  return 0;
}
