import type { IncomingMessage } from 'node:http';

export type NodeBindings = { incoming?: IncomingMessage };

/**
 * Who is asking, for rate limits: the socket's address, or, behind a proxy that terminates TLS,
 * the address that proxy saw (the last X-Forwarded-For entry: the one it added itself; earlier
 * ones are whatever the client claimed).
 */
export function clientOf(c: { env: NodeBindings | undefined; req: { header(name: string): string | undefined } }, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').map((s) => s.trim()).filter(Boolean);
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}
