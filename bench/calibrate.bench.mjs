// Not a budget: a yardstick for reading the other figures. A shared or slow machine shows here.
import { bundle } from './lib/browser.mjs';

export const name = 'machine yardstick';

export default async function run({ browser }) {
  const result = await browser.run(await bundle('bench/browser/calibrate.ts'));
  return [{ measure: '10^8 additions in a loop (a recent laptop: about 60–100 ms)', value: result.ms, unit: 'ms' }];
}
