import { expect } from '@open-wc/testing';
import { Activity } from '../../../src/core/model/activity.ts';
import { ukToday, upcomingDate } from '../../../src/core/plan/next-date.ts';

describe('the next date of an activity', () => {
  it('is the earliest from today on, skipping dates gone', () => {
    const a = Activity.parse({ id: 'a', name: 'A', nextDates: [{ date: '2027-03-02' }, { date: '2027-01-05', starts: '14:00' }, { date: '2027-01-05', starts: '10:00' }, { date: '2026-12-01' }] });
    expect(upcomingDate(a, '2027-01-05')).to.deep.equal({ date: '2027-01-05', starts: '10:00' });
    expect(upcomingDate(a, '2027-01-06')).to.deep.equal({ date: '2027-03-02' });
    expect(upcomingDate(a, '2027-03-03')).to.equal(undefined);
  });

  it("takes today's date in the UK, whatever the device's time zone", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST); in winter London is UTC.
    expect(ukToday(new Date('2027-06-30T23:30:00Z'))).to.equal('2027-07-01');
    expect(ukToday(new Date('2027-12-31T23:30:00Z'))).to.equal('2027-12-31');
  });
});
