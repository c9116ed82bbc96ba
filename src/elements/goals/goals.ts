import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { AnswerValue, GoalsResult } from '../../core/model/goals.ts';
import type { FieldError } from '../../core/validate/field-error.ts';
import type { Parsed, Problem } from '../../core/model/problems.ts';
import { localText } from '../../core/text/local-text.ts';
import type { Page, QuestionnaireDefinition } from '../../core/questionnaire/definition.ts';
import { defaultQuestionnaire } from '../../core/questionnaire/default-set.ts';
import { withAnswer, type Answers } from '../../core/questionnaire/answers.ts';
import { nextPage, nextPageAfterChange, pageNumber, previousPage, visiblePages } from '../../core/questionnaire/flow.ts';
import { validatePage } from '../../core/questionnaire/validate.ts';
import { pageSignalsCrisis, withoutCrisisChoices } from '../../core/questionnaire/crisis.ts';
import { scoreAnswers } from '../../core/questionnaire/score.ts';
import { emit, type StepDetail } from '../../events.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { WaymarkElement } from '../../ui/waymark-element.ts';
import { renderConfigProblems, renderLoading } from '../../ui/config-problems.ts';
import { urgentContactsFor } from '../../ui/urgent-contacts.ts';
import { backLink, formStyles, renderErrorSummary } from '../../ui/form/index.ts';
import { StepController } from '../../ui/step-controller.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { goalsStyles } from './goals.styles.ts';
import { urgentContactsStyles } from '../../ui/urgent-contacts.styles.ts';
import { renderQuestion } from './question-field.ts';
import { renderCheckAnswers } from './check-answers.ts';
import { renderInterruption } from './interruption.ts';
import { renderComplete } from './complete.ts';

type PageView = { kind: 'page'; pageId: string; returnToCheck: boolean };
type CheckView = { kind: 'check' };
type CrisisView = { kind: 'crisis'; cause: 'answer' | 'link'; from: PageView | CheckView };
type CompleteView = { kind: 'complete'; result: GoalsResult };
type View = PageView | CheckView | CrisisView | CompleteView;

/**
 * Waymark's own set is checked by its tests, so the schema that checks a service's own set
 * (config `questionnaire`) loads only when there is one, and the first question shows sooner.
 */
let parser: typeof import('../../core/questionnaire/definition.ts').parseQuestionnaire | undefined;
async function loadParser(): Promise<void> {
  parser ??= (await import('../../core/questionnaire/definition.ts')).parseQuestionnaire;
}

const ELEMENT = 'waymark-goals';

/**
 * "What matters to you": one question a page, check your answers, then a ranked set of need
 * areas for the rest of the journey. Waymark's default questions, or a service's own from
 * config `questionnaire`. An answer that signals crisis, or "I need help urgently" on any page,
 * interrupts with who to contact now. Answers stay in the element; nothing is stored.
 *
 * @fires waymark-step - On each new page: `{ element, step, number }`, no personal data.
 * @fires waymark-goals-complete - When the person confirms their answers: `{ result }`.
 * @fires waymark-config-error - When config, or the service's questionnaire in it, has mistakes.
 * @csspart error-summary - "There is a problem".
 * @csspart interruption - The urgent help page that interrupts the questions.
 * @csspart scale - The row of 0 to 10 choices.
 * @csspart complete - The thank-you page.
 * @cssprop --waymark-color-urgent - The interruption page's background.
 */
@localized()
export class WaymarkGoals extends WaymarkElement {
  static override styles = [tokens, base, formStyles, urgentContactsStyles, goalsStyles];
  protected static override messages = 'goals' as const;

  /** The person's answers by question id. A journey may read them, or set them to restore a draft. */
  @property({ attribute: false }) answers: Answers = {};

  @state() private view: View | undefined;
  @state() private errors: FieldError[] = [];

  /** Pages the person has been through, so a change from check answers shows newly opened ones. */
  private readonly seen = new Set<string>();
  private parsed?: { source: unknown; locale: string; result: Parsed<QuestionnaireDefinition> };
  private reportedSource: unknown = undefined;
  /** The page on screen, worked out as it renders; `waymark-step` reports it. */
  private step?: StepDetail;
  private readonly stepEvents = new StepController(this, () => this.step);

