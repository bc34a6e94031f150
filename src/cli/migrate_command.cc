#include <iostream>

#include "cli/cli_util.h"
#include "cli/commands.h"

namespace netra::cli {

void AddMigrateCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("migrate", "Apply pending database migrations");
  auto db = std::make_shared<std::string>(kDefaultDb);
  auto check = std::make_shared<bool>(false);
  cmd->add_option("--db", *db, kDbHelp);
  cmd->add_flag("--check", *check,
                "Only report whether migrations are pending (exit code 3 when they are)");
  cmd->callback([db, check] {
    StoreOptions options;
    options.migrate = !*check;
    Result<std::unique_ptr<Store>> store = OpenStore(*db, options);
    if (*check && !store.ok() && store.status().code() == ErrorCode::kFailedPrecondition) {
      std::cout << store.status().message_en() << "\n";
      throw CLI::RuntimeError(3);
    }
    const int version = OrFail((*OrFail(std::move(store))).SchemaVersion());
    std::cout << "schema version " << version << " (latest " << LatestSchemaVersion() << ")\n";
  });
}

}  // namespace netra::cli
