// DemoData: a deterministic generator of realistic, fictional master data for
// the regions of the seed stories (Kabupaten Probolinggo 35.13, Kota
// Probolinggo 35.74, Kabupaten Lumajang 35.08, Kabupaten Pesawaran 18.09), used
// by `netra demo` and by tests that need a believable population.
//
// For each regency/city it builds the regional government's agencies
// (perangkat daerah: Setda, Setwan, Inspektorat, badan, dinas, Satpol PP, RSUD,
// one kecamatan office per district), their unit trees, and employees with
// valid, unique NIPs / NI PPPK (domain.md §5.1-§5.4): a PNS majority, many
// PPPK teachers and health workers, PPPK paruh waktu and some non-ASN without
// a number; fungsional posts dominant, pelaksana next, JPT pratama heading
// agencies, administrators and supervisors heading bidang and seksi, camat and
// lurah as kepala wilayah.
//
// Puskesmas and schools are units, not agencies: a puskesmas is a UPTD of the
// Dinas Kesehatan (Permenkes 43/2019) and an SD/SMP negeri a satuan pendidikan
// of the Dinas Pendidikan, and that is how personnel systems (SIASN) file their
// staff; so an operator sees the Dinas Kesehatan with its puskesmas in one
// tree, and per-agency counts match a real region's (Dinas Pendidikan holds
// most of its ASN). The RSUD is its own agency, as regions list it.
//
// Pure: no database, files or clock; "today" comes in with the options. The
// same options and regions always give the same data. Thread-safe (no shared
// state). Generating a few thousand employees takes milliseconds.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/agency.h"
#include "domain/employee.h"
#include "domain/nip.h"
#include "domain/region.h"
#include "domain/role.h"

namespace netra {

struct DemoOptions {
  std::uint64_t seed = 20240919;  // the Probolinggo pledge roll-call (seed:000)
  // The real date, passed in (no clock is read). No appointment lies after
  // it; the people are drawn as of min(its year, 2025), so every run from
  // 2025 on yields the same NIPs and re-running `netra demo` updates rather
  // than duplicates. Before 2025 there are no PPPK paruh waktu (they were
  // honorer, so non-ASN). Must be from 2022 on, after the first PPPK intakes.
  CivilDate today = {2025, 12, 1};
  // Regencies/cities to generate, in this order.
  std::vector<std::string> region_codes = {"35.13", "35.74", "35.08", "18.09"};
  // Employees per regency/city, exactly. Real ones have 8-12k ASN; the demo
  // keeps their proportions at a tenth of the size. Too small a number to
  // staff every agency head, camat, lurah, school and puskesmas is an error.
  int employees_per_region = 1000;
};

// A unit kerja, referring to its agency and parent by code because ids are
// assigned by the store.
struct DemoUnit {
  std::string agency_code;  // Agency::code
  std::string code;         // unique within the agency: "P2P", "P2P.SURVIM", "PKM.14"
  std::string parent_code;  // "" for a top unit of the agency
  std::string name;
};

struct DemoEmployee {
  // agency_id and unit_id are 0/nullopt: resolve agency_code and unit_code.
  Employee employee;
  std::string agency_code;
  std::string unit_code;  // "" when the person sits at the agency's top (its head)
  CivilDate birth_date;   // also encoded in the NIP for ASN
};

// A suggested staff account per role (publik needs none) for the demo.
struct DemoAccount {
  Role role = Role::kAdmin;
  std::string username;                     // [a-z0-9._-]{3,64}
  std::string display_name;                 // a person's titled name
  std::string description;                  // "Operator BKPSDM Kabupaten Probolinggo"
  std::string region_code;                  // scope: "" nation, "35.13" regency
  std::optional<std::string> employee_nip;  // for asn (and staff who are employees)
};

struct DemoData {
  std::vector<Agency> agencies;  // ids 0; codes unique, "35.13.DINKES", "35.13.14.KEC"
  // Every parent precedes its children, so inserting in order can resolve
  // parent_code to an id already stored.
  std::vector<DemoUnit> units;
  // NIPs are unique across the whole set, and so are non-ASN names within an
  // agency (the store keys people without a NIP by agency and name).
  std::vector<DemoEmployee> employees;
  // One per role except publik for the first region; penilai and admin are
  // national; then one operator_instansi per further region.
  std::vector<DemoAccount> accounts;
};

// Generates the data for options.region_codes. `regions` must hold each
// regency/city row (for its name) and its district rows (level kDistrict,
// parent_code = the regency); village rows are optional, and when given, each
// kelurahan (village code starting with 1) becomes a unit of its kecamatan
// with a lurah, and SD names use the villages' names. Extra rows are ignored,
// so a caller may pass every region it has.
//
// Errors (kInvalidArgument): a requested region code is not a regency/city
// among `regions` or has no districts; options.today is not a date;
// employees_per_region is too small for the region (the message names the
// minimum).
Result<DemoData> GenerateDemoData(const DemoOptions& options, std::span<const Region> regions);

}  // namespace netra
