import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { h } from '../../platform/heading.ts';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { localized, msg } from '@lit/localize';
import type { Activity } from '../../core/model/activity.ts';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { PlanItem } from '../../core/model/referral.ts';
import { type GoalsCompleteDetail, type PlanChangeDetail } from '../../events.ts';
import { Store } from '../../state/store.ts';
import {
  goTo,
  initialJourneyState,
  planFromIds,
  stepNumber,
  visitStep,
  withGoals,
  type JourneyState,
  type JourneyStep,
} from '../../state/journey-state.ts';
import { deleteProgress, hasSavedProgress, loadProgress, saveProgress } from '../../state/saved-progress.ts';
import { hasUnsent } from '../../state/unsent-referral.ts';
import { WaymarkElement } from '../../platform/waymark-element.ts';
import { formStyles } from '../../views/form/index.ts';
import { StepController } from '../../platform/step-controller.ts';
import { HistoryController } from '../../platform/history-controller.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { journeyStyles } from './journey.styles.ts';
import { renderProgress, stepLabel } from './progress.ts';
import { renderKioskBar } from './kiosk.ts';
import { define } from '../../platform/define.ts';
import { renderLoading } from '../../platform/config-problems.ts';
import { renderClearDialog } from '../../views/clear-dialog.ts';
import { renderSaveProgress } from '../../views/save-progress.ts';
import { renderOrCall } from '../../views/call-us.ts';
import { localText } from '../../core/text/local-text.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { WaymarkUrgentHelp } from '../urgent-help/urgent-help.ts';
import { StepElements } from './step-elements.ts';

/**
 * The whole path in one element: what matters to you → activities for you → your plan → ask for a
 * call → done. It keeps what the person chose between steps, gives it to each step as the
 * step's properties and hears back through the step's events, as a host page's script would:
 * the journey uses no channel a page cannot. Nothing is stored unless they tick "save my
 * progress" (never in kiosk mode), and that is forgotten once the referral is sent. In kiosk mode it runs the session for its steps.
 * A reload with a referral not yet confirmed opens at the request-a-call step, which offers to send it.
 * It passes its steps' parts on, so `waymark-journey::part(result)` styles the finder's results:
 * error-summary, interruption, scale, complete, result, details, filters, distance, plan, qr,
 * urgent, failure, confirmation and isolated-frame.
 *
 * @fires waymark-step - `{ element: 'waymark-journey', step, number }` at each step. No personal data.
 *   The steps' own events bubble out of it too: waymark-goals-complete, waymark-plan-change,
 *   waymark-referral-sent, waymark-referral-failed, and their waymark-step.
 * @csspart journey - The whole journey, around the current step.
 * @csspart progress - The step indicator.
 * @csspart kiosk-bar - Kiosk mode's "helping someone" switch and "Finish and clear".
 * @csspart idle-dialog - Kiosk mode's "Are you still there?" dialog.
 * @csspart urgent-help - The urgent help disclosure above each step (`<waymark-urgent-help>`'s `panel`).
 */
@localized()
export class WaymarkJourney extends WaymarkElement {
  static override styles = [tokens, base, formStyles, journeyStyles];
  protected static override messages = 'journey' as const;

  private readonly store = new Store<JourneyState>(initialJourneyState());
  private readonly steps = new StepElements(this);
  private readonly stepEvents = new StepController(this, () => {
    const step = this.store.get().step;
    return this.resolvedConfig ? { element: 'waymark-journey', step, number: stepNumber(step) } : undefined;
  });

  /**
   * Each step a browser history entry, its steps' pages too: Back and Forward move between them
   * and keep the answers (state/journey-state.ts says where). Nothing moves while a send is on its way.
   */
  private readonly history = new HistoryController(this, {
    page: () => (this.resolvedConfig ? this.store.get().step : undefined),
    visit: (mark) => {
      if (this.busy) return false;
      const before = this.store.get();
      this.store.update((s) => visitStep(this.withGoalsAnswers(s), mark));
      if (this.store.get() !== before) this.requestStepFocus();
      return true;
    },
  });

