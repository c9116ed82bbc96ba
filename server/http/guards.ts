import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { clientOf, type NodeBindings } from './client.ts';
import { problem } from './problem.ts';
import type { RateLimiter } from './rate-limit.ts';

// The checks every POST passes before its handler: who may call (CORS), how often (429), what it
// sends (415) and how much (413). Each answers with a problem document and stores nothing.

type Env = { Bindings: NodeBindings };

/**
 * Only configured sites' pages may send from a browser. A request from any other origin is
 * refused before it is stored: a form post is a "simple" request that the browser sends without
 * asking, and the page could not read the reply, so the person would be told it failed while the
 * service had it.
 */
export function cors(allowed: readonly string[]): MiddlewareHandler<Env> {
  const origins = new Set(allowed);
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin === undefined) return next();
    if (!origins.has(origin)) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
      return problem(c, { status: 403, type: 'origin-not-allowed', title: 'This site is not set up to send referrals here' });
    }
    const headers = {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Expose-Headers': 'Retry-After, Location, Idempotent-Replayed',
      Vary: 'Origin',
    };
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        ...headers,
        'Access-Control-Allow-Methods': 'POST, GET',
        'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key',
        'Access-Control-Max-Age': '600',
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) {
      if (name === 'Vary') varyOn(c.res.headers, value);
      else c.res.headers.set(name, value);
    }
  };
}

/** Adds a header to Vary, keeping what the route already said its reply varies on. */
function varyOn(h: Headers, field: string): void {
  const now = h.get('Vary');
  if (!now) h.set('Vary', field);
  else if (!now.split(',').some((v) => v.trim().toLowerCase() === field.toLowerCase())) h.set('Vary', `${now}, ${field}`);
}

export function rateLimit(limiter: RateLimiter, trustProxy: boolean): MiddlewareHandler<Env> {
  return async (c, next) => {
    const taken = limiter.take(clientOf(c, trustProxy));
    if (taken.ok) return next();
    return problem(c, {
      status: 429,
      type: 'rate-limited',
      title: 'Too many requests: please wait and try again',
      headers: { 'Retry-After': String(taken.retryAfterSeconds) },
    });
  };
}

/** The media type without parameters, in lower case: `application/json`. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

export function accepts(types: readonly string[]): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (types.includes(mediaType(c.req.header('Content-Type')))) return next();
    return problem(c, {
      status: 415,
      type: 'unsupported-media-type',
      title: 'Unsupported Content-Type',
      detail: `Send one of: ${types.join(', ')}`,
      headers: { 'Accept-Post': types.join(', ') },
    });
  };
}

export function limitBody(maxBytes: number): MiddlewareHandler<Env> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, { status: 413, type: 'too-large', title: 'The request is too large', detail: `At most ${maxBytes} bytes` }),
  });
}
