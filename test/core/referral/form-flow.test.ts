import { expect } from '@open-wc/testing';
import {
  requestCanGoBack,
  requestMarkOf,
  requestMayChange,
  requestReducer,
  requestStepOf,
  requestWarnsBeforeLeaving,
  startRequest,
  type RequestAction,
  type RequestFlow,
} from '../../../src/core/referral/form-flow.ts';
import { buildReferral, type ReferralContext } from '../../../src/core/referral/build.ts';
import type { SubmitResult } from '../../../src/core/referral/submit.ts';
import type { ReferralFieldError } from '../../../src/core/validate/referral-steps.ts';
import type { ReferralDraft } from '../../../src/core/referral/draft.ts';
import { completeDraft, referral } from './helpers.ts';

const TODAY = new Date(2026, 10, 21);
const CONTINUE: RequestAction = { type: 'continue', today: TODAY, legalBasis: 'consent' };
const context: ReferralContext = {
  id: '00000000-0000-4000-8000-000000000000',
  submittedAt: '2000-01-01T00:00:00.000Z',
  page: 'https://practice.example/help',
  widgetVersion: '0.1.0',
  locale: 'en',
  kiosk: false,
  legalBasis: 'consent',
  privacyNoticeUrl: 'https://practice.example/privacy',
  today: TODAY,
};

let n = 0;
/** "Send request" as the element makes it: the answers built under any identity, and a fresh one to hand. */
function send(flow: RequestFlow, now = 1000): RequestAction {
  n += 1;
  const fresh = { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, submittedAt: `2026-11-21T10:00:${String(n % 60).padStart(2, '0')}.000Z` };
  return { type: 'send', built: buildReferral(flow.draft, context), fresh, now };
}

function run(flow: RequestFlow, ...actions: RequestAction[]): RequestFlow {
  return actions.reduce(requestReducer, flow);
}

const edit = (answers: Partial<ReferralDraft>): RequestAction => ({ type: 'edit', answers });
const onStep = (step: string, returnToCheck = false) => ({ kind: 'step', step, returnToCheck });
const fieldError = (field: string) => ({ field }) as ReferralFieldError;
const failure = (over: Partial<Extract<SubmitResult, { ok: false }>> = {}): RequestAction => ({
  type: 'reply',
  now: 5000,
  result: { ok: false, reason: 'timeout', fieldErrors: [], attempts: 1, detail: 'no reply', mayHaveArrived: true, ...over },
});
const sent = (reference = 'WM-1'): RequestAction => ({ type: 'reply', now: 5000, result: { ok: true, reference, attempts: 1 } });

/** The three pages answered, on check your answers. */
const atCheck = run(startRequest, edit(completeDraft()), CONTINUE, CONTINUE, CONTINUE);

