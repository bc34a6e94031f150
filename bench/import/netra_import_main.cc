// netra-import: `netra import ...` alone, for the benchmark when the full
// binary is not built. Same command code (src/cli/import_command.cc).
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"netra import (benchmark build)"};
  app.require_subcommand(1);
  netra::cli::AddImportCommand(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
