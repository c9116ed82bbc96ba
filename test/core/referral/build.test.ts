import { expect } from '@open-wc/testing';
import { buildReferral, pageOf, type ReferralContext } from '../../../src/core/referral/build.ts';
import { completeDraft, goals } from './helpers.ts';

const context: ReferralContext = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  submittedAt: '2026-11-21T10:15:00.000Z',
  page: 'https://practice.example/help',
  widgetVersion: '0.1.0',
  locale: 'en',
  kiosk: false,
  legalBasis: 'consent',
  privacyNoticeUrl: 'https://practice.example/privacy',
  today: new Date(2026, 10, 21),
};

describe('buildReferral', () => {
  it('normalises what the person typed into the referral contract', () => {
    const built = buildReferral(completeDraft(), context);
    expect(built.ok, JSON.stringify(built)).to.equal(true);
    if (!built.ok) return;
    const r = built.value;
    expect(r.schemaVersion).to.equal(1);
    expect(r.id).to.equal(context.id);
    expect(r.person).to.deep.equal({
      fullName: 'Sam Taylor',
      preferredName: 'Sam',
      dateOfBirth: '1970-04-12',
      postcode: 'AV1 3QT',
      nhsNumber: '9434765919',
    });
    expect(r.contact).to.deep.equal({
      phone: '07700900123',
      methods: ['call', 'text'],
      bestDays: ['mon', 'wed'],
      bestTimes: ['morning'],
      voicemailOk: false,
      textOk: true,
      language: 'Polish',
      interpreter: true,
      message: 'I have been feeling very alone since I moved here.',
    });
    expect(r.source).to.deep.equal({ page: 'https://practice.example/help', widgetVersion: '0.1.0', locale: 'en', kiosk: false, assisted: false });
    expect(r.consent).to.deep.equal({ basis: 'consent', given: true, privacyNoticeUrl: 'https://practice.example/privacy' });
    expect(r.plan).to.deep.equal([]);
    expect('goals' in r).to.equal(false);
  });

  it('leaves out optional answers that were not given, instead of sending empty strings', () => {
    const built = buildReferral(completeDraft({ preferredName: ' ', nhsNumber: '', message: '', language: '' }), context);
    expect(built.ok).to.equal(true);
    if (!built.ok) return;
    expect(Object.keys(built.value.person)).to.deep.equal(['fullName', 'dateOfBirth', 'postcode']);
    expect(JSON.stringify(built.value)).not.to.match(/:""/);
  });

  it('carries the goals result and the plan, keeping only each item’s id and name', () => {
    const plan = [{ id: 'av-walking', name: 'Walking for health', extra: 'dropped' }] as unknown as { id: string; name: string }[];
    const built = buildReferral(completeDraft(), { ...context, goals, plan });
    expect(built.ok, JSON.stringify(built)).to.equal(true);
    if (!built.ok) return;
    expect(built.value.goals?.workPathway).to.equal('indirect');
    expect(built.value.plan).to.deep.equal([{ id: 'av-walking', name: 'Walking for health' }]);
  });

  it('asks "someone to go with you the first time?" optionally: yes and no are kept, no answer is left out', () => {
    const build = (someoneToGoWith: '' | 'yes' | 'no') => buildReferral(completeDraft({ someoneToGoWith }), context);
    const yes = build('yes');
    const no = build('no');
    const unanswered = build('');
    expect(yes.ok && yes.value.firstVisit).to.deep.equal({ someoneToGoWith: true });
    expect(no.ok && no.value.firstVisit).to.deep.equal({ someoneToGoWith: false });
    expect(unanswered.ok && 'firstVisit' in unanswered.value).to.equal(false);
  });

  it('records the legal basis without a consent answer when the basis is not consent', () => {
    const built = buildReferral(completeDraft({ consent: false }), { ...context, legalBasis: 'public-task' });
    expect(built.ok).to.equal(true);
    if (built.ok) expect(built.value.consent).to.deep.equal({ basis: 'public-task', privacyNoticeUrl: 'https://practice.example/privacy' });
  });

  it('names the problem rather than building a referral from answers that slipped past the steps', () => {
    const built = buildReferral(completeDraft({ consent: false, postcode: 'nowhere' }), context);
    expect(built.ok).to.equal(false);
    if (built.ok) return;
    expect(built.problems.map((p) => p.path)).to.have.members(['person.postcode', 'consent.given']);
  });

  it('keeps the query and fragment of the page out of the referral', () => {
    expect(pageOf(new URL('https://practice.example/help?name=Sam#top'))).to.equal('https://practice.example/help');
  });
});
