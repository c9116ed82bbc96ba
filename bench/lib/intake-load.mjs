// A worker thread that sends referrals to an inbox, each with a fresh id, from `concurrency`
// clients at once, for `durationMs` or until `total` have been sent. Replies with the count and
// each request's latency. A thread of its own, so the inbox's heap is measured without it.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const { url, template, concurrency, durationMs, total } = workerData;
const latencies = [];
let sent = 0;
let failed = 0;
const until = durationMs ? performance.now() + durationMs : Infinity;

async function client() {
  while (performance.now() < until && (total === undefined || sent < total)) {
    sent++;
    const id = randomUUID();
    const started = performance.now();
    try {
      const res = await fetch(`${url}/referrals`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
        body: JSON.stringify({ ...template, id }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) failed++;
      latencies.push(performance.now() - started);
    } catch {
      // A connection the server dropped (on a machine too busy to answer in time) counts as a
      // failure in the figures, rather than ending the whole run.
      failed++;
    }
  }
}

await Promise.all(Array.from({ length: concurrency }, client));
parentPort.postMessage({ latencies, failed });
