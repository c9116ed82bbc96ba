import type { z } from '../model/zod.ts';

/**
 * A quicker road through a zod schema for data that is valid, which nearly all directory records
 * are. zod's jitless interpreter (we cannot let it compile code: strict CSP) spends most of a
 * large directory's load on bookkeeping for errors that never happen: a payload object and an
 * issue list for every value, and a wrapper call for every optional and default. This reads the
 * same schema's own definition once and builds plain closures that apply the same checks, using
 * the schema's own patterns, limits, transforms and defaults. No `eval`, no `Function`.
 *
 * It only ever says "valid, and here is what zod would return" or "not sure": anything it cannot
 * prove valid (a failed check, an odd value, a schema part it does not know) goes to zod, which
 * stays the one judge of what is wrong and how to say so. A schema with a part it does not know
 * builds no fast road at all (`undefined`), so a new kind of check can never be skipped.
 */
export const UNSURE: unique symbol = Symbol('unsure');

export type FastParse<T> = (input: unknown) => T | typeof UNSURE;

type Step = (value: unknown) => unknown;

/** The parts of zod's internal definition this reads (zod 4 core `$ZodType._zod`). */
interface Internals {
  def: {
    type: string;
    checks?: readonly Schema[];
    coerce?: boolean;
    check?: string;
    [key: string]: unknown;
  };
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
}
interface Schema {
  _zod: Internals;
}

// Thrown, never seen outside: valid data never pays for a check on the way back up.
const NO: unknown = Object.freeze({ reason: 'not provably valid' });

/** Builds the fast road for `schema`, or `undefined` when a part of it is not understood here. */
export function fastParser<S extends z.ZodMiniType>(schema: S): FastParse<z.output<S>> | undefined {
  const step = build(schema as unknown as Schema);
  if (!step) return undefined;
  return (input) => {
    try {
      return step(input) as z.output<S>;
    } catch {
      return UNSURE;
    }
  };
}

function build(schema: Schema): Step | undefined {
  const { def, traits } = schema._zod;
  // A schema that is itself a check (z.email(), z.int()) runs its own check before its others.
  const checks = [...(traits.has('$ZodCheck') ? [schema] : []), ...(def.checks ?? [])];
  if (def.coerce) return undefined;
  switch (def.type) {
    case 'string':
      return withChecks((v) => (typeof v === 'string' ? v : fail()), checks.map(stringCheck));
    case 'number':
      return withChecks((v) => (typeof v === 'number' && Number.isFinite(v) ? v : fail()), checks.map(numberCheck));
    case 'boolean':
      return checks.length ? undefined : (v) => (typeof v === 'boolean' ? v : fail());
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      return checks.length || !values ? undefined : (v) => (values.has(v) ? v : fail());
    }
    case 'unknown':
    case 'any':
      return checks.length ? undefined : (v) => v;
    case 'array':
      return checks.length ? undefined : array(def.element as Schema);
    case 'optional':
      return checks.length ? undefined : optional(def.innerType as Schema);
    case 'default':
      return checks.length ? undefined : withDefault(schema, def.innerType as Schema);
    case 'object':
      return checks.length || def.catchall !== undefined ? undefined : object(def.shape as Record<string, Schema>);
    default:
      return undefined;
  }
}

function fail(): never {
  throw NO;
}

/** The type test, then each check in the schema's order (a trim before a minimum length). */
function withChecks(type: Step, checks: (Step | undefined)[]): Step | undefined {
  if (checks.some((c) => c === undefined)) return undefined;
  const steps = checks as Step[];
  if (steps.length === 0) return type;
  return (v) => {
    let value = type(v);
    for (let i = 0; i < steps.length; i++) value = steps[i]!(value);
    return value;
  };
}

// The string formats whose whole test is the schema's own pattern (zod's $ZodCheckStringFormat).
const PATTERN_FORMATS = new Set(['regex', 'email', 'date']);

