// Subcommands of the `netra` binary. Each Add*Command registers one CLI11
// subcommand with its own options and `--help`; its callback prints errors to
// stderr and throws CLI::RuntimeError(exit_code) on failure, so main decides
// the process exit code in one place.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace netra::cli {

inline constexpr const char* kDefaultDb = "var/netra.db";
inline constexpr const char* kDbHelp =
    "Database: a SQLite file path or postgresql://user@host/db (default var/netra.db)";

void AddServeCommand(CLI::App& app);
void AddMigrateCommand(CLI::App& app);
void AddImportCommand(CLI::App& app);
void AddUserCommand(CLI::App& app);
void AddDemoCommand(CLI::App& app);
void AddScanCommand(CLI::App& app);
void AddAuditCommand(CLI::App& app);
void AddPledgeCommand(CLI::App& app);

}  // namespace netra::cli
