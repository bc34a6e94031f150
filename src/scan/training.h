// Training and evaluation of the scanner's model on labeled events
// (labels.jsonl of ../shared/data/monitoring-dev/FORMAT.md): train a model
// from all labeled events, and k-fold cross-validation that never scores an
// event it trained on. Pure functions over in-memory data; thread-safe.
#pragma once

#include <cstdint>
#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/lexicon.h"
#include "scan/accounts.h"
#include "scan/event.h"
#include "scan/linear_model.h"

namespace netra::scan {

struct Label {
  std::string id;
  bool partisan = false;
  int candidate = 0;   // 0 when null
  std::string region;  // "" when null
  std::vector<std::string> tags;
};

// Reads labels.jsonl; errors name the line. Blank lines are skipped.
Result<std::vector<Label>> ParseLabels(std::istream& in);
// Reads all events of a JSONL stream; a malformed line is an error here
// (training data must be clean), naming the line.
Result<std::vector<Event>> ReadAllEvents(std::istream& in);

// Trains a model on the events that have a label (by id) and that the model
// decides (not textless, not flagged by interaction). Fails if no event has a
// label, or on a lexicon error.
Result<LinearModel> TrainModel(const Lexicon& lexicon, const AccountRegistry& accounts,
                               const std::vector<Event>& events, const std::vector<Label>& labels,
                               const TrainOptions& options);

struct TagRecall {
  int total = 0;
  int correct = 0;  // verdict equals the label's partisan flag
};

struct EvalReport {
  int folds = 0;
  int events = 0;
  int true_positive = 0;
  int false_positive = 0;
  int false_negative = 0;
  int true_negative = 0;
  int ballot_correct = 0;  // true positives whose ballot number and region match the label
  std::map<std::string, TagRecall> tags;
  std::vector<std::string> errors;  // "e0123 FN ..." for inspection

  double Precision() const;
  double Recall() const;
  double F1() const;
  double BallotAccuracy() const;
};

// k-fold cross-validation: events are shuffled with `options.seed` and split
// into `folds` parts; each part is scored by a model trained on the others.
Result<EvalReport> CrossValidate(const Lexicon& lexicon, const AccountRegistry& accounts,
                                 const std::vector<Event>& events, const std::vector<Label>& labels,
                                 int folds, const TrainOptions& options);

// The same cross-validation with a fastText supervised classifier (libfasttext:
// softmax, word bigrams, dim 50, 25 epochs) over Scanner::TokenStream in place
// of the linear model; interactions and candidate resolution are shared.
// Kept to compare the two scorers (docs/scanner.md); the shipped scorer is
// the linear model. Writes training files under the system temp directory.
Result<EvalReport> CrossValidateFastText(const Lexicon& lexicon, const AccountRegistry& accounts,
                                         const std::vector<Event>& events,
                                         const std::vector<Label>& labels, int folds,
                                         const TrainOptions& options);

// Writes the report as aligned text (figures, then recall per tag).
void PrintReport(const EvalReport& report, std::ostream& out);

}  // namespace netra::scan
