-- The link worker's screen (issue 18): staff accounts, their sessions, sign-in lock-outs, what a
-- worker records about a referral, and the audit log. Sessions and lock-outs live here, not in a
-- process, so several inbox processes can share one PostgreSQL.

CREATE TABLE staff_users (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Lower case, so one person has one account whatever they type.
  email               text NOT NULL,
  -- What colleagues see: in lists, on assignments and in the audit log.
  name                text NOT NULL,
  role                text NOT NULL CHECK (role IN ('linkworker', 'manager')),
  -- scrypt, with its cost and salt: see server/staff/auth/passwords.ts.
  password_hash       text NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at     timestamptz,
  -- Accounts are disabled, never deleted: the audit log keeps pointing at them.
  disabled_at         timestamptz,
  CONSTRAINT staff_users_email_key UNIQUE (email),
  CONSTRAINT staff_users_email_lower CHECK (email = lower(email))
);

CREATE TABLE staff_sessions (
  -- SHA-256 of the cookie's random token: a copy of this table signs nobody in.
  id                  text PRIMARY KEY,
  user_id             bigint NOT NULL REFERENCES staff_users (id),
  -- The synchronizer token every form of this session carries.
  csrf_token          text NOT NULL,
  created_at          timestamptz NOT NULL,
  last_seen_at        timestamptz NOT NULL,
  ended_at            timestamptz
);
CREATE INDEX staff_sessions_user_idx ON staff_sessions (user_id);

-- Failed sign-ins by email address, known or not, so a lock-out says nothing about whether an
-- account exists. The address is kept only as a keyed hash.
CREATE TABLE sign_in_failures (
  email_hash          text PRIMARY KEY,
  failures            integer NOT NULL,
  first_failure_at    timestamptz NOT NULL,
  locked_until        timestamptz
);

-- Secrets the processes share: the key that signs the sign-in form's token and hashes emails.
CREATE TABLE staff_secrets (
  name                text PRIMARY KEY,
  value               text NOT NULL
);

-- What the service records about each referral. Free text a worker writes (a decline's detail,
-- notes) is personal data: the retention job removes it with the document. `summary` is what is
-- left afterwards: anonymous facts for counts (server/staff/retention.ts).
ALTER TABLE referrals
  ADD COLUMN assigned_to       bigint REFERENCES staff_users (id),
  ADD COLUMN first_response_at timestamptz,
  ADD COLUMN updated_at        timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN decline_reason    text,
  ADD COLUMN decline_detail    text,
  ADD COLUMN summary           jsonb;

CREATE INDEX referrals_status_idx ON referrals (status, status_at);

CREATE TABLE referral_notes (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  referral_id         bigint NOT NULL REFERENCES referrals (id),
  author_id           bigint NOT NULL REFERENCES staff_users (id),
  created_at          timestamptz NOT NULL,
  body                text,
  redacted_at         timestamptz,
  CONSTRAINT referral_notes_body_or_redacted CHECK (body IS NOT NULL OR redacted_at IS NOT NULL)
);
CREATE INDEX referral_notes_referral_idx ON referral_notes (referral_id, id);

-- Who did what, and when: every view of a referral, every change and every export. Rows are
-- added, never changed or removed; the triggers below refuse it, whatever the code does.
-- `detail` never holds personal data: a note's text stays in referral_notes.
CREATE TABLE audit_log (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at                  timestamptz NOT NULL,
  -- NULL: the inbox itself (the retention job).
  actor_id            bigint REFERENCES staff_users (id),
  action              text NOT NULL,
  referral_id         bigint REFERENCES referrals (id),
  -- A staff account the action was about (a user added, disabled, unlocked).
  subject_user_id     bigint REFERENCES staff_users (id),
  detail              jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_referral_idx ON audit_log (referral_id, id) WHERE referral_id IS NOT NULL;
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is refused', TG_OP USING ERRCODE = '42501';
END;
$$;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
