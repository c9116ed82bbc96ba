import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

// Versioned plain-SQL migrations, the same files on PGlite and PostgreSQL: `NNNN_name.sql`, applied
// in order, each once, each in its own transaction. Never edit one that has shipped; add the next.

const FOLDER = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any fixed number: processes starting together on one PostgreSQL take turns, so none applies a
// migration twice.
const MIGRATION_LOCK = 7_424_017;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(folder = FOLDER): Migration[] {
  return readdirSync(folder)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 4)), name: file.slice(5, -4), sql: readFileSync(folder + file, 'utf8') }));
}

/** Brings the database up to date; returns the versions it applied. */
export async function migrate(db: Db, migrations = readMigrations()): Promise<number[]> {
  // Under the lock too: two processes running CREATE TABLE IF NOT EXISTS at once can both miss
  // the table and one then fails on PostgreSQL's catalog (a known race).
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.length) return false;
      // Statements one by one: an extended-protocol query takes only one.
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/**
 * A migration file's statements, split at each `;` outside quotes and comments. Understands
 * '…' strings, "…" names, `--` comments and dollar-quoted bodies ($$ … $$, $body$ … $body$), so a
 * migration may define a trigger function.
 */
// A comment, a dollar-quoted body, a string, a quoted name, a `;`, or a run of anything else.
const SQL_TOKEN = /--[^\n]*|\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$|'(?:[^']|'')*'|"(?:[^"]|"")*"|;|[^-$'";]+|[\s\S]/g;

export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  for (const [token] of sql.matchAll(SQL_TOKEN)) {
    if (token.startsWith('--')) continue;
    if (token === ';') {
      statements.push(current);
      current = '';
    } else current += token;
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter(Boolean);
}
