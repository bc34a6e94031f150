-- 0006: the documents Netra generates for a case's workflow moves (issue 4):
-- the clarification record, the study and the recommendation letter, as PDFs
-- in the blob store. Their numbers count per office, year and document kind.

-- One counter row per (office, year, kind). Taking a number updates the row,
-- which locks it until the transaction ends, so two moves never get the same
-- sequence.
CREATE TABLE case_document_counters (
  office_code {{KEY}} NOT NULL,
  year INTEGER NOT NULL,
  kind {{KEY}} NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (office_code, year, kind)
);

CREATE TABLE case_documents (
  id {{ID}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  transition_id BIGINT NOT NULL REFERENCES case_transitions (id),
  kind {{KEY}} NOT NULL,                -- 'BA-KLA' | 'KAJ' | 'REK'
  number {{KEY}} NOT NULL UNIQUE,
  office_code {{KEY}} NOT NULL,
  year INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  generated_at BIGINT NOT NULL,
  UNIQUE (office_code, year, kind, sequence)
);
CREATE INDEX case_documents_case ON case_documents (case_id, id);
