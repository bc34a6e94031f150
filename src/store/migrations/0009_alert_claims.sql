-- 0009: confirming an alert is claimed first (issue 5 point 7). Confirming
-- opens a case in transactions of its own, so the alert is first marked
-- status 'confirming' by one atomic UPDATE; only the holder of that claim may
-- record the confirmation, and a dismiss fails while the claim is fresh. A
-- claim older than the service's limit (5 minutes) may be taken over, so a
-- process that died mid-confirm does not leave the alert stuck.
-- claimed_by is a users.id (0: never claimed); claimed_at is unix seconds and,
-- with claimed_by, names the claim.
ALTER TABLE monitoring_alerts ADD COLUMN claimed_by BIGINT NOT NULL DEFAULT 0;
ALTER TABLE monitoring_alerts ADD COLUMN claimed_at BIGINT NOT NULL DEFAULT 0;
