import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import type { WaymarkConfig } from '../../core/model/config.ts';
import { FollowUp, WORK_STEPS, RECOMMEND_ANSWERS, type CheckInContext } from '../../core/model/follow-up.ts';
import { EMPLOYMENT_STATUSES, LONELINESS_ANSWERS, WORK_GOALS, type EmploymentStatus, type Loneliness, type RecommendAnswer, type WorkGoal } from '../../core/vocabulary/lists.ts';
import { buildFollowUp, checkInPageName, checkInPages, gpVisitsProblem, noAnswers, offersWorkSupport, type CheckInAnswers, type CheckInPage } from '../../core/follow-up/flow.ts';
import { checkInUrl, openCheckIn, sendCheckIn, tokenFromHash, type LinkProblem } from '../../core/follow-up/client.ts';
import { followUpChanges, isLowNow, type MeasureChange } from '../../core/follow-up/change.ts';
import { localText } from '../../core/text/local-text.ts';
import { lazy } from '../../core/lazy.ts';
import type { WorkSupportRoute } from '../../core/model/urgent-help.ts';
import { WAYMARK_VERSION } from '../../version.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { useMessages } from '../../i18n/localization.ts';
import { WaymarkElement } from '../../platform/waymark-element.ts';
import { h } from '../../platform/heading.ts';
import { HistoryController } from '../../platform/history-controller.ts';
import { StepController } from '../../platform/step-controller.ts';
import { renderOrCall } from '../../views/call-us.ts';
import { backLink, checkboxes, formStyles, radios, renderErrorSummary, textField } from '../../views/form/index.ts';
import { renderUrgentContacts, urgentContactsFor } from '../../views/urgent-contacts.ts';
import { urgentContactsStyles } from '../../views/urgent-contacts.styles.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { scaleField } from '../../views/scale-field.ts';
import { scaleStyles } from '../../views/scale.styles.ts';
import { renderWorkSupportList, workSupportOf } from '../../views/work-support.ts';
import { workSupportStyles } from '../../views/work-support.styles.ts';
import { checkInStyles } from './check-in.styles.ts';
import { renderThenAndNow } from './then-and-now.ts';
import {
  employmentStatusLabel,
  lonelinessLabel,
  lonelinessQuestion,
  noRightOrWrong,
  questionOf,
  recommendLabel,
  scaleWords,
  workGoalLabel,
  workSituationQuestion,
  workStepLabel,
} from './words.ts';

const ELEMENT = 'waymark-check-in';

/** The directory's code comes only to someone offered help with work, on a service with a directory. */
const loadEmploymentSupport = lazy(() => import('./employment-support.ts'));

type Sending = { kind: 'idle' } | { kind: 'sending' } | { kind: 'failed' } | { kind: LinkProblem } | { kind: 'sent'; changes: MeasureChange[]; low: boolean; work: boolean };

/**
 * The check-in about 12 weeks after a referral: opened from the link in the service's message
 * (the token is in the page's fragment), it asks the referral's questions again, one a page, sends
 * the answers once to the inbox beside `endpoint`, and shows "Then and now". An expired, used or
 * unknown link says so plainly, with the service's phone number, and stores nothing.
 *
 * @csspart scale - A 0 to 10 scale.
 */
@localized()
export class WaymarkCheckIn extends WaymarkElement {
  static override styles = [tokens, base, formStyles, urgentContactsStyles, scaleStyles, workSupportStyles, checkInStyles];
  protected static override messages = 'check-in' as const;
  static override readonly requires = ['referral.endpoint'] as const;

  /** The link's token; by default the page's fragment (`#…`), which no server or log sees. */
  @property() token?: string;

  @state() private page = 0;
  @state() private answers: CheckInAnswers = noAnswers();
  @state() private gpError: string | undefined;
  @state() private sending: Sending = { kind: 'idle' };
  /** Made once: every attempt at sending these answers carries it (the Idempotency-Key). */
  private readonly recordId = crypto.randomUUID();

  /** Each question a browser history entry, as in the other elements: Back and Forward move between them. */
  private readonly history = new HistoryController(this, {
    page: () => this.pageName(),
    visit: (name) => this.visit(name),
  });
  private readonly stepEvents = new StepController(this, () => {
    const name = this.pageName();
    return name === undefined ? undefined : { element: ELEMENT, step: name, number: name === 'sent' ? this.pages().length + 1 : this.shownIndex() + 1 };
  });

