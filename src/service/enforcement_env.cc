#include "service/enforcement_env.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

namespace netra {
namespace {

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(ErrorCode::kFailedPrecondition, "Berkas " + path.string() + " tidak dapat dibaca",
                  "cannot read " + path.string());
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

Result<std::unique_ptr<EnforcementEnv>> EnforcementEnv::Load(const EnforcementOptions& options) {
  if (options.blob_dir.empty() || options.master_key_file.empty()) {
    return Status(ErrorCode::kInvalidArgument,
                  "Direktori bukti dan berkas kunci induk wajib ditentukan",
                  "The evidence directory and the master key file must be given");
  }
  const std::filesystem::path holidays_dir = options.data_dir / "holidays";
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(holidays_dir, ec)) {
    if (entry.path().extension() == ".csv") files.push_back(entry.path());
  }
  if (ec || files.empty()) {
    return Status(ErrorCode::kFailedPrecondition,
                  "Tidak ada berkas hari libur di " + holidays_dir.string(),
                  "no holiday files in " + holidays_dir.string());
  }
  std::sort(files.begin(), files.end());
  std::vector<Holiday> holidays;
  for (const auto& file : files) {
    NETRA_ASSIGN_OR_RETURN(std::string text, ReadFile(file));
    NETRA_ASSIGN_OR_RETURN(std::vector<Holiday> rows, ParseHolidayCsv(text, file.string()));
    holidays.insert(holidays.end(), rows.begin(), rows.end());
  }
  NETRA_ASSIGN_OR_RETURN(Calendar calendar, Calendar::Create(std::move(holidays)));
  const std::filesystem::path rules_file = options.data_dir / "rules" / "deadlines.json";
  NETRA_ASSIGN_OR_RETURN(std::string rules_text, ReadFile(rules_file));
  NETRA_ASSIGN_OR_RETURN(DeadlineRules rules,
                         DeadlineRules::Parse(rules_text, rules_file.string()));
  NETRA_ASSIGN_OR_RETURN(DuplicateRule duplicates, LoadShippedDuplicateRule());
  NETRA_ASSIGN_OR_RETURN(BlobStore blobs, BlobStore::Open(options.blob_dir));
  NETRA_ASSIGN_OR_RETURN(IdentityVault vault, IdentityVault::Open(options.master_key_file));
  return std::unique_ptr<EnforcementEnv>(new EnforcementEnv(options, std::move(calendar),
                                                            std::move(rules), std::move(duplicates),
                                                            std::move(blobs), std::move(vault)));
}

}  // namespace netra
