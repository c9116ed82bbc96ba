import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { RequiredSetting } from '../../core/config/required.ts';
import type { GoalsResult } from '../../core/model/goals.ts';
import type { PlanItem, Referral } from '../../core/model/referral.ts';
import type { Parsed } from '../../core/model/problems.ts';
import { buildReferral, pageOf } from '../../core/referral/build.ts';
import { draftHasAnswers, emptyDraft, type ReferralDraft } from '../../core/referral/draft.ts';
import { draftFromReferral } from '../../core/referral/draft-from-referral.ts';
import type { FailureReason } from '../../core/referral/attempt.ts';
import { ReferralSender } from '../../core/referral/sender.ts';
import { realSleep } from '../../core/referral/submit.ts';
import {
  NEW_LIFECYCLE,
  contentOf,
  failed,
  identityFor,
  mayEdit,
  sending,
  waitLeftMs,
  warnBeforeLeaving,
  type ReferralIdentity,
  type ReferralLifecycle,
  type SendPhase,
} from '../../core/referral/lifecycle.ts';
import { durationText } from '../../core/text/intl.ts';
import { forgetUnsent, keepUnsent, loadUnsent } from '../../state/unsent-referral.ts';
import { Ticker } from '../../ui/ticker.ts';
import { localText } from '../../core/text/local-text.ts';
import { safeHref } from '../../core/text/safe-href.ts';
import { REFERRAL_STEPS, stepOfField, validateStep, type ReferralFieldError, type ReferralStep } from '../../core/validate/referral-steps.ts';
import { emit, type StepDetail } from '../../events.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { WAYMARK_VERSION } from '../../version.ts';
import { WaymarkElement } from '../../ui/waymark-element.ts';
import { renderUrgentContacts, urgentContactsFor } from '../../ui/urgent-contacts.ts';
import { urgentContactsStyles } from '../../ui/urgent-contacts.styles.ts';
import { backLink, formStyles, renderErrorSummary } from '../../ui/form/index.ts';
import { StepController } from '../../ui/step-controller.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { requestCallStyles } from './request-call.styles.ts';
import type { PageContext } from './page-context.ts';
import { renderAboutYou } from './about-you.ts';
import { renderContact } from './contact.ts';
import { renderAnythingElse } from './anything-else.ts';
import { renderAnswerLists, renderSend } from './check-answers.ts';
import { renderFailure } from './failure.ts';
import { renderConfirmation } from './confirmation.ts';
import { renderResume } from './resume.ts';
import { IsolatedChild, IsolatedFrame } from './isolated.ts';

type StepView = { kind: 'step'; step: ReferralStep; returnToCheck: boolean };
type View = StepView | { kind: 'check' } | { kind: 'sent'; reference: string };

interface Failure {
  reason: FailureReason;
  messages: ReferralFieldError[];
  mayHaveArrived: boolean;
  /** When the service's `Retry-After` runs out: "Try again" waits until then. */
  retryAt?: number;
  /** How long it asked to wait, to say so. */
  waitMs?: number;
}

/** A kept referral being offered again: sent in the context it was made in, so unchanged it keeps its id. */
type ResumeContext = Pick<Referral, 'source' | 'consent' | 'goals' | 'plan'>;

const ELEMENT = 'waymark-request-call';
/** Builds a referral to compare content with: the identity is left out of the comparison. */
const PROBE: ReferralIdentity = { id: '00000000-0000-4000-8000-000000000000', submittedAt: '2000-01-01T00:00:00.000Z' };

/**
 * Request a call: a self-referral to a link worker. Three short pages (about you, how to contact
 * you, anything else), check your answers, then a confirmation with a reference. The answers live
 * in this element, are kept through any failure, and are forgotten once the service has the
 * referral. From "Send request" until the service confirms it, the referral is also kept in this
 * tab (never in kiosk mode), so a reload offers to send it; leaving the page asks first.
 * Sending, retrying, idempotency and the referral's id live in `core/referral`.
 *
 * @fires waymark-step - On each new page: `{ element, step, number }`, no personal data.
 * @fires waymark-referral-sent - When the service replied 2xx with a reference: `{ reference }`.
 * @fires waymark-referral-failed - When sending stopped without a referral: `{ reason }`.
 * @fires waymark-config-error - When config has mistakes, or names no endpoint.
 * @csspart error-summary - "There is a problem".
 * @csspart failure - "Your request has not been sent" (or "may not have been sent").
 * @csspart confirmation - The green panel with the reference.
 * @csspart urgent - "Need help now?" at the top of each page.
 * @csspart isolated-frame - The iframe, in isolated mode.
 * @cssprop --waymark-color-primary - The confirmation panel's background.
 */
