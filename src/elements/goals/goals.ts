import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { localized, msg } from '@lit/localize';
import type { WaymarkConfig } from '../../core/model/config.ts';
import type { AnswerValue } from '../../core/model/goals.ts';
import type { Parsed, Problem } from '../../core/model/problems.ts';
import { localText } from '../../core/text/local-text.ts';
import type { QuestionnaireDefinition } from '../../core/questionnaire/definition.ts';
import { defaultQuestionnaire } from '../../words/default-set.ts';
import { withAnswer, type Answers } from '../../core/questionnaire/answers.ts';
import {
  currentGoalsView,
  goalsCanGoBack,
  goalsMarkOf,
  goalsReducer,
  goalsStepOf,
  startGoals,
  type GoalsAction,
  type GoalsFlow,
  type GoalsView,
  type PageView,
} from '../../core/questionnaire/views.ts';
import { emit, type StepDetail } from '../../events.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { WaymarkElement } from '../../platform/waymark-element.ts';
import { LazyController } from '../../platform/lazy-controller.ts';
import { lazy } from '../../core/lazy.ts';
import { renderConfigProblems, renderLoading } from '../../platform/config-problems.ts';
import { problemWords, type ProblemWords } from '../../platform/config-checker.ts';
import { urgentContactsFor } from '../../views/urgent-contacts.ts';
import { backLink, formStyles, renderErrorSummary } from '../../views/form/index.ts';
import { answerErrorText } from '../../words/answer-errors.ts';
import { answerWords } from '../../words/answers.ts';
import { StepController } from '../../platform/step-controller.ts';
import { h } from '../../platform/heading.ts';
import { HistoryController } from '../../platform/history-controller.ts';
import { tokens } from '../../styles/tokens.ts';
import { base } from '../../styles/base.ts';
import { goalsStyles } from './goals.styles.ts';
import { scaleStyles } from '../../views/scale.styles.ts';
import { urgentContactsStyles } from '../../views/urgent-contacts.styles.ts';
import { renderQuestion } from './question-field.ts';
import { renderCheckAnswers } from './check-answers.ts';
import { renderInterruption } from './interruption.ts';
import { renderComplete } from './complete.ts';

/**
 * Waymark's own set is checked by its tests, so the schema that checks a service's own set
 * (config `questionnaire`) loads only when there is one, and the first question shows sooner.
 * The words for what can be wrong with a set come with it.
 */
