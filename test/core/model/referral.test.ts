import { expect } from '@open-wc/testing';
import { Referral, parseWith } from '../../../src/core/model/index.ts';
import { aReferral } from '../../fixtures/referral.ts';

describe('Referral schema', () => {
  it('accepts a complete referral', () => {
    const parsed = parseWith(Referral, aReferral());
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
  });

  it('accepts goals with a work pathway and wellbeing scores', () => {
    const parsed = parseWith(Referral, aReferral({
      goals: {
        needAreas: [{ id: 'work', score: 3, reasons: ['You said: work'] }],
        workPathway: 'direct',
        employmentStatus: 'looking-for-work',
        workGoals: ['find-work'],
        wellbeing: { lifeSatisfaction: 4, anxiety: 7 },
        answers: [{ questionId: 'help-with', question: 'What would you like help with?', value: ['work'] }],
      },
    }));
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['another schema version', { schemaVersion: 2 }, 'schemaVersion'],
    ['an id that is not a UUID', { id: 'abc' }, 'id'],
    ['a date-time without a zone', { submittedAt: '2026-11-21 10:15' }, 'submittedAt'],
    ['consent not given under a consent basis', { consent: { basis: 'consent', given: false } }, 'consent.given'],
    ['an NHS number with letters', { person: { fullName: 'A', dateOfBirth: '1970-01-01', postcode: 'AV1 3QT', nhsNumber: '12345X7890' } }, 'person.nhsNumber'],
    ['a lower-case postcode', { person: { fullName: 'A', dateOfBirth: '1970-01-01', postcode: 'av1 3qt' } }, 'person.postcode'],
    ['no way to contact', { contact: { phone: '07700900123', methods: [], voicemailOk: true, textOk: true, interpreter: false } }, 'contact.methods'],
    ['an unknown field', { extra: true }, 'extra'],
    ['a supersedes that is not a UUID', { supersedes: 'earlier' }, 'supersedes'],
    ['a referral that supersedes itself', { supersedes: '3b241101-e2bb-4255-8caf-4136c566a962' }, 'supersedes'],
    ['a wellbeing score of 11', { goals: { wellbeing: { happiness: 11 } } }, 'goals.wellbeing.happiness'],
  ];
  for (const [what, overrides, path] of bad) {
    it(`refuses ${what}, naming ${path}`, () => {
      const parsed = parseWith(Referral, aReferral(overrides));
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      expect(parsed.problems.map((p) => p.path)).to.include(path);
    });
  }

  it('accepts the id of the earlier referral it supersedes, as schemaVersion 1', () => {
    const parsed = parseWith(Referral, aReferral({ supersedes: '9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d' }));
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
    if (parsed.ok) expect(parsed.value.supersedes).to.equal('9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d');
  });

  it('lets a non-consent legal basis through without a consent tick', () => {
    expect(parseWith(Referral, aReferral({ consent: { basis: 'public-task' } })).ok).to.equal(true);
  });
});
