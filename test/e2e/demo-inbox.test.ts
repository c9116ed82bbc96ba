/// <reference types="node" />
// `npm run demo` as a person runs it: the inbox and Vite side by side. It prints the demo link
// worker's sign-in, which works; the index page links to the inbox it really started; and the
// practice page's config sends referrals there, from an origin the inbox accepts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { canSignIn } from '../../server/test/helpers/staff.ts';
import { newReferral } from '../../server/test/helpers/referral.ts';
import { TEST_TIMEOUT } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ANSI_CODES = /\u001b\[[0-9;]*m/g;

/** A port free just now, for Vite (which the demo runs with --strictPort). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

describe('npm run demo', () => {
  it('prints a demo link worker sign-in that works, links the index to the inbox, and sends the practice page there', { timeout: 3 * TEST_TIMEOUT }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-demo-test-'));
    const port = await freePort();
    // Its own process group, so the inbox and Vite it starts are stopped with it whatever happens.
    const demo = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', INBOX_DATA_DIR: dataDir, DEMO_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // What a person reads: Vite colours its output when CI is set (picocolors), so codes go.
    let said = '';
    const hear = (d: Buffer) => (said += d.toString().replace(ANSI_CODES, ''));
    demo.stdout.on('data', hear);
    demo.stderr.on('data', hear);
    // Fails with what the demo printed, well inside the test's timeout, rather than waiting it out.
    const saying = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const deadline = Date.now() + TEST_TIMEOUT;
        const look = () => {
          const match = pattern.exec(said);
          if (match) {
            clearInterval(timer);
            resolve(match);
          } else if (demo.exitCode !== null || Date.now() > deadline) {
            clearInterval(timer);
            reject(new Error(`the demo ${demo.exitCode === null ? 'never printed' : 'stopped before printing'} ${pattern}; it printed:\n${said}`));
          }
        };
        const timer = setInterval(look, 100);
      });
    try {
      const [, inbox] = await saying(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      const [, email, password] = await saying(/Link worker: (\S+@\S+) {2}password: (\S+)/);
      assert.match(said, new RegExp(`Demo sign-in for the inbox \\(this machine only\\): ${inbox}/inbox\\n`), 'the address printed is the running inbox');
      assert.ok(await canSignIn(inbox!, email!, password!), 'the printed sign-in works');
      await saying(new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
      const site = `http://127.0.0.1:${port}`;

      const index = await (await fetch(`${site}/`)).text();
      assert.ok(index.includes(`href="${inbox}/inbox"`), 'the index page links to the running inbox');

      const config = (await (await fetch(`${site}/config/ashby-vale.json`)).json()) as { referral: { endpoint: string } };
      assert.equal(config.referral.endpoint, `${inbox}/referrals`);
      const referral = newReferral();
      const sent = await fetch(config.referral.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': referral.id, Origin: site },
        body: JSON.stringify(referral),
      });
      assert.equal(sent.status, 201, 'the inbox takes referrals from the demo page\'s origin');
    } finally {
      // SIGTERM to the demo stops the inbox (which checkpoints) and Vite; then nothing of the group may remain.
      if (demo.exitCode === null && demo.signalCode === null) {
        let timer: NodeJS.Timeout | undefined;
        const exited = new Promise((resolve) => demo.once('exit', resolve));
        demo.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
        clearTimeout(timer);
      }
      try {
        process.kill(-demo.pid!, 'SIGKILL');
      } catch {
        // the whole group has gone
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
