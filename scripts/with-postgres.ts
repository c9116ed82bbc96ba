/// <reference types="node" />
// Runs a command with a real PostgreSQL for the inbox's tests: `tsx scripts/with-postgres.ts npm run test:node`.
// - WAYMARK_TEST_DATABASE_URL already set (.ci/run starts a cluster and sets it): used as it is.
// - Else, when Debian's (or any) `initdb` is found: a throwaway cluster in a temp folder on a free
//   loopback port, trusted, stopped and deleted when the command ends.
// - Else the tests run on PGlite only and say so; with CI=true a missing PostgreSQL is a failure.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (!command.length) {
  console.error('Usage: tsx scripts/with-postgres.ts <command> [args…]');
  process.exit(64);
}

function findBin(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let child: ReturnType<typeof spawn> | undefined;
let cleanUp = () => {};
// A signal while the command runs goes to it (it ends, then the cluster stops); one before or
// after (say, during initdb) stops the cluster here, so none is left running.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill(signal);
    else {
      cleanUp();
      process.exit(1);
    }
  });
}

function run(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.env.WAYMARK_TEST_DATABASE_URL) process.exit(await run(process.env));

const initdb = findBin('initdb');
const pgCtl = findBin('pg_ctl');
if (!initdb || !pgCtl) {
  if (process.env.CI === 'true') {
    console.error('PostgreSQL is needed for the inbox tests in CI, and initdb was not found. Install Debian\'s postgresql package (.ci/run does).');
    process.exit(1);
  }
  console.error('\n*** No PostgreSQL (initdb) found: the inbox tests run on PGlite only. apt-get install postgresql to run them on both. ***\n');
  process.exit(await run({ ...process.env, WAYMARK_TEST_POSTGRES: 'none' }));
}

// initdb refuses to run as root: the cluster belongs to the `postgres` user then.
const asRoot = process.getuid?.() === 0;
const as = (bin: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]) as [string, string[]];
const folder = mkdtempSync(join(tmpdir(), 'waymark-pg-'));
const data = join(folder, 'data');
if (asRoot) {
  chmodSync(folder, 0o755);
  execFileSync('chown', ['postgres', folder]);
}
const port = await freePort();
let started = false;
const stop = () => {
  if (started) spawnSync(...as(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
  started = false;
  rmSync(folder, { recursive: true, force: true });
};
cleanUp = stop;
process.on('exit', stop);
let code: number;
try {
  execFileSync(...as(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']), { stdio: 'ignore' });
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c max_connections=200 -c fsync=on`;
  execFileSync(...as(pgCtl, ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start']), { stdio: 'ignore' });
  started = true;
  console.error(`PostgreSQL for the tests on 127.0.0.1:${port} (${folder})`);
  code = await run({ ...process.env, WAYMARK_TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` });
} finally {
  stop();
}
process.exit(code);
