// AccountRegistry: the monitored accounts linked to civil servants
// (accounts.csv: account,platform,nip,name,agency,region), looked up by
// account handle, case-insensitively. Immutable after Load; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

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

  // nullptr if the account is not monitored.
  const MonitoredAccount* Find(std::string_view account) const;
  std::size_t size() const { return accounts_.size(); }
  // Calls fn(const MonitoredAccount&) for every account, in no set order.
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    for (const auto& [key, account] : accounts_) fn(account);
  }

 private:
  // Keys are lowercase; lookups fold case on the fly, so Find allocates nothing.
  struct FoldedHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const;
  };
  struct FoldedEqual {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const;
  };
  std::unordered_map<std::string, MonitoredAccount, FoldedHash, FoldedEqual> accounts_;
};

}  // namespace netra::scan
