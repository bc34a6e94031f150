#include <ctime>
#include <iomanip>
#include <iostream>
#include <map>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "demo/demo_data.h"
#include "demo/demo_monitoring.h"
#include "domain/lexicon.h"
#include "domain/pledge_text.h"
#include "ingest/election_import.h"
#include "ingest/region_import.h"
#include "scan/loader.h"
#include "service/clock.h"
#include "service/event_scan_service.h"
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

  CreateAccounts(*store, data);
  LoadMonitoring(*store, data, args.lexicon, clock);
  store.reset();
  PrintAccounts(data);
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
  cmd->callback([args] { LoadDemo(*args); });
}

}  // namespace netra::cli
