#include "demo/demo_cases.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <queue>
#include <set>

#include "domain/sanction_rules.h"
#include "domain/working_days.h"

namespace netra {
namespace {

constexpr std::array<const char*, 14> kViolationCodes = {
    "APK-INSTALL",   "SOC-POST",          "SOC-LIKE",           "SOC-PHOTO",
    "PHOTO-GESTURE", "CAMPAIGN-ATTEND",   "DECLARATION-ATTEND", "CAMPAIGN-ATTRIBUTE",
    "PARTY-MEMBER",  "CAMPAIGN-FACILITY", "DECISION-FAVOR",     "TEAM-MEMBER",
    "SOC-CAMPAIGN",  "KTP-SUPPORT"};

constexpr std::array<const char*, 14> kActs = {
    "Memasang baliho pasangan calon di pagar kantor",
    "Mengunggah ajakan memilih pasangan calon di Facebook",
    "Menyukai dan membagikan unggahan kampanye pasangan calon",
    "Berfoto bersama pasangan calon dan mengunggahnya",
    "Berpose dengan gestur jari nomor urut pasangan calon",
    "Menghadiri kampanye terbuka pasangan calon",
    "Hadir dalam deklarasi dukungan bakal pasangan calon",
    "Mengenakan kaus bergambar pasangan calon saat kampanye",
    "Tercatat sebagai anggota partai politik",
    "Menggunakan mobil dinas untuk kegiatan kampanye",
    "Membuat keputusan yang menguntungkan pasangan calon",
    "Menjadi anggota tim pemenangan pasangan calon",
    "Mengelola grup WhatsApp kampanye pasangan calon",
    "Mengumpulkan fotokopi KTP warga untuk dukungan calon"};

constexpr std::array<const char*, 8> kReporters = {"Ahmad Fauzi",   "Dewi Lestari", "Slamet Riyadi",
                                                   "Nur Hasanah",   "Agus Santoso", "Sri Wahyuni",
                                                   "Joko Prasetyo", "Lilis Suryani"};

constexpr std::array<const char*, 6> kPlaces = {
    "Halaman kantor kecamatan",  "Balai desa",      "Lapangan kecamatan", "Media sosial Facebook",
    "Rumah makan di jalan raya", "Gedung serbaguna"};

// Shortest move sequence from RECEIVED to every status.
std::map<CaseStatus, std::vector<CaseStatus>> PathsFromReceived() {
  std::map<CaseStatus, std::vector<CaseStatus>> paths = {{CaseStatus::kReceived, {}}};
  std::queue<CaseStatus> queue;
  queue.push(CaseStatus::kReceived);
  while (!queue.empty()) {
    const CaseStatus at = queue.front();
    queue.pop();
    for (const CaseTransition& t : CaseTransitions()) {
      if (t.from != at || paths.contains(t.to)) continue;
      std::vector<CaseStatus> path = paths[at];
      path.push_back(t.to);
      paths[t.to] = std::move(path);
      queue.push(t.to);
    }
  }
  return paths;
}

std::string Ymd(std::int64_t instant) {
  const CivilDate d = LocalDate(instant, TimeZone::kWib);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
  return text;
}

std::string FieldValue(std::string_view field, const DemoCase& c, int index, std::int64_t at) {
  const std::string n = std::to_string(100 + index);
  if (field == "handling_officer") return "Staf Penanganan Pelanggaran";
  if (field == "missing_requirements") return "Bukti foto asli dan alamat saksi belum dilampirkan";
  if (field == "completion_received_at") return Ymd(at);
  if (field == "reason") return "Syarat formil tidak terpenuhi dalam batas waktu";
  if (field == "initial_review_summary") return "Syarat formil dan materiil terpenuhi";
  if (field == "register_number") return n + "/Reg/LP/PB/Kab/" + c.region_code + "/2024";
  if (field == "delegated_to_office") return "Bawaslu Provinsi";
  if (field == "summoned_parties") return "Pelapor, terlapor dan dua saksi";
  if (field == "hearing_date") return Ymd(at + 86400);
  if (field == "clarification_record") return "Berita acara klarifikasi nomor " + n;
  if (field == "study_conclusion") return "Memenuhi unsur pelanggaran netralitas ASN";
  if (field == "plenary_date") return Ymd(at);
  if (field == "violation_codes") return c.violation_code;
  if (field == "recommendation_number") return n + "/PP.01.02/K.JI-" + c.region_code + "/2024";
  if (field == "criminal_articles") return "Pasal 188 jo. Pasal 71 ayat (1) UU 10/2016";
  if (field == "forwarding_number") return n + "/Gakkumdu/2024";
  if (field == "verifier") return "Satgas Netralitas ASN BKN";
  if (field == "verification_result") return "Terbukti melanggar";
  if (field == "ppk_letter_number") return "B-" + n + "/BKN/2024";
  if (field == "decision_number") return "800/" + n + "/2024";
  if (field == "examination_result") return "Tim pemeriksa tidak menemukan bukti cukup";
  if (field == "escalation_note") return "PPK belum menindaklanjuti rekomendasi";
  if (field == "idis_entry") return "I'DIS-" + n;
  if (field == "closing_note") return "Penanganan selesai";
  if (field == "receiving_office_ack") return "Diterima Bawaslu Provinsi";
  if (field == "outcome") return "Ditindaklanjuti oleh instansi penerima";
  if (field == "control_measure") return "Pemblokiran data SIASN";
  return "Terisi";
}

// Regions in the order the accounts name them.
std::vector<std::string> AccountRegions(const DemoData& data) {
  std::vector<std::string> regions;
  for (const DemoAccount& a : data.accounts) {
    if (a.role == Role::kOperatorInstansi && !a.region_code.empty() &&
        std::find(regions.begin(), regions.end(), a.region_code) == regions.end()) {
      regions.push_back(a.region_code);
    }
  }
  return regions;
}
// The sanction the PPK records: the rules' proposal for the case (as the case
// page shows it), except that every other such case picks another penalty of
// the same level and says why, as a PPK may. A moral statement when the rules
// propose nothing.
void ChooseSanction(const DemoCase& c, const Employee& subject, int index, CaseFields& fields) {
  static const Result<ViolationCatalog> catalog = LoadShippedViolationCatalog();
  static const Result<SanctionRules> rules =
      catalog.ok() ? LoadShippedSanctionRules(*catalog) : Result<SanctionRules>(catalog.status());
  SanctionChoice choice{SanctionTrack::kEthics, "moral", "moral_open"};
  if (rules.ok()) {
    SanctionFacts facts;
    facts.violation_code = c.violation_code;
    facts.employee_type = subject.type;
    facts.position = subject.position;
    facts.date = c.act_date;
    const Result<SanctionProposal> proposal = rules->Propose(facts, *catalog);
    const ProposedSanction* primary = proposal.ok() ? PrimarySanction(*proposal) : nullptr;
    if (primary != nullptr) choice = {primary->track, primary->level, primary->penalty};
    const SanctionScale* scale = rules->Scale(choice.track);
    if (index % 2 == 1 && scale != nullptr) {
      for (const SanctionLevel& level : scale->levels) {
        if (level.level != choice.level) continue;
        for (const Penalty& p : level.penalties) {
          const bool allowed = std::find(p.not_for_positions.begin(), p.not_for_positions.end(),
                                         subject.position) == p.not_for_positions.end();
          if (p.code != choice.penalty && allowed) {
            choice.penalty = p.code;
            fields["override_reason"] =
                "Terlapor mengulangi perbuatan setelah ditegur atasan langsung";
            break;
          }
        }
      }
    }
  }
  fields["sanction_track"] = SanctionTrackName(choice.track);
  fields["sanction_level"] = choice.level;
  fields["sanction_penalty"] = choice.penalty;
}

// The seed provinces' Bawaslu and governor accounts.
struct Province {
  const char* code;
  const char* slug;
  const char* name;
};
constexpr std::array<Province, 2> kProvinces = {
    {{"35", "jatim", "Provinsi Jawa Timur"}, {"18", "lampung", "Provinsi Lampung"}}};

std::vector<DemoCase> BasePlan(const DemoData& data) {
  // Regions in the order the accounts name them, with their ASN employees.
  std::vector<std::string> regions;
  for (const DemoAccount& a : data.accounts) {
    if (a.role == Role::kOperatorInstansi && !a.region_code.empty() &&
        std::find(regions.begin(), regions.end(), a.region_code) == regions.end()) {
      regions.push_back(a.region_code);
    }
  }
  std::map<std::string, std::vector<const DemoEmployee*>> staff;
  std::map<std::string, std::string> agency_names;
  for (const Agency& a : data.agencies) agency_names[a.code] = a.name;
  for (const DemoEmployee& e : data.employees) {
    if (e.employee.nip && e.employee.region_code.size() >= 5) {
      staff[e.employee.region_code.substr(0, 5)].push_back(&e);
    }
  }
  std::erase_if(regions, [&](const std::string& r) { return staff[r].size() < 50; });
  if (regions.empty()) return {};

  const auto paths = PathsFromReceived();
  std::vector<std::vector<CaseStatus>> targets;
  for (CaseStatus s : kAllCaseStatuses) {
    targets.push_back(paths.at(s));
    targets.push_back(paths.at(s));
  }
  for (CaseStatus via :
       {CaseStatus::kSanctioned, CaseStatus::kNotProven, CaseStatus::kPpkNoncompliant,
        CaseStatus::kForwardedGakkumdu, CaseStatus::kNotViolation}) {
    std::vector<CaseStatus> path = paths.at(via);
    path.push_back(CaseStatus::kClosed);
    targets.push_back(std::move(path));
  }

  // Acts from 2024-09-25 (campaign period of Pilkada 2024) onward, one case a day
  // or so; each step a day or two after the one before, at 10:00 WIB.
  constexpr std::int64_t kFirstAct = 1'727'229'600;  // 2024-09-25 09:00 WIB
  std::vector<DemoCase> out;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const int index = static_cast<int>(i);
    DemoCase c;
    c.region_code = regions[i % regions.size()];
    const auto& people = staff[c.region_code];
    const DemoEmployee& subject = *people[(i * 37 + 11) % people.size()];
    c.subject_nip = *subject.employee.nip;
    c.subject_name = subject.employee.name;
    c.subject_agency = agency_names[subject.agency_code];
    c.violation_code = kViolationCodes[i % kViolationCodes.size()];
    c.description = kActs[i % kActs.size()];
    c.act_place = kPlaces[i % kPlaces.size()];
    c.finding = i % 5 == 4;
    c.anonymous = i % 3 != 1;
    const std::int64_t act = kFirstAct + static_cast<std::int64_t>(i) * 86400 * 3 / 2;
    c.act_date = Ymd(act);
    // Every ninth report is filed ten days after the act became known: late.
    const bool late = i % 9 == 8;
    c.known_date = c.act_date;
    c.received_at = act + (late ? 10 : 1) * 86400;
    if (!c.anonymous) {
      const char* name = kReporters[i % kReporters.size()];
      char nik[48];
      std::snprintf(nik, sizeof nik, "%s%02d%02d%02d%04d", "351301", 1 + index % 28, 1 + index % 12,
                    80 + index % 15, 1 + index);
      c.reporter_name = name;
      c.reporter_nik = nik;
      c.reporter_address = "Jl. Demo No. " + std::to_string(1 + index) + ", " + c.region_code;
      c.reporter_phone = "0812" + std::to_string(3000000 + index * 7919);
    }
    c.second_reporter = !c.finding && i % 7 == 3;
    std::int64_t at = c.received_at + 3600;
    CaseStatus from = CaseStatus::kReceived;
    for (CaseStatus to : targets[i]) {
      at += (1 + index % 2) * 86400;
      DemoCaseStep step;
      step.to = to;
      step.at = at;
      for (std::string_view field : FindCaseTransition(from, to)->required_fields) {
        step.fields[std::string(field)] = FieldValue(field, c, index, at);
      }
      // The study of a village official's breach cites the code, which that
      // move does not require (its generated study needs one).
      if (to == CaseStatus::kForwardedRegent) step.fields["violation_codes"] = c.violation_code;
      if (to == CaseStatus::kSanctioned) ChooseSanction(c, subject.employee, index, step.fields);
      if (to == CaseStatus::kClarification) c.hearing_at = at + 86400 / 2;
      if (!c.finding && to == CaseStatus::kRegistered) {
        c.question_at = at + 3600;
        c.question_answered = i % 2 == 0;
      }
      c.steps.push_back(std::move(step));
      from = to;
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

DemoOfficerLink DemoLinkedOfficer(const DemoData& data) {
  const std::vector<std::string> regions = AccountRegions(data);
  DemoOfficerLink link;
  if (regions.empty()) return link;
  for (const DemoAccount& a : data.accounts) {
    if (a.role == Role::kPengawas && a.region_code == regions.front()) link.username = a.username;
  }
  std::set<std::string> reported;
  for (const DemoCase& c : BasePlan(data)) reported.insert(c.subject_nip);
  // Agencies of the first region in code order, the first none of whose
  // staff is reported and which has two PNS (the officer and a colleague).
  std::map<std::string, std::vector<const DemoEmployee*>> staff;
  std::set<std::string> touched;
  for (const DemoEmployee& e : data.employees) {
    if (!e.employee.nip || e.employee.region_code.substr(0, 5) != regions.front()) continue;
    if (reported.contains(*e.employee.nip)) touched.insert(e.agency_code);
    if (e.employee.type == EmployeeType::kPns) staff[e.agency_code].push_back(&e);
  }
  for (const auto& [agency, people] : staff) {
    if (touched.contains(agency) || people.size() < 2) continue;
    link.agency_code = agency;
    link.nip = *people.back()->employee.nip;
    break;
  }
  return link;
}

std::vector<DemoCase> PlanDemoCases(const DemoData& data) {
  std::vector<DemoCase> out = BasePlan(data);
  const DemoOfficerLink link = DemoLinkedOfficer(data);
  if (out.empty() || link.nip.empty()) return out;
  const DemoEmployee* colleague = nullptr;
  for (const DemoEmployee& e : data.employees) {
    if (e.agency_code == link.agency_code && e.employee.nip && *e.employee.nip != link.nip) {
      colleague = &e;
      break;
    }
  }
  if (colleague == nullptr) return out;
  // Recorded by the linked officer itself a day after the last planned act;
  // it stays RECEIVED, waiting for an officer without the conflict.
  DemoCase c;
  c.region_code = colleague->employee.region_code.substr(0, 5);
  c.finding = true;
  c.subject_nip = *colleague->employee.nip;
  c.subject_name = colleague->employee.name;
  for (const Agency& a : data.agencies) {
    if (a.code == link.agency_code) c.subject_agency = a.name;
  }
  c.violation_code = "SOC-POST";
  c.description = "Mengunggah foto bersama pasangan calon petahana dengan ajakan memilih";
  c.act_place = "Media sosial Facebook";
  c.received_at = out.back().received_at + 86400;
  c.act_date = Ymd(c.received_at - 86400);
  c.known_date = c.act_date;
  out.push_back(std::move(c));
  return out;
}

std::vector<DemoAccount> DemoCaseHandlers(const DemoData& data) {
  std::set<std::string> covered;
  for (const DemoAccount& a : data.accounts) {
    if (a.role == Role::kPengawas) covered.insert(a.region_code);
  }
  std::vector<DemoAccount> out;
  for (const DemoAccount& a : data.accounts) {
    if (a.role != Role::kOperatorInstansi || covered.contains(a.region_code) ||
        !a.username.starts_with("operator.")) {
      continue;
    }
    covered.insert(a.region_code);
    const std::string slug = a.username.substr(9);
    const std::string where = a.description.substr(a.description.find(' ', 9) + 1);
    DemoAccount pengawas;
    pengawas.role = Role::kPengawas;
    pengawas.username = "pengawas." + slug;
    pengawas.display_name = "Staf Bawaslu " + where;
    pengawas.description = "Staf Penanganan Pelanggaran, Bawaslu " + where;
    pengawas.region_code = a.region_code;
    out.push_back(pengawas);
    DemoAccount ppk = pengawas;
    ppk.role = Role::kPpk;
    ppk.username = "ppk." + slug;
    ppk.display_name = "Pejabat Pembina Kepegawaian " + where;
    ppk.description = "Pejabat Pembina Kepegawaian " + where;
    out.push_back(ppk);
  }
  const std::vector<std::string> regions = AccountRegions(data);
  for (const Province& p : kProvinces) {
    if (std::none_of(regions.begin(), regions.end(),
                     [&](const std::string& r) { return ParentRegionCode(r) == p.code; })) {
      continue;
    }
    DemoAccount pengawas;
    pengawas.role = Role::kPengawas;
    pengawas.username = std::string("pengawas.") + p.slug;
    pengawas.display_name = std::string("Staf Bawaslu ") + p.name;
    pengawas.description = std::string("Staf Penanganan Pelanggaran, Bawaslu ") + p.name;
    pengawas.region_code = p.code;
    out.push_back(pengawas);
    DemoAccount ppk = pengawas;
    ppk.role = Role::kPpk;
    ppk.username = std::string("ppk.") + p.slug;
    ppk.display_name = std::string("Gubernur ") + (p.name + 9);
    ppk.description = std::string("Gubernur, Pejabat Pembina Kepegawaian ") + p.name;
    out.push_back(ppk);
  }
  DemoAccount minister;
  minister.role = Role::kPpk;
  minister.username = "ppk.kemendagri";
  minister.display_name = "Menteri Dalam Negeri";
  minister.description = "Menteri Dalam Negeri, PPK di atas gubernur (konflik kepentingan)";
  minister.region_code = "";
  out.push_back(minister);
  return out;
}

}  // namespace netra