  @state() private saving = false;
  /** "Finish and clear" was pressed: the selector of that button, while "Clear everything?" asks. */
  @state() private clearAskedBy?: string;
  @state() private restored = false;
  private triedRestore = false;
  /** Counts the person's choices in the "save my progress" box, so a late restore never overrides one. */
  private saveChoices = 0;

  /** The journey's state, read-only, for a host page or a test. */
  get state(): Readonly<JourneyState> {
    return this.store.get();
  }

  /** Starts again from nothing: all answers, the plan, the form and any saved progress (see `reset()`). */
  protected override forgetState(): void {
    this.saving = false;
    this.restored = false;
    this.clearAskedBy = undefined;
    this.store.set(initialJourneyState());
    this.stepEvents.reset();
    this.history.restart();
    this.focusController.request({ heading: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Urgent help is on every step, so it comes with the journey rather than on demand.
    define('waymark-urgent-help', WaymarkUrgentHelp);
    // The first step's code loads while the config does, not after it.
    this.steps.statusOf(this.store.get().step);
  }

  constructor() {
    super();
    // The store lives as long as the element, so this subscription needs no clean-up.
    this.store.subscribe((s) => {
      if (this.saving) saveProgress(s);
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const config = this.resolvedConfig;
    if (!config) return;
    if (!this.kioskMode && !this.triedRestore) {
      this.triedRestore = true;
      if (hasUnsent()) this.store.update((s) => goTo(s, 'request-call'));
      void this.restoreSavedProgress();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.shadowRoot?.querySelector<HTMLDialogElement>('dialog.clear-dialog');
    if (dialog && this.clearAskedBy && !dialog.open) dialog.showModal();
    if (dialog && !this.clearAskedBy && dialog.open) dialog.close();
    const step = this.store.get().step;
    // The rest once the first step is on screen, so they never compete with it.
    if (this.resolvedConfig && this.steps.statusOf(step) === 'ready') this.steps.prefetchWhenIdle();
  }

  override render() {
    return this.withConfig((config) => this.renderJourney(config));
  }

  private renderJourney(config: WaymarkConfig) {
    const s = this.store.get();
    const kiosk = this.kioskMode;
    return html`
      <div class="journey" part="journey">
        ${kiosk
          ? renderKioskBar({
              assisted: s.assisted,
              onAssisted: (assisted) => this.store.update((st) => ({ ...st, assisted })),
              onFinish: () => this.askToClear('.kiosk-bar__finish'),
            })
          : nothing}
        <waymark-urgent-help exportparts="panel: urgent-help" compact .config=${config} ?kiosk=${kiosk}></waymark-urgent-help>
        ${renderProgress(s.step)}
        ${this.whenLoaded(config, s.step, () => this.renderStep(config, s, kiosk))}
        ${kiosk ? nothing : this.renderSaveProgress()}
        ${kiosk ? renderClearDialog(() => this.clearConfirmed(), () => this.clearCancelled()) : nothing}
      </div>
    `;
  }

  private renderStep(config: WaymarkConfig, s: JourneyState, kiosk: boolean) {
    switch (s.step) {
      case 'goals':
        // Answers go in only when the journey's own copy changes (a restored draft): Lit re-sets an
        // object property on every render, which would wipe the ticks of someone half way through.
        return staticHtml`
          <${h(this.topHeading)} class="journey__title" data-step-heading>${stepLabel('goals')}</${h(this.topHeading)}>
          <div class="journey__skip">
            <p>${msg('Answer a few questions so we can suggest things for you. Or you can:')}</p>
            <ul>
              <li><button type="button" class="link-button" @click=${() => this.go('suggestions')}>${msg('Skip this and look at activities')}</button></li>
              <li><button type="button" class="link-button" @click=${() => this.go('request-call')}>${msg('Skip this and ask for a call')}</button></li>
            </ul>
          </div>
          <waymark-goals heading-level=${this.topHeading + 1} exportparts="error-summary, interruption, scale, complete" .config=${config} ?kiosk=${kiosk} .answers=${guard([s.goalsAnswers], () => s.goalsAnswers ?? {})}
            @waymark-goals-complete=${this.onGoalsComplete}></waymark-goals>
        `;
      case 'suggestions':
        return staticHtml`
          <${h(this.topHeading)} class="journey__title" data-step-heading>${stepLabel('suggestions')}</${h(this.topHeading)}>
          <p class="journey__why">
            ${s.goals?.needAreas.length
              ? msg('We have put the activities that best match what you told us first. Each one says why.')
              : msg('Search for activities near you. Add the ones you like to your plan.')}
          </p>
          <waymark-finder heading-level=${this.topHeading + 1} exportparts="result, details, filters, distance, answer-chips" .config=${config} ?kiosk=${kiosk} .goals=${s.goals} .plan=${s.plan.map((a) => a.id)}
            @waymark-plan-change=${this.onPlanChange}></waymark-finder>
          <div class="journey__nav">
            <button type="button" class="button" @click=${() => this.go('plan')}>${msg('Continue to your plan')}</button>
            <button type="button" class="link-button" @click=${() => this.go('goals')}>${msg('Back to what matters to you')}</button>
          </div>
        `;
      case 'plan':
        return html`
          <waymark-plan data-step-heading heading-level=${this.topHeading} exportparts="plan, qr" .config=${config} ?kiosk=${kiosk} .activities=${s.plan}
            @waymark-plan-change=${this.onPlanChange}></waymark-plan>
          <div class="journey__nav">
            <button type="button" class="button" @click=${() => this.go('request-call')}>${msg('Ask a link worker to call you')}</button>
            <button type="button" class="link-button" @click=${() => this.go('suggestions')}>${msg('Find more activities')}</button>
          </div>
        `;
      case 'request-call':
      case 'confirmation':
        return staticHtml`
          <${h(this.topHeading)} class="journey__title" data-step-heading>${stepLabel(s.step)}</${h(this.topHeading)}>
          <waymark-request-call heading-level=${this.topHeading + 1} exportparts="error-summary, urgent, failure, confirmation, isolated-frame" .config=${config} ?kiosk=${kiosk} .goals=${s.goals} .plan=${this.planItems(s.plan)}
            .assisted=${s.assisted} .urgentHelpAbove=${true}
            @waymark-busy=${() => this.requestUpdate()}
            @waymark-referral-sent=${this.onReferralSent}></waymark-request-call>
          ${s.step === 'request-call'
            ? html`<div class="journey__nav">
                <button type="button" class="link-button" aria-disabled=${this.busy ? 'true' : 'false'}
                  @click=${() => !this.busy && this.go('plan')}>${msg('Back to your plan')}</button>
              </div>`
            : kiosk
              ? html`<button type="button" class="button journey__finish" @click=${() => this.askToClear('.journey__finish')}>${msg('Finish and clear')}</button>`
              : nothing}
        `;
    }
  }

  /** The step once its element's code is here; until then a status line, or a way on if it failed. */
  private whenLoaded(config: WaymarkConfig, step: JourneyStep, render: () => TemplateResult) {
    const status = this.steps.statusOf(step);
    if (status === 'ready') return render();
    if (status === 'loading') return renderLoading();
    const phone = config.service.phone;
    const name = localText(config.service.name, currentLocale());
    return staticHtml`
      <section class="panel" aria-labelledby="step-failed-title">
        <${h(this.topHeading)} id="step-failed-title" class="journey__title" data-step-heading>${msg('Sorry, this page did not load')}</${h(this.topHeading)}>
        <p>${msg('Your internet may not be working. Check it and try again.')}</p>
        ${renderOrCall(phone, name)}
        <button type="button" class="button" @click=${() => this.retryStep(step)}>${msg('Try again')}</button>
      </section>
    `;
  }

  private renderSaveProgress() {
    return renderSaveProgress({
      saving: this.saving,
      saved: this.restored || hasSavedProgress(),
      onChange: this.onSaveChange,
      onDelete: this.onDeleteSaved,
    });
  }

  private askToClear(opener: string): void {
    this.clearAskedBy = opener;
  }

  private clearConfirmed(): void {
    this.clearAskedBy = undefined;
    this.kioskSession.finish();
  }

  private clearCancelled(): void {
    const opener = this.clearAskedBy;
    this.clearAskedBy = undefined;
    // Back to the button they pressed, so the keyboard is where it was.
    if (opener) this.focusController.request({ selector: opener });
  }

  /** To another step; to the step before, by the browser's Back, so its Back and Forward agree with the buttons. */
  private go(step: JourneyStep): void {
    this.history.back(step);
    this.store.update((s) => goTo(this.withGoalsAnswers(s), step));
    this.requestStepFocus();
  }

  /**
   * Leaving the questions part way ("Skip", Back): their answers so far, read from the questions'
   * public `answers`, so coming back to them (or Forward) shows what the person chose.
   */
  private withGoalsAnswers(s: JourneyState): JourneyState {
    const goals = s.step === 'goals' ? this.shadowRoot?.querySelector('waymark-goals') : null;
    return goals && goals.answers !== s.goalsAnswers ? { ...s, goalsAnswers: goals.answers } : s;
  }

  /**
   * Focus goes to the new step's heading, or to its "did not load" heading; while its code is
   * still coming (a loading line), the focus controller waits for it.
   */
  private requestStepFocus(): void {
    this.focusController.request({ heading: true });
  }

  private retryStep(step: JourneyStep): void {
    this.focusController.request({ heading: true });
    this.steps.retry(step);
  }

  private planItems(plan: Activity[]): PlanItem[] {
    return plan.map((a) => ({ id: a.id, name: a.name }));
  }

  /**
   * Whether an event comes from a step on screen now. After a reset the last person's elements
   * are gone from the page; anything they still say (a late reply to a send) belongs to nobody here.
   */
  private fromCurrentStep(event: Event): boolean {
    return Boolean(this.shadowRoot?.contains(event.target as Node));
  }

  private readonly onReferralSent = (event: Event) => {
    if (!this.fromCurrentStep(event)) return;
    // Saved progress is forgotten once the service has the referral (the form deleted it).
    this.saving = false;
    this.restored = false;
    deleteProgress();
    this.store.update((st) => goTo(st, 'confirmation'));
  };

  private readonly onGoalsComplete = (event: CustomEvent<GoalsCompleteDetail>) => {
    if (!this.fromCurrentStep(event)) return;
    const answers = (event.target as { answers?: Record<string, unknown> }).answers;
    this.store.update((s) => goTo({ ...withGoals(s, event.detail.result), goalsAnswers: answers }, 'suggestions'));
    this.requestStepFocus();
  };

  private readonly onPlanChange = (event: CustomEvent<PlanChangeDetail>) => {
    if (!this.fromCurrentStep(event)) return;
    const known = new Map((event.detail.activities ?? []).map((a) => [a.id, a]));
    this.store.update((s) => planFromIds(s, event.detail.activityIds, (id) => known.get(id)));
  };

  private readonly onSaveChange = (saving: boolean) => {
    this.saveChoices++;
    this.saving = saving;
    if (this.saving) saveProgress(this.store.get());
    else deleteProgress();
  };

  private readonly onDeleteSaved = () => {
    this.saveChoices++;
    deleteProgress();
    this.saving = false;
    this.restored = false;
  };

  /**
   * Saved progress is read in the background (its schema loads on demand). If the person acts
   * first (starts again, uses the save box, adds to their plan), what they did wins.
   */
  private async restoreSavedProgress(): Promise<void> {
    const generation = this.generation;
    const state = this.store.get();
    const choices = this.saveChoices;
    const saved = await loadProgress().catch(() => undefined);
    if (!saved || !this.isCurrent(generation) || this.store.get() !== state || this.saveChoices !== choices) return;
    this.restored = true;
    this.saving = true;
    this.store.update((s) => ({ ...s, ...saved }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-journey': WaymarkJourney;
  }
}
