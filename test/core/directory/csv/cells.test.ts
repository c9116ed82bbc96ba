import { expect } from '@open-wc/testing';
import {
  readAge, readCoordinate, readCost, readDate, readDays, readEmailCell, readNames, readNextDates, readPhone, readPostcode, readWebsite, readYesNo,
  splitList, tidy,
} from '../../../../src/core/directory/csv/cells.ts';
import { JOIN_NAMES, MODE_NAMES, NEED_AREA_NAMES, WORK_NAMES, lookup } from '../../../../src/core/directory/csv/words.ts';
import { needAreaLabel } from '../../../../src/words/need-areas.ts';
import { NEED_AREAS } from '../../../../src/core/vocabulary/lists.ts';

type Read = { ok: boolean; value?: unknown; problem?: string; part?: string };

function table(name: string, read: (cell: string) => Read, good: [string, unknown][], bad: [string, string, string?][]) {
  describe(name, () => {
    for (const [cell, value] of good) {
      it(`reads '${cell.replace(/\n/g, '⏎')}'`, () => expect(read(cell)).to.deep.equal({ ok: true, value }));
    }
    for (const [cell, problem, part] of bad) {
      it(`refuses '${cell}' (${problem})`, () => {
        const got = read(cell);
        expect(got.ok).to.equal(false);
        expect(got.problem).to.equal(problem);
        if (part !== undefined) expect(got.part).to.equal(part);
      });
    }
  });
}

