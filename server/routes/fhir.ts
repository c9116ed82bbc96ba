import { Hono } from 'hono';
import type { FhirReferralBundle } from '../../src/core/referral/fhir-intake.ts';
import type { AppEnv, Intake } from '../app-env.ts';
import type { FieldError } from '../intake/parse.ts';
import { parseFhirReferral } from '../intake/parse.ts';
import { saveReferral } from '../store/referrals.ts';
import { idempotencyProblem, isRefused } from './intake-reply.ts';
import { readJson } from './json-body.ts';

export const FHIR_TYPES = ['application/fhir+json', 'application/json'] as const;
const FHIR_JSON = { 'Content-Type': 'application/fhir+json' };

/**
 * The transaction-response: one entry per request entry, in the same order. The ServiceRequest's
 * id is the inbox's reference, which the widget reads from its `location`. A repeat gets the same
 * reply, so every attempt shows the person the same reference.
 */
function transactionResponse(bundle: FhirReferralBundle, reference: string) {
  return {
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: bundle.entry.map((e) => {
      const type = e.resource.resourceType;
      const id = type === 'ServiceRequest' ? reference : e.fullUrl.slice('urn:uuid:'.length);
      return { response: { status: '201 Created', location: `${type}/${id}/_history/1` } };
    }),
  };
}

/** FHIR's error document for answers that could not be accepted, each located by its path. */
function operationOutcome(errors: FieldError[]) {
  return {
    resourceType: 'OperationOutcome',
    issue: errors.map((e) => ({ severity: 'error', code: 'invalid', diagnostics: e.message, expression: [e.field] })),
  };
}

/** `POST /fhir`: the FHIR R4 transaction Bundle Waymark sends for the `fhir` format. */
export function fhirRoutes(intake: Intake) {
  return new Hono<AppEnv>().post('/', async (c) => {
    const read = await readJson(c);
    if (!read.ok) return read.reply;
    const parsed = parseFhirReferral(read.value);
    if (!parsed.ok || !parsed.bundle) {
      return c.body(JSON.stringify(operationOutcome(parsed.ok ? [] : parsed.errors)), 422, FHIR_JSON);
    }
    const outcome = await saveReferral(intake.db, parsed.referral, intake.newReference);
    if (isRefused(outcome)) return idempotencyProblem(c, outcome);
    c.set('reference', outcome.reference);
    if (outcome.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
    return c.body(JSON.stringify(transactionResponse(parsed.bundle, outcome.reference)), 200, FHIR_JSON);
  });
}
