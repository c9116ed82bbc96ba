import { switchLocale } from '../../../src/i18n/localization.ts';
import { expect } from '@open-wc/testing';
import { Activity, parseWith, type ActivityInput } from '../../../src/core/model/index.ts';
import { clockText, costText, matchesText, milesText, whenText, whereText } from '../../../src/words/describe.ts';

function activity(input: Partial<ActivityInput>): Activity {
  const parsed = parseWith(Activity, { id: 'a', name: 'A', ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('describe: plain words for a card', () => {
  const clocks: [string, string][] = [['10:00', '10am'], ['10:30', '10:30am'], ['12:00', 'midday'], ['14:00', '2pm'], ['00:00', 'midnight'], ['18:45', '6:45pm']];
  for (const [clock, words] of clocks) it(`${clock} reads "${words}"`, () => expect(clockText(clock, 'en')).to.equal(words));

  it('says when, joining days and naming weekdays', () => {
    expect(whenText(activity({ schedule: [{ days: ['tue', 'thu'], opens: '10:00', closes: '12:00' }] }), 'en')).to.equal('Tuesday and Thursday, 10am to midday');
    expect(whenText(activity({ schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] }), 'en')).to.equal('Monday to Friday, 9am to 5pm');
    expect(whenText(activity({ scheduleDescription: 'By appointment' }), 'en')).to.equal('By appointment');
    expect(whenText(activity({}), 'en')).to.equal(undefined);
  });

  it('uses the locale for day names and clocks in other languages', async () => {
    await switchLocale('pl');
    try {
      expect(whenText(activity({ schedule: [{ days: ['mon'], opens: '14:00', closes: '15:00' }] }), 'pl')).to.equal('Poniedziałek, od 14:00 do 15:00');
    } finally {
      await switchLocale('en');
    }
  });

  it('speaks Welsh even where the browser has no Welsh dates or lists', async () => {
    await switchLocale('cy');
    try {
      const text = whenText(activity({ schedule: [{ days: ['tue', 'thu'], opens: '10:00', closes: '12:00' }] }), 'cy')!;
      expect(text).to.match(/Dydd Mawrth.*Dydd Iau/);
      expect(text).not.to.match(/Tuesday|Thursday| and |am\b|AM/);
      expect(text).to.contain('10:00');
    } finally {
      await switchLocale('en');
    }
  });

  it('says where, or how to take part when there is no place', () => {
    expect(whereText(activity({ locations: [{ name: 'Library', address: 'Market Square' }] }))).to.equal('Library, Market Square');
    expect(whereText(activity({ modes: ['phone'] }))).to.equal('By phone');
  });

  it('says what it costs, and when that is not known', () => {
    expect(costText(activity({ cost: { free: true } }))).to.equal('Free');
    expect(costText(activity({ cost: { free: false, description: '£2 a session' } }))).to.equal('£2 a session');
    expect(costText(activity({}))).to.equal('Ask about cost');
  });

  it('gives distance in miles, as an estimate', () => {
    expect(milesText(1.234, 'en')).to.equal('About 1.2 miles away');
    expect(milesText(0.01, 'en')).to.equal('About 0.1 miles away');
    expect(milesText(12.6, 'en')).to.equal('About 13 miles away');
  });

  it('gives the reason for a match in lower case, comma separated', () => {
    expect(matchesText(['Feeling lonely', 'Money and debt'], 'en')).to.equal('Matches: feeling lonely, money and debt');
  });
});
