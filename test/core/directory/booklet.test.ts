import { expect } from '@open-wc/testing';
import { Activity, parseWith, type ActivityInput } from '../../../src/core/model/index.ts';
import { bookletOf, type Booklet, type BookletWords } from '../../../src/core/directory/booklet.ts';

function activity(input: Partial<ActivityInput> & { id: string }): Activity {
  const parsed = parseWith(Activity, { name: input.id, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

// Words that show where each value came from, so a test can tell them apart.
const words: BookletWords = {
  needArea: (id) => `Area ${id}`,
  otherActivities: 'Other activities',
  day: (day) => `Day ${day}`,
  otherTimes: 'Other times, or ask for times',
  when: (a) => (a.schedule.length ? `when ${a.id}` : undefined),
  where: (a) => a.locations[0]?.name,
  cost: (a) => (a.cost?.free ? 'Free' : 'Ask about cost'),
  someoneMeetsYou: 'Someone will meet you when you arrive.',
};

/** The booklet as "section / day: names", the shape a reader scans. */
function outline(booklet: Booklet): string[] {
  return booklet.sections.flatMap((s) => s.days.map((d) => `${s.title} / ${d.title}: ${d.items.map((i) => i.name).join(', ')}`));
}

describe('bookletOf', () => {
  it('groups by need area in the vocabulary order, then by day Monday to Sunday, then other times', () => {
    const booklet = bookletOf(
      [
        activity({ id: 'Debt advice', needAreas: ['money-debt'], schedule: [{ days: ['sun'] }] }),
        activity({ id: 'Walk', needAreas: ['physical-activity', 'loneliness'], schedule: [{ days: ['thu', 'tue'], opens: '10:00' }] }),
        activity({ id: 'Coffee', needAreas: ['loneliness'], schedule: [{ days: ['mon'], opens: '14:00' }] }),
        activity({ id: 'Phone friend', needAreas: ['loneliness'] }),
      ],
      words,
    );
    expect(outline(booklet)).to.deep.equal([
      'Area loneliness / Day mon: Coffee',
      'Area loneliness / Day tue: Walk',
      'Area loneliness / Day thu: Walk',
      'Area loneliness / Other times, or ask for times: Phone friend',
      'Area physical-activity / Day tue: Walk',
      'Area physical-activity / Day thu: Walk',
      'Area money-debt / Day sun: Debt advice',
    ]);
    expect(booklet.sections.map((s) => s.needArea)).to.deep.equal(['loneliness', 'physical-activity', 'money-debt']);
    expect(booklet.sections[0]!.days.map((d) => d.day)).to.deep.equal(['mon', 'tue', 'thu', 'other']);
    expect(booklet.activities).to.equal(4);
  });

  it('puts the earliest first within a day, then by name, and sessions with no time after timed ones', () => {
    const booklet = bookletOf(
      [
        activity({ id: 'Untimed', needAreas: ['caring'], schedule: [{ days: ['wed'] }] }),
        activity({ id: 'Late', needAreas: ['caring'], schedule: [{ days: ['wed'], opens: '18:30' }] }),
        activity({ id: 'B early', needAreas: ['caring'], schedule: [{ days: ['wed'], opens: '09:00' }] }),
        activity({ id: 'A early', needAreas: ['caring'], schedule: [{ days: ['wed'], opens: '09:00' }] }),
        // Twice on Wednesday: listed once, at its earlier time.
        activity({ id: 'Twice', needAreas: ['caring'], schedule: [{ days: ['wed'], opens: '19:00' }, { days: ['wed'], opens: '08:00' }] }),
      ],
      words,
    );
    expect(outline(booklet)).to.deep.equal(['Area caring / Day wed: Twice, A early, B early, Late, Untimed']);
  });

  it('puts an activity with no regular day under other times: no schedule, times only, or a description only', () => {
    const booklet = bookletOf(
      [
        activity({ id: 'None', needAreas: ['housing'] }),
        activity({ id: 'Hours only', needAreas: ['housing'], schedule: [{ opens: '10:00', closes: '12:00' }] }),
        activity({ id: 'Words only', needAreas: ['housing'], scheduleDescription: 'Ask for an appointment' }),
        activity({ id: 'Dates only', needAreas: ['housing'], nextDates: [{ date: '2099-01-06' }] }),
        activity({ id: 'Fridays', needAreas: ['housing'], schedule: [{ days: ['fri'] }, { description: 'and by appointment' }] }),
      ],
      words,
    );
    expect(outline(booklet)).to.deep.equal([
      'Area housing / Day fri: Fridays',
      'Area housing / Other times, or ask for times: Dates only, Hours only, None, Words only',
    ]);
  });

  it('gives activities with no need area a section of their own, last', () => {
    const booklet = bookletOf([activity({ id: 'Lunch club' }), activity({ id: 'Choir', needAreas: ['arts-creativity'] })], words);
    expect(booklet.sections.map((s) => [s.needArea, s.title])).to.deep.equal([
      ['arts-creativity', 'Area arts-creativity'],
      ['other', 'Other activities'],
    ]);
  });

  it('gives each item its name, when, where, cost, phone, and "someone will meet you" only where the directory says so', () => {
    const booklet = bookletOf(
      [
        activity({
          id: 'a',
          name: 'Walk and talk',
          needAreas: ['loneliness'],
          schedule: [{ days: ['tue'], opens: '10:00' }],
          locations: [{ name: 'Vale Park' }],
          cost: { free: true },
          contact: { phone: '01632 960111' },
          firstVisit: { someoneMeetsYou: true },
        }),
        activity({ id: 'b', name: 'Not met', needAreas: ['loneliness'], firstVisit: { someoneMeetsYou: false, bringSomeone: true } }),
        activity({ id: 'c', name: 'Unknown', needAreas: ['loneliness'] }),
      ],
      words,
    );
    const items = booklet.sections[0]!.days.flatMap((d) => d.items);
    expect(items[0]).to.deep.equal({
      id: 'a',
      name: 'Walk and talk',
      when: 'when a',
      where: 'Vale Park',
      cost: 'Free',
      phone: '01632 960111',
      meetsYou: 'Someone will meet you when you arrive.',
    });
    expect(items.slice(1).map((i) => [i.name, i.meetsYou, i.when, i.where, i.phone, i.cost])).to.deep.equal([
      ['Not met', undefined, undefined, undefined, undefined, 'Ask about cost'],
      ['Unknown', undefined, undefined, undefined, undefined, 'Ask about cost'],
    ]);
  });

  it('prints only safe plain lines: no line breaks or direction controls from the directory', () => {
    const booklet = bookletOf(
      [
        activity({
          id: 'x',
          name: 'Walk\nPhone: 0900 000000',
          needAreas: ['loneliness'],
          locations: [{ name: 'Hall\u202e gpj.exe' }],
          contact: { phone: '01632\u2028960111' },
        }),
      ],
      { ...words, cost: () => 'Free.\r\n Bring water' },
    );
    const item = booklet.sections[0]!.days[0]!.items[0]!;
    expect([item.name, item.where, item.phone, item.cost]).to.deep.equal(['Walk Phone: 0900 000000', 'Hall gpj.exe', '01632 960111', 'Free. Bring water']);
  });

  it('counts an activity once however often it is listed, and makes an empty booklet from no activities', () => {
    const walk = activity({ id: 'walk', needAreas: ['loneliness', 'physical-activity'], schedule: [{ days: ['mon', 'sat'] }] });
    expect(bookletOf([walk, walk], words).activities).to.equal(1);
    expect(outline(bookletOf([walk, walk], words))).to.have.length(4);
    expect(bookletOf([], words)).to.deep.equal({ sections: [], activities: 0 });
  });
});
