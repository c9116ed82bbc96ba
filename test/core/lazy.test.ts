import { expect } from '@open-wc/testing';
import { lazy } from '../../src/core/lazy.ts';

describe('lazy()', () => {
  it('loads once, shares the load, and keeps the value for renders that cannot wait', async () => {
    let loads = 0;
    const code = lazy(async () => ({ n: ++loads }));
    expect(code.value).to.equal(undefined);
    const [a, b] = await Promise.all([code(), code()]);
    expect(a).to.equal(b);
    expect(await code()).to.equal(a);
    expect(code.value).to.equal(a);
    expect(loads).to.equal(1);
  });

  it('forgets a failed load, so the next ask tries again', async () => {
    let attempts = 0;
    const code = lazy(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'loaded';
    });
    let failed: unknown;
    await code().catch((error: unknown) => (failed = error));
    expect(failed).to.be.instanceOf(TypeError);
    expect(code.value).to.equal(undefined);
    expect(await code()).to.equal('loaded');
    expect(code.value).to.equal('loaded');
    expect(attempts).to.equal(2);
  });
});
