#include "scan/training.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
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
    NETRA_RETURN_IF_ERROR(featurizer.Analyze(*e, scratch, a));
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

Result<EvalReport> CrossValidate(const Lexicon& lexicon, const AccountRegistry& accounts,
                                 const std::vector<Event>& events, const std::vector<Label>& labels,
                                 int folds, const TrainOptions& options) {
  if (folds < 2 || static_cast<std::size_t>(folds) > events.size()) {
    return Status(ErrorCode::kInvalidArgument, "Jumlah lipatan harus 2 sampai jumlah peristiwa",
                  "folds must be between 2 and the number of events");
  }
  const auto by_id = Index(labels);
  NETRA_ASSIGN_OR_RETURN(auto featurizer, Scanner::Create(lexicon, accounts, LinearModel()));
  std::vector<std::size_t> order(events.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
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
    NETRA_ASSIGN_OR_RETURN(LinearModel model, TrainOn(*featurizer, train, by_id, options));
    NETRA_ASSIGN_OR_RETURN(auto scanner, Scanner::Create(lexicon, accounts, std::move(model)));
    ScanScratch scratch;
    for (const Event* e : test) {
      const auto it = by_id.find(e->id);
      if (it == by_id.end()) continue;
      const Label& label = *it->second;
      NETRA_ASSIGN_OR_RETURN(std::optional<Alert> alert, scanner->ScanEvent(*e, scratch));
      const bool flagged = alert.has_value();
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
