import { msg, str } from '@lit/localize';
import type { z } from './zod.ts';

/** One thing wrong with outside data, named by where it is: `service.phone`, `activities[3].name`. */
export interface Problem {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `['urgentHelp', 'contacts', 0, 'call']` → `urgentHelp.contacts[0].call`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || msg('(the whole value)');
}

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

// zod/mini ships no wording of its own ("Invalid input"), so Waymark writes the few messages it
// needs: each names what was expected, because a site editor has to fix it from this alone.
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? msg('is missing')
        : msg(str`should be ${issue.expected} but is ${typeOf(issue.input)}`);
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? msg('should not be empty') : msg(str`should be at least ${String(issue.minimum)} characters`);
      if (issue.origin === 'array') return msg(str`should have at least ${String(issue.minimum)} item(s)`);
      return msg(str`should be ${String(issue.minimum)} or more`);
    case 'too_big':
      if (issue.origin === 'string') return msg(str`should be at most ${String(issue.maximum)} characters`);
      if (issue.origin === 'array') return msg(str`should have at most ${String(issue.maximum)} items`);
      return msg(str`should be ${String(issue.maximum)} or less`);
    case 'invalid_format':
      if (issue.format === 'regex') return msg('is not in the expected format');
      if (issue.format === 'url') return msg('should be a web address starting https://');
      return msg(str`should be a valid ${issue.format}`);
    case 'invalid_value':
      return msg(str`should be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'invalid_union':
      return msg('is not in any of the accepted forms');
    case 'not_multiple_of':
      return msg(str`should be a multiple of ${String(issue.divisor)}`);
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : msg('is not valid');
  }
}

export function toProblems(issues: readonly Issue[], prefix: readonly PathKey[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...path, key]), message: msg('is not a setting Waymark knows (check the spelling)') });
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest: its messages name the real mistake.
      const best = [...issue.errors].sort((a, b) => deepest(b) - deepest(a))[0] ?? [];
      problems.push(...(best.length ? toProblems(best, path) : [{ path: formatPath(path), message: describe(issue) }]));
    } else {
      problems.push({ path: formatPath(path), message: describe(issue) });
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
  return result.success ? { ok: true, value: result.data as z.infer<S> } : { ok: false, problems: toProblems(result.error.issues) };
}
