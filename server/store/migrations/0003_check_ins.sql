-- Check-ins: with the person's consent, one link about N weeks after a referral (issue 19), and
-- what they answered. Made at intake for a referral whose followUp.consent is true.
CREATE TABLE check_ins (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  referral_id   bigint NOT NULL REFERENCES referrals (id),
  due_at        timestamptz NOT NULL,
  -- SHA-256 of the link's token: the database never holds a working link. Null until a link is made;
  -- a new link for the same check-in replaces it, and the old link stops working.
  token_hash    text,
  issued_at     timestamptz,
  expires_at    timestamptz,
  -- How the last link went: 'email', 'text' or 'copy' (a message given to staff to send).
  sent_by       text CHECK (sent_by IN ('email', 'text', 'copy')),
  used_at       timestamptz,
  CONSTRAINT check_ins_referral_key UNIQUE (referral_id),
  CONSTRAINT check_ins_token_hash_key UNIQUE (token_hash)
);

CREATE INDEX check_ins_due_idx ON check_ins (due_at) WHERE issued_at IS NULL;

-- What the person answered. Personal data lives only in `document`, removed by the same retention
-- rule as the referral's.
CREATE TABLE follow_ups (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  check_in_id     bigint NOT NULL REFERENCES check_ins (id),
  referral_id     bigint NOT NULL REFERENCES referrals (id),
  follow_up_id    uuid NOT NULL,
  idempotency_key text NOT NULL,
  fingerprint     text NOT NULL,
  received_at     timestamptz NOT NULL DEFAULT now(),
  document        jsonb,
  -- Anonymous numbers the report counts, kept after the document goes: the scores then and now,
  -- steps towards work, and for each planned activity whether they went and would recommend it.
  measures        jsonb NOT NULL,
  redacted_at     timestamptz,
  CONSTRAINT follow_ups_check_in_key UNIQUE (check_in_id),
  CONSTRAINT follow_ups_follow_up_id_key UNIQUE (follow_up_id),
  CONSTRAINT follow_ups_idempotency_key_key UNIQUE (idempotency_key),
  CONSTRAINT follow_ups_document_or_redacted CHECK (document IS NOT NULL OR redacted_at IS NOT NULL)
);

CREATE INDEX follow_ups_referral_idx ON follow_ups (referral_id);
