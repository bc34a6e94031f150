#include <iostream>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "service/audit_service.h"

namespace netra::cli {
namespace {

struct AuditArgs {
  std::string db = kDefaultDb;
};

// Exit 0 when every link holds, 2 when one is broken (naming it), 1 on errors.
void Verify(const AuditArgs& args) {
  StoreOptions options;
  options.migrate = false;
  auto store = OpenOrFail(args.db, options);
  AuditService audit(*store);
  const AuditVerification result = OrFail(audit.Verify());
  if (result.ok()) {
    std::cout << "audit chain intact: " << result.rows << " entries\n";
    return;
  }
  std::cout << "audit chain BROKEN at entry " << *result.broken << ": " << result.problem << " ("
            << result.rows << " entries before it are intact)\n";
  throw CLI::RuntimeError(2);
}

}  // namespace

void AddAuditCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("audit", "Check the audit trail");
  cmd->require_subcommand(1);
  auto* verify = cmd->add_subcommand(
      "verify", "Recompute the audit hash chain and name the first broken link");
  auto args = std::make_shared<AuditArgs>();
  verify->add_option("--db", args->db, kDbHelp);
  verify->callback([args] { Verify(*args); });
}

}  // namespace netra::cli
