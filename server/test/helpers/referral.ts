import { randomUUID } from 'node:crypto';
import { Referral } from '../../../src/core/model/referral.ts';
import { aReferral } from '../../../test/fixtures/referral.ts';

/** A valid referral with a fresh id, as the widget sends it. */
export function newReferral(overrides: Record<string, unknown> = {}): Referral {
  return Referral.parse(aReferral({ id: randomUUID(), ...overrides }));
}

export const REFERENCE = /^WM-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}$/;
