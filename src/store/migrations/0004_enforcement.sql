-- 0004: enforcement (issue 4): public reports, findings, cases and their
-- workflow history, clarification hearings, evidence, questions to reporters,
-- per-region sealing keys and the hash-chained audit log.
--
-- Reporter identities are never stored in clear: `reports.sealed_identity`
-- is a libsodium sealed box to the region's public key, whose secret key is
-- kept only encrypted under the instance master key (a file outside the
-- database). Receipt codes are stored as their BLAKE2b hash only.

CREATE TABLE cases (
  id {{ID}},
  origin TEXT NOT NULL,                 -- 'report' | 'finding'
  region_code {{KEY}} NOT NULL,         -- regency/city (or province) whose Bawaslu handles it
  election_kind TEXT NOT NULL,          -- 'pilkada' | 'pemilu'
  status TEXT NOT NULL,                 -- domain/case_workflow.h CaseStatusCode
  subject_employee_id BIGINT REFERENCES employees (id),
  subject_name TEXT NOT NULL,
  subject_agency TEXT NOT NULL,
  subject_nip TEXT NOT NULL,            -- '' when unknown
  summary TEXT NOT NULL,
  act_date TEXT NOT NULL,               -- YYYY-MM-DD, local date of the act
  act_place TEXT NOT NULL,
  violation_codes TEXT NOT NULL,        -- JSON array of catalog codes
  late INTEGER NOT NULL,                -- first report came after the reporting window
  received_at BIGINT NOT NULL,
  status_since BIGINT NOT NULL,
  deadline_at BIGINT,                   -- end of the running step's legal deadline
  deadline_rule TEXT NOT NULL,          -- data/rules/deadlines.json id, '' when none
  escalation_level INTEGER NOT NULL,    -- 0 none, 1 PPK reminded, 2 flagged to BKN
  escalated_at BIGINT NOT NULL,
  created_by BIGINT NOT NULL            -- user id; 0 for a public report
);
-- The inbox: a region's cases, earliest deadline first.
CREATE INDEX cases_region ON cases (region_code, deadline_at);
-- Duplicate reports about one employee.
CREATE INDEX cases_subject ON cases (subject_employee_id, act_date);
-- The escalation pass: overdue cases in one status.
CREATE INDEX cases_status_deadline ON cases (status, deadline_at);

CREATE TABLE region_keys (
  region_code {{KEY}} PRIMARY KEY,
  public_key TEXT NOT NULL,             -- hex, crypto_box
  sealed_secret_key TEXT NOT NULL,      -- hex nonce || secretbox(secret key) under the master key
  created_at BIGINT NOT NULL
);

CREATE TABLE reports (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  region_code {{KEY}} NOT NULL,
  anonymous INTEGER NOT NULL,
  sealed_identity TEXT NOT NULL,        -- hex crypto_box_seal; '' when anonymous
  receipt_hash TEXT NOT NULL UNIQUE,    -- BLAKE2b of the receipt code
  subject_name TEXT NOT NULL,
  subject_agency TEXT NOT NULL,
  subject_nip TEXT NOT NULL,
  description TEXT NOT NULL,
  act_date TEXT NOT NULL,
  known_date TEXT NOT NULL,             -- when the reporter learned of the act
  act_place TEXT NOT NULL,
  witnesses TEXT NOT NULL,              -- JSON array of {name, contact}
  late INTEGER NOT NULL,
  received_at BIGINT NOT NULL
);
CREATE INDEX reports_case ON reports (case_id);

CREATE TABLE case_transitions (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  actor_user_id BIGINT NOT NULL,
  actor_role TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  at BIGINT NOT NULL,
  fields TEXT NOT NULL,                 -- JSON object of the move's fields
  reason TEXT NOT NULL,
  deadline_at BIGINT,
  deadline_rule TEXT NOT NULL
);
CREATE INDEX case_transitions_case ON case_transitions (case_id, id);

CREATE TABLE hearings (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  held_at BIGINT NOT NULL,
  place TEXT NOT NULL,
  heard TEXT NOT NULL,                  -- JSON array of {name, capacity, statement}
  recorded_by BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX hearings_case ON hearings (case_id, held_at);

CREATE TABLE evidence (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  report_id BIGINT REFERENCES reports (id),
  hearing_id BIGINT REFERENCES hearings (id),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,             -- as sniffed from the content
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,                 -- the original blob: the evidence itself
  public_sha256 TEXT NOT NULL,          -- the copy shown to others, location metadata stripped
  uploaded_by BIGINT NOT NULL,          -- 0 for the reporter
  uploaded_at BIGINT NOT NULL
);
CREATE INDEX evidence_case ON evidence (case_id, id);

CREATE TABLE case_questions (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  report_id BIGINT NOT NULL REFERENCES reports (id),
  question TEXT NOT NULL,
  asked_by BIGINT NOT NULL,
  asked_at BIGINT NOT NULL,
  answer TEXT,
  answered_at BIGINT NOT NULL
);
CREATE INDEX case_questions_report ON case_questions (report_id, id);
CREATE INDEX case_questions_case ON case_questions (case_id, id);

-- The audit chain. Each row's hash is BLAKE2b over the previous row's hash and
-- the row's canonical bytes (store/audit_hash.h); seq is gapless from 1.
-- audit_head holds the newest seq and hash: appending updates it first, which
-- on PostgreSQL locks the row so concurrent appenders queue, and it lets
-- `netra audit verify` notice rows deleted from the end.
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor_user_id BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  region_code {{KEY}} NOT NULL,
  case_id BIGINT,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_region ON audit_log (region_code, seq);
CREATE INDEX audit_log_case ON audit_log (case_id, seq);

CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
