import type { LegalBasis } from '../model/config.ts';
import type { Parsed } from '../model/problems.ts';
import type { Referral } from '../model/referral.ts';
import { REFERRAL_STEPS, stepOfField, validateStep, type ReferralFieldError, type ReferralStep } from '../validate/referral-steps.ts';
import type { FailureReason } from './attempt.ts';
import { draftHasAnswers, emptyDraft, type ReferralDraft } from './draft.ts';
import { draftFromReferral } from './draft-from-referral.ts';
import {
  NEW_LIFECYCLE,
  contentOf,
  failed,
  identityFor,
  mayEdit,
  sending,
  waitLeftMs,
  warnBeforeLeaving,
  withIdentity,
  type ReferralIdentity,
  type ReferralLifecycle,
  type SendPhase,
} from './lifecycle.ts';
import type { SubmitResult } from './submit.ts';

/** A page of questions; `returnToCheck` when the person came from "Change" on check your answers. */
export type RequestStepView = { kind: 'step'; step: ReferralStep; returnToCheck: boolean };
export type RequestView = RequestStepView | { kind: 'check' } | { kind: 'sent'; reference: string };

/** Why the last send did not go, shown above check your answers. */
export interface SendFailure {
  reason: FailureReason;
  /** The service's messages about answers that are on no page of the form. */
  messages: ReferralFieldError[];
  mayHaveArrived: boolean;
  /** When the service's `Retry-After` runs out: "Try again" waits until then. */
  retryAt?: number;
  /** How long it asked to wait, to say so. */
  waitMs?: number;
}

/** A kept referral offered again is sent in the context it was made in, so unchanged it keeps its id. */
export type KeptContext = Pick<Referral, 'source' | 'consent' | 'goals' | 'plan' | 'followUp'>;

/**
 * Everything the request-a-call form knows, as plain data: where the person is, what they typed,
 * what is wrong, and where the referral is in its life (core/referral/lifecycle.ts).
 */
export interface RequestFlow {
  readonly view: RequestView;
  /** What the person typed, exactly as typed. */
  readonly draft: ReferralDraft;
  /** What to fix on the page on screen. */
  readonly errors: ReferralFieldError[];
  /** The service's objections (a 422) for pages the person has still to revisit. */
  readonly serverErrors: ReferralFieldError[];
  readonly phase: SendPhase;
  /** Which attempt of the send is on its way (1, 2, …), to say "Trying again". */
  readonly attempt: number;
  readonly failure?: SendFailure;
  /** The referral's id and what was sent under it. */
  readonly lifecycle: ReferralLifecycle;
  /** The referral on its way, under its identity, while `waiting` or `sending`. */
  readonly outgoing?: Referral;
  /** When a "Try again" that is waiting out `Retry-After` sends. */
  readonly sendAt?: number;
  /** Showing "Your request has not been sent yet: send it now?" after a reload. */
  readonly resumed: boolean;
  /** The context of a kept referral offered again (see `KeptContext`). */
  readonly kept?: KeptContext;
}

export type RequestAction =
  /** The person typed or chose something (or a kiosk's helper switch changed). */
  | { type: 'edit'; answers: Partial<ReferralDraft> }
  /** Continue on a page of questions. */
  | { type: 'continue'; today: Date; legalBasis: LegalBasis }
  | { type: 'back' }
  /** "Change" on check your answers. */
  | { type: 'change'; step: ReferralStep }
  /** After a reload: a referral kept from an earlier "Send request" that the service never confirmed. */
  | { type: 'resume'; kept: Referral }
  /**
   * "Send request", "Try again" or "Send it now": `built` is the referral the answers make (under
   * any identity: the flow gives it its own), `fresh` a new identity in case it needs one.
   */
  | { type: 'send'; built: Parsed<Referral>; fresh: Omit<ReferralIdentity, 'supersedes'>; now: number }
  /** The `Retry-After` wait is over: the send goes. */
  | { type: 'wait-over' }
  /** The sender is making attempt `n`. */
  | { type: 'attempt'; n: number }
  /** How the send ended. */
  | { type: 'reply'; result: SubmitResult; now: number }
  /**
   * The browser's Back or Forward reached an entry of this form: `mark` is the page it showed
   * (see `requestMarkOf`), or `undefined` for the start (an entry from an earlier session).
   */
  | { type: 'visit'; mark: string | undefined; today: Date; legalBasis: LegalBasis };

export const startRequest: RequestFlow = {
  view: { kind: 'step', step: REFERRAL_STEPS[0], returnToCheck: false },
  draft: emptyDraft(),
  errors: [],
  serverErrors: [],
  phase: 'editing',
  attempt: 0,
  lifecycle: NEW_LIFECYCLE,
  resumed: false,
};