describe("request-call's flow (core)", () => {
  it('starts on "about you", which has no Back, and numbers each view for waymark-step', () => {
    expect(startRequest.view).to.deep.equal(onStep('about-you'));
    expect(requestCanGoBack(startRequest)).to.equal(false);
    expect(requestStepOf(startRequest.view)).to.deep.equal({ step: 'about-you', number: 1 });
    expect(requestStepOf({ kind: 'check' })).to.deep.equal({ step: 'check-answers', number: 4 });
    expect(requestStepOf({ kind: 'sent', reference: 'x' })).to.deep.equal({ step: 'confirmation', number: 5 });
  });

  it('keeps a page that fails Continue, with its errors, and moves on once it passes', () => {
    const stuck = run(startRequest, CONTINUE);
    expect(stuck.view).to.deep.equal(onStep('about-you'));
    expect(stuck.errors.map((e) => e.field)).to.include.members(['fullName', 'dateOfBirth', 'postcode']);
    const moved = run(stuck, edit(completeDraft()), CONTINUE);
    expect(moved.view).to.deep.equal(onStep('contact'));
    expect(moved.errors).to.deep.equal([]);
    expect(run(moved, CONTINUE, CONTINUE).view).to.deep.equal({ kind: 'check' });
    expect(atCheck.view).to.deep.equal({ kind: 'check' });
  });

  it('goes Back page by page, and from check your answers to the last page', () => {
    const contact = run(startRequest, edit(completeDraft()), CONTINUE);
    expect(run(contact, { type: 'back' }).view).to.deep.equal(onStep('about-you'));
    expect(run(atCheck, { type: 'back' }).view).to.deep.equal(onStep('anything-else'));
    expect(requestReducer(startRequest, { type: 'back' }), 'no Back on the first page').to.equal(startRequest);
  });

  it('takes "Change" to the question, then Continue or Back straight to check your answers', () => {
    const changing = run(atCheck, { type: 'change', step: 'about-you' });
    expect(changing.view).to.deep.equal(onStep('about-you', true));
    expect(run(changing, CONTINUE).view).to.deep.equal({ kind: 'check' });
    expect(run(changing, { type: 'back' }).view).to.deep.equal({ kind: 'check' });
    expect(requestReducer(startRequest, { type: 'change', step: 'contact' }), 'Change is only on check your answers').to.equal(startRequest);
  });

  it('sends the first time under a fresh id, shown as sending its first attempt', () => {
    const action = send(atCheck);
    const sending = requestReducer(atCheck, action);
    expect(sending.phase).to.equal('sending');
    expect(sending.attempt).to.equal(1);
    expect(sending.outgoing?.id).to.equal((action as Extract<RequestAction, { type: 'send' }>).fresh.id);
    expect(sending.outgoing?.supersedes).to.equal(undefined);
    expect(Object.keys(sending.outgoing!).slice(0, 3), "the schema's key order").to.deep.equal(['schemaVersion', 'id', 'submittedAt']);
    expect(run(sending, { type: 'attempt', n: 2 }).attempt).to.equal(2);
  });

  it('changes nothing while a send is on its way: no second send, no edits, no Back, no Change', () => {
    const sending = run(atCheck, send(atCheck));
    for (const action of [send(sending), edit({ phone: '07700900999' }), { type: 'back' }, { type: 'change', step: 'contact' }, CONTINUE] as RequestAction[]) {
      expect(requestReducer(sending, action), action.type).to.equal(sending);
    }
    expect(requestCanGoBack(sending)).to.equal(false);
    expect(requestMayChange(sending)).to.equal(false);
    expect(requestWarnsBeforeLeaving(sending), 'leaving would lose the send').to.equal(true);
  });

  it('fails without a request when the answers do not build a referral', () => {
    const broken = run(atCheck, edit({ phone: '' }));
    const after = requestReducer(broken, { type: 'send', built: buildReferral(broken.draft, context), fresh: { id: context.id, submittedAt: context.submittedAt }, now: 1 });
    expect(after.failure).to.deep.equal({ reason: 'invalid', messages: [], mayHaveArrived: false });
    expect(after.outgoing).to.equal(undefined);
    expect(after.phase).to.equal('editing');
  });

  it('forgets the person once the service confirms: only the reference stays', () => {
    const done = run(atCheck, send(atCheck), sent('WM-42'));
    expect(done.view).to.deep.equal({ kind: 'sent', reference: 'WM-42' });
    expect(done.draft).to.deep.equal(startRequest.draft);
    expect(done.outgoing).to.equal(undefined);
    expect(requestWarnsBeforeLeaving(done)).to.equal(false);
    expect(requestReducer(done, { type: 'back' })).to.equal(done);
  });

  it('ignores a reply when nothing is on its way (a late reply from before a reset)', () => {
    expect(requestReducer(atCheck, sent())).to.equal(atCheck);
    expect(requestReducer(startRequest, failure())).to.equal(startRequest);
  });

  it('keeps the id for the same answers after a send that may have arrived, and supersedes it once they change', () => {
    const first = run(atCheck, send(atCheck));
    const timedOut = run(first, failure({ reason: 'timeout', mayHaveArrived: true }));
    expect(timedOut.failure).to.include({ reason: 'timeout', mayHaveArrived: true });
    expect(timedOut.phase).to.equal('editing');
    const retry = run(timedOut, send(timedOut));
    expect(retry.outgoing?.id, 'Try again is the same request').to.equal(first.outgoing!.id);
    expect(retry.failure, 'the failure panel goes as the send starts').to.equal(undefined);

    const changed = run(timedOut, { type: 'change', step: 'contact' }, edit({ phone: '07700900999' }), CONTINUE);
    expect(changed.failure, 'Change clears the failure').to.equal(undefined);
    const resent = run(changed, send(changed));
    expect(resent.outgoing?.id).not.to.equal(first.outgoing!.id);
    expect(resent.outgoing?.supersedes).to.equal(first.outgoing!.id);
    expect(resent.outgoing?.contact.phone).to.equal('07700900999');
  });

  it('sends a 422 about answers to the first page named, then the next, then check your answers', () => {
    const sending = run(atCheck, send(atCheck));
    const refused = run(sending, failure({ reason: 'invalid', mayHaveArrived: false, fieldErrors: [fieldError('phone'), fieldError('fullName'), fieldError('somethingElse')] }));
    expect(refused.view, 'the first error named').to.deep.equal(onStep('contact', true));
    expect(refused.errors.map((e) => e.field)).to.deep.equal(['phone']);
    expect(refused.failure?.messages.map((e) => e.field), 'answers on no page are said above check your answers').to.deep.equal(['somethingElse']);
    const next = run(refused, CONTINUE);
    expect(next.view).to.deep.equal(onStep('about-you', true));
    expect(next.errors.map((e) => e.field)).to.deep.equal(['fullName']);
    const done = run(next, CONTINUE);
    expect(done.view).to.deep.equal({ kind: 'check' });
    expect(done.serverErrors).to.deep.equal([]);
    // Refused outright, so unchanged answers may go under a new id that supersedes nothing.
    expect(run(done, edit({ phone: '07700900999' }), send(done)).outgoing?.supersedes).to.equal(undefined);
  });

  it('waits out a Retry-After before the next send, and sends at once when it has passed', () => {
    const busy = run(atCheck, send(atCheck), failure({ reason: 'server', retryAfterMs: 60_000 }));
    expect(busy.failure).to.include({ retryAt: 65_000, waitMs: 60_000 });
    const waiting = requestReducer(busy, send(busy, 6_000));
    expect(waiting.phase).to.equal('waiting');
    expect(waiting.sendAt).to.equal(65_000);
    expect(requestReducer(waiting, edit({ phone: '1' })), 'no edits while waiting').to.equal(waiting);
    const going = run(waiting, { type: 'wait-over' });
    expect(going).to.include({ phase: 'sending', attempt: 1, sendAt: undefined });
    expect(requestReducer(busy, send(busy, 70_000)).phase).to.equal('sending');
  });

  it('offers a kept referral on check your answers, sending it unchanged under its own id', () => {
    const kept = referral();
    const resumed = run(startRequest, { type: 'resume', kept });
    expect(resumed.view).to.deep.equal({ kind: 'check' });
    expect(resumed.resumed).to.equal(true);
    expect(resumed.draft.fullName).to.equal(kept.person.fullName);
    const again = requestReducer(resumed, { type: 'send', built: buildReferral(resumed.draft, { ...context, ...resumed.kept!.source, legalBasis: kept.consent.basis, privacyNoticeUrl: kept.consent.privacyNoticeUrl, goals: kept.goals, plan: kept.plan }), fresh: { id: context.id, submittedAt: context.submittedAt }, now: 1 });
    expect(again.outgoing?.id).to.equal(kept.id);
    expect(again.resumed).to.equal(false);
    const changed = run(resumed, { type: 'change', step: 'contact' }, edit({ phone: '07700900999' }), CONTINUE);
    expect(changed.resumed).to.equal(false);
    expect(run(changed, send(changed)).outgoing?.supersedes, 'the kept one may have arrived').to.equal(kept.id);
  });

  it('never offers a kept referral over answers the person has started', () => {
    const typing = run(startRequest, edit({ fullName: 'Ali' }));
    expect(requestReducer(typing, { type: 'resume', kept: referral() })).to.equal(typing);
  });

  it('warns before leaving only with answers not yet sent', () => {
    expect(requestWarnsBeforeLeaving(startRequest)).to.equal(false);
    expect(requestWarnsBeforeLeaving(run(startRequest, edit({ assisted: true }))), 'the helper switch is not an answer').to.equal(false);
    expect(requestWarnsBeforeLeaving(run(startRequest, edit({ phone: '0' })))).to.equal(true);
  });
});

