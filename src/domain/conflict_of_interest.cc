#include "domain/conflict_of_interest.h"

#include <algorithm>

#include "domain/region.h"

namespace netra {
namespace {

bool Same(const std::string& a, const std::string& b) { return !a.empty() && a == b; }

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// "Bawaslu RI", "Bawaslu Provinsi Jawa Timur", "Bawaslu Kabupaten
// Probolinggo"; by code ("Bawaslu 35") when the name is not known.
std::string BawasluName(const ConflictFacts& f, const std::string& region) {
  if (region.empty()) return "Bawaslu RI";
  const auto name = f.region_names.find(region);
  if (name == f.region_names.end()) return "Bawaslu " + region;
  const bool province = region.find('.') == std::string::npos;
  return "Bawaslu " + std::string(province ? "Provinsi " : "") + name->second;
}

// One level up from the PPK's region, passing over every level whose head is
// a candidate too; the nation (the Minister) is never passed over.
Escalation PpkEscalation(const ConflictFacts& f) {
  Escalation e;
  e.kind = EscalationKind::kLevelAbove;
  e.region_code = ParentRegionCode(f.ppk_region_code);
  std::string passed_id, passed_en;
  while (!e.region_code.empty() && Contains(f.candidate_heads_above, e.region_code)) {
    const std::string province = BawasluName(f, e.region_code).substr(8);  // past "Bawaslu "
    passed_id = " (Gubernur " + province + " juga calon)";
    passed_en = " (the governor of " + province + " is a candidate too)";
    e.region_code = ParentRegionCode(e.region_code);
  }
  if (!e.region_code.empty()) {
    const auto name = f.region_names.find(e.region_code);
    if (name != f.region_names.end()) {
      e.target = "Gubernur " + name->second + " sebagai PPK provinsi " + e.region_code +
                 ", dengan tembusan ke BKN";
      e.target_en = "The governor of " + name->second + " as PPK of province " + e.region_code +
                    ", with BKN informed";
    } else {
      e.target = "Gubernur sebagai PPK provinsi " + e.region_code + ", dengan tembusan ke BKN";
      e.target_en = "The governor as PPK of province " + e.region_code + ", with BKN informed";
    }
  } else {
    e.target = "Menteri Dalam Negeri" + passed_id + ", dengan tembusan ke BKN";
    e.target_en = "The Minister of Home Affairs" + passed_en + ", with BKN informed";
  }
  return e;
}

const std::string& NameOr(const std::string& name, const std::string& key) {
  return name.empty() ? key : name;
}

Escalation OfficerEscalation(const ConflictFacts& f) {
  Escalation e;
  if (f.other_officers_available) {
    e.kind = EscalationKind::kAnotherOfficer;
    e.region_code = f.officer_region_code;
    e.target = "Petugas lain di " + BawasluName(f, f.officer_region_code);
    e.target_en = "Another officer of " + BawasluName(f, f.officer_region_code);
  } else {
    e.kind = EscalationKind::kLevelAbove;
    e.region_code = ParentRegionCode(f.officer_region_code);
    e.target = BawasluName(f, e.region_code);
    e.target_en = e.target;
  }
  return e;
}

}  // namespace

const char* ConflictKindName(ConflictKind kind) {
  switch (kind) {
    case ConflictKind::kPpkCandidate:
      return "ppk_candidate";
    case ConflictKind::kPpkIsReported:
      return "ppk_is_reported";
    case ConflictKind::kOfficerIsParty:
      return "officer_is_party";
    case ConflictKind::kOfficerSameUnitAsReported:
      return "officer_same_unit_as_reported";
    case ConflictKind::kOfficerSameUnitAsReporter:
      return "officer_same_unit_as_reporter";
  }
  return "ppk_candidate";
}

std::vector<Conflict> FindConflicts(const ConflictFacts& f) {
  std::vector<Conflict> out;
  if (f.ppk_is_candidate_in_running_contest) {
    out.push_back({ConflictKind::kPpkCandidate,
                   "PPK terlapor adalah calon dalam pemilihan yang sedang berjalan; keputusan "
                   "sanksinya atas ASN yang mungkin mendukung atau menentangnya tidak netral.",
                   "The reported employee's PPK is a candidate in a running contest; its sanction "
                   "decision over an employee who may have backed or opposed it is not neutral.",
                   PpkEscalation(f)});
  }
  if (Same(f.ppk_person, f.reported_person)) {
    out.push_back({ConflictKind::kPpkIsReported,
                   "Terlapor adalah PPK itu sendiri; PPK tidak dapat memutus perkaranya sendiri.",
                   "The reported person is the PPK; a PPK cannot decide its own case.",
                   PpkEscalation(f)});
  }
  if (Same(f.officer_person, f.reported_person) || Same(f.officer_person, f.reporter_person)) {
    out.push_back(
        {ConflictKind::kOfficerIsParty, "Petugas yang menangani adalah pelapor atau terlapor.",
         "The handling officer is the reporter or the reported person.", OfficerEscalation(f)});
  }
  if (Same(f.officer_unit, f.reported_unit)) {
    out.push_back({ConflictKind::kOfficerSameUnitAsReported,
                   "Petugas berasal dari unit kerja yang sama dengan terlapor (" +
                       NameOr(f.reported_unit_name, f.reported_unit) + ").",
                   "The officer comes from the reported person's unit (" +
                       NameOr(f.reported_unit_name, f.reported_unit) + ").",
                   OfficerEscalation(f)});
  }
  if (Same(f.officer_unit, f.reporter_unit)) {
    out.push_back({ConflictKind::kOfficerSameUnitAsReporter,
                   "Petugas berasal dari unit kerja yang sama dengan pelapor (" +
                       NameOr(f.reporter_unit_name, f.reporter_unit) + ").",
                   "The officer comes from the reporter's unit (" +
                       NameOr(f.reporter_unit_name, f.reporter_unit) + ").",
                   OfficerEscalation(f)});
  }
  return out;
}

}  // namespace netra
