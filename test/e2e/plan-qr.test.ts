/// <reference types="node" />
// The QR code must decode to the plan's text. jsQR reads pixels, as a phone camera would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { Activity } from '../../src/core/model/activity.ts';
import { planText } from '../../src/words/plan-text.ts';
import { qrMatrix, type QrMatrix } from '../../src/core/plan/qr.ts';
import { TEST_TIMEOUT } from './harness.ts';

/** Draws the matrix as RGBA pixels with a quiet zone, `scale` pixels a module. */
function rasterise(matrix: QrMatrix, scale = 4, quiet = 4) {
  const side = (matrix.size + quiet * 2) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.dark(x, y)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
        }
      }
    }
  }
  return { pixels, side };
}

async function demoActivities(count: number) {
  const data = JSON.parse(await readFile(new URL('../../demo/data/activities.json', import.meta.url), 'utf8'));
  return (data.activities as unknown[]).slice(0, count).map((a) => Activity.parse(a));
}

describe('the plan QR code', () => {
  it('decodes to the plan text, with no personal data in it', { timeout: TEST_TIMEOUT }, async () => {
    const plan = await demoActivities(3);
    const text = planText(plan, { serviceName: 'Ashby Vale Social Prescribing', servicePhone: '01632 960000', locale: 'en', date: new Date('2026-11-21') });
    const matrix = qrMatrix(text);
    assert.ok(matrix);
    const { pixels, side } = rasterise(matrix);
    const decoded = jsQR(pixels, side, side);
    assert.equal(decoded?.data, text);
    assert.match(text, /^My plan from Ashby Vale Social Prescribing\n21 November 2026/);
    for (const activity of plan) assert.ok(text.includes(activity.name));
  });

  it('falls back to a brief plan when the full one is too long for a QR code', { timeout: TEST_TIMEOUT }, async () => {
    const plan = await demoActivities(40);
    const options = { serviceName: 'Ashby Vale Social Prescribing', servicePhone: '01632 960000', locale: 'en', date: new Date('2026-11-21') };
    assert.equal(qrMatrix(planText(plan, options)), undefined);
    const brief = planText(plan.slice(0, 15), { ...options, brief: true });
    assert.ok(qrMatrix(brief));
    assert.ok(!brief.includes('When:'));
  });
});
