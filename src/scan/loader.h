// Loading the scanner's inputs from files: lexicon, accounts registry and
// model, with size bounds and errors that name the file. Used by `netra scan`
// and its subcommands. Thread-safe (no shared state).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/status.h"
#include "domain/lexicon.h"
#include "scan/accounts.h"
#include "scan/linear_model.h"
#include "scan/scanner.h"

namespace netra::scan {

// Default locations when run from the repository root.
inline constexpr const char* kDevDataDir = "../shared/data/monitoring-dev";
inline constexpr const char* kDefaultModelPath = "data/scan/model.txt";

// The whole file, or kNotFound / kInvalidArgument (larger than max_bytes)
// naming the path.
Result<std::string> ReadTextFile(const std::string& path, std::size_t max_bytes);

Result<Lexicon> LoadLexicon(const std::string& path);
Result<AccountRegistry> LoadAccounts(const std::string& path);
Result<LinearModel> LoadModel(const std::string& path);
// All three, then Scanner::Create. Errors are prefixed with the file's path.
Result<std::unique_ptr<Scanner>> LoadScanner(const std::string& lexicon_path,
                                             const std::string& accounts_path,
                                             const std::string& model_path);

}  // namespace netra::scan
