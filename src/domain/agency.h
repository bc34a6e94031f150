// Agency (instansi / perangkat daerah) of a regional government, and its units
// (unit kerja), which form a tree inside the agency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace netra {

struct Agency {
  std::int64_t id = 0;  // assigned by the store
  std::string code;     // stable import key, unique nationally, e.g. "35.13.DINKES"
  std::string name;     // "Dinas Kesehatan Kabupaten Probolinggo"
  std::string kind;  // sekretariat, dinas, badan, inspektorat, kecamatan, puskesmas, sekolah, ...
  std::string region_code;  // the government it belongs to ("35.13")
};

struct Unit {
  std::int64_t id = 0;
  std::int64_t agency_id = 0;
  std::optional<std::int64_t> parent_id;  // nullopt for a top unit of the agency
  std::string code;                       // unique within the agency, e.g. "P2P"
  std::string name;                       // "Bidang Pencegahan dan Pengendalian Penyakit"
};

}  // namespace netra
