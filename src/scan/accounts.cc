#include "scan/accounts.h"

#include <csv.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "domain/region.h"

namespace netra::scan {
namespace {

// ASCII folding, what std::tolower does in the C locale the program runs in,
// inlined: Find hashes and compares every byte of every event's account.
char FoldAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = FoldAscii(c);
  return out;
}

struct CsvState {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> row_lines;
  std::vector<std::string> current;
  bool oversize = false;
  std::size_t line = 1;      // physical line where the current record started
  std::size_t newlines = 0;  // newlines consumed before the current record ended
};

void OnField(void* data, std::size_t len, void* ctx) {
  auto* st = static_cast<CsvState*>(ctx);
  if (len > kMaxAccountFieldBytes) st->oversize = true;
  st->current.emplace_back(static_cast<const char*>(data), std::min(len, kMaxAccountFieldBytes));
}

void OnRow(int /*terminator*/, void* ctx) {
  auto* st = static_cast<CsvState*>(ctx);
  st->rows.push_back(std::move(st->current));
  st->row_lines.push_back(st->line);
  st->current.clear();
}

Status FieldError(const std::string& where_id, const std::string& where_en,
                  const std::string& column, const std::string& id, const std::string& en) {
  return Status(ErrorCode::kInvalidArgument, where_id + ", kolom '" + column + "': " + id,
                where_en + ", column '" + column + "': " + en);
}

}  // namespace

Result<AccountRegistry> AccountRegistry::Parse(std::string_view csv) {
  if (csv.size() > kMaxAccountsCsvBytes) {
    return Status(ErrorCode::kInvalidArgument, "accounts.csv lebih dari 256 MB",
                  "accounts.csv larger than 256 MB");
  }
  csv_parser parser;
  if (csv_init(&parser, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI) != 0) {
    return Status(ErrorCode::kInternal, "libcsv initialization failed");
  }
  CsvState st;
  // Feed line by line so each record knows the line it started on.
  std::size_t pos = 0;
  while (pos < csv.size()) {
    std::size_t nl = csv.find('\n', pos);
    nl = nl == std::string_view::npos ? csv.size() : nl + 1;
    const std::size_t rows_before = st.rows.size();
    if (csv_parse(&parser, csv.data() + pos, nl - pos, OnField, OnRow, &st) != nl - pos) {
      const std::string why = csv_strerror(csv_error(&parser));
      csv_free(&parser);
      return Status(
          ErrorCode::kInvalidArgument,
          "accounts.csv baris " + std::to_string(st.line) + ": CSV rusak (" + why + ")",
          "accounts.csv line " + std::to_string(st.line) + ": malformed CSV (" + why + ")");
    }
    ++st.newlines;
    if (st.rows.size() > rows_before) st.line = st.newlines + 1;
    pos = nl;
  }
  if (csv_fini(&parser, OnField, OnRow, &st) != 0) {
    csv_free(&parser);
    return Status(
        ErrorCode::kInvalidArgument,
        "accounts.csv baris " + std::to_string(st.line) + ": CSV rusak (tanda kutip tidak ditutup)",
        "accounts.csv line " + std::to_string(st.line) + ": malformed CSV (unterminated quote)");
  }
  csv_free(&parser);
  if (st.oversize) {
    return Status(
        ErrorCode::kInvalidArgument,
        "accounts.csv: ada kolom lebih dari " + std::to_string(kMaxAccountFieldBytes) + " byte",
        "accounts.csv: a field is longer than " + std::to_string(kMaxAccountFieldBytes) + " bytes");
  }
  if (st.rows.empty()) {
    return Status(ErrorCode::kInvalidArgument, "accounts.csv kosong (tanpa baris judul)",
                  "accounts.csv is empty (no header line)");
  }
  const auto& header = st.rows[0];
  auto col = [&](std::string_view name) -> int {
    for (std::size_t i = 0; i < header.size(); ++i) {
      std::string h = Lower(header[i]);
      while (!h.empty() && (h.back() == ' ' || h.back() == '\r')) h.pop_back();
      if (h == name) return static_cast<int>(i);
    }
    return -1;
  };
  const int c_account = col("account");
  const int c_region = col("region");
  if (c_account < 0 || c_region < 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "accounts.csv baris 1: judul kolom harus memuat 'account' dan 'region'",
                  "accounts.csv line 1: the header must name columns 'account' and 'region'");
  }
  const int c_platform = col("platform");
  const int c_nip = col("nip");
  const int c_name = col("name");
  const int c_agency = col("agency");

  AccountRegistry reg;
  for (std::size_t r = 1; r < st.rows.size(); ++r) {
    const auto& row = st.rows[r];
    const std::size_t line = st.row_lines[r];
    if (row.size() == 1 && row[0].empty()) continue;
    auto get = [&](int c) -> std::string {
      return c >= 0 && static_cast<std::size_t>(c) < row.size() ? row[static_cast<std::size_t>(c)]
                                                                : std::string();
    };
    MonitoredAccount a{get(c_account), get(c_platform), get(c_nip),
                       get(c_name),    get(c_agency),   get(c_region)};
    NETRA_RETURN_IF_ERROR(reg.Add(std::move(a), "accounts.csv baris " + std::to_string(line),
                                  "accounts.csv line " + std::to_string(line)));
  }
  return reg;
}

