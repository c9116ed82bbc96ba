import { expect } from '@open-wc/testing';
import { toFormBody } from '../../../src/core/referral/form-encode.ts';
import { goals, referral } from './helpers.ts';

describe('form encoding', () => {
  it('flattens the referral into dotted keys, one value each', () => {
    const body = toFormBody(referral({ goals }));
    expect(body.get('id')).to.equal('3b241101-e2bb-4255-8caf-4136c566a962');
    expect(body.get('schemaVersion')).to.equal('1');
    expect(body.get('person.fullName')).to.equal('Sam Taylor');
    expect(body.get('person.postcode')).to.equal('AV1 3QT');
    expect(body.get('contact.phone')).to.equal('07700900123');
    expect(body.get('contact.voicemailOk')).to.equal('true');
    expect(body.get('contact.textOk')).to.equal('false');
    expect(body.get('source.page')).to.equal('https://practice.example/help');
    expect(body.get('consent.basis')).to.equal('consent');
  });

  it('joins lists of choices with commas and numbers lists of records', () => {
    const body = toFormBody(referral({
      contact: { phone: '07700900123', methods: ['call', 'text'], bestDays: ['mon', 'fri'], voicemailOk: true, textOk: true, interpreter: false },
      goals,
    }));
    expect(body.getAll('contact.methods')).to.deep.equal(['call,text']);
    expect(body.get('contact.bestDays')).to.equal('mon,fri');
    expect(body.get('plan[0].id')).to.equal('av-walking');
    expect(body.get('plan[0].name')).to.equal('Walking for health');
    expect(body.get('goals.needAreas[0].id')).to.equal('loneliness');
    expect(body.get('goals.needAreas[0].reasons')).to.equal('You said: feeling lonely');
    expect(body.get('goals.answers[0].value')).to.equal('loneliness,work');
    expect(body.get('goals.wellbeing.anxiety')).to.equal('7');
  });

  it('sends supersedes as a field when the referral replaces an earlier one', () => {
    const body = toFormBody(referral({ supersedes: '9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d' }));
    expect(body.get('supersedes')).to.equal('9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d');
    expect(toFormBody(referral()).has('supersedes')).to.equal(false);
  });

  it('leaves out answers not given and empty lists', () => {
    const body = toFormBody(referral());
    expect(body.has('person.nhsNumber')).to.equal(false);
    expect(body.has('contact.bestDays')).to.equal(false);
    expect([...body.values()]).not.to.include('');
  });

  it('escapes what people type, so "&" and "=" stay inside their value', () => {
    const body = toFormBody(referral({ person: { fullName: 'Ann & Bob = Us', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT' } }));
    expect(new URLSearchParams(body.toString()).get('person.fullName')).to.equal('Ann & Bob = Us');
  });
});
