import type { Context } from 'hono';
import { parseWith } from '../../src/core/model/problems.ts';
import type { z } from '../../src/core/model/zod.ts';
import { problem } from '../http/problem.ts';
import { toFieldErrors } from '../intake/parse.ts';
import { fieldErrors } from './intake-reply.ts';

/** A request body that was read, or the reply that says why it could not be. */
export type BodyRead<T> = { ok: true; value: T } | { ok: false; reply: Response };

/** The body as JSON, or a 400 `malformed-json` problem. */
export async function readJson(c: Context): Promise<BodyRead<unknown>> {
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false, reply: problem(c, { status: 400, type: 'malformed-json', title: 'The body is not valid JSON' }) };
  }
}

/** The body checked by a core schema, or the reply: 400 for bad JSON, 422 naming each wrong answer. */
export async function readJsonBody<S extends z.ZodMiniType>(c: Context, schema: S): Promise<BodyRead<z.infer<S>>> {
  const read = await readJson(c);
  if (!read.ok) return read;
  const parsed = parseWith(schema, read.value);
  return parsed.ok ? parsed : { ok: false, reply: fieldErrors(c, toFieldErrors(parsed.problems)) };
}