describe("request-call's flow in the browser's history (core)", () => {
  const visit = (mark: string | undefined): RequestAction => ({ type: 'visit', mark, today: TODAY, legalBasis: 'consent' });

  it('names each view without personal data, and a visit to its name shows it again with the answers', () => {
    expect(requestMarkOf(onStep('contact') as never)).to.equal('contact');
    expect(requestMarkOf(onStep('contact', true) as never)).to.equal('contact:change');
    expect(requestMarkOf({ kind: 'check' })).to.equal('check');
    expect(requestMarkOf({ kind: 'sent', reference: 'AV-1001' })).to.equal('sent');
    const back = run(atCheck, visit('about-you'));
    expect(back.view).to.deep.equal(onStep('about-you'));
    expect(back.draft).to.equal(atCheck.draft);
    expect(run(back, visit('check')).view).to.deep.equal({ kind: 'check' });
    expect(run(back, visit('contact:change')).view).to.deep.equal(onStep('contact', true));
  });

  it('goes Forward only as far as the answers allow, to the first page not complete, without errors', () => {
    const started = run(startRequest, edit({ fullName: 'Sam' }));
    const forward = run(started, visit('check'));
    expect(forward.view).to.deep.equal(onStep('about-you'));
    expect(forward.errors).to.deep.equal([]);
    const halfway = run(startRequest, edit(completeDraft({ phone: '' })), visit('anything-else'));
    expect(halfway.view).to.deep.equal(onStep('contact'));
  });

  it('shows the first page for an entry from an earlier session, and ignores a name it does not know', () => {
    expect(run(atCheck, visit(undefined)).view).to.deep.equal(onStep('about-you'));
    expect(run(atCheck, visit('nowhere'))).to.equal(atCheck);
    expect(run(atCheck, visit('about-you:later'))).to.equal(atCheck);
  });

  it('never shows a confirmation again, nor moves while a send is on its way', () => {
    expect(run(atCheck, visit('sent'))).to.equal(atCheck);
    const sending = run(atCheck, send(atCheck));
    expect(run(sending, visit('about-you'))).to.equal(sending);
  });

  it('after a confirmation, any entry of the form shows an empty first page', () => {
    const done = run(atCheck, send(atCheck), sent());
    const back = run(done, visit('check'));
    expect(back.view).to.deep.equal(onStep('about-you'));
    expect(back.draft).to.deep.equal(startRequest.draft);
    expect(back.phase).to.equal('editing');
  });
});
