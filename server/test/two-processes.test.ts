import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readdirSync } from 'node:fs';
import postgres from 'postgres';
import { hasPostgres, newPlace, type StorePlace } from './helpers/stores.ts';
import { startInboxProcess, type InboxProcess } from './helpers/process.ts';
import { newReferral } from './helpers/referral.ts';

const MIGRATIONS = readdirSync(new URL('../store/migrations/', import.meta.url)).filter((f) => f.endsWith('.sql')).length;

// Several inbox processes on one PostgreSQL keep no state of their own: idempotency lives in the
// database's unique constraint, so duplicates spread across processes still store one row.
describe('two inbox processes on one PostgreSQL', { timeout: 180_000, skip: !hasPostgres() && 'needs PostgreSQL' }, () => {
  let place: StorePlace;
  const inboxes: InboxProcess[] = [];
  before(async () => {
    place = await newPlace('postgres');
    // Both start at once: the migrations take turns under an advisory lock.
    inboxes.push(...(await Promise.all([startInboxProcess(place.env), startInboxProcess(place.env)])));
  });
  after(async () => {
    await Promise.all(inboxes.map((i) => i.stop()));
    await place?.dispose();
  });

  it('concurrent duplicates sent to both store one row, and every reply carries one reference', async () => {
    const referral = newReferral();
    const replies = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        fetch(`${inboxes[i % 2]!.url}/referrals`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': referral.id },
          body: JSON.stringify(referral),
        }),
      ),
    );
    assert.deepEqual([...new Set(replies.map((r) => r.status))], [201]);
    const references = new Set(await Promise.all(replies.map(async (r) => ((await r.json()) as { reference: string }).reference)));
    assert.equal(references.size, 1);
    const sql = postgres(place.databaseUrl!, { max: 1 });
    try {
      const [row] = await sql`SELECT count(*)::integer AS n FROM referrals WHERE referral_id = ${referral.id}`;
      assert.equal(row!.n, 1);
      const [migrations] = await sql`SELECT count(*)::integer AS n FROM schema_migrations`;
      assert.equal(migrations!.n, MIGRATIONS, 'each migration applied once');
    } finally {
      await sql.end();
    }
  });
});
