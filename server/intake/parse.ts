import { Referral } from '../../src/core/model/referral.ts';
import { toProblems, type Problem } from '../../src/core/model/problems.ts';
import { problemDescription } from '../../src/core/text/problem-text.ts';
import { fromFormBody } from '../../src/core/referral/form-decode.ts';
import { FhirReferralBundle, fhirFollowUp, fhirReferralKeys } from '../../src/core/referral/fhir-intake.ts';
import type { NewReferral } from '../store/referrals.ts';
import { fingerprint } from './fingerprint.ts';

// Request bodies in, through the core schemas (one contract with the widget), and out as the row
// to store or the answers that could not be accepted, named by their path in the Referral.

export interface FieldError {
  field: string;
  message: string;
}

export type ParsedIntake = { ok: true; referral: NewReferral } | { ok: false; errors: FieldError[] };

/** `is missing` → `This answer is missing.`: shown to the person beside the field as written. */
export function toFieldErrors(problems: Problem[]): FieldError[] {
  return problems.map((p) => ({ field: p.path, message: `This answer ${problemDescription(p).replace(/\.$/, '')}.` }));
}

function fromReferral(value: unknown, format: 'json' | 'form', idempotencyKey: string | undefined): ParsedIntake {
  const parsed = Referral.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: toFieldErrors(toProblems(parsed.error.issues)) };
  const referral = parsed.data;
  return {
    ok: true,
    referral: {
      referralId: referral.id.toLowerCase(),
      idempotencyKey: idempotencyKey ?? referral.id.toLowerCase(),
      fingerprint: fingerprint(referral),
      format,
      submittedAt: referral.submittedAt,
      supersedes: referral.supersedes?.toLowerCase(),
      document: referral,
      ...(referral.followUp?.consent ? { checkInAfterWeeks: referral.followUp.afterWeeks } : {}),
    },
  };
}

/** The `json` format: the Referral document, keyed by the request's Idempotency-Key. */
export function parseJsonReferral(body: unknown, idempotencyKey: string): ParsedIntake {
  return fromReferral(body, 'json', idempotencyKey);
}

/** The `form` format: dotted keys, keyed by the referral's `id` field (a form sends no headers). */
export function parseFormReferral(body: string): ParsedIntake {
  return fromReferral(fromFormBody(new URLSearchParams(body), Referral), 'form', undefined);
}

/** A FHIR referral also gives back its bundle as the schema read it, to answer entry by entry. */
export type ParsedFhir = ParsedIntake & { bundle?: FhirReferralBundle };

/** A FHIR transaction Bundle, keyed by its ServiceRequest's identifier (what its conditional creates match on). */
export function parseFhirReferral(body: unknown): ParsedFhir {
  const parsed = FhirReferralBundle.safeParse(body, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: toFieldErrors(toProblems(parsed.error.issues)) };
  const keys = fhirReferralKeys(parsed.data);
  const followUp = fhirFollowUp(parsed.data);
  if (!keys.referralId) {
    return { ok: false, errors: [{ field: 'ServiceRequest.identifier', message: 'This answer should include the referral id as urn:uuid:… (system urn:ietf:rfc:3986).' }] };
  }
  return {
    ok: true,
    bundle: parsed.data,
    referral: {
      referralId: keys.referralId,
      idempotencyKey: keys.referralId,
      fingerprint: fingerprint(parsed.data),
      format: 'fhir',
      submittedAt: keys.submittedAt,
      supersedes: keys.supersedes,
      document: parsed.data,
      ...(followUp?.consent ? { checkInAfterWeeks: followUp.afterWeeks } : {}),
    },
  };
}
