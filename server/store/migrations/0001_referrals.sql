-- Referrals as they arrive. One row per referral, whatever format it came in.
-- Later migrations add what the link worker's screen, the audit log and outcomes need, in tables
-- of their own that point here by referrals.id.
CREATE TABLE referrals (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The referral's own UUID (`id` in the JSON, the ServiceRequest identifier in FHIR).
  referral_id     uuid NOT NULL,
  -- What the person quotes on the phone: short, readable, unique.
  reference       text NOT NULL,
  -- The Idempotency-Key of the request that made it (the referral id for form and FHIR).
  idempotency_key text NOT NULL,
  -- SHA-256 of the request's content, so a reused key with a different body is refused.
  fingerprint     text NOT NULL,
  format          text NOT NULL CHECK (format IN ('json', 'form', 'fhir')),
  status          text NOT NULL DEFAULT 'new'
                  CHECK (status IN ('new', 'contacted', 'accepted', 'declined', 'closed', 'superseded')),
  status_at       timestamptz NOT NULL DEFAULT now(),
  received_at     timestamptz NOT NULL DEFAULT now(),
  submitted_at    timestamptz,
  -- The referral this one replaces (changed content gets a new id that says what it supersedes).
  supersedes      uuid,
  superseded_by   uuid,
  -- The document as received: a Referral (json, form) or a FHIR Bundle (fhir). Personal data
  -- lives only here, so that removing it after the retention period is one UPDATE.
  document        jsonb,
  redacted_at     timestamptz,
  -- Idempotency and uniqueness are the database's job, so several inbox processes can share it.
  CONSTRAINT referrals_referral_id_key UNIQUE (referral_id),
  CONSTRAINT referrals_reference_key UNIQUE (reference),
  CONSTRAINT referrals_idempotency_key_key UNIQUE (idempotency_key),
  CONSTRAINT referrals_document_or_redacted CHECK (document IS NOT NULL OR redacted_at IS NOT NULL)
);

CREATE INDEX referrals_received_at_idx ON referrals (received_at, id);
CREATE INDEX referrals_supersedes_idx ON referrals (supersedes) WHERE supersedes IS NOT NULL;