@localized()
export class WaymarkRequestCall extends WaymarkElement {
  static override styles = [tokens, base, formStyles, urgentContactsStyles, requestCallStyles];
  protected static override messages = 'request-call' as const;
  static override readonly requires = ['referral.endpoint'] as const;

  /** The goals result, sent with the referral when given (a journey sets it). */
  @property({ attribute: false }) goals?: GoalsResult;
  /** The activities the person chose, sent with the referral. */
  @property({ attribute: false }) plan?: PlanItem[];
  /** Someone is helping the person fill it in (a kiosk's switch); ticks the form's own question. */
  @property({ type: Boolean }) assisted = false;
  /**
   * Isolated mode: the URL of a page on the service's own origin holding this form (a ready-made
   * one is `dist/request-call.html`). The form then runs in an iframe, out of reach of this
   * page's scripts. See docs/embedding.md.
   */
  @property({ attribute: 'isolated-src' }) isolatedSrc?: string;
  /** On the service's own page inside that iframe: the host page origins it may report to. */
  @property({ attribute: 'isolated-hosts' }) isolatedHosts?: string;

  @state() private draft: ReferralDraft = emptyDraft();
  @state() private view: View = { kind: 'step', step: 'about-you', returnToCheck: false };
  @state() private errors: ReferralFieldError[] = [];
  @state() private phase: SendPhase = 'editing';
  @state() private attempt = 0;
  @state() private failure?: Failure;
  /** Showing "Your request has not been sent yet: send it now?" after a reload. */
  @state() private resumed = false;
  /** When a "Try again" that is waiting out `Retry-After` sends. */
  @state() private sendAt?: number;

  private readonly stepEvents = new StepController(this, () => (this.resolvedConfig ? this.stepDetail() : undefined));
  private readonly isolatedFrame = new IsolatedFrame(this, {
    onActivity: () => this.kioskSession.touch(),
    onBusy: () => this.busyChanged(),
  });
  protected readonly isolatedChild = new IsolatedChild(this, {
    onKiosk: () => {
      this.kioskFromHost = true;
      forgetUnsent();
      this.requestUpdate();
    },
  });
  protected readonly ticker = new Ticker(this, () => this.phase === 'waiting');
  private sender = new ReferralSender();
  /** Stops a send or a wait at once when the element starts again. */
  private stop = new AbortController();
  /** Errors from the service for pages the person has still to revisit. */
  private serverErrors: ReferralFieldError[] = [];
  /** The referral's id and what was sent under it (core/referral/lifecycle.ts). */
  private lifecycle: ReferralLifecycle = NEW_LIFECYCLE;
  private resumeContext?: ResumeContext;
  private triedResume = false;

  /** Forgets everything, as after success or when a kiosk starts again: a send on its way is stopped and its reply ignored. */
  protected override forgetState(): void {
    this.stop.abort();
    this.stop = new AbortController();
    this.sender = new ReferralSender();
    this.draft = emptyDraft();
    this.view = { kind: 'step', step: 'about-you', returnToCheck: false };
    this.errors = [];
    this.serverErrors = [];
    this.failure = undefined;
    this.lifecycle = NEW_LIFECYCLE;
    this.resumeContext = undefined;
    this.resumed = false;
    this.sendAt = undefined;
    this.goals = undefined;
    this.plan = undefined;
    this.stepEvents.reset();
    this.setPhase('editing');
  }

  /** In isolated mode the frame's own page sends the referral: this page needs no endpoint. */
  override get requiredSettings(): readonly RequiredSetting[] {
    return this.isolatedSrc ? [] : super.requiredSettings;
  }

  override get busy(): boolean {
    return this.phase === 'sending' || this.phase === 'waiting' || this.isolatedFrame.busy || super.busy;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  override render() {
    if (this.isolatedSrc) {
      this.isolatedFrame.setKiosk(this.kioskMode);
      return html`${this.isolatedFrame.render(this.isolatedSrc, this.generation)}${this.kioskSession.render()}`;
    }
    return this.withConfig((config) => this.renderWithConfig(config));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('assisted') && this.assisted !== this.draft.assisted) this.draft = { ...this.draft, assisted: this.assisted };
    if (this.resolvedConfig && !this.triedResume && !this.isolatedSrc) {
      this.triedResume = true;
      void this.resume();
    }
  }

