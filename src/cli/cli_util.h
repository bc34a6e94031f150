// Helpers shared by the subcommands: opening the store and reporting errors
// the same way everywhere.
#pragma once

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "core/status.h"
#include "store/store.h"

namespace netra::cli {

// Prints "netra: <Indonesian message>" and the English one on the next line
// to stderr, and ends the command with exit code 1.
[[noreturn]] inline void Fail(const Status& status) {
  std::cerr << "netra: " << status.message_id() << "\n  " << status.message_en() << "\n";
  throw CLI::RuntimeError(1);
}

template <typename T>
T OrFail(Result<T> result) {
  if (!result.ok()) Fail(result.status());
  return std::move(result).value();
}

inline void OrFail(const Status& status) {
  if (!status.ok()) Fail(status);
}

inline std::unique_ptr<Store> OpenOrFail(const std::string& db, StoreOptions options = {}) {
  return OrFail(OpenStore(db, options));
}

}  // namespace netra::cli
