import { expect } from '@open-wc/testing';
import { callBackChoices } from '../../../src/core/referral/call-back-times.ts';
import { WaymarkConfig, parseWith } from '../../../src/core/model/index.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('call-back choices from opening hours', () => {
  it('offers every day and time when the service gives no hours, or gives them in words only', () => {
    const all = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['morning', 'afternoon', 'evening'] };
    expect(callBackChoices(undefined)).to.deep.equal(all);
    expect(callBackChoices('Monday to Friday, 9am to 5pm')).to.deep.equal(all);
    expect(callBackChoices({ en: 'Monday to Friday', cy: 'Dydd Llun i ddydd Gwener' })).to.deep.equal(all);
  });

  it('offers a service open Monday to Friday 9 to 5 no Saturday, Sunday or evening', () => {
    expect(callBackChoices([{ days: [...weekdays], opens: '09:00', closes: '17:00' }])).to.deep.equal({
      days: [...weekdays],
      times: ['morning', 'afternoon'],
    });
  });

  it('puts days in week order and joins several periods', () => {
    const choices = callBackChoices([
      { days: ['sat'], opens: '10:00', closes: '12:30' },
      { days: ['wed', 'mon'], opens: '17:00', closes: '20:00' },
    ]);
    expect(choices).to.deep.equal({ days: ['mon', 'wed', 'sat'], times: ['morning', 'evening'] });
  });

  it('offers a time of day only when the service is open for an hour of it', () => {
    // Until 5.30pm is not an evening call; until 6pm is.
    expect(callBackChoices([{ days: ['mon'], opens: '09:00', closes: '17:30' }]).times).to.deep.equal(['morning', 'afternoon']);
    expect(callBackChoices([{ days: ['mon'], opens: '09:00', closes: '18:00' }]).times).to.deep.equal(['morning', 'afternoon', 'evening']);
    // Opening at 11.30 leaves half an hour of morning.
    expect(callBackChoices([{ days: ['mon'], opens: '11:30', closes: '16:00' }]).times).to.deep.equal(['afternoon']);
  });

  it('still offers the time of a short opening', () => {
    expect(callBackChoices([{ days: ['tue'], opens: '13:00', closes: '13:30' }]).times).to.deep.equal(['afternoon']);
  });
});

describe('service.openingHours in config', () => {
  it('takes opening periods, or words as before', () => {
    const periods = parseWith(WaymarkConfig, { service: { openingHours: [{ days: [...weekdays], opens: '09:00', closes: '17:00' }] } });
    expect(periods.ok, JSON.stringify(periods)).to.equal(true);
    expect(parseWith(WaymarkConfig, { service: { openingHours: 'Monday to Friday, 9am to 5pm' } }).ok).to.equal(true);
  });

  const bad: [string, unknown, string][] = [
    ['a day that is not a day', [{ days: ['monday'], opens: '09:00', closes: '17:00' }], 'service.openingHours[0].days[0]'],
    ['a period with no days', [{ days: [], opens: '09:00', closes: '17:00' }], 'service.openingHours[0].days'],
    ['a time that is not a 24-hour clock time', [{ days: ['mon'], opens: '9am', closes: '17:00' }], 'service.openingHours[0].opens'],
    ['closing before opening', [{ days: ['mon'], opens: '17:00', closes: '09:00' }], 'service.openingHours[0].closes'],
    ['an unknown key in a period', [{ days: ['mon'], opens: '09:00', closes: '17:00', open: true }], 'service.openingHours[0].open'],
  ];
  for (const [what, openingHours, path] of bad) {
    it(`refuses ${what}, naming ${path}`, () => {
      const parsed = parseWith(WaymarkConfig, { service: { openingHours } });
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect(parsed.problems.map((p) => p.path), JSON.stringify(parsed.problems)).to.include(path);
    });
  }
});
