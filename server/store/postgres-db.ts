import postgres from 'postgres';
import type { Db, Queryable } from './db.ts';

/** A PostgreSQL server, through a small connection pool (several inbox processes can share it). */
export function openPostgres(url: string, { max = 10 }: { max?: number } = {}): Db {
  const sql = postgres(url, {
    max,
    // The inbox's own tables only; PostgreSQL's NOTICEs (e.g. "relation already exists") are not news.
    onnotice: () => {},
    connection: { application_name: 'waymark-inbox' },
  });
  const wrap = (runner: postgres.Sql | postgres.TransactionSql): Queryable => ({
    // A plain array, as PGlite gives: postgres.js's result is an Array subclass with extra fields.
    query: async <T,>(text: string, params: readonly unknown[] = []) =>
      [...(await runner.unsafe(text, params as postgres.ParameterOrJSON<never>[]))] as unknown as T[],
  });
  return {
    kind: 'postgres',
    ...wrap(sql),
    transaction: <T,>(work: (tx: Queryable) => Promise<T>) => sql.begin((tx) => work(wrap(tx))) as Promise<T>,
    close: () => sql.end({ timeout: 5 }),
  };
}