const loadChecker = lazy(() =>
  Promise.all([import('../../core/questionnaire/definition.ts'), import('../../words/questionnaire-problems.ts')]).then(([checker, words]) => ({ ...checker, ...words })),
);

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
  static override styles = [tokens, base, formStyles, urgentContactsStyles, scaleStyles, goalsStyles];
  protected static override messages = 'goals' as const;

  /** The person's answers by question id. A journey may read them, or set them to restore a draft. */
  @property({ attribute: false }) answers: Answers = {};

  /** Where the person is: the view, the pages seen and the page's errors (core/questionnaire/views.ts). */
  @state() private flow: GoalsFlow = startGoals;

  private parsed?: { source: unknown; locale: string; result: Parsed<QuestionnaireDefinition> };
  private reportedSource: unknown = undefined;
  /** The page on screen, worked out as it renders; `waymark-step` reports it. */
  private step?: StepDetail;
  private readonly stepEvents = new StepController(this, () => this.step);
  private readonly checker = new LazyController(this, loadChecker, 'the questionnaire checker');
  /** The questions on screen, worked out as it renders, for the history and for Back and Forward. */
  private shown?: { definition: QuestionnaireDefinition; view: GoalsView };
  /** Each page a browser history entry: Back and Forward move between pages (core/questionnaire/views.ts says where). */
  private readonly history = new HistoryController(this, {
    page: () => this.shown && goalsMarkOf(this.shown.view),
    visit: (mark) => {
      if (this.shown) this.dispatch(this.shown.definition, { type: 'visit', mark, locale: currentLocale() });
      return true;
    },
  });

  protected override forgetState(): void {
    this.answers = {};
    this.flow = startGoals;
    this.stepEvents.reset();
    this.history.restart();
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
    else if (this.checker.value) result = this.checker.value.parseQuestionnaire(source, ['questionnaire']);
    else if (this.checker.failed) {
      result = { ok: false, problems: [{ code: 'not-checked', path: 'questionnaire' }] };
    } else return undefined;
    this.parsed = { source, locale, result };
    return result;
  }

  private report(problems: Problem[]) {
    this.configController.report(problems, 'config.questionnaire', this.problemWords());
  }

  /** The shared words for setup problems, and the checker's own for a questionnaire's. */
  private problemWords(): ProblemWords {
    const shared = problemWords();
    const own = this.checker.value?.questionnaireProblemMessage;
    return own ? { path: shared.path, message: (p) => own(p) ?? shared.message(p) } : shared;
  }

  private renderWithConfig(config: WaymarkConfig) {
    const parsed = this.definitionFor(config);
    this.shown = undefined;
    if (!parsed) return renderLoading();
    const locale = currentLocale();
    if (!parsed.ok) {
      this.step = undefined;
      return renderConfigProblems(parsed.problems, config.service.phone, localText(config.service.name, locale), this.problemWords());
    }
    const definition = parsed.value;
    const view = currentGoalsView(definition, this.flow, this.answers);
    this.shown = { definition, view };
    this.step = { element: ELEMENT, ...goalsStepOf(definition, this.answers, view) };
    const dispatch = (action: GoalsAction) => this.dispatch(definition, action);
    switch (view.kind) {
      case 'page':
        return this.renderPage(definition, view, locale, dispatch);
      case 'check':
        return html`${this.renderTop(dispatch, true)}
          ${renderCheckAnswers({
            definition,
            answers: this.answers,
            locale,
            onChange: (pageId) => dispatch({ type: 'change', pageId }),
            onConfirm: () => dispatch({ type: 'confirm', locale: currentLocale(), words: answerWords() }),
            level: this.topHeading,
          })}`;
      case 'crisis':
        return renderInterruption({
          cause: view.cause,
          contacts: urgentContactsFor(config),
          locale,
          onBack: () => dispatch({ type: 'leave-crisis' }),
          level: this.topHeading,
        });
      case 'complete':
        return renderComplete(view.result, () => dispatch({ type: 'reopen' }), this.topHeading);
    }
  }

  private renderPage(definition: QuestionnaireDefinition, view: PageView, locale: string, dispatch: (action: GoalsAction) => void) {
    const page = definition.pages.find((p) => p.id === view.pageId)!;
    const single = page.questions.length === 1;
    const level = this.topHeading;
    const errors = this.flow.errors;
    return html`
      ${this.renderTop(dispatch, goalsCanGoBack(definition, this.answers, view))}
      ${renderErrorSummary(errors, answerErrorText, this.shadowRoot, level)}
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          dispatch({ type: 'continue', locale: currentLocale() });
        }}
      >
        ${single ? nothing : staticHtml`<${h(level)} data-step-heading>${localText(page.title, locale)}</${h(level)}>`}
        ${!single && page.intro ? html`<p>${localText(page.intro, locale)}</p>` : nothing}
        ${page.questions.map((question) =>
          renderQuestion(question, {
            answers: this.answers,
            errors,
            locale,
            ...(single ? { asHeading: level } : {}),
            ...(single && page.intro ? { intro: page.intro } : {}),
            onAnswer: (id, value) => this.answer(id, value),
          }),
        )}
        <button type="submit" class="button">${msg('Continue')}</button>
      </form>
    `;
  }

  /** Back, and "I need help urgently" on every page, before the heading in reading order. */
  private renderTop(dispatch: (action: GoalsAction) => void, canGoBack: boolean) {
    return html`<div class="goals__top">
      ${backLink(canGoBack ? () => this.back(dispatch) : undefined)}
      <button type="button" class="link-button goals__urgent" @click=${() => dispatch({ type: 'urgent' })}>
        ${msg('I need help urgently')}
      </button>
    </div>`;
  }

  /** The questions' own Back link: the browser's Back when the page before is the entry before, so the two agree. */
  private back(dispatch: (action: GoalsAction) => void) {
    const shown = this.shown;
    const target = shown && goalsReducer(shown.definition, this.flow, this.answers, { type: 'back' });
    if (target && target.flow !== this.flow && target.flow.view) this.history.back(goalsMarkOf(target.flow.view));
    dispatch({ type: 'back' });
  }

  private answer(questionId: string, value: AnswerValue | undefined) {
    this.answers = withAnswer(this.answers, questionId, value);
  }

  /** One step of the flow; focus goes to what changed: the error summary, or the new page's heading. */
  private dispatch(definition: QuestionnaireDefinition, action: GoalsAction) {
    const before = this.flow;
    const next = goalsReducer(definition, before, this.answers, action);
    if (next.flow === before) return;
    this.flow = next.flow;
    this.answers = next.answers;
    if (next.flow.errors.length > 0) this.focusController.request({ errorSummary: true });
    else this.focusController.request({ heading: true });
    if (next.completed) emit(this, 'waymark-goals-complete', { result: next.completed });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'waymark-goals': WaymarkGoals;
  }
}
