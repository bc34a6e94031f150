// `netra pledge key` prints the instance's public key; `netra pledge verify`
// checks a certificate PDF or number offline against the public key(s).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/pledge_setup.h"
#include "docs/certificate_pdf.h"
#include "store/pledge_store.h"

namespace netra::cli {
namespace {

struct PledgeArgs {
  std::string db = kDefaultDb;
  std::string signing_key;
  std::string public_key;
  std::string target;
};

std::string KeyPath(const PledgeArgs& args) {
  return args.signing_key.empty() ? DefaultSigningKeyPath(args.db) : args.signing_key;
}

bool HaveDatabase(const std::string& db) {
  return db.starts_with("postgres") || std::filesystem::exists(db);
}

// The keys to try: --public-key, else every key the database has seen, else
// the key file's public half.
std::vector<PledgePublicKey> KeysToTry(const PledgeArgs& args, Store* store) {
  std::vector<PledgePublicKey> keys;
  if (!args.public_key.empty()) {
    keys.push_back(OrFail(ParsePublicKeyBase64(args.public_key)));
    return keys;
  }
  if (store != nullptr) {
    for (const PledgeKeyRow& row : OrFail(store->pledges().ListKeys())) {
      keys.push_back(OrFail(ParsePublicKeyBase64(row.public_key)));
    }
  }
  if (keys.empty()) {
    Result<SigningKey> key = LoadSigningKeyFile(KeyPath(args));
    if (key.ok()) keys.push_back(key->public_key());
  }
  if (keys.empty()) {
    std::cerr << "netra: no public key to verify with: pass --public-key, or --db with a database "
                 "that has signed pledges\n";
    throw CLI::RuntimeError(2);
  }
  return keys;
}

[[noreturn]] void Reject(const std::string& why) {
  std::cout << "INVALID: " << why << "\n";
  throw CLI::RuntimeError(1);
}

void Verify(const PledgeArgs& args) {
  std::unique_ptr<Store> store;
  if (HaveDatabase(args.db)) {
    StoreOptions options;
    options.migrate = false;
    store = OpenOrFail(args.db, options);
  }
  const std::vector<PledgePublicKey> keys = KeysToTry(args, store.get());
  std::string canonical;
  std::string signature;
  if (std::filesystem::is_regular_file(args.target)) {
    std::ifstream in(args.target, std::ios::binary);
    const std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Result<EmbeddedPledge> embedded = ExtractEmbeddedPledge(pdf);
    if (!embedded.ok()) Reject(embedded.status().message_en());
    canonical = embedded->canonical;
    signature = embedded->signature;
  } else {
    if (!store) {
      std::cerr << "netra: " << args.target
                << " is not a file; checking a certificate number needs --db\n";
      throw CLI::RuntimeError(2);
    }
    Result<PledgeSignatureRow> row = store->pledges().GetSignatureByNumber(args.target);
    if (!row.ok()) Reject("no certificate " + args.target + " in " + args.db);
    canonical = row->canonical;
    signature = row->signature;
  }
  bool verified = false;
  for (const PledgePublicKey& key : keys) {
    if (VerifyCanonicalPledge(canonical, signature, key).ok()) verified = true;
  }
  if (!verified) Reject("the signature does not match the record (altered, or another key)");
  const PledgeRecord record = OrFail(ParseCanonicalPledgeRecord(canonical));
  const std::string number = OrFail(PledgeCertificateNumber(record));
  std::string title = "text " + record.text_hash;
  std::string status = "valid";
  if (store) {
    bool published = false;
    for (const StoredPledgeText& text : OrFail(store->pledges().ListTexts())) {
      if (text.text.text_hash == record.text_hash) {
        published = true;
        title = text.text.title + " (" + text.text.election + " v" +
                std::to_string(text.text.version) + ")";
      }
    }
    if (!published) Reject("the signed text is not a text published in " + args.db);
    Result<PledgeSignatureRow> row = store->pledges().GetSignatureByNumber(number);
    if (!row.ok() || row->canonical != canonical) {
      Reject("certificate " + number + " is not recorded in " + args.db);
    }
    if (row->revoked_at) status = "revoked";
  }
  if (status == "revoked") {
    std::cout << "REVOKED: " << number << "\n";
    throw CLI::RuntimeError(1);
  }
  std::cout << "VALID: " << number << "\n"
            << "  name:      " << record.name << "\n"
            << "  NIP:       " << record.nip << "\n"
            << "  agency:    " << record.agency << "\n"
            << "  signed at: " << FormatIndonesianDateTime(record.signed_at, TimeZone::kWib) << "\n"
            << "  text:      " << title << "\n"
            << "  method:    " << PledgeMethodName(record.method) << "\n";
}

}  // namespace

void AddPledgeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("pledge", "Pledge certificates: the public key, verification");
  cmd->require_subcommand(1);
  auto args = std::make_shared<PledgeArgs>();

  auto* key = cmd->add_subcommand("key", "Print the public key that signs pledge certificates");
  key->add_option("--db", args->db, kDbHelp);
  key->add_option("--signing-key", args->signing_key,
                  "The signing key file (default: netra-signing.key beside the database)");
  key->callback([args] {
    const SigningKey loaded = OrFail(LoadSigningKeyFile(KeyPath(*args)));
    std::cout << PublicKeyBase64(loaded.public_key()) << "\n";
  });

  auto* verify = cmd->add_subcommand(
      "verify",
      "Check a certificate (PDF file or certificate number) offline; exit 0 when valid, 1 when "
      "rejected or revoked");
  verify->add_option("target", args->target, "Certificate PDF file, or NETRA-XXXX-XXXX-XXXX")
      ->required();
  verify->add_option("--public-key", args->public_key, "Base64 Ed25519 public key to trust");
  verify->add_option("--db", args->db,
                     "Database with the published texts, keys and signatures (used when it "
                     "exists; default var/netra.db)");
  verify->add_option("--signing-key", args->signing_key,
                     "Key file whose public half to trust when the database has none");
  verify->callback([args] { Verify(*args); });
}

}  // namespace netra::cli
