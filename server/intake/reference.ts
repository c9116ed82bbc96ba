import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET } from '../config.ts';

/**
 * A reference a person can read out on the phone: `WM-7KQ4-X9TD`. 8 characters from 32 (40 bits)
 * in two groups of four; no O/0 or I/1. Unique by the database's constraint, not by luck: a
 * collision draws again (see saveReferral).
 */
export function newReference(prefix: string): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `${prefix}-${group()}-${group()}`;
}
