// AccountRegistry: the monitored accounts linked to civil servants
// (accounts.csv: account,platform,nip,name,agency,region), looked up by
// account handle, case-insensitively. Immutable after Load; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra::scan {

struct MonitoredAccount {
  std::string account;  // "@budi.santoso"
  std::string platform;
  std::string nip;
  std::string name;
  std::string agency;
  std::string region;  // "35.13"
};

inline constexpr std::size_t kMaxAccountsCsvBytes = 256u << 20;
inline constexpr std::size_t kMaxAccountFieldBytes = 512;

class AccountRegistry {
 public:
  // Parses CSV text (RFC 4180, libcsv) with a header naming at least the
  // columns account and region (nip, name, agency, platform optional, in any
  // order). Errors name the line and column: missing column, empty account,
  // bad region code, NIP not 18 digits, duplicate account, oversize field.
  static Result<AccountRegistry> Parse(std::string_view csv);
  // The same checks over accounts already split into fields (the server's
  // stored registry); errors name the account's position.
  static Result<AccountRegistry> FromAccounts(std::vector<MonitoredAccount> accounts);

  // nullptr if the account is not monitored.
  const MonitoredAccount* Find(std::string_view account) const;
  // The account's position in [0, size()) (see IndexOf), or kNotFound: for
  // callers that keep what they need per account in a flat array and so
  // never touch the MonitoredAccount on their hot path.
  static constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);
  std::size_t FindIndex(std::string_view account) const;
  // Starts loading the table slot FindIndex(account) will read first, for a
  // caller with other work to do before it asks.
  void Prefetch(std::string_view account) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Hash(account) & (slots_.size() - 1)]);
  }
  std::size_t size() const { return accounts_.size(); }
  // Position of an account of this registry in [0, size()), for callers that
  // keep per-account data in a flat array.
  std::size_t IndexOf(const MonitoredAccount& account) const {
    return static_cast<std::size_t>(&account - accounts_.data());
  }
  // Calls fn(const MonitoredAccount&) for every account, in no set order.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const MonitoredAccount& account : accounts_) fn(account);
  }

 private:
  // Open addressing with linear probing over a power-of-two table at most
  // half full: the scanner looks up every event's account, and
  // std::unordered_map cost a division and two dependent cache misses there.
  // 8 bytes, so the table of a national registry stays within L2: the
  // slot is found by the hash's low bits and checked against its high bits.
  struct Slot {
    std::uint32_t check = 0;           // hash >> 32
    std::uint32_t index = kEmptySlot;  // into accounts_ and keys_
  };
  static constexpr std::uint32_t kEmptySlot = 0xffffffffu;
  static std::uint64_t Hash(std::string_view s);  // FNV-1a over ASCII-folded bytes
  // Validates and adds one account; errors start with `where_*` (e.g. "line 3").
  Status Add(MonitoredAccount account, const std::string& where_id, const std::string& where_en);
  // Adds the account under `key` (lowercase); false if the key is taken.
  bool Insert(std::string key, MonitoredAccount account);

  std::vector<MonitoredAccount> accounts_;
  std::vector<std::string> keys_;  // lowercase, parallel to accounts_
  std::vector<Slot> slots_;
};

}  // namespace netra::scan