/** The step name and 1-based number `waymark-step` reports for a view. No personal data. */
export function requestStepOf(view: RequestView): { step: string; number: number } {
  switch (view.kind) {
    case 'step':
      return { step: view.step, number: REFERRAL_STEPS.indexOf(view.step) + 1 };
    case 'check':
      return { step: 'check-answers', number: REFERRAL_STEPS.length + 1 };
    case 'sent':
      return { step: 'confirmation', number: REFERRAL_STEPS.length + 2 };
  }
}

/**
 * The view's name in a browser history entry. No personal data, and never a reference: an entry
 * outlives the person's go at the form.
 */
export function requestMarkOf(view: RequestView): string {
  switch (view.kind) {
    case 'step':
      return view.returnToCheck ? `${view.step}:change` : view.step;
    case 'check':
      return 'check';
    case 'sent':
      return 'sent';
  }
}

function viewOfMark(mark: string): RequestStepView | { kind: 'check' } | undefined {
  if (mark === 'check') return { kind: 'check' };
  const [step, change] = mark.split(':');
  const known = REFERRAL_STEPS.find((s) => s === step);
  return known && (change === undefined || change === 'change') ? { kind: 'step', step: known, returnToCheck: change === 'change' } : undefined;
}

/**
 * Where a Back or Forward to `mark` takes the person. The pages before it must still be complete
 * (they may have changed an answer since, or the form may have started again): otherwise the
 * first page that is not, without errors, as they have not pressed Continue on it. A confirmation
 * is never shown again from history, and nothing moves while a send is on its way.
 */
function visit(flow: RequestFlow, action: Extract<RequestAction, { type: 'visit' }>): RequestFlow {
  if (flow.phase === 'sent') return { ...startRequest };
  if (!mayEdit(flow.phase)) return flow;
  const target = action.mark === undefined ? undefined : viewOfMark(action.mark);
  if (action.mark !== undefined && !target) return flow;
  if (!target) return go(flow, startRequest.view);
  const before = target.kind === 'check' ? REFERRAL_STEPS.length : REFERRAL_STEPS.indexOf(target.step);
  const options = { today: action.today, legalBasis: action.legalBasis };
  const incomplete = REFERRAL_STEPS.slice(0, before).find((step) => validateStep(step, flow.draft, options).length > 0);
  if (incomplete) return go(flow, { kind: 'step', step: incomplete, returnToCheck: false });
  return requestMarkOf(flow.view) === action.mark ? flow : go(flow, target);
}

/**
 * Where Back goes from the view on screen, or `undefined` where there is no Back: the first page,
 * the confirmation, and anywhere while a send is on its way (nothing may change then).
 */
function backTarget(flow: RequestFlow): RequestView | undefined {
  const view = flow.view;
  if (!mayEdit(flow.phase)) return undefined;
  if (view.kind === 'check') return { kind: 'step', step: REFERRAL_STEPS[REFERRAL_STEPS.length - 1]!, returnToCheck: false };
  if (view.kind !== 'step') return undefined;
  if (view.returnToCheck) return { kind: 'check' };
  const previous = REFERRAL_STEPS[REFERRAL_STEPS.indexOf(view.step) - 1];
  return previous ? { kind: 'step', step: previous, returnToCheck: false } : undefined;
}

/** Whether the view on screen offers Back. */
export function requestCanGoBack(flow: RequestFlow): boolean {
  return backTarget(flow) !== undefined;
}

/** "Change" on check your answers does something only while nothing is on its way. */
export function requestMayChange(flow: RequestFlow): boolean {
  return flow.view.kind === 'check' && mayEdit(flow.phase);
}

/** Whether leaving the page now would lose answers not yet sent, or a send on its way. */
export function requestWarnsBeforeLeaving(flow: RequestFlow): boolean {
  return flow.view.kind !== 'sent' && warnBeforeLeaving(flow.phase, draftHasAnswers(flow.draft));
}

const go = (flow: RequestFlow, view: RequestView): RequestFlow => ({ ...flow, view, errors: [] });

/** Takes the person to the first page the service found a problem on, with its messages there. */
function toServerErrors(flow: RequestFlow, serverErrors: ReferralFieldError[]): RequestFlow {
  const step = serverErrors[0] && stepOfField(serverErrors[0].field);
  if (!step) return { ...go(flow, { kind: 'check' }), serverErrors };
  return {
    ...flow,
    serverErrors,
    view: { kind: 'step', step, returnToCheck: true },
    errors: serverErrors.filter((e) => stepOfField(e.field) === step),
  };
}

