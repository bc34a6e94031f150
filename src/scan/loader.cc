#include "scan/loader.h"

#include <fstream>
#include <sstream>

namespace netra::scan {
namespace {

Status InFile(const std::string& path, const Status& s) {
  return Status(s.code(), path + ": " + s.message_id(), path + ": " + s.message_en());
}

}  // namespace

Result<std::string> ReadTextFile(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status(ErrorCode::kNotFound, "Berkas tidak dapat dibuka: " + path,
                  "cannot open file: " + path);
  }
  // Read in chunks up to the bound rather than trusting the file size, so
  // pipes and /dev/stdin work too.
  std::string data;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    data.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      return Status(ErrorCode::kInvalidArgument,
                    path + ": berkas lebih dari " + std::to_string(max_bytes) + " byte",
                    path + ": file larger than " + std::to_string(max_bytes) + " bytes");
    }
  }
  if (in.bad()) {
    return Status(ErrorCode::kInternal, "Gagal membaca " + path, "failed to read " + path);
  }
  return data;
}

Result<Lexicon> LoadLexicon(const std::string& path) {
  NETRA_ASSIGN_OR_RETURN(std::string text, ReadTextFile(path, kMaxLexiconBytes));
  Result<Lexicon> lex = ParseLexicon(text);
  if (!lex.ok()) return InFile(path, lex.status());
  return lex;
}

Result<AccountRegistry> LoadAccounts(const std::string& path) {
  NETRA_ASSIGN_OR_RETURN(std::string text, ReadTextFile(path, kMaxAccountsCsvBytes));
  Result<AccountRegistry> reg = AccountRegistry::Parse(text);
  if (!reg.ok()) return InFile(path, reg.status());
  return reg;
}

Result<LinearModel> LoadModel(const std::string& path) {
  NETRA_ASSIGN_OR_RETURN(std::string text, ReadTextFile(path, 64u << 20));
  Result<LinearModel> model = LinearModel::Parse(text);
  if (!model.ok()) return InFile(path, model.status());
  return model;
}

Result<std::unique_ptr<Scanner>> LoadScanner(const std::string& lexicon_path,
                                             const std::string& accounts_path,
                                             const std::string& model_path) {
  NETRA_ASSIGN_OR_RETURN(Lexicon lexicon, LoadLexicon(lexicon_path));
  NETRA_ASSIGN_OR_RETURN(AccountRegistry accounts, LoadAccounts(accounts_path));
  NETRA_ASSIGN_OR_RETURN(LinearModel model, LoadModel(model_path));
  Result<std::unique_ptr<Scanner>> scanner =
      Scanner::Create(lexicon, std::move(accounts), std::move(model));
  if (!scanner.ok()) return InFile(lexicon_path, scanner.status());
  return scanner;
}

}  // namespace netra::scan
