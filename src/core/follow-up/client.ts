import { CheckInContext, type FollowUp } from '../model/follow-up.ts';
import { z } from '../model/zod.ts';

// Talking to the inbox about one check-in link: what it opens, and sending the answers once.
// Every reply goes through a schema; a link that cannot be used says which way (expired, used,
// unknown) so the page can say so plainly. The token stays in this module's URLs, never in logs.

export type LinkProblem = 'expired' | 'used' | 'unknown';

export type Opened = { kind: 'open'; context: CheckInContext } | { kind: LinkProblem } | { kind: 'failed' };
export type Sent = { kind: 'sent'; reference: string } | { kind: LinkProblem } | { kind: 'failed' };

const Problem = z.object({ type: z.string() });
const Created = z.object({ reference: z.string().check(z.minLength(1), z.maxLength(40)) });

/**
 * The inbox's check-in address for a token, beside its referral endpoint (`…/referrals` →
 * `…/check-ins/{token}`). A relative endpoint (`/api/referrals`) is read against `base`, the page's address.
 */
export function checkInUrl(endpoint: string, token: string, base: string): string {
  return new URL(`check-ins/${encodeURIComponent(token)}`, new URL(endpoint, base)).href;
}

/** The token from the page's address: the fragment, which no server or log sees. */
export function tokenFromHash(hash: string): string | undefined {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

async function linkProblem(res: Response): Promise<LinkProblem | undefined> {
  if (res.status === 404) return 'unknown';
  if (res.status !== 410) return undefined;
  const body = Problem.safeParse(await res.json().catch(() => undefined));
  return body.success && body.data.type.endsWith('check-in-used') ? 'used' : 'expired';
}

export async function openCheckIn(url: string, fetcher: typeof fetch = fetch): Promise<Opened> {
  try {
    const res = await fetcher(url, { headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' });
    const problem = await linkProblem(res);
    if (problem) return { kind: problem };
    if (!res.ok) return { kind: 'failed' };
    const context = CheckInContext.safeParse(await res.json());
    return context.success ? { kind: 'open', context: context.data } : { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}

export interface SendOptions {
  fetcher?: typeof fetch;
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends the answers with the record's id as the Idempotency-Key, trying again after a network
 * failure or a 5xx (the inbox answers a repeat as the first), never after a clear answer.
 */
export async function sendCheckIn(url: string, record: FollowUp, { fetcher = fetch, attempts = 3, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: SendOptions = {}): Promise<Sent> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetcher(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id },
        body: JSON.stringify(record),
        credentials: 'omit',
      });
      const problem = await linkProblem(res);
      if (problem) return { kind: problem };
      if (res.status === 201 || res.status === 200) {
        const created = Created.safeParse(await res.json());
        return created.success ? { kind: 'sent', reference: created.data.reference } : { kind: 'failed' };
      }
      if (res.status < 500 && res.status !== 429) return { kind: 'failed' };
    } catch {
      // The network: try again.
    }
    if (attempt < attempts) await sleep(500 * 2 ** (attempt - 1));
  }
  return { kind: 'failed' };
}
