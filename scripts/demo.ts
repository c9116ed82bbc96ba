/// <reference types="node" />
// `npm run demo`: the Waymark inbox on PGlite (data in .waymark-inbox/) beside the demo pages on
// Vite. The practice and kiosk pages send their referrals to that inbox; the rest of the demo's
// API (directory, postcodes) stays a mock in the browser.
import { spawn, type ChildProcess } from 'node:child_process';

// Vite's port is fixed (strictPort): the inbox accepts referrals only from the demo's own origin,
// so Vite must not move to another port when this one is taken. DEMO_PORT picks another.
const DEMO_PORT = process.env.DEMO_PORT ?? '5173';
const DEMO_ORIGINS = `http://127.0.0.1:${DEMO_PORT},http://localhost:${DEMO_PORT}`;
const children: ChildProcess[] = [];

let stopping = false;
/** Stops both and waits for them (the inbox checkpoints and releases its folder), 10 s at most. */
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  void Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve)))).then(() => process.exit(code));
}
process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));

const inbox = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: { ...process.env, INBOX_CORS_ORIGINS: [process.env.INBOX_CORS_ORIGINS, DEMO_ORIGINS].filter(Boolean).join(',') },
  stdio: ['ignore', 'pipe', 'pipe'],
});
children.push(inbox);
// The inbox's request log (references and statuses only), marked as its own.
inbox.stdout!.on('data', (d: Buffer) => process.stdout.write(d.toString().replace(/^(?=.)/gm, '[inbox] ')));

const url = await new Promise<string>((resolve) => {
  let said = '';
  inbox.stderr!.on('data', (d: Buffer) => {
    said += d;
    process.stderr.write(d.toString().replace(/^(?=.)/gm, '[inbox] '));
    const match = /listening on (\S+)/.exec(said);
    if (match) resolve(match[1]!);
  });
  inbox.once('exit', (code) => {
    if (stopping) return;
    process.stderr.write(`The inbox did not start (exit ${code}). Is another one using port ${process.env.PORT ?? 8787}? Stop it, or run with PORT=<another port>.\n`);
    stopAll(1);
  });
});

// A demo link worker and manager, with fresh passwords printed here. The command refuses unless
// the inbox listens on loopback: known accounts on an inbox others can reach would be a way in.
// Its PORT is the inbox's real one (PORT=0 picks any), so it prints the right address on PostgreSQL too.
const accounts = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', 'demo-users'], {
  env: { ...process.env, PORT: new URL(url).port },
  stdio: ['ignore', 'pipe', 'pipe'],
});
children.push(accounts);
let said = '';
accounts.stdout!.on('data', (d: Buffer) => (said += d));
accounts.stderr!.on('data', (d: Buffer) => (said += d));
const made = await new Promise<number | null>((resolve) => accounts.once('exit', resolve));
process.stderr.write(made === 0 ? `\n${said}\n` : `No demo accounts: ${said}\n`);

// Vite's own script, not through npx, so stopping the demo stops Vite itself.
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'demo/vite.config.ts', '--port', DEMO_PORT, '--strictPort', ...process.argv.slice(2)], {
  env: { ...process.env, WAYMARK_DEMO_INBOX: url },
  stdio: 'inherit',
});
children.push(vite);
vite.once('exit', (code) => stopAll(code ?? 0));
inbox.once('exit', (code) => {
  if (stopping) return;
  process.stderr.write(`The inbox stopped (exit ${code}).\n`);
  stopAll(1);
});