describe('CSV cells', () => {
  table('Day', readDays, [
    ['Monday', ['mon']],
    ['  monday ', ['mon']],
    ['Tuesday and Thursday', ['tue', 'thu']],
    ['Thursday, Tuesday', ['tue', 'thu']],
    ['Mondays, Wednesdays', ['mon', 'wed']],
    ['Saturday & Sunday', ['sat', 'sun']],
    ['Monday\nThursday', ['mon', 'thu']],
    ['Monday to Friday', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['Monday–Wednesday', ['mon', 'tue', 'wed']],
    ['Friday to Monday', ['mon', 'fri', 'sat', 'sun']],
    ['Weekdays', ['mon', 'tue', 'wed', 'thu', 'fri']],
    ['Every day', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
    ['Every Tuesday', ['tue']],
  ], [
    ['Tues and Thurs', 'unknown-day', 'Tues'],
    ['Mon', 'unknown-day', 'Mon'],
    ['Monday, Weds', 'unknown-day', 'Weds'],
    ['First Tuesday of the month', 'unknown-day', 'First Tuesday of the month'],
  ]);

  table('Next dates (any number, day first, in date order; the future is fine)', readNextDates, [
    ['12/01/2027', ['2027-01-12']],
    ['14/01/2027; 12/01/2027', ['2027-01-12', '2027-01-14']],
    ['12/01/2027, 9 February 2027', ['2027-01-12', '2027-02-09']],
    ['9 February, 2027', ['2027-02-09']],
    ['12/01/2027\n19/01/2027;', ['2027-01-12', '2027-01-19']],
    ['12/01/2027; 12/01/2027', ['2027-01-12']],
  ], [
    ['12/01/2027; next week', 'bad-next-date', 'next week'],
    ['31/02/2027', 'bad-next-date', '31/02/2027'],
  ]);

  table('Yes or no', readYesNo, [
    ['Yes', true], ['yes.', true], [' Y ', true], ['✓', true], ['x', true], ['TRUE', true],
    ['No', false], ['n', false], ['false', false],
  ], [
    ['Usually', 'not-yes-no'],
    ['Yes and no', 'not-yes-no'],
  ]);

  table('Last checked (today 1 June 2026)', (cell) => readDate(cell, '2026-06-01'), [
    ['2026-03-12', '2026-03-12'],
    ['12/03/2026', '2026-03-12'],
    ['12/3/26', '2026-03-12'],
    ['12.03.2026', '2026-03-12'],
    ['12-03-2026', '2026-03-12'],
    ['12 March 2026', '2026-03-12'],
    ['12th March 2026', '2026-03-12'],
    ['12 Mar 2026', '2026-03-12'],
    ['March 2026', '2026-03-01'],
    ['12/03/2026 00:00', '2026-03-12'],
    // A day's grace: "today" in a UK evening can be tomorrow by the server's clock.
    ['02/06/2026', '2026-06-02'],
  ], [
    ['31/02/2026', 'bad-date'],
    ['2026-13-01', 'bad-date'],
    ['last spring', 'bad-date'],
    ['Smarch 2026', 'bad-date'],
    // Month first, as a US-set spreadsheet writes 12 March: it has not happened yet.
    ['03/12/2026', 'date-in-future'],
    ['2027-01-01', 'date-in-future'],
  ]);

  table('age', readAge, [['18', 18], ['18+', 18], ['60 years', 60], ['0', 0]], [['eighteen', 'bad-age'], ['-1', 'bad-age'], ['200', 'bad-age'], ['18.5', 'bad-age']]);

  table('latitude', (cell) => readCoordinate(cell, 90), [['52.9985', 52.9985], ['+53', 53], ['-0.5', -0.5]], [['52,99', 'bad-latitude'], ['100', 'bad-latitude'], ['N52', 'bad-latitude']]);
  table('longitude', (cell) => readCoordinate(cell, 180), [['-1.0913', -1.0913], ['179.9', 179.9]], [['-181', 'bad-longitude'], ['W1', 'bad-longitude']]);

  table('postcode', readPostcode, [['av6 1lp', 'AV6 1LP'], ['AV61LP', 'AV6 1LP'], [' LS6  2AB ', 'LS6 2AB']], [['AV6', 'bad-postcode'], ['not known', 'bad-postcode']]);

  table('phone', readPhone, [
    ['01632 960458', '01632 960458'],
    ['+44 1632 960458', '+44 1632 960458'],
    // The spreadsheet stored it as a number and dropped the 0.
    ['1632960458', '01632960458'],
  ], [['999', 'bad-phone'], ['call Brenda', 'bad-phone'], ['01632 960458 ext 2', 'bad-phone']]);

  table('email', readEmailCell, [['hello@example.org', 'hello@example.org'], ['mailto:hello@example.org', 'hello@example.org']], [['brenda at example', 'bad-email'], ['@example.org', 'bad-email']]);

  table('website', readWebsite, [
    ['https://walkers.example/join', 'https://walkers.example/join'],
    ['http://walkers.example', 'http://walkers.example'],
    ['www.kelbywold.org.uk', 'https://www.kelbywold.org.uk'],
    ['kelbywold.org.uk/walks', 'https://kelbywold.org.uk/walks'],
  ], [['javascript:alert(1)', 'bad-website'], ['mailto:a@b.org', 'bad-website'], ['Facebook: Kelby Walkers', 'bad-website'], ['not a website', 'bad-website']]);

  const needAreas = lookup(NEED_AREA_NAMES);
  table('need areas', (cell) => readNames(cell, needAreas, 'unknown-need-area'), [
    ['Feeling lonely, Money & debt', ['loneliness', 'money-debt']],
    ['FEELING LONELY; feeling lonely', ['loneliness']],
    ['money-debt', ['money-debt']],
    ['Nature and the outdoors\nBeing more active', ['nature-outdoors', 'physical-activity']],
  ], [['Feeling lonely, Gardening', 'unknown-need-area', 'Gardening']]);

  const work = lookup(WORK_NAMES);
  table('help towards work', (cell) => readNames(cell, work, 'unknown-work-help'), [
    ['Find work or stay in work', ['work-direct']],
    ['Skills and confidence', ['work-indirect']],
  ], [['Yes', 'unknown-work-help', 'Yes']]);

  const modes = lookup(MODE_NAMES);
  table('how to take part', (cell) => readNames(cell, modes, 'unknown-mode', true), [
    ['In person or online', ['in-person', 'online']],
    ['By phone', ['phone']],
  ], [['Carrier pigeon', 'unknown-mode', 'Carrier pigeon']]);

  const join = lookup(JOIN_NAMES);
  table('how to join', (cell) => readNames(cell, join, 'unknown-join-route', true), [
    ['Just turn up', ['drop-in']],
    ['A link worker can put you in touch', ['link-worker']],
    ['Just turn up or contact them yourself', ['drop-in', 'self-referral']],
  ], [['Ask at reception', 'unknown-join-route']]);

  it("accepts every need area by the finder's English label, so a sheet can copy what people see", () => {
    for (const id of NEED_AREAS) {
      expect(needAreas(needAreaLabel(id)), needAreaLabel(id)).to.equal(id);
      expect(NEED_AREA_NAMES[id][0]).to.equal(needAreaLabel(id));
    }
  });

  describe('cost', () => {
    const costs: [string, { free: boolean; description?: string }][] = [
      ['Free', { free: true }],
      ['free.', { free: true }],
      ['£0', { free: true }],
      ['£5 for lunch', { free: false, description: '£5 for lunch' }],
      ['Free, donations welcome', { free: true, description: 'Donations welcome' }],
      ['Free (tea 50p)', { free: true, description: 'Tea 50p' }],
      ['Free for carers, £2 for others', { free: false, description: 'Free for carers, £2 for others' }],
      ['Pay what you can', { free: false, description: 'Pay what you can' }],
    ];
    for (const [cell, cost] of costs) it(`reads '${cell}'`, () => expect(readCost(cell)).to.deep.equal(cost));
  });

  it('tidies stray and non-breaking spaces, keeps line breaks as paragraphs', () => {
    expect(tidy('  Tea\u00a0and   cake \r\n\r\n\r\n\r\n  Bring a friend  ')).to.equal('Tea and cake\n\nBring a friend');
    expect(splitList(' English ,Polish;\nUrdu ', true)).to.deep.equal(['English', 'Polish', 'Urdu']);
    expect(splitList('English and Polish', true)).to.deep.equal(['English', 'Polish']);
  });
});