Result<AccountRegistry> AccountRegistry::FromAccounts(std::vector<MonitoredAccount> accounts) {
  AccountRegistry reg;
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    NETRA_RETURN_IF_ERROR(reg.Add(std::move(accounts[i]), "akun ke-" + std::to_string(i + 1),
                                  "account " + std::to_string(i + 1)));
  }
  return reg;
}

Status AccountRegistry::Add(MonitoredAccount a, const std::string& where_id,
                            const std::string& where_en) {
  if (a.account.empty()) {
    return FieldError(where_id, where_en, "account", "akun kosong", "empty account");
  }
  if (a.region.empty() || !ParseRegionCode(a.region).ok()) {
    return FieldError(where_id, where_en, "region", "kode wilayah '" + a.region + "' tidak sah",
                      "invalid region code '" + a.region + "'");
  }
  if (!a.nip.empty() && (a.nip.size() != 18 || !std::all_of(a.nip.begin(), a.nip.end(), [](char c) {
                           return std::isdigit(static_cast<unsigned char>(c));
                         }))) {
    return FieldError(where_id, where_en, "nip", "NIP '" + a.nip + "' harus 18 angka",
                      "NIP '" + a.nip + "' must be 18 digits");
  }
  std::string key = Lower(a.account);
  if (!Insert(std::move(key), std::move(a))) {
    return FieldError(where_id, where_en, "account", "akun ganda", "duplicate account");
  }
  return Status::Ok();
}

std::uint64_t AccountRegistry::Hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(FoldAscii(c))) * 1099511628211ull;
  return h;
}

bool AccountRegistry::Insert(std::string key, MonitoredAccount account) {
  if (Find(key) != nullptr) return false;
  if (2 * (accounts_.size() + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(16, 2 * old.size()), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& o : old) {
      if (o.index == kEmptySlot) continue;
      std::size_t i = Hash(keys_[o.index]) & mask;
      while (slots_[i].index != kEmptySlot) i = (i + 1) & mask;
      slots_[i] = o;
    }
  }
  const std::uint64_t h = Hash(key);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i].index != kEmptySlot) i = (i + 1) & mask;
  slots_[i] =
      Slot{static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(accounts_.size())};
  accounts_.push_back(std::move(account));
  keys_.push_back(std::move(key));
  return true;
}

const MonitoredAccount* AccountRegistry::Find(std::string_view account) const {
  const std::size_t i = FindIndex(account);
  return i == kNotFound ? nullptr : &accounts_[i];
}

std::size_t AccountRegistry::FindIndex(std::string_view account) const {
  if (slots_.empty()) return kNotFound;
  const std::uint64_t h = Hash(account);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.index == kEmptySlot) return kNotFound;
    if (s.check != static_cast<std::uint32_t>(h >> 32)) continue;
    const std::string& key = keys_[s.index];
    if (key.size() == account.size() &&
        std::equal(key.begin(), key.end(), account.begin(),
                   [](char k, char c) { return k == FoldAscii(c); })) {
      return s.index;
    }
  }
}

}  // namespace netra::scan
