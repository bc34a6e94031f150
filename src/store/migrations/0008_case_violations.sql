-- 0008: the inbox's violation filter (issue 4 item 12). A case's violation
-- codes stay in cases.violation_codes (a JSON array, read whole); this side
-- table holds one row per (case, code) so "cases about APK-INSTALL" is an
-- index lookup on both engines instead of parsing JSON per row. The store
-- writes it in the same transaction as the case (CreateCase, and
-- ApplyTransition when a move replaces the codes).
CREATE TABLE case_violations (
  case_id BIGINT NOT NULL REFERENCES cases (id),
  code {{KEY}} NOT NULL,
  PRIMARY KEY (case_id, code)
);
CREATE INDEX case_violations_code ON case_violations (code, case_id);

-- Backfill from the stored arrays. Codes are upper-case letters, digits and
-- '-' (service/case_support.h), so dropping the brackets, quotes and spaces
-- leaves "A,B"; the recursive query walks it one character at a time, since
-- the two engines share no function that finds a character in a string.
WITH RECURSIVE split (case_id, rest, token) AS (
  SELECT id,
         replace(replace(replace(replace(violation_codes, '[', ''), ']', ''), '"', ''), ' ', '') || ',',
         CAST('' AS TEXT)
  FROM cases
  UNION ALL
  SELECT case_id,
         substr(rest, 2),
         CASE WHEN substr(rest, 1, 1) = ',' THEN CAST('' AS TEXT) ELSE token || substr(rest, 1, 1) END
  FROM split
  WHERE rest <> ''
)
INSERT INTO case_violations (case_id, code)
SELECT DISTINCT case_id, token FROM split WHERE substr(rest, 1, 1) = ',' AND token <> '';
