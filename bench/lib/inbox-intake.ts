/// <reference types="node" />
// Intake on each store: referrals per second and p95 latency from 20 concurrent clients for 10 s,
// then heap and database size once 10,000 referrals are stored, then the staff screen's pages on
// that full inbox (bench/lib/staff-timing.ts). The inbox runs in this process
// (a real HTTP server on loopback); the clients run in a worker thread. Prints JSON rows.
// Run by bench/inbox.bench.mjs, under scripts/with-postgres.ts for PostgreSQL.
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readConfig } from '../../server/config.ts';
import { startInbox } from '../../server/server.ts';
import { silentLogger } from '../../server/log.ts';
import { newPlace, storeKinds } from '../../server/test/helpers/stores.ts';
import { aReferral } from '../../test/fixtures/referral.ts';
import { goals } from '../../test/core/referral/helpers.ts';
import { staffTimings } from './staff-timing.ts';

const CONCURRENCY = 20;
const DURATION_MS = 10_000;
const TOTAL = 10_000;
const template = aReferral({ goals });

function load(url: string, options: { durationMs?: number; total?: number }): Promise<{ latencies: number[]; failed: number }> {
  const worker = new Worker(new URL('./intake-load.mjs', import.meta.url), { workerData: { url, template, concurrency: CONCURRENCY, ...options } });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const rows: unknown[] = [];
for (const kind of storeKinds()) {
  const place = await newPlace(kind);
  const read = readConfig({ ...place.env, PORT: '0', INBOX_RATE_LIMIT_PER_MINUTE: '1000000' });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const inbox = await startInbox(read.config, silentLogger);
  try {
    const timed = await load(inbox.url, { durationMs: DURATION_MS });
    const sorted = timed.latencies.sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    // The machine's load says how far to trust the figures: other work on 2 cores slows them a lot.
    const note = `${CONCURRENCY} clients, ${DURATION_MS / 1000} s, ${sorted.length} sent${timed.failed ? `, ${timed.failed} failed` : ''}, load average ${loadavg()[0]!.toFixed(1)}`;
    rows.push({ measure: `${kind}: referrals stored per second`, value: sorted.length / (DURATION_MS / 1000), unit: '/s', note });
    rows.push({ measure: `${kind}: p95 latency of POST /referrals`, value: p95, unit: 'ms', note });
    const rest = Math.max(0, TOTAL - sorted.length);
    if (rest) await load(inbox.url, { total: rest });
    const [count] = await inbox.db.query<{ n: number; bytes: number }>('SELECT count(*)::integer AS n, pg_database_size(current_database())::float8 AS bytes FROM referrals');
    (globalThis as { gc?: () => void }).gc?.();
    const heap = process.memoryUsage().heapUsed;
    rows.push({ measure: `${kind}: inbox heap with ${count!.n} referrals stored`, value: heap / 1024 / 1024, unit: 'MB', note: 'after GC' });
    rows.push({ measure: `${kind}: database size with ${count!.n} referrals`, value: count!.bytes / 1024 / 1024, unit: 'MB', note: 'pg_database_size' });
    rows.push(...(await staffTimings(inbox.url, inbox.db, kind, count!.n)));
  } finally {
    await inbox.close();
    await place.dispose();
  }
}
process.stdout.write(`${JSON.stringify(rows)}\n`);
