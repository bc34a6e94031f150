// Elections, their stages (domain.md §6), contests per region and candidate
// pairs with the campaign vocabulary the scanner watches
// (../shared/data/monitoring-dev/FORMAT.md, lexicon.json).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace netra {

struct Election {
  std::int64_t id = 0;
  std::string code;         // "pilkada-2024"
  std::string name;         // "Pemilihan Kepala Daerah Serentak 2024"
  std::string kind;         // "pilkada" | "pemilu"
  std::string voting_date;  // "2024-11-27"
};

struct ElectionStage {
  std::int64_t election_id = 0;
  int seq = 0;              // order within the election
  std::string code;         // "campaign"
  std::string name;         // "Masa kampanye"
  std::string start_date;   // inclusive, "2024-09-25"
  std::string end_date;     // inclusive, "2024-11-23"
  std::string legal_basis;  // "PKPU 2/2024"
};

struct Contest {
  std::int64_t id = 0;
  std::int64_t election_id = 0;
  std::string region_code;  // "35.13", or "35" for a governor contest
  std::string region_name;
  std::string office;  // "gubernur" | "bupati" | "walikota"
};

struct Candidate {
  std::int64_t id = 0;
  std::int64_t contest_id = 0;
  int number = 0;                 // nomor urut
  std::vector<std::string> head;  // full name first, then nicknames
  std::vector<std::string> deputy;
  std::vector<std::string> pair;  // pair names / acronyms
  std::vector<std::string> slogans;
  std::vector<std::string> hashtags;
  std::vector<std::string> accounts;  // "@x", "fb:Page", "group:Name"
  std::vector<std::string> parties;
  std::vector<std::string> descriptors;
  bool incumbent = false;
  std::string head_gender;  // "L" | "P" | ""
  std::string deputy_gender;
};

}  // namespace netra
