import type { z } from '../model/zod.ts';

// The inverse of form-encode.ts, for a receiver (the Waymark inbox) that takes the `form` format.
// A form body is flat text; the schema it was made from says what each key was: a boolean, a
// number, a list of choices joined with commas, or text. Reading the schema, rather than keeping a
// list of keys here, means a new field in the Referral decodes without touching this file.

type Def = { type: string; [key: string]: unknown };
type Schema = { _zod: { def: Def } };
type Leaf = 'boolean' | 'number' | 'list' | 'text';
type Step = string | number;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: Schema): Def {
  let def = schema._zod.def;
  while (WRAPPERS.has(def.type)) def = (def.innerType as Schema)._zod.def;
  if (def.type === 'pipe') return unwrap(def.in as Schema);
  return def;
}

/** The schema at a path, or undefined for a key the schema does not have. */
function schemaAt(schema: Schema, path: readonly Step[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const step of path) {
    if (!current) return undefined;
    const def = unwrap(current);
    const shape = def.shape as Record<string, Schema> | undefined;
    if (def.type === 'object' && typeof step === 'string') current = shape && Object.hasOwn(shape, step) ? shape[step] : undefined;
    else if (def.type === 'array' && typeof step === 'number') current = def.element as Schema;
    else return undefined;
  }
  return current;
}

function leafKind(schema: Schema | undefined): Leaf {
  if (!schema) return 'text';
  const def = unwrap(schema);
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'number' || def.type === 'int') return 'number';
  if (def.type === 'literal') return typeof (def.values as unknown[])[0] === 'number' ? 'number' : 'text';
  if (def.type === 'array') return 'list';
  // A union such as an answer's value (text, a list or a number) stays text: the form cannot say which.
  return 'text';
}

function convert(value: string, kind: Leaf): unknown {
  switch (kind) {
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    case 'list':
      return value.split(',');
    case 'text':
      return value;
  }
}

/** `plan[0].name` → `['plan', 0, 'name']`; undefined for a key that is not a path. */
function parseKey(key: string): Step[] | undefined {
  const path: Step[] = [];
  for (const part of key.split('.')) {
    const match = /^([A-Za-z][A-Za-z0-9]*)((?:\[\d{1,4}\])*)$/.exec(part);
    if (!match) return undefined;
    path.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function place(target: Record<string, unknown>, path: readonly Step[], value: unknown): boolean {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    const next = path[i + 1]!;
    if (typeof step === 'string' && FORBIDDEN.has(step)) return false;
    node[step] ??= typeof next === 'number' ? [] : {};
    const child = node[step];
    if (typeof child !== 'object' || child === null) return false;
    node = child as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (typeof last === 'string' && FORBIDDEN.has(last)) return false;
  node[last] = value;
  return true;
}

/**
 * A form body as the object it was encoded from, ready for the schema to check. Keys that are
 * not paths are kept as they are, so the schema names them ("is not a setting Waymark knows")
 * instead of this function dropping them unseen. A key sent twice keeps its last value.
 */
export function fromFormBody(body: URLSearchParams, schema: z.ZodMiniType): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of body) {
    const path = parseKey(key);
    if (!path || !place(out, path, convert(value, leafKind(schemaAt(schema as unknown as Schema, path))))) {
      if (!FORBIDDEN.has(key)) out[key] = value;
    }
  }
  // Numbered records may arrive with gaps (`plan[2]` without `plan[1]`): close them up so the
  // schema sees a list, not holes.
  return compact(out) as Record<string, unknown>;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  }
  return value;
}