  /** Starts again with no answers, as a kiosk does between people. */
  reset(): void {
    this.answers = {};
    this.view = undefined;
    this.errors = [];
    this.seen.clear();
    this.stepEvents.reset();
  }

  override render() {
    return this.withConfig((config) => this.renderWithConfig(config));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const parsed = this.parsed?.result;
    if (parsed && !parsed.ok && this.reportedSource !== this.parsed!.source) {
      this.reportedSource = this.parsed!.source;
      this.report(parsed.problems);
    }
  }

  /** The questionnaire, or undefined while the checker for a service's own set is loading. */
  private definitionFor(config: WaymarkConfig): Parsed<QuestionnaireDefinition> | undefined {
    const source = config.questionnaire;
    const locale = currentLocale();
    const cached = this.parsed;
    if (cached && cached.source === source && cached.locale === locale) return cached.result;
    let result: Parsed<QuestionnaireDefinition>;
    // The default set is built here, at render time, so its words follow the locale.
    if (source === undefined) result = { ok: true, value: defaultQuestionnaire() };
    else if (parser) result = parser(source, ['questionnaire']);
    else {
      loadParser().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          console.error('[waymark] <waymark-goals> could not load the questionnaire checker.', error);
          const problems = [{ path: 'questionnaire', message: msg('could not be checked, because part of Waymark did not load. Reload the page to try again.') }];
          this.parsed = { source, locale, result: { ok: false, problems } };
          this.requestUpdate();
        },
      );
      return undefined;
    }
    this.parsed = { source, locale, result };
    return result;
  }

  private report(problems: Problem[]) {
    const lines = problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n');
    console.error(`[waymark] <${ELEMENT}> cannot show its questions: ${problems.length} problem(s) with config.questionnaire.\n${lines}`);
    emit(this, 'waymark-config-error', { problems });
  }

  private renderWithConfig(config: WaymarkConfig) {
    const parsed = this.definitionFor(config);
    if (!parsed) return renderLoading();
    const locale = currentLocale();
    if (!parsed.ok) {
      this.step = undefined;
      return renderConfigProblems(parsed.problems, config.service.phone, localText(config.service.name, locale));
    }
    const definition = parsed.value;
    const view = this.currentView(definition);
    this.step = this.stepOf(view, definition);
    switch (view.kind) {
      case 'page':
        return this.renderPage(definition, view, locale);
      case 'check':
        return html`${this.renderTop(view, () => this.goBack(definition, view))}
          ${renderCheckAnswers({
            definition,
            answers: this.answers,
            locale,
            onChange: (pageId) => this.go({ kind: 'page', pageId, returnToCheck: true }),
            onConfirm: () => this.confirm(definition),
          })}`;
      case 'crisis':
        return renderInterruption({
          cause: view.cause,
          contacts: urgentContactsFor(config),
          locale,
          onBack: () => this.leaveCrisis(definition, view),
        });
      case 'complete':
        return renderComplete(view.result, () => this.go({ kind: 'check' }));
    }
  }

  /** The view to show. A page that answers set from outside have hidden falls back to the first. */
  private currentView(definition: QuestionnaireDefinition): View {
    const view = this.view;
    const first: PageView = { kind: 'page', pageId: visiblePages(definition, this.answers)[0]!.id, returnToCheck: false };
    if (!view) return first;
    const page = view.kind === 'page' ? view : view.kind === 'crisis' && view.from.kind === 'page' ? view.from : undefined;
    if (page && !visiblePages(definition, this.answers).some((p) => p.id === page.pageId)) return first;
    return view;
  }

  private stepOf(view: View, definition: QuestionnaireDefinition): StepDetail {
    const pages = visiblePages(definition, this.answers).length;
    switch (view.kind) {
      case 'page':
        return { element: ELEMENT, step: `question:${view.pageId}`, number: pageNumber(definition, this.answers, view.pageId) };
      case 'check':
        return { element: ELEMENT, step: 'check-answers', number: pages + 1 };
      case 'crisis':
        return { element: ELEMENT, step: 'crisis', number: this.stepOf(view.from, definition).number };
      case 'complete':
        return { element: ELEMENT, step: 'complete', number: pages + 2 };
    }
  }

  private renderPage(definition: QuestionnaireDefinition, view: PageView, locale: string) {
    const page = definition.pages.find((p) => p.id === view.pageId)!;
    const single = page.questions.length === 1;
    const canGoBack = view.returnToCheck || previousPage(definition, this.answers, page.id) !== undefined;
    return html`
      ${this.renderTop(view, canGoBack ? () => this.goBack(definition, view) : undefined)}
      ${renderErrorSummary(this.errors, this.shadowRoot)}
      <form novalidate @submit=${(e: Event) => this.continue(e, definition, page, view)}>
        ${single ? nothing : html`<h1 data-step-heading>${localText(page.title, locale)}</h1>`}
        ${!single && page.intro ? html`<p>${localText(page.intro, locale)}</p>` : nothing}
        ${page.questions.map((question) =>
          renderQuestion(question, {
            answers: this.answers,
            errors: this.errors,
            locale,
            asHeading: single,
            ...(single && page.intro ? { intro: page.intro } : {}),
            onAnswer: (id, value) => this.answer(id, value),
          }),
        )}
        <button type="submit" class="button">${msg('Continue')}</button>
      </form>
    `;
  }

  /** Back, and "I need help urgently" on every page, before the heading in reading order. */
  private renderTop(view: PageView | CheckView, onBack: (() => void) | undefined) {
    return html`<div class="goals__top">
      ${backLink(onBack)}
      <button type="button" class="link-button goals__urgent" @click=${() => this.go({ kind: 'crisis', cause: 'link', from: view })}>
        ${msg('I need help urgently')}
      </button>
    </div>`;
  }

  private answer(questionId: string, value: AnswerValue | undefined) {
    this.answers = withAnswer(this.answers, questionId, value);
  }

  private go(view: View) {
    this.view = view;
    this.errors = [];
    this.focusController.request({ heading: true });
  }

  private continue(event: Event, definition: QuestionnaireDefinition, page: Page, view: PageView) {
    event.preventDefault();
    const errors = validatePage(page, this.answers, currentLocale());
    if (errors.length > 0) {
      this.errors = errors;
      this.focusController.request({ errorSummary: true });
      return;
    }
    // Checked on Continue, not on click: moving someone away mid-choice would disorient them (WCAG 3.2.2).
    if (pageSignalsCrisis(page, this.answers)) {
      this.go({ kind: 'crisis', cause: 'answer', from: view });
      return;
    }
    this.seen.add(page.id);
    const next = view.returnToCheck
      ? nextPageAfterChange(definition, this.answers, page.id, this.seen)
      : nextPage(definition, this.answers, page.id);
    this.go(next ? { kind: 'page', pageId: next.id, returnToCheck: view.returnToCheck } : { kind: 'check' });
  }

  private goBack(definition: QuestionnaireDefinition, view: PageView | CheckView) {
    if (view.kind === 'page' && view.returnToCheck) return this.go({ kind: 'check' });
    const previous = previousPage(definition, this.answers, view.kind === 'page' ? view.pageId : undefined);
    if (previous) this.go({ kind: 'page', pageId: previous.id, returnToCheck: false });
  }

  private leaveCrisis(definition: QuestionnaireDefinition, view: CrisisView) {
    if (view.cause === 'answer' && view.from.kind === 'page') {
      const page = definition.pages.find((p) => p.id === (view.from as PageView).pageId);
      if (page) this.answers = withoutCrisisChoices(page, this.answers);
    }
    this.go(view.from);
  }

  private confirm(definition: QuestionnaireDefinition) {
    const result = scoreAnswers(definition, this.answers, currentLocale());
    if (result.crisis) {
      // Only reachable with answers set from outside: the pages stop at a crisis answer.
      const page = visiblePages(definition, this.answers).find((p) => pageSignalsCrisis(p, this.answers))!;
      return this.go({ kind: 'crisis', cause: 'answer', from: { kind: 'page', pageId: page.id, returnToCheck: true } });
    }
    this.go({ kind: 'complete', result });
    emit(this, 'waymark-goals-complete', { result });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-goals': WaymarkGoals;
  }
}