  private stepDetail(): StepDetail {
    const v = this.view;
    if (v.kind === 'step') return { element: ELEMENT, step: v.step, number: REFERRAL_STEPS.indexOf(v.step) + 1 };
    if (v.kind === 'check') return { element: ELEMENT, step: 'check-answers', number: REFERRAL_STEPS.length + 1 };
    return { element: ELEMENT, step: 'confirmation', number: REFERRAL_STEPS.length + 2 };
  }

  private renderWithConfig(config: WaymarkConfig) {
    const locale = currentLocale();
    const serviceName = localText(config.service.name, locale);
    const view = this.view;
    if (view.kind === 'sent') {
      return renderConfirmation({
        reference: view.reference,
        whatHappensNext: localText(config.service.whatHappensNext, locale),
        callBackWithin: localText(config.service.callBackWithin, locale),
        contacts: urgentContactsFor(config),
        locale,
      });
    }
    return html`
      ${this.renderTop(config, locale)}
      ${view.kind === 'check' ? this.renderCheck(config, locale, serviceName) : this.renderStep(config, view)}
    `;
  }

  /** Back, and urgent help near the top of every page: crisis information comes before a non-urgent form. */
  private renderTop(config: WaymarkConfig, locale: string) {
    const view = this.view;
    const onBack =
      view.kind === 'check'
        ? () => this.go({ kind: 'step', step: 'anything-else', returnToCheck: false })
        : view.kind === 'step' && view.returnToCheck
          ? () => this.go({ kind: 'check' })
          : view.kind === 'step' && view.step !== 'about-you'
            ? () => this.go({ kind: 'step', step: REFERRAL_STEPS[REFERRAL_STEPS.indexOf(view.step) - 1]!, returnToCheck: false })
            : undefined;
    return html`
      ${backLink(mayEdit(this.phase) ? onBack : undefined)}
      <details class="urgent disclosure" part="urgent">
        <summary>${msg('Need help now?')}</summary>
        <p>${msg('This form is not for emergencies. It can take a few days for us to call you.')}</p>
        ${renderUrgentContacts(urgentContactsFor(config), locale)}
      </details>
    `;
  }

  private pageContext(): PageContext {
    return {
      draft: this.draft,
      errors: this.errors,
      kiosk: this.kioskMode,
      set: (field, value) => {
        this.draft = { ...this.draft, [field]: value };
      },
    };
  }

  private renderStep(config: WaymarkConfig, view: StepView) {
    const ctx = this.pageContext();
    const page =
      view.step === 'about-you'
        ? renderAboutYou(ctx)
        : view.step === 'contact'
          ? renderContact(ctx)
          : renderAnythingElse(ctx, { legalBasis: config.service.legalBasis, privacyHref: this.privacyHref(config) });
    return html`
      ${renderErrorSummary(this.errors, this.shadowRoot)}
      <form novalidate autocomplete=${this.kioskMode ? 'off' : 'on'} @submit=${(e: Event) => this.continue(e, config, view)}>
        ${page}
        <button type="submit" class="button">${msg('Continue')}</button>
      </form>
    `;
  }

  private renderCheck(config: WaymarkConfig, locale: string, serviceName: string | undefined) {
    const failure = this.failure;
    return html`
      ${this.resumed && this.phase === 'editing' && !failure
        ? renderResume({
            onSend: () => {
              // "Try again" sat in the failure panel, which is gone: keep the keyboard on the send button.
              this.focusController.request({ selector: '.send button' });
              void this.send(config);
            },
            onDelete: () => this.deleteKept(),
          })
        : nothing}
      ${failure
        ? renderFailure({
            ...failure,
            serviceName,
            servicePhone: config.service.phone,
            waitText: failure.waitMs ? durationText(failure.waitMs, locale) : undefined,
            onRetry: () => {
              this.focusController.request({ selector: '.send button' });
              void this.send(config);
            },
          })
        : nothing}
      <h1 data-step-heading>${msg('Check your answers before sending your request')}</h1>
      ${renderAnswerLists({
        draft: this.draft,
        locale,
        legalBasis: config.service.legalBasis,
        locked: !mayEdit(this.phase),
        onChange: (step, field) => void this.change(step, field),
      })}
      <h2>${msg('Now send your request')}</h2>
      ${renderSend({
        sending: this.phase !== 'editing',
        attempt: this.attempt,
        maxAttempts: config.referral.maxAttempts,
        waitText: this.phase === 'waiting' ? durationText(waitLeftMs(this.sendAt, Date.now()), locale) : undefined,
        onSend: (e) => {
          e.preventDefault();
          void this.send(config);
        },
      })}
    `;
  }

