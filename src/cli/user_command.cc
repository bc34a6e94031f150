#include <iomanip>
#include <iostream>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "service/clock.h"
#include "service/user_service.h"

namespace netra::cli {
namespace {

struct UserArgs {
  std::string db = kDefaultDb;
  std::string username;
  std::string display_name;
  std::string role;
  std::string region;
  std::string nip;
  bool password_stdin = false;
};

std::string ReadPassword(bool from_stdin) {
  if (!from_stdin) {
    std::cerr << "netra: pass the password on standard input with --password-stdin\n";
    throw CLI::RuntimeError(2);
  }
  std::string password;
  std::getline(std::cin, password);
  return password;
}

void AddUser(const UserArgs& args) {
  const std::optional<Role> role = ParseRole(args.role);
  if (!role) {
    std::cerr << "netra: unknown role '" << args.role
              << "' (asn, operator_instansi, pengawas, penilai, ppk, auditor, admin)\n";
    throw CLI::RuntimeError(2);
  }
  auto store = OpenOrFail(args.db);
  SystemClock clock;
  UserService users(*store, clock);
  NewUser request{
      args.username, args.display_name, *role, args.region, ReadPassword(args.password_stdin),
      args.nip};
  const User user = OrFail(users.CreateUnchecked(request));
  std::cout << "created user " << user.username << " (id " << user.id << ", " << RoleName(user.role)
            << ", region " << (user.region_code.empty() ? "nasional" : user.region_code) << ")\n";
}

void SetDisabled(const std::string& db, const std::string& username, bool disabled) {
  auto store = OpenOrFail(db);
  const User user = OrFail(store->GetUserByUsername(username));
  OrFail(store->SetUserDisabled(user.id, disabled));
  if (disabled) OrFail(store->RevokeUserSessions(user.id));
  std::cout << (disabled ? "disabled " : "enabled ") << username << "\n";
}

// Links an account to an employee by NIP, as an admin of the nation would;
// an empty NIP unlinks it.
void LinkEmployee(const UserArgs& args) {
  auto store = OpenOrFail(args.db);
  SystemClock clock;
  UserService users(*store, clock);
  const User user = OrFail(store->GetUserByUsername(args.username));
  const Caller nation{0, "netra-cli", Role::kAdmin, ""};
  const User linked = OrFail(users.SetEmployee(nation, user.id, args.nip));
  if (linked.employee_nip) {
    std::cout << "linked " << linked.username << " to employee " << *linked.employee_nip << "\n";
  } else {
    std::cout << "unlinked " << linked.username << " from its employee\n";
  }
}

}  // namespace

void AddUserCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("user", "Manage staff accounts");
  cmd->require_subcommand(1);
  auto args = std::make_shared<UserArgs>();

  auto* add = cmd->add_subcommand("add", "Create an account; the password is read from stdin");
  add->add_option("--db", args->db, kDbHelp);
  add->add_option("--username", args->username, "Login name: a-z 0-9 . _ -")->required();
  add->add_option("--name", args->display_name, "Display name")->required();
  add->add_option("--role", args->role,
                  "asn, operator_instansi, pengawas, penilai, ppk, auditor or admin")
      ->required();
  add->add_option("--region", args->region,
                  "Region scope: \"\" nation, 35 province, 35.13 regency/city");
  add->add_option("--nip", args->nip,
                  "The employee this account is (an ASN's own NIP, or a seconded officer's)");
  add->add_flag("--password-stdin", args->password_stdin, "Read the password from stdin");
  add->callback([args] { AddUser(*args); });

  auto* link = cmd->add_subcommand(
      "link", "Link an account to an employee by NIP (--nip \"\" unlinks); any role");
  link->add_option("--db", args->db, kDbHelp);
  link->add_option("username", args->username, "Login name")->required();
  link->add_option("--nip", args->nip, "The employee's NIP or NI PPPK")->required();
  link->callback([args] { LinkEmployee(*args); });

  auto* list = cmd->add_subcommand("list", "List accounts within a region");
  list->add_option("--db", args->db, kDbHelp);
  list->add_option("--region", args->region, "Region scope (default: all)");
  list->callback([args] {
    auto store = OpenOrFail(args->db);
    for (const User& user : OrFail(store->ListUsers(args->region))) {
      std::cout << std::left << std::setw(6) << user.id << std::setw(28) << user.username
                << std::setw(20) << RoleName(user.role) << std::setw(10)
                << (user.region_code.empty() ? "-" : user.region_code)
                << (user.disabled ? "disabled  " : "active    ") << std::setw(20)
                << user.employee_nip.value_or("-") << user.display_name << "\n";
    }
  });

  for (const bool disabled : {true, false}) {
    auto* sub = cmd->add_subcommand(
        disabled ? "disable" : "enable",
        disabled ? "Disable an account and end its sessions" : "Enable a disabled account");
    auto username = std::make_shared<std::string>();
    sub->add_option("--db", args->db, kDbHelp);
    sub->add_option("username", *username, "Login name")->required();
    sub->callback([args, username, disabled] { SetDisabled(args->db, *username, disabled); });
  }
}

}  // namespace netra::cli
