import type { AnswerValue } from '../../core/model/goals.ts';
import type { LocalText } from '../../core/model/common.ts';
import { errorFor } from '../../core/validate/field-error.ts';
import type { AnswerError } from '../../core/questionnaire/validate.ts';
import { answerErrorText } from '../../words/answer-errors.ts';
import { localText } from '../../core/text/local-text.ts';
import type { Question } from '../../core/questionnaire/definition.ts';
import { choiceAnswer, choiceValue, optionLabel, optionsOf, type Answers } from '../../core/questionnaire/answers.ts';
import { answerWords } from '../../words/answers.ts';
import { checkboxes, radios, textarea, textField, type Choice } from '../../views/form/index.ts';
import { scaleField } from '../../views/scale-field.ts';

export interface QuestionContext {
  answers: Answers;
  errors: readonly AnswerError[];
  locale: string;
  /** On a one-question page the question is the page's heading, at this level. */
  asHeading?: number;
  /** Words from the page to read before the question's own hint. */
  intro?: LocalText;
  onAnswer: (questionId: string, value: AnswerValue | undefined) => void;
}

/** One question as the GOV.UK field that fits its kind. Service text arrives as LocalText. */
export function renderQuestion(question: Question, ctx: QuestionContext) {
  const t = (text: LocalText | undefined) => localText(text, ctx.locale);
  const hint = [t(ctx.intro), t(question.hint)].filter(Boolean).join(' ') || undefined;
  const raw = ctx.answers[question.id];
  const error = errorFor(ctx.errors, question.id);
  const base = {
    id: question.id,
    label: t(question.question) ?? question.id,
    hint,
    error: error && answerErrorText(error),
    optional: question.optional,
    asHeading: ctx.asHeading,
  };
  const words = answerWords();
  const choices = (): Choice[] =>
    optionsOf(question).map((o) => ({
      value: o.value,
      label: optionLabel(o, ctx.locale, words),
      ...(o.hint ? { hint: t(o.hint) } : {}),
      ...('exclusive' in o && o.exclusive ? { exclusive: true } : {}),
    }));

  switch (question.kind) {
    case 'single':
    case 'yes-no':
      return radios({
        ...base,
        choices: choices(),
        value: choiceValue(question, raw),
        inline: question.kind === 'yes-no' && !question.yes?.label && !question.no?.label,
        onChange: (value) => ctx.onAnswer(question.id, choiceAnswer(question, value)),
      });
    case 'multiple':
      return checkboxes({
        ...base,
        choices: choices(),
        values: Array.isArray(raw) ? raw : [],
        onChange: (values) => ctx.onAnswer(question.id, values),
      });
    case 'scale':
      return scaleField({
        ...base,
        minLabel: t(question.minLabel) ?? '0',
        maxLabel: t(question.maxLabel) ?? '10',
        value: typeof raw === 'number' ? raw : undefined,
        onChange: (value) => ctx.onAnswer(question.id, value),
      });
    case 'text': {
      const text = {
        ...base,
        value: typeof raw === 'string' ? raw : '',
        maxlength: question.maxLength,
        // Free text is the person's own words: never offer another person's autofill in a kiosk.
        autocomplete: 'off' as const,
        onInput: (value: string) => ctx.onAnswer(question.id, value === '' ? undefined : value),
      };
      return question.long ? textarea({ ...text, rows: 4 }) : textField({ ...text, width: 30 });
    }
  }
}
