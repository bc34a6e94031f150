#include "scan/training.h"

#include <fasttext/fasttext.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <sstream>
#include <unordered_map>

#include "scan/event_reader.h"
#include "scan/scanner.h"

namespace netra::scan {
namespace {

Status LabelError(std::size_t line, const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, "label baris " + std::to_string(line) + ": " + id,
                "labels line " + std::to_string(line) + ": " + en);
}

// Verdict and analysis of one event by a scanner.
struct Verdict {
  bool flagged = false;
  int candidate = 0;
  std::string region;
};

}  // namespace

Result<std::vector<Label>> ParseLabels(std::istream& in) {
  std::vector<Label> out;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.size() > kMaxEventLineBytes) {
      return LabelError(n, "baris terlalu panjang", "line too long");
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      return LabelError(n, "bukan objek JSON yang sah", "not a valid JSON object");
    }
    Label l;
    if (!j.contains("id") || !j["id"].is_string()) {
      return LabelError(n, "kolom 'id' wajib berupa teks", "field 'id' must be a string");
    }
    l.id = j["id"].get<std::string>();
    if (!j.contains("partisan") || !j["partisan"].is_boolean()) {
      return LabelError(n, "kolom 'partisan' wajib true/false",
                        "field 'partisan' must be true or false");
    }
    l.partisan = j["partisan"].get<bool>();
    if (j.contains("candidate") && j["candidate"].is_number_integer()) {
      l.candidate = j["candidate"].get<int>();
    }
    if (j.contains("region") && j["region"].is_string()) l.region = j["region"].get<std::string>();
    if (j.contains("tags") && j["tags"].is_array()) {
      for (const auto& t : j["tags"]) {
        if (t.is_string()) l.tags.push_back(t.get<std::string>());
      }
    }
    out.push_back(std::move(l));
  }
  return out;
}

Result<std::vector<Event>> ReadAllEvents(std::istream& in) {
  EventReader reader(in);
  std::vector<Event> out;
  Event e;
  Status error;
  while (true) {
    const auto outcome = reader.Next(e, error);
    if (outcome == EventReader::Outcome::kEnd) break;
    if (outcome == EventReader::Outcome::kSkipped) return error;
    out.push_back(e);
  }
  return out;
}

namespace {

// Features and labels of the events the model decides.
struct Dataset {
  std::vector<std::vector<std::uint32_t>> rows;
  std::vector<int> labels;
};

Result<LinearModel> TrainOn(const Scanner& featurizer, const std::vector<const Event*>& events,
                            const std::unordered_map<std::string, const Label*>& by_id,
                            const TrainOptions& options) {
  Dataset data;
  ScanScratch scratch;
  EventAnalysis a;
  for (const Event* e : events) {
    const auto it = by_id.find(e->id);
    if (it == by_id.end()) continue;
    featurizer.Analyze(*e, scratch, a);
    if (!a.scorable || a.interaction) continue;
    data.rows.push_back(a.features);
    data.labels.push_back(it->second->partisan ? 1 : 0);
  }
  if (data.rows.empty()) {
    return Status(ErrorCode::kInvalidArgument, "Tidak ada peristiwa berlabel untuk pelatihan",
                  "no labeled events to train on");
  }
  return LinearModel::Train(data.rows, data.labels, options);
}

std::unordered_map<std::string, const Label*> Index(const std::vector<Label>& labels) {
  std::unordered_map<std::string, const Label*> by_id;
  for (const Label& l : labels) by_id[l.id] = &l;
  return by_id;
}

}  // namespace

Result<LinearModel> TrainModel(const Lexicon& lexicon, const AccountRegistry& accounts,
                               const std::vector<Event>& events, const std::vector<Label>& labels,
                               const TrainOptions& options) {
  NETRA_ASSIGN_OR_RETURN(auto featurizer, Scanner::Create(lexicon, accounts, LinearModel()));
  std::vector<const Event*> all;
  for (const Event& e : events) all.push_back(&e);
  return TrainOn(*featurizer, all, Index(labels), options);
}

