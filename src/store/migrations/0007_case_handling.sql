-- 0007: who handles a case (issue 4 point 7, conflicts of interest). A case's
-- handling officer is a pengawas account; every assignment is a row, the
-- current officer the one with the highest seq. seq counts from 1 per case and
-- a handover writes seq = current + 1, so two officers taking over the same
-- case at once cannot both succeed (the primary key refuses the second).

CREATE TABLE case_handlers (
  case_id BIGINT NOT NULL REFERENCES cases (id),
  seq INTEGER NOT NULL,
  user_id BIGINT NOT NULL,              -- a pengawas account (users.id)
  assigned_by BIGINT NOT NULL,          -- user id; equal to user_id for a take-over
  assigned_at BIGINT NOT NULL,
  how TEXT NOT NULL,                    -- 'finding' | 'first_action' | 'take_over' | 'assigned'
  reason TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
);
-- The cases an officer handles.
CREATE INDEX case_handlers_user ON case_handlers (user_id, case_id);
