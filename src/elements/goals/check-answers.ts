import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { localText } from '../../core/text/local-text.ts';
import type { QuestionnaireDefinition } from '../../core/questionnaire/definition.ts';
import { displayAnswer, type Answers } from '../../core/questionnaire/answers.ts';
import { answerWords } from '../../words/answers.ts';
import { visiblePages } from '../../core/questionnaire/flow.ts';
import { summaryList, type SummaryRow } from '../../views/form/index.ts';
import { h } from '../../platform/heading.ts';

export interface CheckAnswersOptions {
  definition: QuestionnaireDefinition;
  answers: Answers;
  locale: string;
  onChange: (pageId: string) => void;
  onConfirm: () => void;
  /** The level of the page's heading. */
  level: number;
}

/** Every question the person saw, their answer or "Not answered", and a "Change" link back to it. */
export function renderCheckAnswers(o: CheckAnswersOptions) {
  const rows: SummaryRow[] = visiblePages(o.definition, o.answers).flatMap((page) =>
    page.questions.map((question) => {
      const key = localText(question.question, o.locale) ?? question.id;
      return {
        key,
        value: displayAnswer(question, o.answers, o.locale, answerWords()) ?? msg('Not answered'),
        changeLabel: key,
        onChange: () => o.onChange(page.id),
      };
    }),
  );
  return staticHtml`
    <${h(o.level)} data-step-heading>${msg('Check your answers')}</${h(o.level)}>
    <p>${msg('You can change any answer before you carry on.')}</p>
    ${summaryList(rows)}
    <button type="button" class="button" @click=${o.onConfirm}>${msg('Confirm and continue')}</button>
  `;
}