  /** A relative privacy notice URL is resolved against the page, then must pass `safeHref`. */
  private privacyHref(config: WaymarkConfig): string | undefined {
    const url = config.service.privacyNoticeUrl;
    if (!url) return undefined;
    try {
      return safeHref(new URL(url, document.baseURI).href);
    } catch {
      return undefined;
    }
  }

  private go(view: View) {
    this.view = view;
    this.errors = [];
    this.focusController.request({ heading: true });
  }

  /** "Change" on check answers: the page with that question, then straight back to check answers. Never while sending. */
  private change(step: ReferralStep, field: string) {
    if (!mayEdit(this.phase)) return;
    this.failure = undefined;
    this.resumed = false;
    this.go({ kind: 'step', step, returnToCheck: true });
    this.focusController.request({ field });
  }

  private continue(event: Event, config: WaymarkConfig, view: StepView) {
    event.preventDefault();
    const errors = validateStep(view.step, this.draft, { today: new Date(), legalBasis: config.service.legalBasis });
    if (errors.length > 0) {
      this.errors = errors;
      this.focusController.request({ errorSummary: true });
      return;
    }
    // The person has answered this page again: the service's objections to it are settled.
    this.serverErrors = this.serverErrors.filter((e) => stepOfField(e.field) !== view.step);
    if (this.serverErrors.length > 0) return this.showServerErrors();
    const next = REFERRAL_STEPS[REFERRAL_STEPS.indexOf(view.step) + 1];
    if (view.returnToCheck || !next) return this.toCheck();
    this.go({ kind: 'step', step: next, returnToCheck: false });
  }

  private toCheck() {
    this.go({ kind: 'check' });
  }

  /** Takes the person to the first page the service found a problem on, with its messages. */
  private showServerErrors() {
    const first = this.serverErrors[0];
    const step = first && stepOfField(first.field);
    if (!step) return this.toCheck();
    this.go({ kind: 'step', step, returnToCheck: true });
    this.errors = this.serverErrors.filter((e) => stepOfField(e.field) === step);
    this.focusController.request({ errorSummary: true });
  }

  /** The referral's context: the page's, or for a kept referral offered again, the one it was made in. */
  private buildFor(config: WaymarkConfig, identity: ReferralIdentity): Parsed<Referral> {
    const kept = this.resumeContext;
    return buildReferral(this.draft, {
      ...identity,
      page: kept?.source.page ?? pageOf(location),
      widgetVersion: kept?.source.widgetVersion ?? WAYMARK_VERSION,
      locale: kept?.source.locale ?? currentLocale(),
      kiosk: kept?.source.kiosk ?? this.kioskMode,
      legalBasis: kept?.consent.basis ?? config.service.legalBasis,
      privacyNoticeUrl: kept ? kept.consent.privacyNoticeUrl : config.service.privacyNoticeUrl,
      goals: kept ? kept.goals : this.goals,
      plan: kept ? kept.plan : this.plan,
      today: new Date(),
    });
  }

  /**
   * The referral to send now, under the right identity: the same id as before for the same
   * content, a new one that supersedes it for changed content (core/referral/lifecycle.ts).
   */
  private referralToSend(config: WaymarkConfig): Parsed<Referral> {
    const probe = this.buildFor(config, PROBE);
    if (!probe.ok) return probe;
    const content = contentOf(probe.value);
    const next = identityFor(this.lifecycle, content, () => ({ id: crypto.randomUUID(), submittedAt: new Date().toISOString() }));
    const built = this.buildFor(config, next.identity);
    if (built.ok) this.lifecycle = sending(next, content);
    return built;
  }

