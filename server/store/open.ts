import type { InboxConfig } from '../config.ts';
import type { Db } from './db.ts';
import { lockFolder, preparePgdata } from './data-dir.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite-db.ts';
import { openPostgres } from './postgres-db.ts';

export interface OpenStore {
  db: Db;
  /** For PGlite: record where the server listens, for local commands (export) to find it. */
  setUrl(url: string): void;
  close(): Promise<void>;
}

/** The configured store, migrated and ready: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function openStore(config: Pick<InboxConfig, 'databaseUrl' | 'dataDir'>): Promise<OpenStore> {
  if (config.databaseUrl) {
    const db = openPostgres(config.databaseUrl);
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return { db, setUrl: () => {}, close: () => db.close() };
  }
  const lock = lockFolder(config.dataDir);
  try {
    const pgdata = await preparePgdata(config.dataDir, async (folder) => {
      const fresh = await openPglite(folder);
      await migrate(fresh);
      await fresh.close();
    });
    const db = await openPglite(pgdata);
    await migrate(db);
    return {
      db,
      setUrl: lock.setUrl,
      close: async () => {
        await db.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
