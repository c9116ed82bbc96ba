import { expect } from '@open-wc/testing';
import { buildReferral, type ReferralContext } from '../../../src/core/referral/build.ts';
import { draftFromReferral } from '../../../src/core/referral/draft-from-referral.ts';
import { followUpChannelsAllowed } from '../../../src/core/referral/follow-up-channels.ts';
import { Referral } from '../../../src/core/model/referral.ts';
import { aReferral } from '../../fixtures/referral.ts';
import { completeDraft } from './helpers.ts';

const context: ReferralContext = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  submittedAt: '2026-11-21T10:15:00.000Z',
  page: 'https://practice.example/help',
  widgetVersion: '0.1.0',
  locale: 'en',
  kiosk: false,
  legalBasis: 'consent',
  today: new Date(2026, 10, 21),
};

describe('follow-up consent ("Can we ask how you are getting on in about 12 weeks?")', () => {
  it('offers only the ways the person allowed: a text to a mobile that is safe to text, an email they gave for contact', () => {
    expect(followUpChannelsAllowed(completeDraft())).to.deep.equal(['text']);
    expect(followUpChannelsAllowed(completeDraft({ textOk: 'no' }))).to.deep.equal([]);
    expect(followUpChannelsAllowed(completeDraft({ phone: '01632 960 001' })), 'a landline gets no texts').to.deep.equal([]);
    expect(followUpChannelsAllowed(completeDraft({ email: 'sam@example.com' })), 'an email given but not chosen for contact').to.deep.equal(['text']);
    expect(followUpChannelsAllowed(completeDraft({ email: 'sam@example.com', methods: ['call', 'email'] }))).to.deep.equal(['email']);
    expect(followUpChannelsAllowed(completeDraft({ methods: ['call'] }))).to.deep.equal([]);
  });

  it('sends nothing about it when the service does not ask again', () => {
    const built = buildReferral(completeDraft({ followUpChannels: ['text'] }), context);
    expect(built.ok && 'followUp' in built.value).to.equal(false);
  });

  it('carries the ways ticked and the service\'s interval; nothing ticked is a no', () => {
    const yes = buildReferral(completeDraft({ followUpChannels: ['text'] }), { ...context, followUpAfterWeeks: 12 });
    expect(yes.ok && yes.value.followUp).to.deep.equal({ consent: true, channels: ['text'], afterWeeks: 12 });
    const no = buildReferral(completeDraft(), { ...context, followUpAfterWeeks: 10 });
    expect(no.ok && no.value.followUp).to.deep.equal({ consent: false, channels: [], afterWeeks: 10 });
  });

  it('drops a way the person later took back on "How to contact you", so they are never texted against their word', () => {
    const built = buildReferral(completeDraft({ followUpChannels: ['text'], textOk: 'no', methods: ['call'] }), { ...context, followUpAfterWeeks: 12 });
    expect(built.ok && built.value.followUp).to.deep.equal({ consent: false, channels: [], afterWeeks: 12 });
  });

  it('the schema refuses channels the person did not allow, consent without a channel, and channels without consent', () => {
    const refuse = (followUp: unknown, contact?: unknown) => {
      const r = Referral.safeParse(aReferral({ followUp, ...(contact ? { contact } : {}) }));
      expect(r.success, JSON.stringify(followUp)).to.equal(false);
      if (!r.success) expect(r.error.issues[0]?.path).to.deep.equal(['followUp', 'channels']);
    };
    refuse({ consent: true, channels: ['text'], afterWeeks: 12 });
    refuse({ consent: true, channels: ['email'], afterWeeks: 12 });
    refuse({ consent: true, channels: [], afterWeeks: 12 });
    refuse({ consent: false, channels: ['text'], afterWeeks: 12 });
    const texts = { phone: '07700900123', methods: ['text'], bestDays: [], bestTimes: [], voicemailOk: false, textOk: true, interpreter: false };
    refuse({ consent: true, channels: ['text', 'text'], afterWeeks: 12 }, texts);
    expect(Referral.safeParse(aReferral({ contact: texts, followUp: { consent: true, channels: ['text'], afterWeeks: 12 } })).success).to.equal(true);
    expect(Referral.safeParse(aReferral({ followUp: { consent: true, channels: ['text'], afterWeeks: 0 }, contact: texts })).success).to.equal(false);
  });

  it('a kept referral comes back with its ticks, and builds to the same referral', () => {
    const built = buildReferral(completeDraft({ followUpChannels: ['text'] }), { ...context, followUpAfterWeeks: 12 });
    if (!built.ok) throw new Error('did not build');
    const draft = draftFromReferral(built.value);
    expect(draft.followUpChannels).to.deep.equal(['text']);
    const again = buildReferral(draft, { ...context, followUpAfterWeeks: 12 });
    expect(again.ok && again.value).to.deep.equal(built.value);
  });
});