  private async send(config: WaymarkConfig) {
    // The core guard stops a second request; this stops a second round of state changes.
    if (this.phase !== 'editing') return;
    const endpoint = config.referral.endpoint;
    if (!endpoint) return;
    const built = this.referralToSend(config);
    if (!built.ok) {
      // Only reachable if answers were changed from outside after the pages checked them.
      console.error(`[waymark] <${ELEMENT}> the referral did not pass its schema:`, built.problems);
      return this.fail('invalid', []);
    }
    const generation = this.generation;
    const signal = this.stop.signal;
    const wait = waitLeftMs(this.failure?.retryAt, Date.now());
    this.failure = undefined;
    this.resumed = false;
    // Kept in this tab until the service confirms it, so a reload can offer to send it again.
    if (!this.kioskMode) keepUnsent(built.value);
    if (wait > 0) {
      // The service asked for a pause ("Retry-After"): wait it out, showing how long.
      this.sendAt = Date.now() + wait;
      this.setPhase('waiting');
      await realSleep(wait, signal);
      if (!this.isCurrent(generation)) return;
    }
    this.setPhase('sending');
    this.attempt = 1;
    const result = await this.sender.send(built.value, {
      endpoint,
      format: config.referral.format,
      timeoutMs: config.referral.timeoutMs,
      maxAttempts: config.referral.maxAttempts,
      signal,
      onAttempt: (n) => (this.attempt = n),
    });
    // Started again since (a kiosk's next person): this reply belongs to nobody on screen now.
    if (!this.isCurrent(generation)) return;
    this.setPhase('editing');
    if (result.ok) return this.succeed(result.reference);
    this.lifecycle = failed(this.lifecycle, result.mayHaveArrived);
    const waitMs = result.retryAfterMs;
    const retryAt = waitMs !== undefined ? Date.now() + waitMs : undefined;
    const onForm = result.fieldErrors.filter((e) => stepOfField(e.field));
    if (onForm.length > 0) {
      this.serverErrors = onForm;
      this.failure = { reason: result.reason, messages: result.fieldErrors.filter((e) => !stepOfField(e.field)), mayHaveArrived: result.mayHaveArrived, retryAt, waitMs };
      emit(this, 'waymark-referral-failed', { reason: result.reason });
      return this.showServerErrors();
    }
    this.fail(result.reason, result.fieldErrors, result.mayHaveArrived, { retryAt, waitMs });
  }

  private fail(reason: FailureReason, messages: ReferralFieldError[], mayHaveArrived = false, wait: Pick<Failure, 'retryAt' | 'waitMs'> = {}) {
    this.failure = { reason, messages, mayHaveArrived, ...wait };
    this.focusController.request({ selector: '.failure' });
    emit(this, 'waymark-referral-failed', { reason });
  }

  private succeed(reference: string) {
    // Forget the person: nothing they typed stays in memory, the DOM, the browser's form history
    // or storage (the kept referral and any saved progress).
    this.reset();
    this.go({ kind: 'sent', reference });
    emit(this, 'waymark-referral-sent', { reference });
  }

  private setPhase(phase: SendPhase) {
    if (phase === this.phase) return;
    const wasBusy = this.busy;
    this.phase = phase;
    if (phase !== 'waiting') this.sendAt = undefined;
    if (this.busy !== wasBusy) {
      this.busyChanged();
      this.isolatedChild.reportBusy(this.busy);
    }
  }

  /**
   * After a reload: a referral kept from "Send request" that the service never confirmed is
   * offered again, on "check your answers". The person may change it (then it gets a new id that
   * supersedes the old, as the old may have arrived) or delete it.
   */
  private async resume() {
    const generation = this.generation;
    const draft = this.draft;
    const kept = await loadUnsent().catch(() => undefined);
    if (!kept || !this.isCurrent(generation) || this.draft !== draft || this.kioskMode) return;
    const r = kept.referral;
    this.draft = draftFromReferral(r);
    this.resumeContext = { source: r.source, consent: r.consent, goals: r.goals, plan: r.plan };
    this.lifecycle = {
      identity: { id: r.id, submittedAt: r.submittedAt, ...(r.supersedes ? { supersedes: r.supersedes } : {}) },
      sentContent: contentOf(r),
      // The reload may have cut off an attempt on its way (keepalive carries it on).
      mayHaveArrived: true,
    };
    this.resumed = true;
    this.view = { kind: 'check' };
    this.focusController.request({ selector: '.resume' });
  }

  private deleteKept() {
    forgetUnsent();
    this.reset();
    this.focusController.request({ heading: true });
  }

  /** "Leave site?" while answers are typed but not sent, or a send is on its way. */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.view.kind === 'sent' || !warnBeforeLeaving(this.phase, draftHasAnswers(this.draft))) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-request-call': WaymarkRequestCall;
  }
}
