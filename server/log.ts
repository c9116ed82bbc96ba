import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

// One JSON line per request. No personal data, by construction: the method, the path without its
// query, the status, the time taken and, when a referral was stored, its reference. Never a body,
// a header, an address or a query string.

export type LogLine = Record<string, string | number | boolean>;
export type Logger = (line: LogLine) => void;

export const stdoutLogger: Logger = (line) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
export const silentLogger: Logger = () => {};

export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const reference = c.get('reference');
    log({
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      ...(reference ? { reference } : {}),
    });
  };
}