  /** The service's own employment support, once the check-in offers help with work. */
  private readonly employmentSupport = new Task(this, {
    task: async ([work, directory], { signal }) => {
      if (!work || !directory?.src) return [] as WorkSupportRoute[];
      const code = await loadEmploymentSupport();
      return code.loadEmploymentSupport({ ...directory, src: directory.src }, signal);
    },
    args: () => [this.sending.kind === 'sent' && this.sending.work, this.resolvedConfig?.directory] as const,
  });

  private readonly opening = new Task(this, {
    task: async ([endpoint, token]: readonly [string | undefined, string | undefined]) => {
      if (!endpoint) return undefined;
      if (!token) return { kind: 'unknown' as const };
      return openCheckIn(checkInUrl(endpoint, token, document.baseURI));
    },
    args: () => [this.resolvedConfig?.referral.endpoint, this.token ?? tokenFromHash(location.hash)] as const,
  });

  protected override forgetState(): void {
    this.page = 0;
    this.answers = noAnswers();
    this.gpError = undefined;
    this.sending = { kind: 'idle' };
    this.stepEvents.reset();
    this.history.restart();
  }

  private get context(): CheckInContext | undefined {
    const opened = this.opening.value;
    return opened?.kind === 'open' ? opened.context : undefined;
  }

  private pages(): CheckInPage[] {
    return this.context ? checkInPages(this.context, this.answers) : [];
  }

  private shownIndex(): number {
    return Math.min(this.page, this.pages().length - 1);
  }

  /** The page on screen by name (core's), or undefined while there is no question (loading, a link problem). */
  private pageName(): string | undefined {
    const s = this.sending.kind;
    if (!this.resolvedConfig || !this.context || s === 'expired' || s === 'used' || s === 'unknown') return undefined;
    if (s === 'sent') return 'sent';
    return checkInPageName(this.pages()[this.shownIndex()]!);
  }

  /** Back or Forward to a question; refused while sending and once sent (the link is used: the answers cannot change). */
  private visit(name: string | undefined): boolean {
    if (this.sending.kind === 'sending' || this.sending.kind === 'sent') return false;
    const index = name === undefined ? 0 : this.pages().findIndex((p) => checkInPageName(p) === name);
    if (index < 0) return false;
    this.go(index);
    return true;
  }

