/// <reference types="node" />
// The staff screen on a full inbox: a link worker signs in over HTTP, as a browser does, then the
// list's first page, a search by name, one referral's page and the list's half-second poll are each
// asked for in turn. Returns bench rows (p95 of each). Used by inbox-intake.ts once it has stored
// its 10,000 referrals.
import { loadavg } from 'node:os';
import type { Db } from '../../server/store/db.ts';
import { addUser } from '../../server/staff/accounts.ts';
import { LIST_VERSION_SQL } from '../../server/store/worklist.ts';

const ROUNDS = 40;
const BACKGROUND = { 'X-Inbox-Background': '1' };

async function signIn(url: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${url}/inbox/sign-in`);
  const token = /name="token" value="([^"]+)"/.exec(await form.text())?.[1];
  const first = form.headers.getSetCookie()[0]?.split(';')[0];
  if (!token || !first) throw new Error('no sign-in form');
  const res = await fetch(`${url}/inbox/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: url, Cookie: first },
    body: new URLSearchParams({ token, email, password }).toString(),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('waymark-session='))?.split(';')[0];
  if (res.status !== 303 || !session) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}

async function p95(ask: () => Promise<Response>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const res = await ask();
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${res.url}: ${res.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.95)]!;
}

interface PlanNode {
  'Node Type': string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Rows the poll's query reads: a few with its index, every referral without (a timing cannot tell on a busy machine). */
async function rowsThePollReads(db: Db): Promise<number> {
  const [row] = await db.query<Record<string, unknown>>(`EXPLAIN (ANALYZE, FORMAT JSON) ${LIST_VERSION_SQL}`);
  const raw = Object.values(row!)[0];
  const [{ Plan }] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
  const read = (node: PlanNode): number =>
    (node['Node Type'].includes('Scan') ? node['Actual Rows'] * node['Actual Loops'] : 0) + (node.Plans ?? []).reduce((sum, n) => sum + read(n), 0);
  return read(Plan);
}

export async function staffTimings(url: string, db: Db, kind: string, stored: number): Promise<unknown[]> {
  const added = await addUser(db, { email: 'bench@practice.example', name: 'Bench Worker', role: 'linkworker' }, { at: new Date() });
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
  const cookie = await signIn(url, added.user.email, added.password);
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url}${path}`, { headers: { Cookie: cookie, ...headers } });
  const [newest] = await db.query<{ reference: string }>('SELECT reference FROM referrals ORDER BY id DESC LIMIT 1');
  const note = `${stored} referrals, p95 of ${ROUNDS} in turn, load average ${loadavg()[0]!.toFixed(1)}`;
  return [
    { measure: `${kind}: staff list, first page`, value: await p95(() => get('/inbox?status=all')), unit: 'ms', max: 1000, note },
    { measure: `${kind}: staff list, search by name`, value: await p95(() => get('/inbox?status=all&q=taylor')), unit: 'ms', max: 1000, note },
    { measure: `${kind}: one referral's page`, value: await p95(() => get(`/inbox/referrals/${newest!.reference}`)), unit: 'ms', max: 1000, note },
    { measure: `${kind}: the list's poll (every 0.5 s a tab)`, value: await p95(() => get('/inbox/updates', BACKGROUND)), unit: 'ms', max: 100, note },
    { measure: `${kind}: rows the poll's query reads`, value: await rowsThePollReads(db), unit: 'rows', max: 10, note: `of ${stored}; an index probe each for the newest id and the latest change` },
  ];
}
