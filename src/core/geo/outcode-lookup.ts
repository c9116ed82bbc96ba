import { z } from '../model/zod.ts';
import { fetchJson } from '../net/fetch-json.ts';
import type { GeoPoint } from './distance.ts';

/** The part of a postcodes.io `/outcodes/{outcode}` reply Waymark reads. */
const OutcodeReply = z.object({
  result: z.object({
    outcode: z.string(),
    // postcodes.io gives null for outcodes with no fixed place (PO boxes, some non-geographic codes).
    latitude: z.nullable(z.number().check(z.gte(-90), z.lte(90))),
    longitude: z.nullable(z.number().check(z.gte(-180), z.lte(180))),
  }),
});

export interface Origin extends GeoPoint {
  /** The outward code a person gave; none when the place is the device's location. */
  outcode?: string;
}

export type OutcodeLookup = { ok: true; origin: Origin } | { ok: false; reason: 'not-found' | 'unavailable'; detail: string };

/** `{base}/outcodes/{OUTCODE}`, whatever slashes the site put on the base. */
export function outcodeUrl(base: string, outcode: string): string {
  return `${base.replace(/\/+$/, '')}/outcodes/${encodeURIComponent(outcode)}`;
}

/**
 * Finds the middle of an outward code's district. Sends the outward code only: the full
 * postcode never leaves the page. Never throws.
 */
export async function lookupOutcode(base: string, outcode: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<OutcodeLookup> {
  const url = outcodeUrl(base, outcode);
  const reply = await fetchJson(url, { signal: options.signal, timeoutMs: options.timeoutMs ?? 8000 });
  if (!reply.ok) {
    return { ok: false, reason: reply.status === 404 ? 'not-found' : 'unavailable', detail: reply.detail };
  }
  const parsed = OutcodeReply.safeParse(reply.data);
  if (!parsed.success) return { ok: false, reason: 'unavailable', detail: `${url}: the reply is not a postcodes.io outcode result` };
  const { latitude, longitude } = parsed.data.result;
  if (latitude === null || longitude === null) return { ok: false, reason: 'not-found', detail: `${url}: this outcode has no location` };
  return { ok: true, origin: { latitude, longitude, outcode } };
}
