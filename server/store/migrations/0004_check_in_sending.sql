-- Sending check-in links from a timer (issue 19): a link is claimed (issued_at set, in one UPDATE
-- that only one process can win) before it is handed to the notifier, and sent_at is set once the
-- notifier took it. A claim with no sent_at is a send that may or may not have gone (the process
-- stopped half way): it is never sent again by itself, and staff see it on the check-ins page.
ALTER TABLE check_ins ADD COLUMN sent_at timestamptz;
UPDATE check_ins SET sent_at = issued_at WHERE issued_at IS NOT NULL;
CREATE INDEX check_ins_issued_idx ON check_ins (issued_at) WHERE issued_at IS NOT NULL;
