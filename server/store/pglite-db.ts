import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.ts';

// PGlite runs PostgreSQL in this process. Its NodeFS writes straight through to files in the data
// folder, so a committed transaction is in the operating system's hands when the reply goes out
// and survives the process being killed. PGlite runs PostgreSQL with fsync off (`-F`), so it does
// not survive a power cut the same way: production services should use PostgreSQL (docs/inbox.md).

/** PGlite on a folder, or in memory when `dataDir` is undefined (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const wrap = (runner: Pick<PGlite, 'query'>): Queryable => ({
    query: async <T,>(text: string, params: readonly unknown[] = []) => (await runner.query<T>(text, params as unknown[])).rows,
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: <T,>(work: (tx: Queryable) => Promise<T>) => pg.transaction((tx) => work(wrap(tx))),
    close: async () => {
      // A checkpoint first, so the next start has little WAL to replay.
      await pg.exec('CHECKPOINT').catch(() => {});
      await pg.close();
    },
  };
}
