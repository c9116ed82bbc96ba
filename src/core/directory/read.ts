import { WEB_URL_PATTERN } from '../model/common.ts';
// Forgiving readers for third-party JSON. Open Referral feeds leave arrays out, send numbers as
// strings and nulls for blanks; these read what is usable and give `undefined` for the rest,
// so one odd field never costs a person the whole service. The mapped record is still checked
// by the Activity schema afterwards: these readers decide what to try, zod decides what is kept.

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects in an array field; a missing or wrong-typed field is an empty list. */
export function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function object(value: unknown): Json | undefined {
  return isObject(value) ? value : undefined;
}

/** A non-empty trimmed string, or a number written as one. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A whole number of years a person could be. */
export function age(value: unknown): number | undefined {
  const n = number(value);
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 130 ? n : undefined;
}

export function latitude(value: unknown): number | undefined {
  const n = number(value);
  return n !== undefined && n >= -90 && n <= 90 ? n : undefined;
}

export function longitude(value: unknown): number | undefined {
  const n = number(value);
  return n !== undefined && n >= -180 && n <= 180 ? n : undefined;
}

/** "10:00:00", "10:00", "9:30" → "10:00" / "09:30"; anything else → undefined. */
export function clockTime(value: unknown): string | undefined {
  const s = text(value);
  const match = s ? /^(\d{1,2}):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s) : null;
  if (!match) return undefined;
  const hours = Number(match[1]);
  return hours < 24 ? `${String(hours).padStart(2, '0')}:${match[2]}` : undefined;
}

/** "2023-03-15T10:30:45Z" or "2023-03-15" → "2023-03-15". */
export function isoDate(value: unknown): string | undefined {
  const s = text(value);
  const match = s ? /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(s) : null;
  const d = match?.[1];
  return d && !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d) ? d : undefined;
}

/** A web address Waymark may link to: http(s) only. `javascript:` and friends are dropped here. */
export function webUrl(value: unknown): string | undefined {
  const s = text(value);
  // The schema's own pattern: a link this lets through can never then fail the Activity schema.
  if (!s || !WEB_URL_PATTERN.test(s)) return undefined;
  try {
    return new URL(s).protocol.startsWith('http') ? s : undefined;
  } catch {
    return undefined;
  }
}

export function email(value: unknown): string | undefined {
  const s = text(value)?.replace(/^mailto:/i, '');
  return s && /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/.test(s) ? s : undefined;
}

/** Phone numbers as feeds write them, sometimes wrapped in quotes: `"\"+44 1234 234567\""`. */
export function phone(value: unknown): string | undefined {
  const s = text(value)?.replace(/["']/g, '').trim();
  return s && /^\+?[0-9][0-9 ()-]{4,24}$/.test(s) ? s : undefined;
}

export function firstOf<T>(...values: (T | undefined)[]): T | undefined {
  for (const v of values) if (v !== undefined) return v;
  return undefined;
}

export function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
