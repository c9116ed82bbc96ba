import { expect } from '@open-wc/testing';
import { problemMessage } from '../../../src/words/problems.ts';
import { Activity, parseWith } from '../../../src/core/model/index.ts';

const minimal = { id: 'walk-1', name: 'Health walk' };

describe('Activity schema', () => {
  it('accepts a minimal record and fills safe defaults', () => {
    const parsed = parseWith(Activity, minimal);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.value.needAreas).to.deep.equal([]);
    expect(parsed.value.pathways).to.deep.equal([]);
    expect(parsed.value.modes).to.deep.equal(['in-person']);
    expect(parsed.value.description).to.equal('');
    expect(parsed.value.contact).to.deep.equal({});
  });

  it('accepts a full record', () => {
    const parsed = parseWith(Activity, {
      ...minimal,
      summary: 'A gentle walk in the park',
      description: 'Meet at the gate.',
      organisation: { name: 'Ashby Vale Walkers', website: 'https://walkers.example' },
      needAreas: ['physical-activity', 'loneliness'],
      pathways: ['work-indirect'],
      modes: ['in-person'],
      locations: [{ name: 'Park gate', postcode: 'AV1 3QT', latitude: 52.95, longitude: -1.15, accessibility: ['Step-free'] }],
      schedule: [{ days: ['mon', 'thu'], opens: '10:00', closes: '11:30' }],
      cost: { free: true },
      eligibility: { minAge: 18 },
      contact: { phone: '01632 960123', email: 'walks@example.org', website: 'https://walkers.example/join' },
      howToJoin: ['drop-in'],
      languages: ['English'],
      lastChecked: '2026-05-01',
    });
    expect(parsed.ok).to.equal(true);
  });

  it('drops unknown fields instead of refusing the record', () => {
    const parsed = parseWith(Activity, { ...minimal, colour: 'green' });
    expect(parsed.ok && 'colour' in parsed.value).to.equal(false);
  });

  const bad: [string, unknown, string][] = [
    ['a missing name', { id: 'x' }, 'name'],
    ['an empty id', { id: '  ', name: 'x' }, 'id'],
    ['an unknown need area', { ...minimal, needAreas: ['astrology'] }, 'needAreas[0]'],
    ['an unknown pathway', { ...minimal, pathways: ['work-sideways'] }, 'pathways[0]'],
    ['a day that is not a day', { ...minimal, schedule: [{ days: ['monday'] }] }, 'schedule[0].days[0]'],
    ['a time in the wrong form', { ...minimal, schedule: [{ days: ['mon'], opens: '9am' }] }, 'schedule[0].opens'],
    ['a javascript: website', { ...minimal, contact: { website: 'javascript:alert(1)' } }, 'contact.website'],
    ['a latitude off the globe', { ...minimal, locations: [{ latitude: 123 }] }, 'locations[0].latitude'],
    ['a cost without "free"', { ...minimal, cost: { description: '£2' } }, 'cost.free'],
    ['a name that is a number', { id: 'x', name: 42 }, 'name'],
    ['a bad checked date', { ...minimal, lastChecked: '1 May 2026' }, 'lastChecked'],
  ];
  for (const [what, input, path] of bad) {
    it(`refuses ${what}, naming ${path}`, () => {
      const parsed = parseWith(Activity, input);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect(parsed.problems.map((p) => p.path)).to.include(path);
      for (const p of parsed.problems) expect(problemMessage(p)).to.be.a('string').and.not.equal('Invalid input');
    });
  }
});
