import { expect } from '@open-wc/testing';
import { Referral } from '../../../src/core/model/index.ts';
import { fromFormBody } from '../../../src/core/referral/form-decode.ts';
import { toFormBody } from '../../../src/core/referral/form-encode.ts';
import { goals, referral, workGoals } from './helpers.ts';

describe('form decoding', () => {
  it('reads back what form encoding wrote: booleans, numbers, lists of choices and numbered records', () => {
    const sent = referral({
      contact: { phone: '07700900123', methods: ['call', 'text'], bestDays: ['mon', 'fri'], bestTimes: ['morning'], voicemailOk: false, textOk: true, interpreter: true, language: 'Polish' },
      plan: [{ id: 'av-walking', name: 'Walking for health' }, { id: 'av-choir', name: 'Community choir' }],
      goals,
    });
    const parsed = Referral.parse(fromFormBody(toFormBody(sent), Referral));
    expect(parsed.schemaVersion).to.equal(1);
    expect(parsed.contact.methods).to.deep.equal(['call', 'text']);
    expect(parsed.contact.bestDays).to.deep.equal(['mon', 'fri']);
    expect(parsed.contact.voicemailOk).to.equal(false);
    expect(parsed.contact.interpreter).to.equal(true);
    expect(parsed.plan).to.deep.equal(sent.plan);
    expect(parsed.goals?.wellbeing).to.deep.equal({ lifeSatisfaction: 4, anxiety: 7 });
    expect(parsed.goals?.needAreas[0]).to.deep.equal({ id: 'loneliness', score: 3, reasons: ['You said: feeling lonely'] });
    expect(parsed.person).to.deep.equal(sent.person);
    expect(parsed.consent).to.deep.equal(sent.consent);
  });

  it('round-trips the work answers and the first-visit answer exactly', () => {
    const sent = referral({ goals: workGoals, firstVisit: { someoneToGoWith: true } });
    const body = toFormBody(sent);
    expect(body.get('goals.timeSincePaidWork')).to.equal('less-than-6-months');
    expect(body.get('goals.fitNote')).to.equal('yes');
    expect(body.get('goals.workAffectingHealth')).to.equal('a-little');
    expect(body.get('goals.workConfidence')).to.equal('3');
    expect(body.get('firstVisit.someoneToGoWith')).to.equal('true');
    const parsed = Referral.parse(fromFormBody(body, Referral));
    // (Recorded answers can be any type, so a form body gives them back as text: not checked here.)
    expect({ ...parsed.goals, answers: [] }).to.deep.equal({ ...sent.goals, answers: [] });
    expect(parsed.firstVisit).to.deep.equal({ someoneToGoWith: true });
    const no = Referral.parse(fromFormBody(toFormBody(referral({ firstVisit: { someoneToGoWith: false } })), Referral));
    expect(no.firstVisit).to.deep.equal({ someoneToGoWith: false });
  });

  it('keeps what it cannot place, so the schema names it', () => {
    const body = new URLSearchParams(toFormBody(referral()));
    body.append('person.nickname', 'Sammy');
    body.append('contact.voicemailOk', 'maybe');
    const result = Referral.safeParse(fromFormBody(body, Referral));
    expect(result.success).to.equal(false);
    const paths = result.error!.issues.map((i) => [...i.path, ...('keys' in i ? i.keys : [])].join('.'));
    expect(paths).to.include('contact.voicemailOk');
    expect(paths).to.include('person.nickname');
  });

  it('never writes to an object prototype', () => {
    const decoded = fromFormBody(new URLSearchParams('__proto__.polluted=yes&person.__proto__.x=1&constructor.prototype.y=2'), Referral);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).y).to.equal(undefined);
    expect(Object.getPrototypeOf(decoded)).to.equal(Object.prototype);
    // Kept as flat keys, which the schema refuses by name.
    expect(Object.keys(decoded)).to.deep.equal(['__proto__.polluted', 'person.__proto__.x', 'constructor.prototype.y']);
  });

  it('closes gaps in numbered records', () => {
    const decoded = fromFormBody(new URLSearchParams('plan[2].id=a&plan[2].name=A&plan[0].id=b&plan[0].name=B'), Referral);
    expect(decoded.plan).to.deep.equal([{ id: 'b', name: 'B' }, { id: 'a', name: 'A' }]);
  });
});
