import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkInDueAt, linkExpiresAt, linkState } from '../check-ins/rules.ts';
import { newToken, tokenHash } from '../check-ins/token.ts';
import { checkInLink } from '../check-ins/issue.ts';
import { checkInMessage } from '../check-ins/message.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('check-in rules', { timeout: 10_000 }, () => {
  it('is due the service\'s weeks after the referral arrived, whatever the clocks do', () => {
    const received = new Date('2026-11-21T10:15:00Z');
    assert.equal(checkInDueAt(received, 12).toISOString(), '2027-02-13T10:15:00.000Z');
    assert.equal(checkInDueAt(received, 1).toISOString(), '2026-11-28T10:15:00.000Z');
    assert.equal(linkExpiresAt(received).getTime() - received.getTime(), 28 * DAY);
  });

  it('a link is open until it expires; then expired; once used, used, except to the check-in that used it', () => {
    const now = new Date('2027-02-14T00:00:00Z');
    const open = { expiresAt: new Date(now.getTime() + 1), usedAt: null, usedBy: null };
    assert.equal(linkState(open, now), 'open');
    assert.equal(linkState({ ...open, expiresAt: now }, now), 'expired', 'the moment it expires');
    const used = { ...open, usedAt: now, usedBy: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' };
    assert.equal(linkState(used, now), 'used');
    assert.equal(linkState(used, now, 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE'), 'replay');
    assert.equal(linkState(used, now, 'ffffffff-bbbb-4ccc-8ddd-eeeeeeeeeeee'), 'used');
    assert.equal(linkState({ ...used, expiresAt: new Date(0) }, now), 'used', 'used says more than expired');
    assert.equal(linkState(undefined, now), 'unknown');
  });

  it('tokens: 256 random bits, never the same; only their hash is kept; anything else is no token', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    assert.equal(tokens.size, 1000);
    const token = [...tokens][0]!;
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.match(tokenHash(token)!, /^[0-9a-f]{64}$/);
    assert.notEqual(tokenHash(token), token);
    for (const bad of ['', 'WM-ABCD-EFGH', `${token}=`, `${token.slice(1)}/`, "' OR 1=1 --"]) assert.equal(tokenHash(bad), undefined, bad);
  });

  it('the link carries the token in its fragment only', () => {
    assert.equal(checkInLink('https://practice.example/check-in?x=1#old', 'T'.repeat(43)), `https://practice.example/check-in?x=1#${'T'.repeat(43)}`);
  });

  it('messages: the link, until when, urgent help, no personal data; a text fits two messages', () => {
    const link = checkInLink('https://practice.example/check-in', newToken());
    const until = new Date('2027-03-13T10:00:00Z');
    const email = checkInMessage(link, until, 'email', { serviceName: 'Ashby Vale Connect', servicePhone: '01632 960000' });
    assert.match(email.subject, /Ashby Vale Connect/);
    assert.ok(email.text.includes(link));
    assert.match(email.text, /13 March 2027/);
    assert.match(email.text, /01632 960000/);
    assert.match(email.text, /111/);
    const text = checkInMessage(link, until, 'text', { serviceName: 'Ashby Vale Connect' });
    assert.ok(text.text.includes(link));
    assert.ok(text.text.length <= 306, `${text.text.length} characters`);
  });
});
