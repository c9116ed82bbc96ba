import { expect } from '@open-wc/testing';
import { backIsHistory, elementKey, entryState, historyWrite, isWithin, marksOf, marksToWrite, popOutcome } from '../../../src/core/history/page-history.ts';

const J = 'waymark-journey[0]';
const F = `${J}/waymark-request-call[0]`;

describe('page history rules (core)', () => {
  it('keys an element by its id, else its tag and place, under the element it sits in', () => {
    expect(elementKey(undefined, 'waymark-journey', '', 0)).to.equal(J);
    expect(elementKey(undefined, 'waymark-request-call', 'call-back', 3)).to.equal('waymark-request-call#call-back');
    expect(elementKey(J, 'waymark-request-call', '', 0)).to.equal(F);
    expect(isWithin(F, J)).to.equal(true);
    expect(isWithin(J, J)).to.equal(true);
    expect(isWithin('waymark-journey[0]0', J)).to.equal(false);
    expect(isWithin(J, F)).to.equal(false);
  });

  it("keeps the host page's state and adds Waymark's marks under one key", () => {
    const marks = { [J]: { session: 's1', page: 'plan' } };
    expect(entryState({ route: '/help', idx: 3 }, marks)).to.deep.equal({ route: '/help', idx: 3, waymark: marks });
    expect(entryState(null, marks)).to.deep.equal({ waymark: marks });
    expect(entryState(undefined, marks)).to.deep.equal({ waymark: marks });
  });

  it('adds nothing when the host keeps something other than an object in history.state', () => {
    const marks = { [J]: { session: 's1', page: 'plan' } };
    expect(entryState('route-7', marks)).to.equal(undefined);
    expect(entryState(['a'], marks)).to.equal(undefined);
  });

  it("reads only well-formed marks, and nothing from a host's state", () => {
    expect(marksOf(null)).to.deep.equal({});
    expect(marksOf({ route: '/x' })).to.deep.equal({});
    expect(marksOf({ waymark: { [J]: { session: 's', page: 'goals' }, bad: { page: 1 }, worse: 'x' } })).to.deep.equal({ [J]: { session: 's', page: 'goals' } });
  });

  it('on Back or Forward: stays for a host entry or the same page, visits a page of this session, and starts again for an older one', () => {
    expect(popOutcome(undefined, 's1', 'plan')).to.deep.equal({ kind: 'stay' });
    expect(popOutcome({ session: 's1', page: 'plan' }, 's1', 'plan')).to.deep.equal({ kind: 'stay' });
    expect(popOutcome({ session: 's1', page: 'goals' }, 's1', 'plan')).to.deep.equal({ kind: 'visit', page: 'goals' });
    expect(popOutcome({ session: 's0', page: 'plan' }, 's1', 'goals')).to.deep.equal({ kind: 'start' });
    expect(popOutcome({ session: 's0', page: 'goals' }, 's1', 'goals')).to.deep.equal({ kind: 'start' });
  });

  it('pushes a page that moved, and only rewrites for a newcomer, a start again, or a move the history made', () => {
    const entry = { [J]: { session: 's1', page: 'plan' } };
    expect(historyWrite(entry, entry, false)).to.equal('none');
    expect(historyWrite(entry, { [J]: { session: 's1', page: 'request-call' } }, false)).to.equal('push');
    // The form arrives inside the step: its first page is this entry, not a new one.
    expect(historyWrite(entry, { ...entry, [F]: { session: 's2', page: 'about-you' } }, false)).to.equal('replace');
    // A kiosk's next person: same page, new session.
    expect(historyWrite(entry, { [J]: { session: 's9', page: 'goals' } }, false)).to.equal('replace');
    // After Back, where the elements ended up is this entry.
    expect(historyWrite(entry, { [J]: { session: 's1', page: 'goals' } }, true)).to.equal('replace');
    // A step and its form moving together are one entry.
    expect(historyWrite({ ...entry, [F]: { session: 's2', page: 'check' } }, { [J]: { session: 's1', page: 'confirmation' } }, false)).to.equal('push');
    expect(historyWrite({ ...entry, [F]: { session: 's2', page: 'check' } }, entry, false)).to.equal('replace');
  });
});

describe('Back links and the browser history (core)', () => {
  const entry = { [J]: { session: 's1', page: 'plan' }, [F]: { session: 's2', page: 'about-you' } };

  it('a pushed entry remembers where each element that moved came from, and only those', () => {
    const now = { [J]: { session: 's1', page: 'plan' }, [F]: { session: 's2', page: 'contact' } };
    expect(marksToWrite(entry, now, 'push')).to.deep.equal({ [J]: { session: 's1', page: 'plan' }, [F]: { session: 's2', page: 'contact', back: 'about-you' } });
  });

  it('a rewritten entry keeps what it remembered for pages that stayed, and nothing from another session', () => {
    const pushed = { [J]: { session: 's1', page: 'request-call', back: 'plan' } };
    const withForm = { [J]: { session: 's1', page: 'request-call' }, [F]: { session: 's2', page: 'about-you' } };
    expect(marksToWrite(pushed, withForm, 'replace')).to.deep.equal({ [J]: { session: 's1', page: 'request-call', back: 'plan' }, [F]: { session: 's2', page: 'about-you' } });
    expect(marksToWrite(pushed, { [J]: { session: 's9', page: 'request-call' } }, 'replace')).to.deep.equal({ [J]: { session: 's9', page: 'request-call' } });
    expect(marksToWrite(pushed, { [J]: { session: 's1', page: 'goals' } }, 'replace')).to.deep.equal({ [J]: { session: 's1', page: 'goals' } });
  });

  it("an element's own Back link is the browser's Back only to the page the entry came from, in this session", () => {
    const mark = { session: 's2', page: 'contact', back: 'about-you' };
    expect(backIsHistory(mark, 's2', 'about-you')).to.equal(true);
    expect(backIsHistory(mark, 's2', 'check')).to.equal(false);
    expect(backIsHistory(mark, 's3', 'about-you')).to.equal(false);
    expect(backIsHistory({ session: 's2', page: 'contact' }, 's2', 'about-you')).to.equal(false);
    expect(backIsHistory(undefined, 's2', 'about-you')).to.equal(false);
  });
});