  override render() {
    return this.withConfig((config) =>
      this.opening.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        complete: (opened) => {
          if (!opened) return this.renderLoading();
          if (opened.kind === 'open') return this.renderOpen(config, opened.context);
          if (opened.kind === 'failed') return this.renderCannotLoad(config);
          return this.renderLinkProblem(config, opened.kind);
        },
        error: () => this.renderCannotLoad(config),
      }),
    );
  }

  private heading(text: string) {
    return staticHtml`<${h(this.topHeading)} data-step-heading tabindex="-1">${text}</${h(this.topHeading)}>`;
  }

  private renderLoading() {
    return html`${this.heading(msg('How are you getting on?'))}<p role="status">${msg('Loading your questions…')}</p>`;
  }

  private orCall(config: WaymarkConfig) {
    return renderOrCall(config.service.phone, localText(config.service.name, currentLocale()));
  }

  private renderCannotLoad(config: WaymarkConfig) {
    return html`${this.heading(msg('Sorry, we cannot show your questions right now'))}
      <p>${msg('Please try again in a few minutes.')}</p>
      <button type="button" class="button" @click=${() => { this.focusHeading(); void this.opening.run(); }}>${msg('Try again')}</button>
      ${this.orCall(config)}`;
  }

  private renderLinkProblem(config: WaymarkConfig, problem: LinkProblem) {
    const [title, text] =
      problem === 'expired'
        ? [msg('This link has expired'), msg('Links to our questions work for 28 days. We can still hear how you are getting on.')]
        : problem === 'used'
          ? [msg('This link has already been used'), msg('Each link works once. If you sent your answers, thank you: we have them.')]
          : [msg('This link does not work'), msg('Check that you copied the whole link from our message.')];
    return html`${this.heading(title)}<p>${text}</p>${this.orCall(config)}`;
  }

  private renderOpen(config: WaymarkConfig, context: CheckInContext) {
    const s = this.sending;
    if (s.kind === 'sent') return this.renderSent(config, s);
    if (s.kind === 'expired' || s.kind === 'used' || s.kind === 'unknown') return this.renderLinkProblem(config, s.kind);
    const pages = checkInPages(context, this.answers);
    const index = Math.min(this.page, pages.length - 1);
    const page = pages[index]!;
    const total = pages.length - 1;
    return html`
      ${backLink(index > 0 && s.kind !== 'sending' ? () => this.back(pages, index) : undefined)}
      ${page.kind === 'check' ? nothing : html`<p class="check-in__progress">${questionOf(index + 1, total)}</p>`}
      ${this.gpError ? renderErrorSummary([{ field: 'gpVisits', code: 'gp-visits' }], () => this.gpError!, this.shadowRoot, this.topHeading) : nothing}
      <form novalidate @submit=${(e: Event) => this.next(e, context, page, index)}>
        ${this.renderPage(page)}
        ${page.kind === 'check' ? this.renderSendState(config) : html`<button type="submit" class="button">${msg('Continue', { id: 'check-in.continue' })}</button>`}
      </form>`;
  }

  private renderPage(page: CheckInPage) {
    const level = this.topHeading;
    const a = this.answers;
    switch (page.kind) {
      case 'scale': {
        const w = scaleWords(page.item);
        return scaleField({
          id: page.item, label: w.question, hint: page.item === 'workConfidence' ? undefined : noRightOrWrong(), optional: true, asHeading: level,
          minLabel: w.min, maxLabel: w.max, value: a.scores[page.item],
          onChange: (v) => (this.answers = { ...a, scores: { ...a.scores, [page.item]: v } }),
        });
      }
      case 'loneliness':
        return radios({
          id: 'loneliness', label: lonelinessQuestion(), optional: true, asHeading: level, value: a.loneliness,
          choices: LONELINESS_ANSWERS.map((l) => ({ value: l, label: lonelinessLabel(l) })),
          onChange: (v) => (this.answers = { ...a, loneliness: v as Loneliness }),
        });
      case 'work-situation':
        return radios({
          id: 'employmentStatus', label: workSituationQuestion(), optional: true, asHeading: level, value: a.employmentStatus,
          hint: msg('You can skip this question. We will not ask about work if you would rather not say.'),
          choices: EMPLOYMENT_STATUSES.map((v) => ({ value: v, label: employmentStatusLabel(v) })),
          onChange: (v) => (this.answers = { ...a, employmentStatus: v as EmploymentStatus }),
        });
      case 'work-help':
        return checkboxes({
          id: 'workGoals', label: msg('Would you like help with anything to do with work now?'), optional: true, asHeading: level,
          hint: msg('Choose as many as you like, or none.', { id: 'check-in.work-help.hint' }),
          choices: WORK_GOALS.map((g) => ({
            value: g, label: workGoalLabel(g), exclusive: g === 'not-now',
            ...(g === 'not-now' ? { hint: msg('That is fine. We will not ask more about work.') } : {}),
          })),
          values: a.workGoals,
          onChange: (v) => (this.answers = { ...a, workGoals: v as WorkGoal[] }),
        });
      case 'work-steps':
        return checkboxes({
          id: 'workSteps', label: msg('Since you asked us for support, have you done any of these?'), optional: true, asHeading: level,
          hint: msg('Choose all that apply. Leave them all blank if none of these fit.'),
          choices: WORK_STEPS.map((s) => ({ value: s, label: workStepLabel(s) })), values: a.workSteps,
          onChange: (v) => (this.answers = { ...a, workSteps: v as CheckInAnswers['workSteps'] }),
        });
      case 'went':
        return radios({
          id: `went-${page.activity.id}`, label: msg(str`Did you go to ${page.activity.name}?`),
          optional: true, asHeading: level, inline: true, value: a.went[page.activity.id] === undefined ? undefined : String(a.went[page.activity.id]),
          choices: [{ value: 'true', label: recommendLabel('yes') }, { value: 'false', label: recommendLabel('no') }],
          onChange: (v) => (this.answers = { ...a, went: { ...a.went, [page.activity.id]: v === 'true' } }),
        });
      case 'recommend':
        return radios({
          id: `recommend-${page.activity.id}`, label: msg(str`Would you recommend ${page.activity.name} to someone else?`),
          optional: true, asHeading: level, value: a.recommend[page.activity.id],
          choices: RECOMMEND_ANSWERS.map((r) => ({ value: r, label: recommendLabel(r) })),
          onChange: (v) => (this.answers = { ...a, recommend: { ...a.recommend, [page.activity.id]: v as RecommendAnswer } }),
        });
      case 'gp-visits':
        return textField({
          id: 'gpVisits', label: msg('How many times did you see a GP in the last 3 months?'), optional: true, asHeading: level,
          hint: msg('Leave this blank if you would rather not say.'), value: a.gpVisits ?? '', inputmode: 'numeric', width: 3, error: this.gpError,
          onInput: (v) => (this.answers = { ...a, gpVisits: v }),
        });
      case 'check':
        return html`${this.heading(msg('Send your answers'))}<p>${msg('Thank you for answering. Send your answers so we can see what has helped.')}</p>`;
    }
  }

  private renderSendState(config: WaymarkConfig) {
    const s = this.sending;
    return html`
      ${s.kind === 'failed'
        ? html`<div class="inset" role="alert"><p><strong>${msg('Your answers have not been sent yet.')}</strong> ${msg('Check your connection and try again. Your answers are still here.')}</p>${this.orCall(config)}</div>`
        : nothing}
      <button type="submit" class="button" aria-disabled=${s.kind === 'sending' ? 'true' : 'false'} aria-describedby="send-status">
        ${s.kind === 'failed' ? msg('Try again') : msg('Send my answers')}
      </button>
      <p id="send-status" role="status" class="hint">${s.kind === 'sending' ? msg('Sending your answers…') : ''}</p>`;
  }

  private renderSent(config: WaymarkConfig, s: Extract<Sending, { kind: 'sent' }>) {
    return html`
      ${this.heading(msg('Thank you. Your answers have been sent'))}
      ${renderThenAndNow(s.changes, this.topHeading + 1)}
      ${s.low
        ? html`<div class="urgent">
            <p>${msg('It sounds like things are hard at the moment. You do not have to wait: help is there now.')}</p>
            ${renderUrgentContacts(urgentContactsFor(config), currentLocale())}
          </div>`
        : nothing}
      ${s.work ? this.renderWorkOffer(config) : nothing}
`;
  }

  /** Help with work, offered gently: the service's own employment support (from its directory), then the places that help anywhere. */
  private renderWorkOffer(config: WaymarkConfig) {
    const level = this.topHeading + 1;
    const locale = currentLocale();
    const own = this.employmentSupport.value ?? [];
    return staticHtml`
      <section class="work-support inset" aria-labelledby="work-offer-title">
        <${h(level)} id="work-offer-title">${msg('Help with work, if you want it')}</${h(level)}>
        <p>${msg('If you would like help with work, learning or volunteering, these can help. It is up to you, and there is no rush.')}</p>
        ${this.employmentSupport.status === TaskStatus.PENDING ? html`<p role="status" class="hint">${msg('Loading places that can help with work…')}</p>` : nothing}
        ${own.length
          ? staticHtml`<${h(level + 1)}>${msg(str`Help with work from ${localText(config.service.name, locale)}`)}</${h(level + 1)}>${renderWorkSupportList(own, locale)}`
          : nothing}
        <${h(level + 1)}>${msg('Other places to get help with work', { id: 'check-in.work-support' })}</${h(level + 1)}>
        ${renderWorkSupportList(workSupportOf(config.workSupport), locale)}
        ${this.orCall(config)}
      </section>`;
  }

  /** The element's own Back link: the browser's Back when the question before is the entry before, so the two agree. */
  private back(pages: CheckInPage[], index: number): void {
    this.history.back(checkInPageName(pages[index - 1]!));
    this.go(index - 1);
  }

  private go(page: number): void {
    this.page = page;
    this.gpError = undefined;
    this.focusHeading();
  }

  private async next(event: Event, context: CheckInContext, page: CheckInPage, index: number): Promise<void> {
    event.preventDefault();
    if (page.kind === 'gp-visits') {
      const problem = gpVisitsProblem(this.answers.gpVisits);
      if (problem) {
        this.gpError = problem === 'too-many' ? msg('Enter a number from 0 to 99') : msg('Enter the number of times as a number, like 2');
        this.focusController.request({ errorSummary: true });
        return;
      }
    }
    if (page.kind !== 'check') return this.go(index + 1);
    if (this.sending.kind === 'sending') return;
    this.sending = { kind: 'sending' };
    const generation = this.generation;
    const record = FollowUp.parse(buildFollowUp(context, this.answers, { id: this.recordId, submittedAt: new Date().toISOString(), widgetVersion: WAYMARK_VERSION, locale: currentLocale() }));
    const changes = followUpChanges(context.baseline, record);
    const work = offersWorkSupport(changes, record);
    // The places to get help with work are words of their own (scripts/split-locales.ts): they load while the answers go.
    if (work) void useMessages('work-support');
    const sent = await sendCheckIn(checkInUrl(this.resolvedConfig!.referral.endpoint!, this.token ?? tokenFromHash(location.hash) ?? '', document.baseURI), record);
    if (!this.isCurrent(generation)) return;
    if (sent.kind === 'sent') {
      this.sending = { kind: 'sent', changes, low: isLowNow(record), work };
    } else {
      this.sending = sent.kind === 'failed' ? { kind: 'failed' } : { kind: sent.kind };
    }
    this.focusHeading();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-check-in': WaymarkCheckIn;
  }
}
