import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The embedded store's folder: `pgdata/` (PGlite's PostgreSQL files), `inbox.lock` (which process
// has it open, and where it listens) and `admin-token` (what local commands show to that process).
//
// PGlite does not lock its folder, and two processes writing one folder corrupt it; nor does it
// survive being killed during its first initdb. This module guards against both.

export interface Holder {
  pid: number;
  /** Where the holding server listens, once it does; absent for a command holding the folder. */
  url?: string;
}

export class FolderBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: Holder,
  ) {
    super(`${dataDir} is in use by process ${holder.pid}${holder.url ? ` (the inbox at ${holder.url})` : ''}`);
  }
}

export const pgdataOf = (dataDir: string) => join(resolve(dataDir), 'pgdata');
const lockOf = (dataDir: string) => join(resolve(dataDir), 'inbox.lock');
const tokenOf = (dataDir: string) => join(resolve(dataDir), 'admin-token');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process holding the folder, if any (a lock left by a killed process does not count). */
export function holderOf(dataDir: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockOf(dataDir), 'utf8')) as Holder;
    return Number.isInteger(holder.pid) && holder.pid !== process.pid && alive(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the folder for this process, or throws FolderBusyError naming who has it. */
export function lockFolder(dataDir: string): { setUrl(url: string): void; release(): void } {
  mkdirSync(resolve(dataDir), { recursive: true, mode: 0o700 });
  const path = lockOf(dataDir);
  for (;;) {
    try {
      writeFileSync(path, JSON.stringify({ pid: process.pid } satisfies Holder), { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(dataDir);
      if (holder) throw new FolderBusyError(dataDir, holder);
      // Left by a process that was killed: take it over.
      rmSync(path, { force: true });
    }
  }
  return {
    setUrl: (url) => writeFileSync(path, JSON.stringify({ pid: process.pid, url } satisfies Holder), { mode: 0o600 }),
    release: () => {
      rmSync(tokenOf(dataDir), { force: true });
      rmSync(path, { force: true });
    },
  };
}

/** A fresh admin token for this run, readable only by this user. */
export function writeAdminToken(dataDir: string): string {
  const token = randomBytes(32).toString('base64url');
  writeFileSync(tokenOf(dataDir), token, { mode: 0o600 });
  return token;
}

export function readAdminToken(dataDir: string): string | undefined {
  try {
    return readFileSync(tokenOf(dataDir), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The PostgreSQL folder, made if missing. A new one is initialised beside its final place and
 * renamed in only when complete, so a process killed during its first start leaves nothing
 * half-made in the way of the next.
 */
export async function preparePgdata(dataDir: string, initialise: (folder: string) => Promise<void>): Promise<string> {
  const pgdata = pgdataOf(dataDir);
  if (existsSync(join(pgdata, 'PG_VERSION'))) return pgdata;
  const partial = `${pgdata}.init`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(pgdata, { recursive: true, force: true });
  await initialise(partial);
  renameSync(partial, pgdata);
  return pgdata;
}
