// `netra scan`: the early-warning scanner from the command line.
//   netra scan [--lexicon L] [--accounts A] [--model M] EVENTS...   alerts JSONL on stdout
//   netra scan train --lexicon L --events E --labels LB --out MODEL
//   netra scan eval  --lexicon L --accounts A --events E --labels LB [--folds 5]
#include <cctype>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "domain/lexicon.h"
#include "domain/pledge_text.h"
#include "scan/loader.h"
#include "scan/runner.h"
#include "scan/training.h"
#include "service/clock.h"
#include "service/event_scan_service.h"

namespace netra::cli {
namespace {

struct ScanOptions {
  std::string lexicon = std::string(scan::kDevDataDir) + "/lexicon.json";
  std::string accounts = std::string(scan::kDevDataDir) + "/accounts.csv";
  std::string events = std::string(scan::kDevDataDir) + "/events.jsonl";
  std::string labels = std::string(scan::kDevDataDir) + "/labels.jsonl";
  std::string model = scan::kDefaultModelPath;
  std::string out = scan::kDefaultModelPath;
  std::vector<std::string> inputs;
  int folds = 5;
  bool show_errors = false;
  std::string scorer = "linear";
  std::string since;  // with a database: rescan stored events from this date
  std::string db = kDefaultDb;
  scan::TrainOptions train;
};

std::vector<scan::Event> ReadEventsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    Fail(Status(ErrorCode::kNotFound, "Berkas tidak dapat dibuka: " + path,
                "cannot open file: " + path));
  Result<std::vector<scan::Event>> events = scan::ReadAllEvents(in);
  if (!events.ok()) {
    Fail(Status(events.status().code(), path + ": " + events.status().message_id(),
                path + ": " + events.status().message_en()));
  }
  return std::move(events).value();
}

std::vector<scan::Label> ReadLabelsFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    Fail(Status(ErrorCode::kNotFound, "Berkas tidak dapat dibuka: " + path,
                "cannot open file: " + path));
  Result<std::vector<scan::Label>> labels = scan::ParseLabels(in);
  if (!labels.ok()) {
    Fail(Status(labels.status().code(), path + ": " + labels.status().message_id(),
                path + ": " + labels.status().message_en()));
  }
  return std::move(labels).value();
}

void RunScanCommand(const ScanOptions& o) {
  std::unique_ptr<scan::Scanner> scanner =
      OrFail(scan::LoadScanner(o.lexicon, o.accounts, o.model));
  std::vector<std::string> inputs = o.inputs;
  if (inputs.empty()) inputs.push_back("-");
  scan::RunSummary summary;
  for (const std::string& path : inputs) {
    Status s;
    if (path == "-") {
      s = scan::RunScan(*scanner, std::cin, "-", std::cout, std::cerr, summary);
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        Fail(Status(ErrorCode::kNotFound, "Berkas tidak dapat dibuka: " + path,
                    "cannot open file: " + path));
      }
      s = scan::RunScan(*scanner, in, path, std::cout, std::cerr, summary);
    }
    if (!s.ok()) Fail(s);
  }
  std::cout.flush();
  scan::PrintSummary(summary, std::cerr);
}

// `netra scan --since DATE`: the stored events from DATE on, scanned again with
// the database's current lexicon — or with --lexicon FILE, first published as
// a new version — adding alerts for events not flagged before.
void RunRescan(const ScanOptions& o, bool lexicon_given) {
  if (o.since.size() < 10 || o.since[4] != '-' || o.since[7] != '-' ||
      !std::isdigit(static_cast<unsigned char>(o.since[0]))) {
    Fail(Status(ErrorCode::kInvalidArgument,
                "--since harus tanggal ISO, mis. 2024-10-01 atau 2024-10-01T00:00:00+07:00",
                "--since must be an ISO date, e.g. 2024-10-01 or 2024-10-01T00:00:00+07:00"));
  }
  auto store = OpenOrFail(o.db);
  SystemClock clock;
  EventScanOptions options;
  options.model_path = o.model;
  EventScanService scanning(*store, clock, options);
  const Caller system{0, "netra-cli", Role::kAdmin, ""};
  if (lexicon_given) {
    std::string json = OrFail(scan::ReadTextFile(o.lexicon, kMaxLexiconBytes));
    Result<LexiconVersion> current = scanning.CurrentLexicon(system);
    if (!current.ok() || current->sha256 != Sha256Hex(json)) {
      const LexiconVersion published = OrFail(scanning.PublishLexicon(system, std::move(json)));
      std::cerr << "leksikon versi / lexicon version " << published.version << " ("
                << published.contests << " contests, " << published.patterns << " patterns)\n";
    }
  }
  const RescanReport report = OrFail(scanning.Rescan(o.since));
  std::cout << "events " << report.events << ", alerts added " << report.alerts_added
            << ", lexicon version " << report.lexicon_version << "\n";
}

