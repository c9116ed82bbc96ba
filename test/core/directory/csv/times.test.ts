import { expect } from '@open-wc/testing';
import { readTime } from '../../../../src/core/directory/csv/times.ts';

describe('CSV Time column', () => {
  const good: [string, string, string | undefined][] = [
    ['10am–12pm', '10:00', '12:00'],
    ['10am-12pm', '10:00', '12:00'],
    ['10 AM — 12 PM', '10:00', '12:00'],
    ['10:00-12:00', '10:00', '12:00'],
    ['10:00–12:00', '10:00', '12:00'],
    ['09:30 to 11:30', '09:30', '11:30'],
    ['14:00-16:00', '14:00', '16:00'],
    ['2-4pm', '14:00', '16:00'],
    ['10-12pm', '10:00', '12:00'],
    ['11-1pm', '11:00', '13:00'],
    ['10.30am-12.30pm', '10:30', '12:30'],
    ['10am-2', '10:00', '14:00'],
    ['7pm-9', '19:00', '21:00'],
    ['10am to noon', '10:00', '12:00'],
    ['12 noon – 2pm', '12:00', '14:00'],
    ['6.30pm till 8pm', '18:30', '20:00'],
    ['1:30 until 3pm', '13:30', '15:00'],
    ['from 10am', '10:00', undefined],
    ['10am', '10:00', undefined],
    ['13:30', '13:30', undefined],
  ];
  for (const [cell, opens, closes] of good) {
    it(`reads '${cell}' as ${opens}${closes ? `–${closes}` : ''}`, () => {
      expect(readTime(cell)).to.deep.equal({ ok: true, range: closes ? { opens, closes } : { opens } });
    });
  }

  const bad: [string, string][] = [
    // Morning or evening? A person must say.
    ['10 till 12', 'time-needs-am-pm'],
    ['10-12', 'time-needs-am-pm'],
    ['7:30-9:30', 'time-needs-am-pm'],
    ['9:30-11:30', 'time-needs-am-pm'],
    ['10', 'time-needs-am-pm'],
    ['12pm–10am', 'ends-before-start'],
    ['6pm-midnight', 'ends-before-start'],
    ['10am–12pm and 2pm–4pm', 'several-times'],
    ['10am, 2pm', 'several-times'],
    ['morning', 'unreadable-time'],
    ['25:00-26:00', 'unreadable-time'],
    ['14pm', 'unreadable-time'],
    ['10:75am', 'unreadable-time'],
    ['Mondays 10am-12pm', 'unreadable-time'],
  ];
  for (const [cell, problem] of bad) {
    it(`refuses '${cell}' (${problem})`, () => {
      expect(readTime(cell)).to.deep.equal({ ok: false, problem });
    });
  }
});