/** A failed send: a 422 naming answers on the form takes the person to them; anything else is said above check your answers. */
function afterFailure(flow: RequestFlow, result: Extract<SubmitResult, { ok: false }>, now: number): RequestFlow {
  const waitMs = result.retryAfterMs;
  const wait = waitMs !== undefined ? { retryAt: now + waitMs, waitMs } : {};
  const ended: RequestFlow = {
    ...flow,
    phase: 'editing',
    outgoing: undefined,
    sendAt: undefined,
    lifecycle: failed(flow.lifecycle, result.mayHaveArrived),
  };
  const onForm = result.fieldErrors.filter((e) => stepOfField(e.field));
  if (onForm.length === 0) {
    return { ...ended, failure: { reason: result.reason, messages: result.fieldErrors, mayHaveArrived: result.mayHaveArrived, ...wait } };
  }
  const messages = result.fieldErrors.filter((e) => !stepOfField(e.field));
  return toServerErrors({ ...ended, failure: { reason: result.reason, messages, mayHaveArrived: result.mayHaveArrived, ...wait } }, onForm);
}

/**
 * The request-a-call form as a pure reducer: given where the person is and what happened, where
 * they are next. It decides the pages and their order, Back, Change, where the service's field
 * errors send them, that nothing changes while a send is on its way, and which id the referral
 * goes under. An action that does not apply leaves the same `flow` object, so the element can
 * tell that nothing moved. The element sends `outgoing`, keeps it for a reload, and moves focus.
 */
export function requestReducer(flow: RequestFlow, action: RequestAction): RequestFlow {
  const view = flow.view;
  switch (action.type) {
    case 'edit':
      return mayEdit(flow.phase) ? { ...flow, draft: { ...flow.draft, ...action.answers } } : flow;
    case 'continue': {
      if (view.kind !== 'step' || !mayEdit(flow.phase)) return flow;
      const errors = validateStep(view.step, flow.draft, { today: action.today, legalBasis: action.legalBasis });
      if (errors.length > 0) return { ...flow, errors };
      // The person has answered this page again: the service's objections to it are settled.
      const serverErrors = flow.serverErrors.filter((e) => stepOfField(e.field) !== view.step);
      if (serverErrors.length > 0) return toServerErrors(flow, serverErrors);
      const next = REFERRAL_STEPS[REFERRAL_STEPS.indexOf(view.step) + 1];
      const moved = { ...flow, serverErrors };
      return go(moved, view.returnToCheck || !next ? { kind: 'check' } : { kind: 'step', step: next, returnToCheck: false });
    }
    case 'back': {
      const target = backTarget(flow);
      return target ? go(flow, target) : flow;
    }
    case 'change':
      if (!requestMayChange(flow)) return flow;
      return go({ ...flow, failure: undefined, resumed: false }, { kind: 'step', step: action.step, returnToCheck: true });
    case 'resume': {
      // Offered only on a form nobody has touched: what the person is typing now wins.
      if (flow.phase !== 'editing' || flow.lifecycle !== NEW_LIFECYCLE || draftHasAnswers(flow.draft)) return flow;
      const r = action.kept;
      return {
        ...go(flow, { kind: 'check' }),
        draft: draftFromReferral(r),
        kept: { source: r.source, consent: r.consent, goals: r.goals, plan: r.plan, followUp: r.followUp },
        lifecycle: {
          identity: { id: r.id, submittedAt: r.submittedAt, ...(r.supersedes ? { supersedes: r.supersedes } : {}) },
          sentContent: contentOf(r),
          // The reload may have cut off an attempt on its way (keepalive carries it on).
          mayHaveArrived: true,
        },
        resumed: true,
      };
    }
    case 'send': {
      // One send at a time, and only from check your answers.
      if (view.kind !== 'check' || flow.phase !== 'editing') return flow;
      if (!action.built.ok) {
        // Only reachable if answers were changed from outside after the pages checked them.
        return { ...flow, failure: { reason: 'invalid', messages: [], mayHaveArrived: false } };
      }
      const content = contentOf(action.built.value);
      const next = identityFor(flow.lifecycle, content, () => action.fresh);
      // The service asked for a pause ("Retry-After"): wait it out, showing how long.
      const wait = waitLeftMs(flow.failure?.retryAt, action.now);
      return {
        ...flow,
        lifecycle: sending(next, content),
        outgoing: withIdentity(action.built.value, next.identity),
        failure: undefined,
        resumed: false,
        ...(wait > 0 ? { phase: 'waiting', sendAt: action.now + wait } : { phase: 'sending', sendAt: undefined, attempt: 1 }),
      };
    }
    case 'wait-over':
      return flow.phase === 'waiting' ? { ...flow, phase: 'sending', sendAt: undefined, attempt: 1 } : flow;
    case 'attempt':
      return flow.phase === 'sending' ? { ...flow, attempt: action.n } : flow;
    case 'reply':
      if (flow.phase !== 'sending') return flow;
      // Sent: the person is forgotten, and only the reference stays on screen.
      if (action.result.ok) return { ...startRequest, view: { kind: 'sent', reference: action.result.reference }, phase: 'sent' };
      return afterFailure(flow, action.result, action.now);
    case 'visit':
      return visit(flow, action);
  }
}
