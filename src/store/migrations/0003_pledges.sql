-- 0003: pledges (issue 3) — published pledge texts, the instance's public
-- keys, pledge and socialization events with their attendance and files,
-- one-time signing codes and the signatures themselves.

-- One row per published version; the body is never changed once signed.
CREATE TABLE pledge_texts (
  id {{ID}},
  election TEXT NOT NULL,
  kind TEXT NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  text_hash TEXT NOT NULL UNIQUE,
  published_by BIGINT NOT NULL,
  published_at BIGINT NOT NULL,
  UNIQUE (election, kind, version)
);

-- Every public key that ever signed here, so old certificates still verify
-- after the signing key is rotated.
CREATE TABLE pledge_keys (
  id {{ID}},
  public_key TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);

-- kind: 'apel' (pledge roll-call) or 'sosialisasi'. Lists of people and sites
-- are JSON arrays read and written whole; attendance names a site by index.
CREATE TABLE pledge_events (
  id {{ID}},
  kind TEXT NOT NULL,
  election TEXT NOT NULL,
  title TEXT NOT NULL,
  region_code {{KEY}} NOT NULL,
  starts_at BIGINT NOT NULL,
  organizer TEXT NOT NULL,
  leader TEXT NOT NULL,
  topic TEXT NOT NULL,
  sites_json TEXT NOT NULL,
  witnesses_json TEXT NOT NULL,
  signatories_json TEXT NOT NULL,
  speakers_json TEXT NOT NULL,
  agency_ids_json TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX pledge_events_region ON pledge_events (region_code, starts_at);

CREATE TABLE pledge_attendance (
  event_id BIGINT NOT NULL REFERENCES pledge_events (id),
  employee_id BIGINT NOT NULL REFERENCES employees (id),
  site INTEGER NOT NULL,
  recorded_by BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (event_id, employee_id)
);

-- Photos and materials: the bytes live in the BlobStore under their SHA-256.
CREATE TABLE pledge_attachments (
  id {{ID}},
  event_id BIGINT NOT NULL REFERENCES pledge_events (id),
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL
);
CREATE INDEX pledge_attachments_event ON pledge_attachments (event_id);

-- One-time signing codes: only a hash is kept; single use, with an expiry
-- and a count of wrong attempts.
CREATE TABLE pledge_codes (
  id {{ID}},
  employee_id BIGINT NOT NULL REFERENCES employees (id),
  code_hash TEXT NOT NULL,
  issued_by BIGINT NOT NULL,
  issued_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT,
  failures INTEGER NOT NULL
);
CREATE INDEX pledge_codes_employee ON pledge_codes (employee_id, expires_at);

-- A signature keeps the exact canonical record and Ed25519 signature, so it
-- verifies without the rows it was made from. One per (text version, employee).
CREATE TABLE pledge_signatures (
  id {{ID}},
  text_id BIGINT NOT NULL REFERENCES pledge_texts (id),
  employee_id BIGINT NOT NULL REFERENCES employees (id),
  agency_id BIGINT NOT NULL,
  unit_id BIGINT,
  region_code {{KEY}} NOT NULL,
  nip TEXT NOT NULL,
  name TEXT NOT NULL,
  agency_name TEXT NOT NULL,
  signed_at BIGINT NOT NULL,
  event_id BIGINT,
  method TEXT NOT NULL,
  operator_id BIGINT,
  canonical TEXT NOT NULL,
  signature TEXT NOT NULL,
  key_id BIGINT NOT NULL REFERENCES pledge_keys (id),
  certificate_number TEXT NOT NULL UNIQUE,
  revoked_at BIGINT,
  UNIQUE (text_id, employee_id)
);
CREATE INDEX pledge_signatures_employee ON pledge_signatures (employee_id);
CREATE INDEX pledge_signatures_region ON pledge_signatures (region_code);
