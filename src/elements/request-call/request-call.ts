import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { localized, msg } from '@lit/localize';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { RequiredSetting } from '../../core/config/required.ts';
import type { GoalsResult } from '../../core/model/goals.ts';
import type { PlanItem, Referral } from '../../core/model/referral.ts';
import type { Parsed } from '../../core/model/problems.ts';
import { buildReferral, pageOf } from '../../core/referral/build.ts';
import type { ReferralDraft } from '../../core/referral/draft.ts';
import { ReferralSender } from '../../core/referral/sender.ts';
import { realSleep } from '../../core/referral/submit.ts';
import { waitLeftMs, type ReferralIdentity } from '../../core/referral/lifecycle.ts';
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
  type RequestStepView,
} from '../../core/referral/form-flow.ts';
import { callBackChoices } from '../../core/referral/call-back-times.ts';
import { durationText } from '../../words/intl.ts';
import { forgetUnsent, keepUnsent, loadUnsent } from '../../state/unsent-referral.ts';
import { Ticker } from '../../platform/ticker.ts';
import { localText } from '../../core/text/local-text.ts';
import { settingLink } from '../../core/text/safe-href.ts';
import type { ReferralStep } from '../../core/validate/referral-steps.ts';
import { emit } from '../../events.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { useMessages } from '../../i18n/localization.ts';
import { WAYMARK_VERSION } from '../../version.ts';
import { WaymarkElement } from '../../platform/waymark-element.ts';
import { renderUrgentContacts, urgentContactsFor } from '../../views/urgent-contacts.ts';
import { urgentContactsStyles } from '../../views/urgent-contacts.styles.ts';
import { backLink, formStyles, renderErrorSummary } from '../../views/form/index.ts';
import { referralErrorText } from '../../words/referral-errors.ts';
import { StepController } from '../../platform/step-controller.ts';
import { HistoryController } from '../../platform/history-controller.ts';
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

const ELEMENT = 'waymark-request-call';
/** Builds the referral the answers make; the flow gives it its own identity. */
const PROBE: ReferralIdentity = { id: '00000000-0000-4000-8000-000000000000', submittedAt: '2000-01-01T00:00:00.000Z' };