void RunTrain(const ScanOptions& o) {
  const Lexicon lexicon = OrFail(scan::LoadLexicon(o.lexicon));
  const scan::AccountRegistry accounts = OrFail(scan::LoadAccounts(o.accounts));
  const std::vector<scan::Event> events = ReadEventsFile(o.events);
  const std::vector<scan::Label> labels = ReadLabelsFile(o.labels);
  const scan::LinearModel model =
      OrFail(scan::TrainModel(lexicon, accounts, events, labels, o.train));
  std::ofstream out(o.out, std::ios::binary | std::ios::trunc);
  out << model.Serialize();
  out.close();
  if (!out) {
    Fail(Status(ErrorCode::kInternal, "Gagal menulis model ke " + o.out,
                "failed to write the model to " + o.out));
  }
  std::cerr << "model ditulis ke / model written to " << o.out << " (" << events.size()
            << " events, " << labels.size() << " labels)\n";
}

void RunEval(const ScanOptions& o) {
  const Lexicon lexicon = OrFail(scan::LoadLexicon(o.lexicon));
  const scan::AccountRegistry accounts = OrFail(scan::LoadAccounts(o.accounts));
  const std::vector<scan::Event> events = ReadEventsFile(o.events);
  const std::vector<scan::Label> labels = ReadLabelsFile(o.labels);
  const scan::EvalReport report =
      OrFail(o.scorer == "fasttext"
                 ? scan::CrossValidateFastText(lexicon, accounts, events, labels, o.folds, o.train)
                 : scan::CrossValidate(lexicon, accounts, events, labels, o.folds, o.train));
  std::cout << "scorer: " << o.scorer << "\n";
  scan::PrintReport(report, std::cout);
  if (o.show_errors) {
    for (const std::string& e : report.errors) std::cout << "  " << e << "\n";
  }
}

}  // namespace

void AddScanCommand(CLI::App& app) {
  auto opts = std::make_shared<ScanOptions>();
  CLI::App* scan = app.add_subcommand(
      "scan",
      "Scan social-media events (JSONL) for ASN neutrality breaches; alerts JSONL on stdout");
  scan->add_option("--lexicon", opts->lexicon, "Candidate lexicon JSON")->capture_default_str();
  scan->add_option("--accounts", opts->accounts, "Monitored accounts CSV")->capture_default_str();
  scan->add_option("--model", opts->model, "Scorer model file")->capture_default_str();
  scan->add_option("events", opts->inputs, "Event JSONL files, or - for standard input");
  CLI::Option* since = scan->add_option(
      "--since", opts->since,
      "Rescan the events stored in --db from this date (after the lexicon changed)");
  scan->add_option("--db", opts->db, std::string(kDbHelp) + " (with --since)")
      ->capture_default_str();
  scan->require_subcommand(0, 1);

  CLI::App* train = scan->add_subcommand("train", "Rebuild the scorer model from labeled events");
  train->add_option("--lexicon", opts->lexicon, "Candidate lexicon JSON")->capture_default_str();
  train->add_option("--accounts", opts->accounts, "Monitored accounts CSV")->capture_default_str();
  train->add_option("--events", opts->events, "Events JSONL")->capture_default_str();
  train->add_option("--labels", opts->labels, "Labels JSONL")->capture_default_str();
  train->add_option("--out", opts->out, "Where to write the model")->capture_default_str();
  train->callback([opts] { RunTrain(*opts); });

  CLI::App* eval = scan->add_subcommand(
      "eval", "k-fold cross-validated precision, recall, F1, ballot accuracy, recall per tag");
  eval->add_option("--lexicon", opts->lexicon, "Candidate lexicon JSON")->capture_default_str();
  eval->add_option("--accounts", opts->accounts, "Monitored accounts CSV")->capture_default_str();
  eval->add_option("--events", opts->events, "Events JSONL")->capture_default_str();
  eval->add_option("--labels", opts->labels, "Labels JSONL")->capture_default_str();
  eval->add_option("--folds", opts->folds, "Number of folds")
      ->capture_default_str()
      ->check(CLI::Range(2, 100));
  eval->add_option("--scorer", opts->scorer, "linear (shipped) or fasttext (for comparison)")
      ->capture_default_str()
      ->check(CLI::IsMember({"linear", "fasttext"}));
  eval->add_flag("--errors", opts->show_errors, "Also list every misclassified event");
  for (CLI::App* sub : {train, eval}) {
    sub->add_option("--epochs", opts->train.epochs, "Training passes")
        ->capture_default_str()
        ->check(CLI::Range(1, 1000));
    sub->add_option("--learning-rate", opts->train.learning_rate, "AdaGrad base rate")
        ->capture_default_str()
        ->check(CLI::Range(1e-6, 10.0));
    sub->add_option("--l2", opts->train.l2, "L2 weight decay")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    sub->add_option("--seed", opts->train.seed, "Shuffle seed")->capture_default_str();
  }
  eval->callback([opts] { RunEval(*opts); });

  CLI::Option* lexicon = scan->get_option("--lexicon");
  scan->callback([scan, opts, since, lexicon] {
    if (!scan->get_subcommands().empty()) return;
    if (since->count() > 0) {
      if (!opts->inputs.empty()) {
        Fail(Status(ErrorCode::kInvalidArgument,
                    "--since memindai ulang basis data; jangan beri berkas peristiwa",
                    "--since rescans the database; give no event files"));
      }
      RunRescan(*opts, lexicon->count() > 0);
      return;
    }
    RunScanCommand(*opts);
  });
}

}  // namespace netra::cli