double EvalReport::Precision() const {
  const int d = true_positive + false_positive;
  return d == 0 ? 0 : static_cast<double>(true_positive) / d;
}
double EvalReport::Recall() const {
  const int d = true_positive + false_negative;
  return d == 0 ? 0 : static_cast<double>(true_positive) / d;
}
double EvalReport::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}
double EvalReport::BallotAccuracy() const {
  return true_positive == 0 ? 0 : static_cast<double>(ballot_correct) / true_positive;
}

namespace {

// Scores one fold's test events: true means flagged; `alert` gets the alert
// (candidate, region) when flagged.
using FoldScorer = std::function<Result<bool>(const Event&, std::optional<Alert>& alert)>;
using FoldTrainer = std::function<Result<FoldScorer>(const std::vector<const Event*>& train)>;

Result<EvalReport> CrossValidateWith(const std::vector<Event>& events,
                                     const std::vector<Label>& labels, int folds,
                                     std::uint32_t seed, const FoldTrainer& trainer) {
  if (folds < 2 || static_cast<std::size_t>(folds) > events.size()) {
    return Status(ErrorCode::kInvalidArgument, "Jumlah lipatan harus 2 sampai jumlah peristiwa",
                  "folds must be between 2 and the number of events");
  }
  const auto by_id = Index(labels);
  std::vector<std::size_t> order(events.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  EvalReport report;
  report.folds = folds;
  for (int k = 0; k < folds; ++k) {
    std::vector<const Event*> train;
    std::vector<const Event*> test;
    for (std::size_t i = 0; i < order.size(); ++i) {
      (static_cast<int>(i % static_cast<std::size_t>(folds)) == k ? test : train)
          .push_back(&events[order[i]]);
    }
    NETRA_ASSIGN_OR_RETURN(FoldScorer scorer, trainer(train));
    for (const Event* e : test) {
      const auto it = by_id.find(e->id);
      if (it == by_id.end()) continue;
      const Label& label = *it->second;
      std::optional<Alert> alert;
      NETRA_ASSIGN_OR_RETURN(const bool flagged, scorer(*e, alert));
      ++report.events;
      if (flagged && label.partisan) {
        ++report.true_positive;
        if (alert->candidate == label.candidate && alert->region == label.region) {
          ++report.ballot_correct;
        } else {
          report.errors.push_back(e->id + " BALLOT got " + std::to_string(alert->candidate) + "@" +
                                  alert->region + " want " + std::to_string(label.candidate) + "@" +
                                  label.region + " | " + e->text);
        }
      } else if (flagged) {
        ++report.false_positive;
        char score[16];
        std::snprintf(score, sizeof(score), "%.2f", alert->score);
        report.errors.push_back(e->id + " FP " + score + " | " + e->text);
      } else if (label.partisan) {
        ++report.false_negative;
        report.errors.push_back(e->id + " FN | " + e->text);
      } else {
        ++report.true_negative;
      }
      for (const std::string& tag : label.tags) {
        auto& t = report.tags[tag];
        ++t.total;
        if (flagged == label.partisan) ++t.correct;
      }
    }
  }
  return report;
}

}  // namespace

Result<EvalReport> CrossValidate(const Lexicon& lexicon, const AccountRegistry& accounts,
                                 const std::vector<Event>& events, const std::vector<Label>& labels,
                                 int folds, const TrainOptions& options) {
  const auto by_id = Index(labels);
  NETRA_ASSIGN_OR_RETURN(std::shared_ptr<Scanner> featurizer,
                         Scanner::Create(lexicon, accounts, LinearModel()));
  return CrossValidateWith(
      events, labels, folds, options.seed,
      [&](const std::vector<const Event*>& train) -> Result<FoldScorer> {
        NETRA_ASSIGN_OR_RETURN(LinearModel model, TrainOn(*featurizer, train, by_id, options));
        NETRA_ASSIGN_OR_RETURN(std::shared_ptr<Scanner> scanner,
                               Scanner::Create(lexicon, accounts, std::move(model)));
        auto scratch = std::make_shared<ScanScratch>();
        return FoldScorer(
            [scanner, scratch](const Event& e, std::optional<Alert>& alert) -> Result<bool> {
              alert = scanner->ScanEvent(e, *scratch);
              return alert.has_value();
            });
      });
}

Result<EvalReport> CrossValidateFastText(const Lexicon& lexicon, const AccountRegistry& accounts,
                                         const std::vector<Event>& events,
                                         const std::vector<Label>& labels, int folds,
                                         const TrainOptions& options) {
  const auto by_id = Index(labels);
  // A zero model scores 0.5, which meets the 0.5 threshold: BuildAlert then
  // always yields the alert, and fastText alone decides whether it stands.
  NETRA_ASSIGN_OR_RETURN(std::shared_ptr<Scanner> featurizer,
                         Scanner::Create(lexicon, accounts, LinearModel()));
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("netra-scan-fasttext-" + std::to_string(static_cast<long>(::getpid())) + ".txt");
  auto scratch = std::make_shared<ScanScratch>();
  Result<EvalReport> report = CrossValidateWith(
      events, labels, folds, options.seed,
      [&](const std::vector<const Event*>& train) -> Result<FoldScorer> {
        {
          std::ofstream out(path, std::ios::trunc);
          std::string tokens;
          EventAnalysis a;
          for (const Event* e : train) {
            const auto it = by_id.find(e->id);
            if (it == by_id.end()) continue;
            featurizer->Analyze(*e, *scratch, a);
            if (!a.scorable || a.interaction) continue;
            featurizer->TokenStream(*e, *scratch, tokens);
            out << "__label__" << (it->second->partisan ? 1 : 0) << ' ' << tokens << '\n';
          }
          if (!out) {
            return Status(ErrorCode::kInternal, "cannot write " + path.string());
          }
        }
        auto ft = std::make_shared<fasttext::FastText>();
        fasttext::Args args;
        args.input = path.string();
        args.model = fasttext::model_name::sup;
        args.loss = fasttext::loss_name::softmax;
        args.lr = 0.5;
        args.epoch = 25;
        args.wordNgrams = 2;
        args.dim = 50;
        args.minCount = 1;
        args.minn = 0;
        args.maxn = 0;
        args.bucket = 200000;
        args.thread = 1;
        args.verbose = 0;
        args.seed = static_cast<int>(options.seed);
        try {
          ft->train(args);
        } catch (const std::exception& ex) {
          return Status(ErrorCode::kInternal,
                        std::string("fastText training failed: ") + ex.what());
        }
        const double threshold = options.threshold;
        return FoldScorer([ft, featurizer, scratch, threshold](
                              const Event& e, std::optional<Alert>& alert) -> Result<bool> {
          EventAnalysis a;
          featurizer->Analyze(e, *scratch, a);
          if (a.interaction) {
            alert = featurizer->BuildAlert(e, a, *scratch);
            return true;
          }
          if (!a.scorable) return false;
          alert = featurizer->BuildAlert(e, a, *scratch);
          std::string tokens;
          featurizer->TokenStream(e, *scratch, tokens);
          std::istringstream in(tokens + "\n");
          std::vector<std::pair<fasttext::real, std::string>> predictions;
          ft->predictLine(in, predictions, 2, 0.0);
          double p = 0;
          for (const auto& [prob, label] : predictions) {
            if (label == "__label__1") p = prob;
          }
          if (alert) alert->score = p;
          return p >= threshold;
        });
      });
  std::error_code ec;
  std::filesystem::remove(path, ec);
  return report;
}

void PrintReport(const EvalReport& r, std::ostream& out) {
  char buf[256];
  std::snprintf(buf, sizeof(buf),
                "events %d, folds %d\npartisan: precision %.3f  recall %.3f  F1 %.3f  "
                "(TP %d  FP %d  FN %d  TN %d)\nballot number accuracy on true positives: %.3f "
                "(%d/%d)\n",
                r.events, r.folds, r.Precision(), r.Recall(), r.F1(), r.true_positive,
                r.false_positive, r.false_negative, r.true_negative, r.BallotAccuracy(),
                r.ballot_correct, r.true_positive);
  out << buf
      << "per tag (share of events whose verdict matches the label; recall for "
         "partisan tags, true-negative rate for hard-*/neutral/seed tags):\n";
  for (const auto& [tag, t] : r.tags) {
    std::snprintf(buf, sizeof(buf), "  %-18s %3d/%-3d  %.3f\n", tag.c_str(), t.correct, t.total,
                  t.total == 0 ? 0.0 : static_cast<double>(t.correct) / t.total);
    out << buf;
  }
}

}  // namespace netra::scan
