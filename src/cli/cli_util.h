// Helpers shared by the subcommands: opening the store and reporting errors
// the same way everywhere.
#pragma once

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "core/status.h"
#include "service/enforcement_env.h"
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

// Where enforcement keeps what is not in the database (serve, demo).
struct EnforcementArgs {
  std::string blob_dir;    // default: beside a SQLite file
  std::string master_key;  // default: beside a SQLite file
  std::string data_dir = "data";
  int max_evidence_mib = 25;
};

inline void AddEnforcementOptions(CLI::App& cmd, EnforcementArgs& args) {
  cmd.add_option("--blobs", args.blob_dir,
                 "Directory of evidence files (default beside a SQLite file; required for "
                 "PostgreSQL)");
  cmd.add_option("--master-key", args.master_key,
                 "0600 file with the key that seals reporter identities, created when missing "
                 "(default beside a SQLite file; required for PostgreSQL)");
  cmd.add_option("--data", args.data_dir, "Directory of holidays/ and rules/deadlines.json")
      ->capture_default_str();
  cmd.add_option("--max-evidence-mib", args.max_evidence_mib, "Largest evidence file, in MiB")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
}

inline std::unique_ptr<EnforcementEnv> LoadEnforcementOrFail(const std::string& db,
                                                             const EnforcementArgs& args) {
  const bool postgres = db.rfind("postgres", 0) == 0;
  if (postgres && (args.blob_dir.empty() || args.master_key.empty())) {
    Fail(Status(ErrorCode::kInvalidArgument,
                "with PostgreSQL, give --blobs and --master-key (shared by every process)"));
  }
  EnforcementOptions options;
  options.data_dir = args.data_dir;
  options.blob_dir =
      args.blob_dir.empty() ? DefaultBlobDirectory(db) : std::filesystem::path(args.blob_dir);
  options.master_key_file =
      args.master_key.empty() ? DefaultMasterKeyPath(db) : std::filesystem::path(args.master_key);
  options.max_evidence_bytes = static_cast<std::size_t>(args.max_evidence_mib) << 20;
  return OrFail(EnforcementEnv::Load(options));
}

}  // namespace netra::cli
