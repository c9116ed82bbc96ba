// Per-client token buckets, kept in this process. With several processes behind a load balancer
// each keeps its own, so a client gets at most N times the rate: still a cap on a runaway client
// or a script, which is what this is for. A proxy in front can rate-limit globally (docs/inbox.md).

export interface RateLimiter {
  /** Takes one token for `client`; the seconds to wait when there is none. */
  take(client: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function rateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const capacity = perMinute;
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweptAt = now();
  return {
    take(client) {
      const t = now();
      // Forget full buckets now and then, so memory follows active clients, not all clients ever.
      if (t - sweptAt > 60_000) {
        for (const [key, b] of buckets) if (b.tokens + (t - b.at) * refillPerMs >= capacity) buckets.delete(key);
        sweptAt = t;
      }
      const bucket = buckets.get(client) ?? { tokens: capacity, at: t };
      bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * refillPerMs);
      bucket.at = t;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
  };
}
