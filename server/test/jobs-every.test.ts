import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { every } from '../jobs/every.ts';
import type { LogLine } from '../log.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for a condition without a fixed sleep, so a busy machine only makes it slower. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await tick(5);
}

describe('every: the background jobs\' timer', { timeout: 20_000 }, () => {
  it('runs soon after start, then on its interval, and logs what each run did', async () => {
    const lines: LogLine[] = [];
    let runs = 0;
    const timer = every('test', { firstRunMs: 5, everyMs: 20 }, async () => ++runs, (line) => lines.push(line), (n) => ({ run: n }));
    await until(() => runs >= 3);
    await timer.stop();
    assert.deepEqual(lines[0], { job: 'test', run: 1 });
  });

  it('never starts a run while one is going, and stop waits for it to finish', async () => {
    let going = 0;
    let most = 0;
    let finished = 0;
    const timer = every('slow', { firstRunMs: 1, everyMs: 5 }, async () => {
      most = Math.max(most, ++going);
      await tick(60);
      going--;
      finished++;
    }, () => {}, () => undefined);
    await until(() => going > 0);
    await tick(20);
    await timer.stop();
    assert.equal(most, 1, 'one run at a time');
    assert.equal(finished, 1, 'stop waited for the run in progress');
    await tick(30);
    assert.equal(finished, 1, 'nothing runs after stop');
  });

  it('logs only the name of an error, never its message', async () => {
    const lines: LogLine[] = [];
    const timer = every('failing', { firstRunMs: 1, everyMs: 1_000 }, async () => {
      throw new TypeError('person@example.org');
    }, (line) => lines.push(line), () => undefined);
    await until(() => lines.length > 0);
    await timer.stop();
    assert.deepEqual(lines, [{ job: 'failing', error: 'TypeError' }]);
  });
});
