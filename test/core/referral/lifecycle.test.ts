import { expect } from '@open-wc/testing';
import { NEW_LIFECYCLE, contentOf, failed, identityFor, mayEdit, sending, waitLeftMs, warnBeforeLeaving } from '../../../src/core/referral/lifecycle.ts';
import { buildReferral } from '../../../src/core/referral/build.ts';
import { draftFromReferral } from '../../../src/core/referral/draft-from-referral.ts';
import { draftHasAnswers, emptyDraft } from '../../../src/core/referral/draft.ts';
import { completeDraft, goals, referral } from './helpers.ts';

let n = 0;
const fresh = () => ({ id: `00000000-0000-4000-8000-00000000000${++n}`, submittedAt: `2026-11-21T10:0${n}:00.000Z` });

describe('the referral id lifecycle', () => {
  it('makes an id for the first send and keeps it for a retry of the same content', () => {
    const first = identityFor(NEW_LIFECYCLE, 'A', fresh);
    expect(first.identity.supersedes).to.equal(undefined);
    const sent = failed(sending(first, 'A'), true);
    expect(identityFor(sent, 'A', fresh).identity).to.deep.equal(first.identity);
  });

  it('lets content change freely before anything is sent', () => {
    const first = identityFor(NEW_LIFECYCLE, 'A', fresh);
    expect(identityFor(first, 'B', fresh).identity).to.deep.equal(first.identity);
  });

  it('gives changed content a new id that supersedes one that may have arrived', () => {
    const first = identityFor(NEW_LIFECYCLE, 'A', fresh);
    const timedOut = failed(sending(first, 'A'), true);
    const second = identityFor(timedOut, 'B', fresh);
    expect(second.identity.id).not.to.equal(first.identity.id);
    expect(second.identity.supersedes).to.equal(first.identity.id);
    expect(second.identity.submittedAt).not.to.equal(first.identity.submittedAt);
    // and a chain: C supersedes B
    const third = identityFor(failed(sending(second, 'B'), true), 'C', fresh);
    expect(third.identity.supersedes).to.equal(second.identity.id);
  });

  it('gives changed content a new id after a plain refusal, replacing what the refused one replaced', () => {
    const first = identityFor(NEW_LIFECYCLE, 'A', fresh);
    const second = identityFor(failed(sending(first, 'A'), true), 'B', fresh);
    const refused = failed(sending(second, 'B'), false);
    expect(refused.mayHaveArrived, 'B was refused; A may still be there').to.equal(false);
    const third = identityFor(refused, 'C', fresh);
    expect(third.identity.id).not.to.equal(second.identity.id);
    expect(third.identity.supersedes).to.equal(first.identity.id);
    const plain = identityFor(failed(sending(identityFor(NEW_LIFECYCLE, 'A', fresh), 'A'), false), 'B', fresh);
    expect(plain.identity.supersedes).to.equal(undefined);
  });

  it('compares content without the identity, so the same answers are the same request', () => {
    const a = referral();
    const b = referral({ id: '9a4c1b2e-5d6f-4a8b-9c0d-1e2f3a4b5c6d', submittedAt: '2026-11-22T09:00:00.000Z', supersedes: '3b241101-e2bb-4255-8caf-4136c566a962' });
    expect(contentOf(a)).to.equal(contentOf(b));
    expect(contentOf(a)).not.to.equal(contentOf(referral({ contact: { ...a.contact, phone: '07700900999' } })));
  });

  it('allows changes only while nothing is on its way', () => {
    expect(mayEdit('editing')).to.equal(true);
    expect(mayEdit('sending')).to.equal(false);
    expect(mayEdit('waiting')).to.equal(false);
    expect(mayEdit('sent')).to.equal(false);
  });

  it('warns before leaving with unsent answers or a send on its way, and not otherwise', () => {
    expect(warnBeforeLeaving('editing', false)).to.equal(false);
    expect(warnBeforeLeaving('editing', true)).to.equal(true);
    expect(warnBeforeLeaving('sending', false)).to.equal(true);
    expect(warnBeforeLeaving('waiting', true)).to.equal(true);
    expect(warnBeforeLeaving('sent', true)).to.equal(false);
    expect(draftHasAnswers(emptyDraft())).to.equal(false);
    expect(draftHasAnswers({ ...emptyDraft(), assisted: true }), 'the kiosk helper switch alone is not an answer').to.equal(false);
    expect(draftHasAnswers({ ...emptyDraft(), phone: '0' })).to.equal(true);
  });

  it('counts down what is left of a Retry-After', () => {
    expect(waitLeftMs(undefined, 1000)).to.equal(0);
    expect(waitLeftMs(61_000, 1000)).to.equal(60_000);
    expect(waitLeftMs(500, 1000)).to.equal(0);
  });
});

describe('a kept referral back on the form', () => {
  it('builds again into the very same referral, so sending it unchanged keeps its id', () => {
    const ctx = { id: '3b241101-e2bb-4255-8caf-4136c566a962', submittedAt: '2026-11-21T10:15:00.000Z', page: 'https://practice.example/help', widgetVersion: '0.1.0', locale: 'en', kiosk: false, legalBasis: 'consent' as const, privacyNoticeUrl: 'https://practice.example/privacy', goals, plan: [{ id: 'a', name: 'A walk' }], today: new Date('2026-11-21T10:00:00Z') };
    for (const draft of [completeDraft(), completeDraft({ nhsNumber: '', preferredName: '', email: 'sam@example.com', gpPractice: 'Vale Surgery', voicemailOk: 'yes', textOk: 'no', interpreter: false, language: '', message: '', assisted: true, someoneToGoWith: 'yes' })]) {
      const built = buildReferral(draft, ctx);
      expect(built.ok, JSON.stringify(built)).to.equal(true);
      if (!built.ok) return;
      const again = buildReferral(draftFromReferral(built.value), ctx);
      expect(again.ok && JSON.stringify(again.value)).to.equal(JSON.stringify(built.value));
    }
  });
});
