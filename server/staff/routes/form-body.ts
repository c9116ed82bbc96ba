import type { Context } from 'hono';
import { z } from '../../../src/core/model/zod.ts';

// A form's fields, read once (the CSRF check already parsed the body; Hono keeps it) and passed
// through a schema, like every other request the inbox receives.

/** A field's text, or '' when it is missing or sent more than once. */
export const field = z.catch(z.string().check(z.maxLength(20_000)), '');
/** A field that may repeat (ticked checkboxes): always a list. */
export const many = z.catch(
  z.pipe(z.union([z.string(), z.array(z.string())]), z.transform((v: string | string[]) => (Array.isArray(v) ? v : [v]))),
  [],
);

export async function readForm<T extends z.ZodMiniType>(c: Context, schema: T): Promise<z.infer<T>> {
  return schema.parse(await c.req.parseBody({ all: true }));
}
