-- 0005: early-warning monitoring in the server (issue 5 point 7): the lexicon
-- versions the scanner runs with, the registry of monitored accounts, the
-- social-media events received, and the alerts pengawas review.

-- Every lexicon ever used, newest = current; an alert names the version that
-- raised it, so a rescan after a change can be told apart.
CREATE TABLE monitoring_lexicons (
  version {{ID}},
  document TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  contests INTEGER NOT NULL,
  patterns INTEGER NOT NULL,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL
);

-- account_key is the handle folded to lower case: handles match case-insensitively.
CREATE TABLE monitored_accounts (
  id {{ID}},
  account_key {{KEY}} NOT NULL UNIQUE,
  account TEXT NOT NULL,
  platform TEXT NOT NULL,
  nip {{KEY}},
  name TEXT NOT NULL,
  agency TEXT NOT NULL,
  region_code {{KEY}} NOT NULL
);
CREATE INDEX monitored_accounts_region ON monitored_accounts (region_code);

-- An event is stored once per (platform, event id) however often it is sent.
-- region_code is the monitored account's region ("" when unlinked), so
-- rescans and listings stay inside a region by range.
CREATE TABLE social_events (
  id {{ID}},
  platform TEXT NOT NULL,
  event_key TEXT NOT NULL,
  account TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  target TEXT NOT NULL,
  shared_text TEXT NOT NULL,
  event_time TEXT NOT NULL,
  region_code {{KEY}} NOT NULL,
  raw_sha256 TEXT NOT NULL,
  received_by BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  UNIQUE (platform, event_key)
);
CREATE INDEX social_events_time ON social_events (event_time, id);

-- One alert per event at most: a rescan adds alerts for events that were not
-- flagged before and leaves reviewed ones alone. score is in thousandths.
CREATE TABLE monitoring_alerts (
  id {{ID}},
  event_id BIGINT NOT NULL UNIQUE REFERENCES social_events (id),
  code TEXT NOT NULL,
  region_code {{KEY}} NOT NULL,
  contest_region TEXT NOT NULL,
  candidate INTEGER NOT NULL,
  nip TEXT NOT NULL,
  score_milli INTEGER NOT NULL,
  reason TEXT NOT NULL,
  spans_json TEXT NOT NULL,
  unlinked INTEGER NOT NULL,
  interaction INTEGER NOT NULL,
  lexicon_version BIGINT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  decided_by BIGINT NOT NULL,
  decided_at BIGINT NOT NULL,
  decision_reason TEXT NOT NULL,
  finding_id BIGINT,
  evidence_sha256 TEXT NOT NULL
);
CREATE INDEX monitoring_alerts_region ON monitoring_alerts (region_code, status, id);

-- Bumped whenever the account registry is replaced, so every server process
-- knows when the scanner it holds is stale.
CREATE TABLE monitoring_state (
  name TEXT PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO monitoring_state (name, version) VALUES ('accounts', 0);
