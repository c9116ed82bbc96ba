import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { RequiredSetting } from '../../core/config/required.ts';
import type { GoalsResult } from '../../core/model/goals.ts';
import type { PlanItem } from '../../core/model/referral.ts';
import { buildReferral, pageOf } from '../../core/referral/build.ts';
import { emptyDraft, type ReferralDraft } from '../../core/referral/draft.ts';
import type { FailureReason } from '../../core/referral/attempt.ts';
import { ReferralSender } from '../../core/referral/sender.ts';
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
import { IsolatedChild, IsolatedFrame } from './isolated.ts';

type StepView = { kind: 'step'; step: ReferralStep; returnToCheck: boolean };
type View = StepView | { kind: 'check' } | { kind: 'sent'; reference: string };

const ELEMENT = 'waymark-request-call';

/**
 * Request a call: a self-referral to a link worker. Three short pages (about you, how to contact
 * you, anything else), check your answers, then a confirmation with a reference. The answers live
 * only in this element, are kept through any failure, and are forgotten once the service has the
 * referral. Sending, retrying and idempotency live in `core/referral`.
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
  @state() private sending = false;
  @state() private attempt = 0;
  @state() private failure?: { reason: FailureReason; messages: ReferralFieldError[]; mayHaveArrived: boolean };

  private readonly stepEvents = new StepController(this, () => (this.resolvedConfig ? this.stepDetail() : undefined));
  private readonly isolatedFrame = new IsolatedFrame(this);
  protected readonly isolatedChild = new IsolatedChild(this);
  private readonly sender = new ReferralSender();
  /** Errors from the service for pages the person has still to revisit. */
  private serverErrors: ReferralFieldError[] = [];
  /** Made on reaching "check your answers", then the Idempotency-Key of every attempt. */
  private pending?: { id: string; submittedAt?: string };

  /** Forgets everything, as after success or when a kiosk resets between people. */
  reset(): void {
    this.draft = emptyDraft();
    this.view = { kind: 'step', step: 'about-you', returnToCheck: false };
    this.errors = [];
    this.serverErrors = [];
    this.failure = undefined;
    this.pending = undefined;
    this.stepEvents.reset();
  }

  /** In isolated mode the frame's own page sends the referral: this page needs no endpoint. */
  override get requiredSettings(): readonly RequiredSetting[] {
    return this.isolatedSrc ? [] : super.requiredSettings;
  }

  override render() {
    if (this.isolatedSrc) return this.isolatedFrame.render(this.isolatedSrc);
    return this.withConfig((config) => this.renderWithConfig(config));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('assisted') && this.assisted !== this.draft.assisted) this.draft = { ...this.draft, assisted: this.assisted };
  }

  private stepDetail(): StepDetail {
    const v = this.view;
    if (v.kind === 'step') return { element: ELEMENT, step: v.step, number: REFERRAL_STEPS.indexOf(v.step) + 1 };
    if (v.kind === 'check') return { element: ELEMENT, step: 'check-answers', number: REFERRAL_STEPS.length + 1 };
    return { element: ELEMENT, step: 'confirmation', number: REFERRAL_STEPS.length + 2 };
  }

  private kioskMode(config: WaymarkConfig): boolean {
    return this.kiosk || config.kiosk.enabled;
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
      ${backLink(this.sending ? undefined : onBack)}
      <details class="urgent disclosure" part="urgent">
        <summary>${msg('Need help now?')}</summary>
        <p>${msg('This form is not for emergencies. It can take a few days for us to call you.')}</p>
        ${renderUrgentContacts(urgentContactsFor(config), locale)}
      </details>
    `;
  }

  private pageContext(config: WaymarkConfig): PageContext {
    return {
      draft: this.draft,
      errors: this.errors,
      kiosk: this.kioskMode(config),
      set: (field, value) => {
        this.draft = { ...this.draft, [field]: value };
      },
    };
  }

  private renderStep(config: WaymarkConfig, view: StepView) {
    const ctx = this.pageContext(config);
    const page =
      view.step === 'about-you'
        ? renderAboutYou(ctx)
        : view.step === 'contact'
          ? renderContact(ctx)
          : renderAnythingElse(ctx, { legalBasis: config.service.legalBasis, privacyHref: this.privacyHref(config) });
    return html`
      ${renderErrorSummary(this.errors, this.shadowRoot)}
      <form novalidate autocomplete=${this.kioskMode(config) ? 'off' : 'on'} @submit=${(e: Event) => this.continue(e, config, view)}>
        ${page}
        <button type="submit" class="button">${msg('Continue')}</button>
      </form>
    `;
  }

  private renderCheck(config: WaymarkConfig, locale: string, serviceName: string | undefined) {
    return html`
      ${this.failure
        ? renderFailure({
            ...this.failure,
            serviceName,
            servicePhone: config.service.phone,
            onRetry: () => {
              // "Try again" sat in the failure panel, which is gone: keep the keyboard on the send button.
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
        onChange: (step, field) => this.change(step, field),
      })}
      <h2>${msg('Now send your request')}</h2>
      ${renderSend({
        sending: this.sending,
        attempt: this.attempt,
        maxAttempts: config.referral.maxAttempts,
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

  /** "Change" on check answers: the page with that question, then straight back to check answers. */
  private change(step: ReferralStep, field: string) {
    this.failure = undefined;
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
    // One id per referral, made here and kept for every retry, so the service can drop repeats.
    this.pending ??= { id: crypto.randomUUID() };
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

  private async send(config: WaymarkConfig) {
    // The core guard stops a second request; this stops a second round of state changes.
    if (this.sending) return;
    const endpoint = config.referral.endpoint;
    if (!endpoint) return;
    this.pending ??= { id: crypto.randomUUID() };
    this.pending.submittedAt ??= new Date().toISOString();
    const built = buildReferral(this.draft, {
      id: this.pending.id,
      submittedAt: this.pending.submittedAt,
      page: pageOf(location),
      widgetVersion: WAYMARK_VERSION,
      locale: currentLocale(),
      kiosk: this.kioskMode(config),
      legalBasis: config.service.legalBasis,
      privacyNoticeUrl: config.service.privacyNoticeUrl,
      goals: this.goals,
      plan: this.plan,
      today: new Date(),
    });
    if (!built.ok) {
      // Only reachable if answers were changed from outside after the pages checked them.
      console.error(`[waymark] <${ELEMENT}> the referral did not pass its schema:`, built.problems);
      return this.fail('invalid', []);
    }
    this.failure = undefined;
    this.sending = true;
    this.attempt = 1;
    const result = await this.sender.send(built.value, {
      endpoint,
      format: config.referral.format,
      timeoutMs: config.referral.timeoutMs,
      maxAttempts: config.referral.maxAttempts,
      onAttempt: (n) => (this.attempt = n),
    });
    this.sending = false;
    if (result.ok) return this.succeed(result.reference);
    if (result.reason === 'invalid' || result.reason === 'rejected') {
      // The service said no and stored nothing: a corrected request is a new referral with a new id.
      this.pending = undefined;
    }
    const onForm = result.fieldErrors.filter((e) => stepOfField(e.field));
    if (onForm.length > 0) {
      this.serverErrors = onForm;
      this.failure = { reason: result.reason, messages: result.fieldErrors.filter((e) => !stepOfField(e.field)), mayHaveArrived: result.mayHaveArrived };
      emit(this, 'waymark-referral-failed', { reason: result.reason });
      return this.showServerErrors();
    }
    this.fail(result.reason, result.fieldErrors, result.mayHaveArrived);
  }

  private fail(reason: FailureReason, messages: ReferralFieldError[], mayHaveArrived = false) {
    this.failure = { reason, messages, mayHaveArrived };
    this.focusController.request({ selector: '.failure' });
    emit(this, 'waymark-referral-failed', { reason });
  }

  private succeed(reference: string) {
    // Forget the person: nothing they typed stays in memory, the DOM or the browser's form history.
    this.reset();
    this.goals = undefined;
    this.plan = undefined;
    this.go({ kind: 'sent', reference });
    emit(this, 'waymark-referral-sent', { reference });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-request-call': WaymarkRequestCall;
  }
}
