import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../store/db.ts';
import { migrate, readMigrations, splitStatements } from '../store/migrate.ts';
import { REFERRAL_STATUSES } from '../../src/core/referral/status.ts';
import { saveReferral, type NewReferral } from '../store/referrals.ts';
import { newReference } from '../intake/reference.ts';
import { openPostgres } from '../store/postgres-db.ts';
import { hasPostgres, newDb, newPlace, storeKinds } from './helpers/stores.ts';

function row(overrides: Partial<NewReferral> = {}): NewReferral {
  const id = randomUUID();
  return { referralId: id, idempotencyKey: id, fingerprint: id, format: 'json', submittedAt: undefined, supersedes: undefined, document: { id }, ...overrides };
}

const statusOf = async (db: Db, id: string) =>
  (await db.query<{ status: string; superseded_by: string | null }>('SELECT status, superseded_by::text AS superseded_by FROM referrals WHERE referral_id = $1', [id]))[0];

for (const kind of storeKinds()) {
  describe(`the store on ${kind}`, { timeout: 60_000 }, () => {
    let db: Db;
    let dispose: () => Promise<void>;
    before(async () => ({ db, dispose } = await newDb(kind)));
    after(() => dispose?.());
    const save = (input: NewReferral) => saveReferral(db, input, () => newReference('WM'));

    it('migrations run once: a second run applies nothing', async () => {
      assert.deepEqual(await migrate(db), []);
    });

    it("takes exactly core's referral statuses", async () => {
      for (const status of REFERRAL_STATUSES) {
        const saved = row();
        await save(saved);
        await db.query('UPDATE referrals SET status = $2 WHERE referral_id = $1', [saved.referralId, status]);
      }
      const saved = row();
      await save(saved);
      await assert.rejects(db.query("UPDATE referrals SET status = 'lost' WHERE referral_id = $1", [saved.referralId]), (error: { code?: string }) => error.code === '23514');
    });

    it('a referral that supersedes another marks the older one superseded', async () => {
      const older = row();
      await save(older);
      const newer = row({ supersedes: older.referralId });
      assert.equal((await save(newer)).kind, 'created');
      assert.deepEqual(await statusOf(db, older.referralId), { status: 'superseded', superseded_by: newer.referralId });
      assert.equal((await statusOf(db, newer.referralId))!.status, 'new');
    });

    it('also when the newer one arrives first', async () => {
      const older = row();
      const newer = row({ supersedes: older.referralId });
      await save(newer);
      await save(older);
      assert.deepEqual(await statusOf(db, older.referralId), { status: 'superseded', superseded_by: newer.referralId });
    });

    it('the database refuses a second row for one referral id or key, whatever the code does', async () => {
      const first = row();
      await save(first);
      await assert.rejects(
        db.query("INSERT INTO referrals (referral_id, reference, idempotency_key, fingerprint, format, document) VALUES ($1, 'WM-TEST-2222', 'other', 'x', 'json', '{}')", [first.referralId]),
        (error: { code?: string }) => error.code === '23505',
      );
    });
  });
}

describe('a request while another with the same key is still being stored, on PostgreSQL', { timeout: 60_000, skip: !hasPostgres() && 'needs PostgreSQL' }, () => {
  it('is told in-flight (409) after a short wait, and stores nothing', async () => {
    const { db, place, dispose } = await newDb('postgres');
    const other = openPostgres(place!.databaseUrl!, { max: 1 });
    try {
      const first = row();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
      // Another process's transaction has inserted this key and not yet committed.
      const holding = other.transaction(async (tx) => {
        await tx.query("INSERT INTO referrals (referral_id, reference, idempotency_key, fingerprint, format, document) VALUES ($1, 'WM-HELD-2222', $2, $3, 'json', '{}')", [first.referralId, first.idempotencyKey, first.fingerprint]);
        inserted();
        await held;
        throw new Error('roll back');
      }).catch(() => {});
      await insertedYet;
      assert.deepEqual(await saveReferral(db, first, () => newReference('WM'), 200), { kind: 'in-flight' });
      release();
      await holding;
      // Once the other rolled back, the same request stores it.
      assert.equal((await saveReferral(db, first, () => newReference('WM'), 200)).kind, 'created');
    } finally {
      await other.close();
      await dispose();
    }
  });
});

describe('migrations on one PostgreSQL from several processes at once', { timeout: 60_000, skip: !hasPostgres() && 'needs PostgreSQL' }, () => {
  it('apply once, with no error in any of them', async () => {
    const place = await newPlace('postgres');
    const dbs = Array.from({ length: 4 }, () => openPostgres(place.databaseUrl!, { max: 1 }));
    try {
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      const all = readMigrations().length;
      assert.equal(applied.flat().length, all);
      const [row] = await dbs[0]!.query<{ n: number }>('SELECT count(*)::integer AS n FROM schema_migrations');
      assert.equal(row!.n, all);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
      await place.dispose();
    }
  });
});

describe('a migration file split into statements', { timeout: 10_000 }, () => {
  it("splits at each ; outside strings, quoted names, comments and dollar-quoted bodies", () => {
    const sql = `-- a comment; with a semicolon
CREATE TABLE a (x text DEFAULT 'a;b''c'); -- trailing; comment
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'no; %', TG_OP;
END;
$$;
CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
SELECT "odd;name" FROM a`;
    assert.deepEqual(splitStatements(sql), [
      "CREATE TABLE a (x text DEFAULT 'a;b''c')",
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no; %', TG_OP;\nEND;\n$$",
      'CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql',
      'SELECT "odd;name" FROM a',
    ]);
  });
});
