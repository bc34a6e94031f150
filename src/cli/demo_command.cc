#include <ctime>
#include <iomanip>
#include <iostream>
#include <map>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/pledge_setup.h"
#include "demo/demo_cases.h"
#include "demo/demo_data.h"
#include "demo/demo_monitoring.h"
#include "domain/lexicon.h"
#include "domain/pledge_text.h"
#include "ingest/election_import.h"
#include "ingest/region_import.h"
#include "scan/loader.h"
#include "service/case_service.h"
#include "service/clock.h"
#include "service/event_scan_service.h"
#include "service/pledge_event_service.h"
#include "service/pledge_service.h"
#include "service/report_service.h"
#include "service/user_service.h"
#include "store/blob_store.h"
#include "store/monitoring_store.h"

namespace netra::cli {
namespace {

// Every demo account shares this password; the demo is for trying Netra out
// on one machine, and `netra demo` prints it with the accounts.
constexpr const char* kDemoPassword = "netra-demo-2024";
constexpr const char* kDemoLexicon = "data/demo/lexicon-pilkada-2024.json";

struct DemoArgs {
  std::string db = kDefaultDb;
  std::string regions_dir = ingest::kDefaultRegionDataDir;
  std::string elections_dir = ingest::kDefaultElectionDataDir;
  std::string lexicon = kDemoLexicon;
  int employees_per_region = 1000;
  EnforcementArgs enforcement;
  std::string signing_key;  // default: beside the database
  std::string pledge_texts = kDefaultPledgeTextDir;
};

CivilDate Today(const Clock& clock) {
  const std::time_t now = clock.Now();
  std::tm tm{};
  gmtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// The regency/city rows with their districts and villages, as the generator wants them.
std::vector<Region> RegionsOf(Store& store, const std::vector<std::string>& codes) {
  std::vector<Region> out;
  for (const std::string& code : codes) {
    out.push_back(OrFail(store.GetRegion(code)));
    for (Region& district : OrFail(store.ListRegionChildren(code))) {
      for (Region& village : OrFail(store.ListRegionChildren(district.code))) {
        out.push_back(std::move(village));
      }
      out.push_back(std::move(district));
    }
  }
  return out;
}

void WriteOrganisation(Store& store, const DemoData& data) {
  std::map<std::string, std::int64_t> agency_ids;
  for (const Agency& agency : data.agencies) {
    agency_ids[agency.code] = OrFail(store.UpsertAgency(agency)).id;
  }
  std::map<std::pair<std::string, std::string>, std::int64_t> unit_ids;
  for (const DemoUnit& demo : data.units) {
    Unit unit;
    unit.agency_id = agency_ids.at(demo.agency_code);
    unit.code = demo.code;
    unit.name = demo.name;
    if (!demo.parent_code.empty())
      unit.parent_id = unit_ids.at({demo.agency_code, demo.parent_code});
    unit_ids[{demo.agency_code, demo.code}] = OrFail(store.UpsertUnit(unit)).id;
  }
  std::vector<Employee> batch;
  for (const DemoEmployee& demo : data.employees) {
    Employee employee = demo.employee;
    employee.agency_id = agency_ids.at(demo.agency_code);
    if (!demo.unit_code.empty()) employee.unit_id = unit_ids.at({demo.agency_code, demo.unit_code});
    batch.push_back(std::move(employee));
  }
  OrFail(store.UpsertEmployees(batch));
}

void CreateAccounts(Store& store, const DemoData& data) {
  SystemClock clock;
  UserService users(store, clock);
  for (const DemoAccount& account : data.accounts) {
    NewUser request{account.username,    account.display_name, account.role,
                    account.region_code, kDemoPassword,        account.employee_nip.value_or("")};
    Result<User> created = users.CreateUnchecked(request);
    if (!created.ok() && created.status().code() != ErrorCode::kAlreadyExists) {
      Fail(created.status());
    }
  }
}

// The first region's pengawas is seconded from the regional government
// (demo/demo_cases.h DemoLinkedOfficer).
void LinkDemoOfficer(Store& store, const DemoData& data) {
  const DemoOfficerLink link = DemoLinkedOfficer(data);
  if (link.nip.empty()) return;
  SystemClock clock;
  UserService users(store, clock);
  const User user = OrFail(store.GetUserByUsername(link.username));
  OrFail(users.SetEmployee(Caller{0, "netra-demo", Role::kAdmin, ""}, user.id, link.nip));
}

// Monitored accounts for some demo employees and their campaign-period
// events, scanned by the server's own scanner so the alerts are real.
void LoadMonitoring(Store& store, const DemoData& data, const std::string& lexicon_path,
                    const Clock& clock) {
  const std::string lexicon_json = OrFail(scan::ReadTextFile(lexicon_path, kMaxLexiconBytes));
  const Lexicon lexicon = OrFail(ParseLexicon(lexicon_json));
  EventScanService scanning(store, clock);
  const Caller system{0, "netra-demo", Role::kAdmin, ""};
  Result<LexiconVersion> current = scanning.CurrentLexicon(system);
  if (!current.ok() || current->sha256 != Sha256Hex(lexicon_json)) {
    OrFail(scanning.PublishLexicon(system, lexicon_json));
  }
  std::map<std::string, std::string> agency_names;
  for (const Agency& agency : data.agencies) agency_names[agency.code] = agency.name;
  std::vector<DemoPerson> people;
  // Every ninth employee with a NIP: spread over regions, agencies and positions.
  for (std::size_t i = 0; i < data.employees.size(); i += 9) {
    const DemoEmployee& demo = data.employees[i];
    if (!demo.employee.nip) continue;
    people.push_back({*demo.employee.nip, demo.employee.name, agency_names[demo.agency_code],
                      demo.employee.region_code.substr(0, 5)});
  }
  const DemoMonitoring monitoring = GenerateDemoMonitoring(lexicon, people, 240, 4);
  OrFail(store.monitoring().ReplaceMonitoredAccounts(monitoring.accounts));
  const IngestReport report = OrFail(scanning.IngestEvents(system, monitoring.events_jsonl));
  std::cerr << "netra demo: " << monitoring.accounts.size() << " monitored accounts, "
            << report.received << " social-media events, " << report.alerts << " alerts\n";
}

// The demo's minimal PDF, attached as evidence to every demo report.
constexpr std::string_view kDemoEvidence =
    "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

void SetClock(ManualClock& clock, std::int64_t at) { clock.Advance(at - clock.Now()); }

// Plays the demo case plan through the enforcement services, so every case
// has the history, deadlines and audit entries real use would leave. Skipped
// when the database already has cases (netra demo may run again).
void LoadDemoCases(Store& store, const DemoData& data, const EnforcementEnv& env) {
  CaseFilter any;
  if (OrFail(store.enforcement().ListCases(any, {0, 1})).total > 0) {
    std::cerr << "netra demo: cases already loaded, skipping them\n";
    return;
  }
  std::map<std::pair<std::string, Role>, Caller> callers;
  for (const DemoAccount& a : data.accounts) {
    if (a.role != Role::kPengawas && a.role != Role::kPenilai && a.role != Role::kPpk) continue;
    const User user = OrFail(store.GetUserByUsername(a.username));
    callers[{a.region_code, a.role}] = Caller{user.id, user.username, a.role, a.region_code};
  }
  const auto caller = [&](const std::string& region, Role role) {
    const auto it = callers.find({role == Role::kPenilai ? "" : region, role});
    if (it == callers.end()) {
      Fail(Status(ErrorCode::kInternal,
                  "no demo " + std::string(RoleName(role)) + " for " + region));
    }
    return it->second;
  };
  ManualClock clock(0);
  ReportService reports(store, clock, env);
  CaseService cases(store, clock, env);
  CaseConflicts conflicts(store, clock);
  // A PPK decision goes to the level a conflict of interest sends it to.
  const auto decider = [&](const std::string& region, std::int64_t case_id) {
    const CaseConflictReport report =
        OrFail(conflicts.Assess(OrFail(store.enforcement().GetCase(case_id))));
    return caller(report.decision_region.value_or(region), Role::kPpk);
  };
  const std::vector<DemoCase> plan = PlanDemoCases(data);
  int steps = 0;
  for (std::size_t i = 0; i < plan.size(); ++i) {
    const DemoCase& c = plan[i];
    const Caller pengawas = caller(c.region_code, Role::kPengawas);
    SetClock(clock, c.received_at);
    std::int64_t case_id = 0;
    std::int64_t report_id = 0;
    std::string receipt_code;
    if (c.finding) {
      NewFinding f;
      f.region_code = c.region_code;
      f.subject_employee_id = OrFail(store.GetEmployeeByNip(c.subject_nip)).id;
      f.subject_agency = c.subject_agency;
      f.summary = c.description;
      f.act_date = c.act_date;
      f.act_place = c.act_place;
      f.violation_codes = c.violation_code;
      case_id = OrFail(cases.RecordFinding(pengawas, f)).id;
    } else {
      NewReport r;
      r.anonymous = c.anonymous;
      r.identity = {c.reporter_name, c.reporter_nik, c.reporter_address, c.reporter_phone};
      r.region_code = c.region_code;
      r.subject_name = c.subject_name;
      r.subject_agency = c.subject_agency;
      r.subject_nip = c.subject_nip;
      r.description = c.description;
      r.act_date = c.act_date;
      r.known_date = c.known_date;
      r.act_place = c.act_place;
      r.witnesses = {{"Saksi " + std::to_string(i + 1), ""}};
      const std::string address = "demo-" + std::to_string(i);
      const ReportReceipt receipt = OrFail(reports.File(r, address));
      case_id = receipt.case_id;
      report_id = receipt.report_id;
      receipt_code = receipt.receipt_code;
      OrFail(reports.AddEvidence(receipt_code, "bukti-" + std::to_string(i + 1) + ".pdf",
                                 kDemoEvidence, address));
      if (c.second_reporter) {
        SetClock(clock, c.received_at + 1800);
        r.anonymous = true;
        r.description = "Laporan kedua: " + c.description;
        OrFail(reports.File(r, address));
      }
    }
    for (const DemoCaseStep& step : c.steps) {
      SetClock(clock, step.at);
      const Role role =
          FindCaseTransition(OrFail(store.enforcement().GetCase(case_id)).status, step.to)->role;
      const Caller mover =
          role == Role::kPpk ? decider(c.region_code, case_id) : caller(c.region_code, role);
      OrFail(cases.Move(mover, case_id, step.to, step.fields, ""));
      ++steps;
      if (step.to == CaseStatus::kRegistered && c.question_at != 0) {
        SetClock(clock, c.question_at);
        const QuestionRecord q =
            OrFail(cases.AskReporter(pengawas, case_id, report_id,
                                     "Mohon jelaskan jam kejadian dan siapa saja yang hadir."));
        if (c.question_answered) {
          SetClock(clock, c.question_at + 7200);
          OrFail(reports.Answer(receipt_code, q.id, "Sekitar pukul 09.00, hadir warga sekitar.",
                                "demo-" + std::to_string(i)));
        }
      }
      if (step.to == CaseStatus::kClarification && c.hearing_at != 0) {
        SetClock(clock, c.hearing_at + 3600);
        NewHearing h;
        h.held_at = c.hearing_at;
        h.place = "Kantor Bawaslu";
        h.heard = {{c.subject_name, "terlapor", "Terlapor menjelaskan kronologi kejadian."},
                   {"Saksi " + std::to_string(i + 1), "saksi", "Saksi melihat langsung kejadian."}};
        const HearingRecord hearing = OrFail(cases.RecordHearing(pengawas, case_id, h));
        OrFail(cases.AddEvidence(pengawas, case_id, hearing.id, "berita-acara.pdf", kDemoEvidence));
      }
    }
  }
  // PPKs who let D8 pass are reminded, then flagged to BKN (end of 2024).
  SetClock(clock, 1'734'483'600);  // 2024-12-18 08:00 WIB
  const EscalationSummary reminded = OrFail(cases.RunEscalation());
  SetClock(clock, 1'735'606'800);  // 2024-12-31 08:00 WIB
  const EscalationSummary flagged = OrFail(cases.RunEscalation());
  std::cerr << "netra demo: " << plan.size() << " cases, " << steps << " workflow steps, "
            << reminded.reminded + flagged.reminded << " PPK reminders, "
            << reminded.flagged + flagged.flagged << " flagged to BKN\n";
}

void PrintAccounts(const DemoData& data) {
  std::cout << "\nDemo accounts (password for all: " << kDemoPassword << "):\n";
  for (const DemoAccount& account : data.accounts) {
    std::cout << "  " << std::left << std::setw(26) << account.username << std::setw(19)
              << RoleName(account.role) << std::setw(9)
              << (account.region_code.empty() ? "nasional" : account.region_code)
              << account.description << "\n";
  }
}

// --- pledges (issue 3): the seed stories' events and about two thirds signed ---

constexpr std::int64_t kProbolinggoApel = 1726705800;  // Thu 19 Sep 2024 07:30 WIB (seed:000)
constexpr std::int64_t kPesawaranApel = 1700182800;    // Fri 17 Nov 2023 08:00 WIB (seed:004)
constexpr std::int64_t kKotaSosialisasi = 1727056800;  // Mon 23 Sep 2024 09:00 WIB (seed:002)

// The stories name the officials by role; the demo records the roles, not the
// people (the employees around them are fictional).
EventPerson Person(std::string name, std::string role, std::string institution) {
  return {std::move(name), std::move(role), std::move(institution)};
}

// About two thirds of the employees sign, chosen by their NIP so every run
// picks the same people.
bool DemoSigns(const std::string& nip) { return Sha256Hex("demo-sign:" + nip)[0] < 'b'; }

std::vector<PledgeEvent> DemoPledgeEvents(Store& store) {
  auto agencies_of = [&store](const std::string& region) {
    AgencyFilter filter;
    filter.region_scope = region;
    std::vector<std::int64_t> ids;
    for (const Agency& a : OrFail(store.ListAgencies(filter, {0, 1000})).items) ids.push_back(a.id);
    return ids;
  };
  auto kecamatan_sites = [&store](const std::string& region) {
    std::vector<EventSite> sites;
    for (const Region& district : OrFail(store.ListRegionChildren(region))) {
      sites.push_back({"Kantor Kecamatan " + district.name, district.code});
    }
    return sites;
  };
  std::vector<PledgeEvent> out;

  PledgeEvent probolinggo;
  probolinggo.kind = EventKind::kApel;
  probolinggo.election = "pilkada-2024";
  probolinggo.title = "Apel Ikrar Bersama Netralitas Pegawai dalam Pemilukada 2024";
  probolinggo.region_code = "35.13";
  probolinggo.starts_at = kProbolinggoApel;
  probolinggo.organizer = "Pemerintah Kabupaten Probolinggo";
  probolinggo.leader = "Sekretaris Jenderal Ombudsman RI (pembina apel)";
  probolinggo.sites = {{"Halaman depan Kantor Bupati Probolinggo", "35.13"}};
  for (EventSite& site : kecamatan_sites("35.13")) probolinggo.sites.push_back(std::move(site));
  probolinggo.witnesses = {
      Person("Sekretaris Jenderal Ombudsman RI", "Saksi, pembina apel", "Ombudsman RI"),
      Person("Pj Sekretaris Daerah Kabupaten Probolinggo", "Saksi", "Pemkab Probolinggo"),
      Person("Kepala Bakesbangpol Kabupaten Probolinggo", "Komandan apel", "Bakesbangpol")};
  probolinggo.signatories = {
      Person("Inspektur Kabupaten Probolinggo", "Pembaca ikrar, penanda tangan", "Inspektorat"),
      Person("Kepala Satpol PP Kabupaten Probolinggo", "Penanda tangan", "Satpol PP"),
      Person("Kepala Dinas Kependudukan dan Pencatatan Sipil", "Penanda tangan", "Dispendukcapil"),
      Person("Camat Kraksaan", "Penanda tangan", "Kecamatan Kraksaan")};
  probolinggo.agency_ids = agencies_of("35.13");
  out.push_back(std::move(probolinggo));

  PledgeEvent pesawaran;
  pesawaran.kind = EventKind::kApel;
  pesawaran.election = "pilkada-2024";
  pesawaran.title = "Upacara Bulanan dan Ikrar Netralitas ASN Kabupaten Pesawaran";
  pesawaran.region_code = "18.09";
  pesawaran.starts_at = kPesawaranApel;
  pesawaran.organizer = "Pemerintah Kabupaten Pesawaran";
  pesawaran.leader = "Sekretaris Daerah Kabupaten Pesawaran";
  pesawaran.sites = {{"Halaman Kantor Bupati Pesawaran", "18.09"}};
  pesawaran.witnesses = {Person("Ketua KPU Kabupaten Pesawaran", "Saksi", "KPU"),
                         Person("Ketua Bawaslu Kabupaten Pesawaran", "Saksi", "Bawaslu")};
  pesawaran.signatories = {
      Person("Sekretaris Daerah Kabupaten Pesawaran", "Pemimpin ikrar", "Pemkab Pesawaran"),
      Person("Kepala perangkat daerah se-Kabupaten Pesawaran", "Penanda tangan",
             "Pemkab Pesawaran"),
      Person("Camat se-Kabupaten Pesawaran", "Penanda tangan", "Pemkab Pesawaran"),
      Person("Ketua KPU Kabupaten Pesawaran", "Penanda tangan", "KPU"),
      Person("Ketua Bawaslu Kabupaten Pesawaran", "Penanda tangan", "Bawaslu")};
  pesawaran.agency_ids = agencies_of("18.09");
  out.push_back(std::move(pesawaran));

  PledgeEvent kota;
  kota.kind = EventKind::kSosialisasi;
  kota.election = "pilkada-2024";
  kota.title = "Sosialisasi Netralitas ASN Jelang Pilkada 2024";
  kota.region_code = "35.74";
  kota.starts_at = kKotaSosialisasi;
  kota.organizer = "Bawaslu Kota Probolinggo";
  kota.topic =
      "Netralitas ASN (PNS dan PPPK) dalam Pilkada 2024 dan sanksi pidananya "
      "(UU 10/2016 Pasal 188)";
  kota.sites = {{"Kantor Wali Kota Probolinggo", "35.74"}};
  kota.speakers = {Person("Anggota Bawaslu Kota Probolinggo", "Narasumber", "Bawaslu"),
                   Person("Kepala Kejaksaan Negeri Kota Probolinggo", "Narasumber", "Kejaksaan")};
  kota.witnesses = {Person("Pj Wali Kota Probolinggo", "Hadir", "Pemkot Probolinggo"),
                    Person("Dandim 0820", "Hadir", "TNI"),
                    Person("Kapolres Probolinggo Kota", "Hadir", "Polri"),
                    Person("Sekretaris Daerah Kota Probolinggo", "Hadir", "Pemkot Probolinggo")};
  kota.agency_ids = agencies_of("35.74");
  out.push_back(std::move(kota));
  return out;
}

// The stored event with the same region, title and start, or the new one.
std::int64_t EnsureEvent(Store& store, PledgeEventService& events, const Caller& nation,
                         const PledgeEvent& event) {
  EventFilter filter;
  filter.region_scope = event.region_code;
  for (const PledgeEvent& e : OrFail(store.pledges().ListEvents(filter, {0, 500})).items) {
    if (e.title == event.title && e.starts_at == event.starts_at) return e.id;
  }
  return OrFail(events.Create(nation, event)).id;
}

struct PledgeDemoCounts {
  std::int64_t signed_count = 0;
  std::int64_t employees = 0;
};

PledgeDemoCounts LoadPledges(Store& store, const DemoArgs& args, const DemoData& data,
                             const BlobStore& blobs) {
  SystemClock system_clock;
  OrFail(LoadShippedPledgeTexts(store, args.pledge_texts, system_clock.Now()));
  const SigningKey key = LoadOrCreateSigningKey(
      args.signing_key.empty() ? DefaultSigningKeyPath(args.db) : args.signing_key);
  // Events and paper signatures are entered as the demo's national admin.
  Caller nation{0, "", Role::kAdmin, ""};
  for (const DemoAccount& account : data.accounts) {
    if (account.role == Role::kAdmin && account.region_code.empty()) {
      nation.user_id = OrFail(store.GetUserByUsername(account.username)).id;
      nation.username = account.username;
    }
  }

  std::map<std::string, std::int64_t> event_of_region;
  std::int64_t sosialisasi = 0;
  {
    PledgeEventService events(store, system_clock, blobs);
    for (const PledgeEvent& event : DemoPledgeEvents(store)) {
      const std::int64_t id = EnsureEvent(store, events, nation, event);
      if (event.kind == EventKind::kApel) {
        event_of_region[event.region_code] = id;
      } else {
        sosialisasi = id;
      }
    }
  }

  // Signers per region, and where they stood at an apel (their kecamatan's
  // site, else the regent's office).
  std::map<std::string, std::string> signers;  // region → newline-separated NIPs
  std::map<std::string, std::map<std::string, std::string>> attendance;  // region → site region
  std::string participants;  // sosialisasi: heads of agencies, camat, lurah of Kota Probolinggo
  PledgeDemoCounts counts;
  for (const DemoEmployee& demo : data.employees) {
    const Employee& e = demo.employee;
    if (!e.nip) continue;
    const std::string region = e.region_code.substr(0, 5);
    ++counts.employees;
    if (region == "35.74" && (e.position == PositionCategory::kJptPratama ||
                              e.position == PositionCategory::kKepalaWilayah)) {
      participants += *e.nip + "\n";
    }
    if (!DemoSigns(*e.nip)) continue;
    ++counts.signed_count;
    signers[region] += *e.nip + "\n";
    attendance[region][e.region_code] += *e.nip + "\n";
  }

  ManualClock clock(kProbolinggoApel);
  PledgeService pledges(store, clock, {&key, "http://127.0.0.1:8080"});
  PledgeEventService events(store, clock, blobs);
  for (const auto& [region, nips] : signers) {
    const auto apel = event_of_region.find(region);
    if (apel != event_of_region.end()) {
      // Collected on paper at the apel, entered by the operator that morning.
      const PledgeEvent event = OrFail(store.pledges().GetEvent(apel->second));
      clock.Advance(event.starts_at + 2 * 3600 - clock.Now());
      OrFail(pledges.RecordAtEvent(nation, apel->second, std::nullopt, nips));
      for (const auto& [site_region, site_nips] : attendance[region]) {
        int site = 0;
        for (std::size_t i = 0; i < event.sites.size(); ++i) {
          if (event.sites[i].region_code == site_region) site = static_cast<int>(i);
        }
        OrFail(events.RecordAttendance(nation, apel->second, site, site_nips));
      }
      continue;
    }
    // Elsewhere each signer used a one-time code in the web app over the two
    // days after the Probolinggo apel, within the codes' validity.
    const NipList list = ExtractNips(nips);
    clock.Advance(kProbolinggoApel - clock.Now());
    const CodeIssue issue = OrFail(pledges.IssueCodes(nation, list.nips));
    std::int64_t at = kProbolinggoApel + 3600;
    const std::int64_t step =
        std::max<std::int64_t>(1, 2 * 24 * 3600 / std::max<std::int64_t>(1, issue.issued.size()));
    for (const IssuedCode& code : issue.issued) {
      clock.Advance(at - clock.Now());
      at += step;
      SignRequest request;
      request.nip = code.nip;
      request.code = code.code;
      OrFail(pledges.Sign(Caller::Public(), request).status());
    }
  }
  if (sosialisasi != 0 && !participants.empty()) {
    OrFail(events.RecordAttendance(nation, sosialisasi, 0, participants));
  }
  return counts;
}

void LoadDemo(const DemoArgs& args) {
  // A bulk load: commits are not fsynced one by one; closing the store below
  // checkpoints everything to disk before the accounts are printed.
  StoreOptions bulk;
  bulk.sync_each_commit = false;
  auto store = OpenOrFail(args.db, bulk);
  SystemClock clock;

  std::cerr << "netra demo: importing regions from " << args.regions_dir << "\n";
  const auto regions = OrFail(ingest::ImportRegions(*store, args.regions_dir));
  std::cerr << "netra demo: " << regions.provinces << " provinces, " << regions.regencies
            << " regencies/cities, " << regions.districts << " districts, " << regions.villages
            << " villages\n";

  DemoOptions options;
  options.today = Today(clock);
  options.employees_per_region = args.employees_per_region;
  const DemoData data = OrFail(GenerateDemoData(options, RegionsOf(*store, options.region_codes)));
  WriteOrganisation(*store, data);
  std::cerr << "netra demo: " << data.agencies.size() << " agencies, " << data.units.size()
            << " units, " << data.employees.size() << " employees\n";

  const auto election =
      OrFail(ingest::ImportElectionFile(*store, args.lexicon, args.elections_dir));
  std::cerr << "netra demo: election with " << election.stages << " stages, " << election.contests
            << " contests, " << election.candidates << " candidate pairs\n";

  DemoData with_handlers = data;
  for (DemoAccount& extra : DemoCaseHandlers(data)) {
    with_handlers.accounts.push_back(std::move(extra));
  }
  CreateAccounts(*store, with_handlers);
  LinkDemoOfficer(*store, data);
  const auto enforcement = LoadEnforcementOrFail(args.db, args.enforcement);
  LoadDemoCases(*store, with_handlers, *enforcement);
  LoadMonitoring(*store, data, args.lexicon, clock);
  const PledgeDemoCounts pledges = LoadPledges(*store, args, data, enforcement->blobs());
  std::cerr << "netra demo: 2 pledge roll-calls, 1 socialization, " << pledges.signed_count
            << " of " << pledges.employees << " ASN signed the neutrality pledge\n";
  store.reset();
  PrintAccounts(with_handlers);
}

}  // namespace

void AddDemoCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "demo",
      "Load demo data: regions, agencies and employees of Kabupaten Probolinggo, Kota "
      "Probolinggo, Kabupaten Lumajang and Kabupaten Pesawaran, Pilkada 2024, one account per "
      "role. Safe to run again.");
  auto args = std::make_shared<DemoArgs>();
  cmd->add_option("--db", args->db, kDbHelp);
  cmd->add_option("--regions-from", args->regions_dir, "Directory of idn-area-data's CSV files")
      ->capture_default_str();
  cmd->add_option("--elections-from", args->elections_dir, "Directory of election definitions")
      ->capture_default_str();
  cmd->add_option("--lexicon", args->lexicon, "Contests and candidate pairs of the demo election")
      ->capture_default_str();
  cmd->add_option("--employees-per-region", args->employees_per_region,
                  "Employees generated for each regency/city")
      ->capture_default_str()
      ->check(CLI::Range(300, 100000));
  AddEnforcementOptions(*cmd, args->enforcement);
  cmd->add_option("--signing-key", args->signing_key,
                  "Ed25519 key file that signs the demo pledges; created (0600) when missing "
                  "(default: netra-signing.key beside the database)");
  cmd->add_option("--pledge-texts", args->pledge_texts, "Directory of the shipped pledge texts")
      ->capture_default_str();
  cmd->callback([args] { LoadDemo(*args); });
}

}  // namespace netra::cli
