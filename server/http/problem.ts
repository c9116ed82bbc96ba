import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Errors that are not about the person's answers are RFC 9457 problem details. They never carry
// an `errors` array: the widget maps a 422 with `errors` onto the form's fields, and these are
// not about a field (a reused Idempotency-Key, a request still in flight).

// URNs: nothing to fetch, and no promise of a web page that may move.
const TYPE_BASE = 'urn:waymark:problem:';

export interface ProblemInit {
  status: ContentfulStatusCode;
  /** A short slug for `type`: `idempotency-key-reused`. */
  type: string;
  title: string;
  detail?: string;
  headers?: Record<string, string>;
}

export function problem(c: Context, { status, type, title, detail, headers = {} }: ProblemInit): Response {
  const body = { type: TYPE_BASE + type, title, status, ...(detail ? { detail } : {}) };
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json', ...headers });
}
