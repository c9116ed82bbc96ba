import { expect } from '@open-wc/testing';
import { activityEvent, foldLine, icsText, toIcs, type CalendarEvent } from '../../../src/core/plan/ics.ts';
import { Activity } from '../../../src/core/model/activity.ts';

const NOW = new Date('2026-12-01T09:30:05.123Z');

interface Property { name: string; params: Record<string, string>; value: string }

/** Reads an iCalendar file back, as a calendar app does: unfold, split each line, unescape TEXT. */
function parseIcs(ics: string): Property[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(ics.replace(/\r\n/g, ''), 'no bare CR or LF').not.to.match(/[\r\n]/);
  const physical = ics.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  for (const line of physical) expect(encoder.encode(line).length, line).to.be.at.most(75);
  const logical = physical.reduce<string[]>((out, line) => {
    if (line.startsWith(' ')) out[out.length - 1] += line.slice(1);
    else out.push(line);
    return out;
  }, []);
  return logical.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return {
      name: name!,
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1),
    };
  });
}

/** The event's own properties: DTSTART also appears in the time zone's rules. */
const vevent = (props: Property[]) => props.slice(props.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT'), props.findIndex((p) => p.name === 'END' && p.value === 'VEVENT'));
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const the = (props: Property[], name: string) => props.filter((p) => p.name === name);
const one = (props: Property[], name: string) => {
  const found = the(props, name);
  expect(found, name).to.have.length(1);
  return found[0]!;
};

const event: CalendarEvent = { uid: '2027-01-12T1000-av-cafe@waymark', date: '2027-01-12', starts: '10:00', ends: '12:00', summary: 'Community café' };

describe('iCalendar file (RFC 5545)', () => {
  it('is one VEVENT in a VCALENDAR, with UID, DTSTAMP in UTC, and DTSTART/DTEND in Europe/London time', () => {
    const props = parseIcs(toIcs(event, NOW));
    expect(props.filter((p) => p.name === 'BEGIN').map((p) => p.value)).to.deep.equal(['VCALENDAR', 'VTIMEZONE', 'DAYLIGHT', 'STANDARD', 'VEVENT']);
    expect(one(props, 'VERSION').value).to.equal('2.0');
    expect(one(props, 'PRODID').value).to.equal('-//Waymark//Plan//EN');
    expect(one(props, 'UID').value).to.equal('2027-01-12T1000-av-cafe@waymark');
    expect(one(props, 'DTSTAMP').value).to.equal('20261201T093005Z');
    expect(one(vevent(props), 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: 'Europe/London' }, value: '20270112T100000' });
    expect(one(vevent(props), 'DTEND')).to.deep.equal({ name: 'DTEND', params: { TZID: 'Europe/London' }, value: '20270112T120000' });
    expect(the(props, 'TZID').map((p) => p.value), 'a VTIMEZONE for the TZID used').to.deep.equal(['Europe/London']);
    expect(unescapeText(one(props, 'SUMMARY').value)).to.equal('Community café');
  });

  it('is an all-day event when only the date is known, with no time zone needed', () => {
    const props = parseIcs(toIcs({ uid: 'x@waymark', date: '2027-03-28', summary: 'Walk' }, NOW));
    expect(one(vevent(props), 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270328' });
    expect(the(vevent(props), 'DTEND')).to.deep.equal([]);
    expect(the(props, 'BEGIN').map((p) => p.value)).not.to.include('VTIMEZONE');
  });

  it('leaves out an end time that is not after the start', () => {
    expect(the(vevent(parseIcs(toIcs({ ...event, ends: '09:00' }, NOW))), 'DTEND')).to.deep.equal([]);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads them back exactly', () => {
    const description = 'Tea, cake; a chat\\ and a walk.\nBring shoes,\r\nand a coat.';
    const props = parseIcs(toIcs({ ...event, summary: 'Café, cake; & chat \\ more', location: 'St Mary’s Hall, Church Lane, AV1 2CH', description }, NOW));
    expect(one(props, 'SUMMARY').value).to.equal('Café\\, cake\\; & chat \\\\ more');
    expect(unescapeText(one(props, 'SUMMARY').value)).to.equal('Café, cake; & chat \\ more');
    expect(unescapeText(one(props, 'LOCATION').value)).to.equal('St Mary’s Hall, Church Lane, AV1 2CH');
    expect(unescapeText(one(props, 'DESCRIPTION').value)).to.equal('Tea, cake; a chat\\ and a walk.\nBring shoes,\nand a coat.');
  });

  it('strips control characters and bidi overrides from directory text; a name stays on one line', () => {
    const props = parseIcs(toIcs({ ...event, summary: 'Walk\u0000ing\u0007 group\nin the park\u202E', description: 'Meet\u001B[31m at the gate\u0085' }, NOW));
    expect(unescapeText(one(props, 'SUMMARY').value)).to.equal('Walking group in the park');
    expect(unescapeText(one(props, 'DESCRIPTION').value)).to.equal('Meet[31m at the gate');
    expect(icsText('a\tb')).to.equal('ab');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const summary = `Grŵp cerdded ${'a'.repeat(60)} 👋🏽 ${'ŵ'.repeat(80)} café ✓`;
    const ics = toIcs({ ...event, summary, description: 'x'.repeat(500) }, NOW);
    const props = parseIcs(ics);
    expect(unescapeText(one(props, 'SUMMARY').value)).to.equal(summary);
    expect(one(props, 'DESCRIPTION').value).to.equal('x'.repeat(500));
    expect(foldLine('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
    // 37 two-octet letters are 74 octets: a 38th would make 76, so it starts the next line.
    expect(foldLine('b' + 'é'.repeat(38))).to.equal(`b${'é'.repeat(37)}\r\n é`);
  });

  it('adds a URL only when it is http(s)', () => {
    expect(one(parseIcs(toIcs({ ...event, url: 'https://valefriends.example/cafe' }, NOW)), 'URL').value).to.equal('https://valefriends.example/cafe');
    expect(the(parseIcs(toIcs({ ...event, url: 'javascript:alert(1)' }, NOW)), 'URL')).to.deep.equal([]);
  });
});

describe('activityEvent', () => {
  const activity = Activity.parse({
    id: 'av cafe/1',
    name: 'Vale Befriending Café',
    summary: 'Tea, cake and a chat.',
    locations: [{ name: "St Mary's Church Hall", address: '12 Church Lane, Ashby Vale', postcode: 'AV1 2CH' }],
    contact: { website: 'https://valefriends.example/cafe' },
    firstVisit: { someoneMeetsYou: true, gettingThere: 'Bus 12 stops outside. Free parking behind the hall.' },
    nextDates: [{ date: '2027-01-12', starts: '10:00', ends: '12:00' }],
  });

  it('takes the name, first place, summary and how to get there from the directory; the UID is stable and safe', () => {
    const e = activityEvent(activity, activity.nextDates[0]!);
    expect(e).to.deep.equal({
      uid: '2027-01-12T1000-av%20cafe%2F1@waymark',
      date: '2027-01-12',
      starts: '10:00',
      ends: '12:00',
      summary: 'Vale Befriending Café',
      location: "St Mary's Church Hall, 12 Church Lane, Ashby Vale, AV1 2CH",
      description: 'Tea, cake and a chat.\n\nBus 12 stops outside. Free parking behind the hall.',
      url: 'https://valefriends.example/cafe',
    });
    expect(activityEvent(activity, activity.nextDates[0]!)).to.deep.equal(e);
    const props = parseIcs(toIcs(e, NOW));
    expect(one(vevent(props), 'DTSTART').value).to.equal('20270112T100000');
  });

  it('an activity with no place or summary still makes a valid file', () => {
    const bare = Activity.parse({ id: 'x', name: 'Phone befriending', modes: ['phone'] });
    const props = parseIcs(toIcs(activityEvent(bare, { date: '2027-02-01' }), NOW));
    expect(the(props, 'LOCATION')).to.deep.equal([]);
    expect(the(props, 'DESCRIPTION')).to.deep.equal([]);
    expect(one(vevent(props), 'DTSTART').value).to.equal('20270201');
  });
});