function stringCheck(check: Schema): Step | undefined {
  const def = check._zod.def;
  switch (def.check) {
    case 'overwrite': {
      // z.trim() and friends: the schema's own transform.
      const tx = def.tx as (value: string) => unknown;
      return (v) => {
        const out = tx(v as string);
        return typeof out === 'string' ? out : fail();
      };
    }
    case 'min_length': {
      // zod counts code points, one or two UTF-16 units each: twice the minimum in units is
      // certainly enough, and below that only a minimum of one is certain. The rest goes to zod.
      const min = def.minimum as number;
      return (v) => ((v as string).length >= 2 * min || (min <= 1 && (v as string).length >= min) ? v : fail());
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (!(pattern instanceof RegExp) || !PATTERN_FORMATS.has(def.format as string)) return undefined;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string) ? v : fail();
      };
    }
    default:
      return undefined;
  }
}

function numberCheck(check: Schema): Step | undefined {
  const def = check._zod.def;
  const limit = def.value;
  switch (def.check) {
    case 'number_format':
      return def.format === 'safeint' ? (v) => (Number.isSafeInteger(v) ? v : fail()) : undefined;
    case 'greater_than':
      if (typeof limit !== 'number') return undefined;
      return def.inclusive ? (v) => ((v as number) >= limit ? v : fail()) : (v) => ((v as number) > limit ? v : fail());
    case 'less_than':
      if (typeof limit !== 'number') return undefined;
      return def.inclusive ? (v) => ((v as number) <= limit ? v : fail()) : (v) => ((v as number) < limit ? v : fail());
    default:
      return undefined;
  }
}

function array(element: Schema): Step | undefined {
  const item = build(element);
  if (!item) return undefined;
  return (v) => {
    if (!Array.isArray(v)) fail();
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = item(v[i]);
    return out;
  };
}

function optional(inner: Schema): Step | undefined {
  // An optional around a default substitutes for absence: rare, and left to zod.
  if (inner._zod.optin === 'defaulted') return undefined;
  const step = build(inner);
  if (!step) return undefined;
  return (v) => (v === undefined ? undefined : step(v));
}

function withDefault(schema: Schema, inner: Schema): Step | undefined {
  const step = build(inner);
  if (!step) return undefined;
  // zod's `defaultValue` is a getter that hands out a fresh copy each time: read it the same way.
  const def = schema._zod.def;
  return (v) => {
    if (v === undefined) return def.defaultValue;
    const out = step(v);
    return out === undefined ? def.defaultValue : out;
  };
}

/**
 * optional: absent, left out of the result; present, kept even when `undefined`.
 * defaulted: always in the result, the default standing in for absence.
 * required: absent is invalid.
 */
type Presence = 'optional' | 'defaulted' | 'required';

interface Field {
  key: string;
  step: Step;
  presence: Presence;
}

function object(shape: Record<string, Schema>): Step | undefined {
  if (Object.getOwnPropertySymbols(shape).length) return undefined;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    const field = shape[key]!;
    const step = build(field);
    if (!step || key === '__proto__') return undefined;
    const { optin, optout } = field._zod;
    let presence: Presence;
    if (optin === 'optional' && optout === 'optional') presence = 'optional';
    else if (optin === 'defaulted' && optout === undefined) presence = 'defaulted';
    else if (optin === undefined && optout === undefined) presence = 'required';
    else return undefined;
    fields.push({ key, step, presence });
  }
  // Keys the shape does not name are dropped, as zod's default (strip) object does.
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail();
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const { key, step, presence } = fields[i]!;
      const value = input[key];
      // `in`, as zod asks: a key present with the value `undefined` is kept as `undefined`.
      if (value === undefined && presence !== 'defaulted' && !(key in input)) {
        if (presence === 'required') fail();
        continue;
      }
      out[key] = step(value);
    }
    return out;
  };
}
