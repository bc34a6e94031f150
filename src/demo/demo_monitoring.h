// Demo early-warning data: monitored social-media accounts for some of the
// demo employees and a few weeks of their (fictional) posts and interactions
// during the Pilkada 2024 campaign, written in the style of
// ../shared/data/monitoring-dev — support coded with nicknames, slogans,
// hashtags and ballot numbers, interactions with campaign accounts, and the
// hard negatives (news, neutrality messages, get-out-the-vote, daily life).
// The server's own scanner decides which become alerts.
//
// Pure and deterministic for a seed; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/lexicon.h"
#include "store/monitoring_store.h"

namespace netra {

struct DemoPerson {
  std::string nip;
  std::string name;
  std::string agency_name;
  std::string region_code;  // regency/city "35.13"
};

struct DemoMonitoring {
  std::vector<MonitoredAccountRow> accounts;
  std::string events_jsonl;  // one event per line, events.jsonl format
  int events = 0;
};

// Accounts for up to `accounts` people whose region holds a contest of
// `lexicon`, and about `events_per_account` events each.
DemoMonitoring GenerateDemoMonitoring(const Lexicon& lexicon, const std::vector<DemoPerson>& people,
                                      int accounts, int events_per_account,
                                      std::uint64_t seed = 20241127);

}  // namespace netra
