import type { z } from './zod.ts';
import { keysAt, schemaAt, unwrap } from './schema-walk.ts';
import { nearestWord } from '../text/nearest-word.ts';
import type { DefinitionProblemCode } from '../questionnaire/definition-codes.ts';

/**
 * What can be wrong with outside data, as a code and its data, so each reader words it: the
 * widget in the person's language (src/words/problems.ts), logs and the inbox in English
 * (`problemText`). zod/mini ships no wording of its own, and each code names what was expected,
 * because a site editor has to fix it from this alone.
 */
export type ProblemCode =
  | { code: 'missing' }
  | { code: 'wrong-type'; expected: string; actual: string }
  | { code: 'too-small'; origin: string; minimum: number }
  | { code: 'too-big'; origin: string; maximum: number }
  | { code: 'bad-format'; format: string }
  | { code: 'not-one-of'; values: string[] }
  | { code: 'no-accepted-form' }
  | { code: 'not-multiple-of'; divisor: number }
  /** `meant`: the known key nearest the one written, when one is close enough to ask "did you mean". */
  | { code: 'unknown-key'; meant?: string }
  | { code: 'not-valid'; detail?: string }
  // Gathering config: a `<script>` that is not JSON, a `config-src` that did not load, a layer that is not an object.
  | { code: 'not-json'; detail: string }
  | { code: 'not-loaded'; detail: string }
  | { code: 'not-object' }
  // An element's own setup: a setting it cannot work without, a checker that did not load, a crash.
  | { code: 'setting-missing'; setting: 'directory-src' | 'endpoint' }
  | { code: 'not-checked' }
  | { code: 'internal'; detail: string }
  | DefinitionProblemCode;

/** One thing wrong with outside data, named by where it is: `service.phone`, `activities[3].name` (`''`: the whole value). */
export type Problem = ProblemCode & { path: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `['urgentHelp', 'contacts', 0, 'call']` → `urgentHelp.contacts[0].call`; `''` for the whole value. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** A custom issue raised with a problem code in its `params` (see questionnaire/definition.ts). */
function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

function codeOf(issue: Issue): ProblemCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { code: 'missing' } : { code: 'wrong-type', expected: issue.expected, actual: typeOf(issue.input) };
    case 'too_small':
      return { code: 'too-small', origin: issue.origin, minimum: Number(issue.minimum) };
    case 'too_big':
      return { code: 'too-big', origin: issue.origin, maximum: Number(issue.maximum) };
    case 'invalid_format':
      return { code: 'bad-format', format: issue.format };
    case 'invalid_value':
      return { code: 'not-one-of', values: issue.values.map((v) => JSON.stringify(v)) };
    case 'invalid_union':
      return { code: 'no-accepted-form' };
    case 'not_multiple_of':
      return { code: 'not-multiple-of', divisor: Number(issue.divisor) };
    case 'custom':
      if (isProblemCode(issue.params)) return issue.params;
      return issue.message && issue.message !== 'Invalid input' ? { code: 'not-valid', detail: issue.message } : { code: 'not-valid' };
    default:
      return issue.message && issue.message !== 'Invalid input' ? { code: 'not-valid', detail: issue.message } : { code: 'not-valid' };
  }
}

/**
 * zod's issues as problems by path. `schema` is what the issues' paths start from, when known: a
 * misspelt key then carries the nearest key that object accepts (`meant`), for "did you mean".
 */
export function toProblems(issues: readonly Issue[], prefix: readonly PathKey[] = [], schema?: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // Another unknown key is never what was meant.
      const known = (schema === undefined ? [] : keysAt(schema, issue.path)).filter((k) => !issue.keys.includes(k));
      for (const key of issue.keys) {
        const meant = nearestWord(key, known);
        problems.push({ code: 'unknown-key', ...(meant ? { meant } : {}), path: formatPath([...path, key]) });
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest: its messages name the real mistake.
      const ranked = issue.errors.map((errors, option) => ({ errors, option })).sort((a, b) => deepest(b.errors) - deepest(a.errors));
      const best = ranked[0]!;
      const union = schema === undefined ? undefined : schemaAt(schema, issue.path);
      const option = union && unwrap(union)._zod.def.options?.[best.option];
      problems.push(...(best.errors.length ? toProblems(best.errors, path, option) : [{ ...codeOf(issue), path: formatPath(path) }]));
    } else {
      problems.push({ ...codeOf(issue), path: formatPath(path) });
    }
  }
  return problems;
}

function deepest(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

/** Parses outside data with a schema and returns either the value or every problem, by path. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data as z.infer<S> } : { ok: false, problems: toProblems(result.error.issues, [], schema) };
}