/**
 * Request a call: a self-referral to a link worker. Three short pages (about you, how to contact
 * you, anything else), check your answers, then a confirmation with a reference. The answers live
 * in this element, are kept through any failure, and are forgotten once the service has the
 * referral. From "Send request" until the service confirms it, the referral is also kept in this
 * tab (never in kiosk mode), so a reload offers to send it; leaving the page asks first.
 * The pages, Back, Change, where the service's errors lead and the referral's id are a pure
 * reducer (core/referral/form-flow.ts); sending and retrying live in `core/referral` too. This
 * element dispatches actions, renders, sends what the flow says, and moves focus.
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
  /**
   * Set by a journey, which already shows "Need help now?" above every step: one box, not two
   * stacked (issue 15). A form on its own page always shows its own.
   */
  @property({ attribute: false }) urgentHelpAbove = false;
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

  /** Where the person is, what they typed and where the referral is (core/referral/form-flow.ts). */
  @state() private flow: RequestFlow = startRequest;

  /** What the person has typed: forgotten with everything else on success or a kiosk's reset. */
  private get draft(): ReferralDraft {
    return this.flow.draft;
  }

  private readonly stepEvents = new StepController(this, () =>
    this.resolvedConfig ? { element: ELEMENT, ...requestStepOf(this.flow.view) } : undefined,
  );
  /** Each page a browser history entry: Back and Forward move between pages (core/referral/form-flow.ts says where). */
  private readonly history = new HistoryController(this, {
    page: () => (this.resolvedConfig && !this.isolatedSrc ? requestMarkOf(this.flow.view) : undefined),
    visit: (mark) => this.visit(mark),
  });
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
  protected readonly ticker = new Ticker(this, () => this.flow.phase === 'waiting');
  private sender = new ReferralSender();
  /** Stops a send or a wait at once when the element starts again. */
  private stop = new AbortController();
  private triedResume = false;
  private checkInWordsAsked = false;
  /** The privacy notice address last warned about, so the console hears it once, not on every render. */
  private privacyWarned?: string;

  /** Forgets everything, as after success or when a kiosk starts again: a send on its way is stopped and its reply ignored. */
  protected override forgetState(): void {
    this.stop.abort();
    this.stop = new AbortController();
    this.sender = new ReferralSender();
    this.goals = undefined;
    this.plan = undefined;
    this.stepEvents.reset();
    this.setFlow(startRequest);
    this.history.restart();
  }

  /** In isolated mode the frame's own page sends the referral: this page needs no endpoint. */
  override get requiredSettings(): readonly RequiredSetting[] {
    return this.isolatedSrc ? [] : super.requiredSettings;
  }

  override get busy(): boolean {
    const phase = this.flow.phase;
    return phase === 'sending' || phase === 'waiting' || this.isolatedFrame.busy || super.busy;
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
    // The kiosk's helper switch; kept back while a send is on its way, and applied once it ends.
    if (this.assisted !== this.draft.assisted && (changed.has('assisted') || changed.has('flow'))) {
      this.dispatch({ type: 'edit', answers: { assisted: this.assisted } });
    }
    if (this.resolvedConfig && !this.triedResume && !this.isolatedSrc) {
      this.triedResume = true;
      void this.resume();
    }
    // The check-in question's words are a part of their own (scripts/split-locales.ts): loaded only
    // by a form that may ask it, as soon as it knows, long before the page that asks.
    if (!this.checkInWordsAsked && this.resolvedConfig && this.followUpWeeks(this.resolvedConfig) !== undefined) {
      this.checkInWordsAsked = true;
      void useMessages('request-call-check-in');
    }
  }

  private renderWithConfig(config: WaymarkConfig) {
    const locale = currentLocale();
    const serviceName = localText(config.service.name, locale);
    const view = this.flow.view;
    if (view.kind === 'sent') {
      return renderConfirmation({
        reference: view.reference,
        whatHappensNext: localText(config.service.whatHappensNext, locale),
        callBackWithin: localText(config.service.callBackWithin, locale),
        contacts: urgentContactsFor(config),
        locale,
        level: this.topHeading,
      });
    }
    return html`
      ${this.renderTop(config, locale)}
      ${view.kind === 'check' ? this.renderCheck(config, locale, serviceName) : this.renderStep(config, view)}
    `;
  }

  /** Back, and urgent help near the top of every page: crisis information comes before a non-urgent form. */
  private renderTop(config: WaymarkConfig, locale: string) {
    return html`
      ${backLink(requestCanGoBack(this.flow) ? () => this.back() : undefined)}
      ${this.urgentHelpAbove
        ? nothing
        : html`<details class="urgent disclosure" part="urgent">
            <summary>${msg('Need help now?')}</summary>
            <p>${msg('This form is not for emergencies. It can take a few days for us to call you.')}</p>
            ${renderUrgentContacts(urgentContactsFor(config), locale)}
          </details>`}
    `;
  }

  private pageContext(): PageContext {
    return {
      draft: this.draft,
      errors: this.flow.errors,
      kiosk: this.kioskMode,
      level: this.topHeading,
      set: (field, value) => this.dispatch({ type: 'edit', answers: { [field]: value } }),
    };
  }

  private renderStep(config: WaymarkConfig, view: RequestStepView) {
    const ctx = this.pageContext();
    const page =
      view.step === 'about-you'
        ? renderAboutYou(ctx)
        : view.step === 'contact'
          ? renderContact(ctx, callBackChoices(config.service.openingHours))
          : renderAnythingElse(ctx, { legalBasis: config.service.legalBasis, privacyHref: this.privacyHref(config), followUpWeeks: this.followUpWeeks(config) });
    return html`
      ${renderErrorSummary(this.flow.errors, referralErrorText, this.shadowRoot, this.topHeading)}
      <form novalidate autocomplete=${this.kioskMode ? 'off' : 'on'} @submit=${(e: Event) => {
        e.preventDefault();
        this.dispatch({ type: 'continue', today: new Date(), legalBasis: config.service.legalBasis });
      }}>
        ${page}
        <button type="submit" class="button">${msg('Continue')}</button>
      </form>
    `;
  }

  private renderCheck(config: WaymarkConfig, locale: string, serviceName: string | undefined) {
    const { failure, phase } = this.flow;
    const level = this.topHeading;
    return staticHtml`
      ${this.flow.resumed && phase === 'editing' && !failure
        ? renderResume({
            onSend: () => {
              // "Send it now" sat in the panel, which is gone: keep the keyboard on the send button.
              this.focusController.request({ selector: '.send button' });
              void this.send(config);
            },
            onDelete: () => this.deleteKept(),
            level,
          })
        : nothing}
      ${failure
        ? renderFailure({
            ...failure,
            serviceName,
            servicePhone: config.service.phone,
            waitText: failure.waitMs ? durationText(failure.waitMs, locale) : undefined,
            onRetry: () => {
              // "Try again" sat in the failure panel, which is gone: keep the keyboard on the send button.
              this.focusController.request({ selector: '.send button' });
              void this.send(config);
            },
            level,
          })
        : nothing}
      <${h(level)} data-step-heading>${msg('Check your answers before sending your request')}</${h(level)}>
      ${renderAnswerLists({
        draft: this.draft,
        locale,
        legalBasis: config.service.legalBasis,
        followUpWeeks: this.followUpWeeks(config),
        locked: !requestMayChange(this.flow),
        onChange: (step, field) => this.change(step, field),
        level: level + 1,
      })}
      <${h(level + 1)}>${msg('Now send your request')}</${h(level + 1)}>
      ${renderSend({
        sending: phase !== 'editing',
        attempt: this.flow.attempt,
        maxAttempts: config.referral.maxAttempts,
        waitText: phase === 'waiting' ? durationText(waitLeftMs(this.flow.sendAt, Date.now()), locale) : undefined,
        onSend: (e) => {
          e.preventDefault();
          void this.send(config);
        },
      })}
    `;
  }

  /** Weeks until the service asks again, when it does; a kept referral keeps what it was made with. */
  private followUpWeeks(config: WaymarkConfig): number | undefined {
    const kept = this.flow.kept;
    if (kept) return kept.followUp?.afterWeeks;
    return config.followUp.enabled ? config.followUp.afterWeeks : undefined;
  }

  /** The privacy notice, resolved against the page; when it cannot be linked, the editor is told why, once. */
  private privacyHref(config: WaymarkConfig): string | undefined {
    const url = config.service.privacyNoticeUrl;
    if (!url) return undefined;
    const link = settingLink(url, document.baseURI);
    if (link.why && this.privacyWarned !== url) {
      this.privacyWarned = url;
      console.warn(`[waymark] <${ELEMENT}> service.privacyNoticeUrl "${url}" ${link.why}, so the consent page shows no privacy notice link.`);
    }
    return link.href;
  }

  /**
   * One step of the flow. Focus goes where the person needs it next: the error summary when the
   * page has errors, else the new view's heading when the view changed.
   */
  private dispatch(action: RequestAction): RequestFlow {
    const before = this.flow;
    const next = requestReducer(before, action);
    if (next === before) return before;
    this.setFlow(next);
    if (action.type === 'edit' || action.type === 'attempt') return next;
    if (next.errors.length > 0 && next.errors !== before.errors) this.focusController.request({ errorSummary: true });
    else if (next.view !== before.view) this.focusController.request({ heading: true });
    return next;
  }

  /** Every change of flow goes through here, so the journey and an isolated host hear when `busy` changes. */
  private setFlow(next: RequestFlow) {
    const wasBusy = this.busy;
    this.flow = next;
    if (this.busy !== wasBusy) {
      this.busyChanged();
      this.isolatedChild.reportBusy(this.busy);
    }
  }

  /** The form's own Back link: the browser's Back when the page before is the entry before, so the two agree. */
  private back(): void {
    const target = requestReducer(this.flow, { type: 'back' });
    if (target !== this.flow) this.history.back(requestMarkOf(target.view));
    this.dispatch({ type: 'back' });
  }

  /** Back or Forward to a page of this form; refused only while a send is on its way. */
  private visit(mark: string | undefined): boolean {
    const config = this.resolvedConfig;
    if (!config) return true;
    if (this.busy) return false;
    this.dispatch({ type: 'visit', mark, today: new Date(), legalBasis: config.service.legalBasis });
    return true;
  }

  /** "Change" on check answers: the page with that question, focus on it, then straight back to check answers. */
  private change(step: ReferralStep, field: string) {
    if (!requestMayChange(this.flow)) return;
    this.dispatch({ type: 'change', step });
    this.focusController.request({ field });
  }

  /** The referral the answers make, in the page's context or, for a kept referral offered again, in the one it was made in. */
  private build(config: WaymarkConfig): Parsed<Referral> {
    const kept = this.flow.kept;
    return buildReferral(this.draft, {
      ...PROBE,
      page: kept?.source.page ?? pageOf(location),
      widgetVersion: kept?.source.widgetVersion ?? WAYMARK_VERSION,
      locale: kept?.source.locale ?? currentLocale(),
      kiosk: kept?.source.kiosk ?? this.kioskMode,
      legalBasis: kept?.consent.basis ?? config.service.legalBasis,
      privacyNoticeUrl: kept ? kept.consent.privacyNoticeUrl : config.service.privacyNoticeUrl,
      goals: kept ? kept.goals : this.goals,
      plan: kept ? kept.plan : this.plan,
      followUpAfterWeeks: this.followUpWeeks(config),
      today: new Date(),
    });
  }

  private async send(config: WaymarkConfig) {
    const endpoint = config.referral.endpoint;
    // The flow allows one send at a time; the sender's own guard stops a second request.
    if (!endpoint || this.flow.phase !== 'editing') return;
    const built = this.build(config);
    if (!built.ok) console.error(`[waymark] <${ELEMENT}> the referral did not pass its schema:`, built.problems);
    const fresh = { id: crypto.randomUUID(), submittedAt: new Date().toISOString() };
    const before = this.flow;
    const flow = this.dispatch({ type: 'send', built, fresh, now: Date.now() });
    if (flow === before) return;
    const referral = flow.outgoing;
    if (!referral) return this.failed();
    const generation = this.generation;
    const signal = this.stop.signal;
    // Kept in this tab until the service confirms it, so a reload can offer to send it again.
    if (!this.kioskMode) keepUnsent(referral);
    if (flow.phase === 'waiting') {
      await realSleep(waitLeftMs(flow.sendAt, Date.now()), signal);
      if (!this.isCurrent(generation)) return;
      this.dispatch({ type: 'wait-over' });
    }
    const result = await this.sender.send(referral, {
      endpoint,
      format: config.referral.format,
      timeoutMs: config.referral.timeoutMs,
      maxAttempts: config.referral.maxAttempts,
      signal,
      onAttempt: (n) => this.dispatch({ type: 'attempt', n }),
    });
    // Started again since (a kiosk's next person): this reply belongs to nobody on screen now.
    if (!this.isCurrent(generation)) return;
    const next = requestReducer(this.flow, { type: 'reply', result, now: Date.now() });
    if (next === this.flow) return;
    if (next.view.kind === 'sent') {
      // Forget the person: nothing they typed stays in memory, the DOM, the browser's form history
      // or storage (the kept referral and any saved progress).
      this.reset();
      this.setFlow(next);
      this.focusController.request({ heading: true });
      emit(this, 'waymark-referral-sent', { reference: next.view.reference });
      return;
    }
    this.setFlow(next);
    // The service named answers on the form: the first page with one, its errors in the summary.
    if (next.errors.length > 0) {
      this.focusController.request({ errorSummary: true });
      emit(this, 'waymark-referral-failed', { reason: next.failure!.reason });
    } else this.failed();
  }

  /** The send ended without a referral, and says why above check your answers. */
  private failed() {
    const failure = this.flow.failure;
    if (!failure) return;
    this.focusController.request({ selector: '.failure' });
    emit(this, 'waymark-referral-failed', { reason: failure.reason });
  }

  /**
   * After a reload: a referral kept from "Send request" that the service never confirmed is
   * offered again, on "check your answers". The person may change it (then it gets a new id that
   * supersedes the old, as the old may have arrived) or delete it.
   */
  private async resume() {
    const generation = this.generation;
    const kept = await loadUnsent().catch(() => undefined);
    if (!kept || !this.isCurrent(generation) || this.kioskMode) return;
    const before = this.flow;
    this.dispatch({ type: 'resume', kept: kept.referral });
    if (this.flow !== before) this.focusController.request({ selector: '.resume' });
  }

  private deleteKept() {
    forgetUnsent();
    this.reset();
    this.focusController.request({ heading: true });
  }

  /** "Leave site?" while answers are typed but not sent, or a send is on its way. */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!requestWarnsBeforeLeaving(this.flow)) return;
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
