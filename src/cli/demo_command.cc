#include <ctime>
#include <iomanip>
#include <iostream>
#include <map>

#include "cli/cli_util.h"
#include "cli/commands.h"
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
#include "service/report_service.h"
#include "service/user_service.h"
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
      OrFail(cases.Move(caller(c.region_code, role), case_id, step.to, step.fields, ""));
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
  const auto enforcement = LoadEnforcementOrFail(args.db, args.enforcement);
  LoadDemoCases(*store, with_handlers, *enforcement);
  LoadMonitoring(*store, data, args.lexicon, clock);
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
  cmd->callback([args] { LoadDemo(*args); });
}

}  // namespace netra::cli
