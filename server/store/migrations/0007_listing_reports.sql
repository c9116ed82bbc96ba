-- "Report a problem with this listing" (issue 20): anonymous reports from the finder about a
-- directory entry. No personal data is asked for; the short note is free text, so it is removed by
-- the retention job like other free text, and the reason and dates stay for the counts.
CREATE TABLE listing_reports (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id       uuid NOT NULL,
  idempotency_key text NOT NULL,
  fingerprint     text NOT NULL,
  activity_id     text NOT NULL,
  activity_name   text NOT NULL,
  reason          text NOT NULL CHECK (reason IN ('closed', 'wrong-time', 'wrong-place', 'phone-not-working', 'other')),
  note            text,
  locale          text NOT NULL,
  reported_at     timestamptz NOT NULL,
  received_at     timestamptz NOT NULL DEFAULT now(),
  note_removed_at timestamptz,
  CONSTRAINT listing_reports_report_id_key UNIQUE (report_id),
  CONSTRAINT listing_reports_idempotency_key_key UNIQUE (idempotency_key)
);

-- The staff page reads the reports grouped by activity, newest first.
CREATE INDEX listing_reports_activity_idx ON listing_reports (activity_id, received_at DESC);
