import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { Db, StoreKind } from '../../store/db.ts';
import { migrate } from '../../store/migrate.ts';
import { openPglite } from '../../store/pglite-db.ts';
import { openPostgres } from '../../store/postgres-db.ts';

// The same suites run on both stores. PostgreSQL comes from WAYMARK_TEST_DATABASE_URL (set by
// scripts/with-postgres.ts or .ci/run); each suite gets a database of its own, dropped after.

const adminUrl = process.env.WAYMARK_TEST_DATABASE_URL;

/** The stores to run on. In CI both, always: a missing PostgreSQL fails rather than skips. */
export function storeKinds(): StoreKind[] {
  if (adminUrl) return ['pglite', 'postgres'];
  if (process.env.CI === 'true') throw new Error('WAYMARK_TEST_DATABASE_URL is not set: run the tests through scripts/with-postgres.ts (npm test does)');
  if (process.env.WAYMARK_TEST_POSTGRES !== 'none') console.error('WAYMARK_TEST_DATABASE_URL is not set: running on PGlite only');
  return ['pglite'];
}

export function hasPostgres(): boolean {
  storeKinds();
  return Boolean(adminUrl);
}

/** Where a store lives for one suite: a PostgreSQL database or a PGlite folder. */
export interface StorePlace {
  kind: StoreKind;
  /** Settings for the inbox (as environment variables) to use this place. */
  env: Record<string, string>;
  databaseUrl?: string;
  dataDir?: string;
  dispose(): Promise<void>;
}

export async function newPlace(kind: StoreKind): Promise<StorePlace> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-inbox-test-'));
    return { kind, env: { INBOX_DATA_DIR: dataDir }, dataDir, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `waymark_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind,
    env: { DATABASE_URL: databaseUrl },
    databaseUrl,
    dispose: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** A migrated database for in-process tests: PGlite in memory, or a fresh PostgreSQL database. */
export async function newDb(kind: StoreKind): Promise<{ db: Db; place?: StorePlace; dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openPglite(undefined);
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const place = await newPlace(kind);
  const db = openPostgres(place.databaseUrl!, { max: 20 });
  await migrate(db);
  return {
    db,
    place,
    dispose: async () => {
      await db.close();
      await place.dispose();
    },
  };
}
