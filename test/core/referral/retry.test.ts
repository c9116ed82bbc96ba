import { expect } from '@open-wc/testing';
import { backoffMs, DEFAULT_RETRY, parseRetryAfter } from '../../../src/core/referral/retry.ts';

describe('retry timing', () => {
  const policy = { baseMs: 1000, capMs: 8000, maxRetryAfterMs: 30000 };

  it('doubles the ceiling each retry up to the cap, with full jitter below it', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, policy, () => 0.999999))).to.deep.equal([999, 1999, 3999, 7999, 7999, 7999]);
    expect(backoffMs(3, policy, () => 0)).to.equal(0);
    expect(backoffMs(3, policy, () => 0.5)).to.equal(2000);
  });

  it('has defaults that hand control back within a minute', () => {
    expect(DEFAULT_RETRY.capMs).to.be.at.most(10000);
    expect(DEFAULT_RETRY.maxRetryAfterMs).to.be.at.most(60000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-21T10:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:59:00 GMT', now)).to.equal(0); // already passed
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
