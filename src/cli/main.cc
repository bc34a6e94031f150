#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"Netra: oversight of civil-servant (ASN) neutrality in elections"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "netra 0.1.0");
  netra::cli::AddServeCommand(app);
  netra::cli::AddMigrateCommand(app);
  netra::cli::AddImportCommand(app);
  netra::cli::AddUserCommand(app);
  netra::cli::AddDemoCommand(app);
  netra::cli::AddScanCommand(app);
  netra::cli::AddAuditCommand(app);
  netra::cli::AddPledgeCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}
