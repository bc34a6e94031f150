// EnforcementEnv: what the enforcement use cases need besides the Store and
// the Clock, loaded once at start-up: the holiday calendar and deadline rules
// (data/), the evidence blob directory, the identity vault (master key file)
// and the limits. Immutable after Load; safe to share between threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>

#include "core/status.h"
#include "domain/deadline_rules.h"
#include "domain/duplicate_reports.h"
#include "domain/working_days.h"
#include "service/identity_vault.h"
#include "store/blob_store.h"

namespace netra {

struct EnforcementOptions {
  std::filesystem::path data_dir = "data";     // holidays/*.csv and rules/deadlines.json
  std::filesystem::path blob_dir;              // evidence files (required)
  std::filesystem::path master_key_file;       // sealing master key (required; created if missing)
  std::size_t max_evidence_bytes = 25u << 20;  // per file
  int max_evidence_per_report = 10;            // files a reporter may attach
  int flag_after_days = 3;                     // days after the PPK reminder before BKN is alerted
  int max_receipt_failures = 20;               // wrong receipt codes per address per window
  int max_reports_per_address = 30;            // reports filed per address per window
  std::int64_t throttle_window_seconds = 15 * 60;
};

class EnforcementEnv {
 public:
  // Fails naming the file that is missing or malformed.
  static Result<std::unique_ptr<EnforcementEnv>> Load(const EnforcementOptions& options);

  const EnforcementOptions& options() const { return options_; }
  const Calendar& calendar() const { return calendar_; }
  const DeadlineRules& rules() const { return rules_; }
  // The duplicate rule compiled in from data/rules/duplicates.json (its window).
  const DuplicateRule& duplicates() const { return duplicates_; }
  const BlobStore& blobs() const { return blobs_; }
  const IdentityVault& vault() const { return vault_; }

 private:
  EnforcementEnv(EnforcementOptions options, Calendar calendar, DeadlineRules rules,
                 DuplicateRule duplicates, BlobStore blobs, IdentityVault vault)
      : options_(std::move(options)),
        calendar_(std::move(calendar)),
        rules_(std::move(rules)),
        duplicates_(std::move(duplicates)),
        blobs_(std::move(blobs)),
        vault_(std::move(vault)) {}

  EnforcementOptions options_;
  Calendar calendar_;
  DeadlineRules rules_;
  DuplicateRule duplicates_;
  BlobStore blobs_;
  IdentityVault vault_;
};

}  // namespace netra
