import { expect } from '@open-wc/testing';
import {
  answerOf,
  answersSignalCrisis,
  choiceAnswer,
  choiceValue,
  displayAnswer,
  pageSignalsCrisis,
  parseQuestionnaire,
  validatePage,
  withAnswer,
  withoutCrisisChoices,
  type QuestionnaireDefinition,
} from '../../../src/core/questionnaire/index.ts';
import { defaultQuestionnaire } from '../../../src/words/default-set.ts';
import { answerErrorText } from '../../../src/words/answer-errors.ts';
import { answerWords } from '../../../src/words/answers.ts';
import type { AnswerError } from '../../../src/core/questionnaire/validate.ts';
import { aCustomQuestionnaire } from '../../fixtures/questionnaires/custom.ts';

function custom(): QuestionnaireDefinition {
  const parsed = parseQuestionnaire(aCustomQuestionnaire());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const definition = defaultQuestionnaire();
const page = (d: QuestionnaireDefinition, id: string) => d.pages.find((p) => p.id === id)!;
const question = (d: QuestionnaireDefinition, id: string) => page(d, id).questions[0]!;

describe('reading answers', () => {
  it('counts an answer only when it has the right shape for the question', () => {
    const table: [string, unknown, unknown][] = [
      ['loneliness', 'never', 'never'],
      ['loneliness', 'sometimes', undefined],
      ['loneliness', ['never'], undefined],
      ['help-with', ['housing', 'nope', 'loneliness'], ['loneliness', 'housing']],
      ['help-with', [], undefined],
      ['help-with', 'housing', undefined],
      ['happiness', 0, 0],
      ['happiness', 11, undefined],
      ['happiness', 4.5, undefined],
      ['happiness', '4', undefined],
      ['something-else', '  ', undefined],
      ['something-else', ' my words ', 'my words'],
      ['wellbeing', false, false],
      ['wellbeing', 'no', undefined],
    ];
    for (const [id, raw, expected] of table) {
      expect(answerOf(question(definition, id), { [id]: raw as never }), `${id} = ${JSON.stringify(raw)}`).to.deep.equal(expected);
    }
  });

  it('reads answers back as the person saw them', () => {
    expect(displayAnswer(question(definition, 'help-with'), { 'help-with': ['housing', 'loneliness'] }, 'en')).to.equal('Feeling lonely, Housing');
    expect(displayAnswer(question(definition, 'wellbeing'), { wellbeing: false }, 'en')).to.equal('No');
    expect(displayAnswer(question(definition, 'anxiety'), { anxiety: 0 }, 'en')).to.equal('0');
    expect(displayAnswer(question(definition, 'loneliness'), {}, 'en')).to.equal(undefined);
    expect(displayAnswer(question(custom(), 'safe'), { safe: false }, 'en')).to.equal('No, I do not feel safe');
    expect(displayAnswer(question(custom(), 'garden'), { garden: 'no-thanks' }, 'cy')).to.equal('Dim diolch');
  });

  it('reads a plain yes or no in the words it is given, and in English without them', () => {
    const welsh = { yes: 'Ie', no: 'Na', youSaid: (answer: string) => `Dywedoch chi: ${answer}` };
    expect(displayAnswer(question(definition, 'wellbeing'), { wellbeing: false }, 'cy', welsh)).to.equal('Na');
    expect(displayAnswer(question(definition, 'wellbeing'), { wellbeing: true }, 'en')).to.equal('Yes');
    // A yes/no with labels of its own keeps them.
    expect(displayAnswer(question(custom(), 'safe'), { safe: false }, 'en', welsh)).to.equal('No, I do not feel safe');
    // The widget's words are the translated ones.
    expect(displayAnswer(question(definition, 'wellbeing'), { wellbeing: true }, 'en', answerWords())).to.equal('Yes');
  });

  it('keeps yes and no as booleans', () => {
    const q = question(definition, 'wellbeing');
    expect(choiceAnswer(q, 'yes')).to.equal(true);
    expect(choiceAnswer(q, 'no')).to.equal(false);
    expect(choiceValue(q, false)).to.equal('no');
    expect(choiceAnswer(question(definition, 'loneliness'), 'never')).to.equal('never');
  });

  it('sets and clears one answer without touching the others', () => {
    const before = { a: 'x', b: ['y'] };
    expect(withAnswer(before, 'a', undefined)).to.deep.equal({ b: ['y'] });
    expect(withAnswer(before, 'b', [])).to.deep.equal({ a: 'x' });
    expect(withAnswer(before, 'c', 3)).to.deep.equal({ a: 'x', b: ['y'], c: 3 });
    expect(before).to.deep.equal({ a: 'x', b: ['y'] });
  });
});

/** The errors as the person reads them: field and message. */
const worded = (errors: AnswerError[], locale = 'en') => errors.map((e) => ({ field: e.field, message: answerErrorText(e, locale) }));

describe('checking a page', () => {
  it('asks for an answer to a required question, in the words the set gives', () => {
    expect(worded(validatePage(page(definition, 'help-with'), {}))).to.deep.equal([{ field: 'help-with', message: 'Select what you would like help with' }]);
    expect(validatePage(page(definition, 'help-with'), { 'help-with': ['housing'] })).to.deep.equal([]);
    expect(worded(validatePage(page(custom(), 'garden'), {}), 'cy')).to.deep.equal([{ field: 'garden', message: 'Dewiswch a hoffech chi dyfu pethau' }]);
  });

  it('lets optional questions be skipped', () => {
    for (const id of ['loneliness', 'work-situation', 'work-help', 'days', 'wellbeing', 'happiness', 'easier-details']) {
      expect(validatePage(page(definition, id), {}), id).to.deep.equal([]);
    }
  });

  it('says which kind of question is unanswered, with the set\'s own words if it has them', () => {
    expect(validatePage(page(custom(), 'safe'), {})).to.deep.equal([{ code: 'answer.missing', kind: 'yes-no', field: 'safe' }]);
    const [missing] = validatePage(page(definition, 'help-with'), {});
    expect(missing).to.include({ code: 'answer.missing', kind: 'multiple', field: 'help-with' });
    expect(missing).to.have.property('errorMessage');
  });

  it('gives a default message for each kind, one per question on the page', () => {
    const d = custom();
    expect(worded(validatePage(page(d, 'about-you'), {}))).to.deep.equal([{ field: 'company', message: 'Select at least one answer' }]);
    expect(worded(validatePage(page(d, 'safe'), {}))).to.deep.equal([{ field: 'safe', message: 'Select an answer' }]);
    expect(worded(validatePage(page(definition, 'something-else'), { 'something-else': ' ' }))[0]?.message).to.equal('Tell us what else you would like help with');
  });

  it('refuses text over the limit, even on an optional question', () => {
    const errors = validatePage(page(custom(), 'about-you'), { plot: 'x'.repeat(41), company: ['group'] });
    expect(errors).to.deep.equal([{ code: 'answer.too-long', max: 40, field: 'plot' }]);
    expect(worded(errors)).to.deep.equal([{ field: 'plot', message: 'Your answer must be 40 characters or fewer' }]);
  });
});

describe('crisis answers', () => {
  it('are found on the page and in the whole set', () => {
    expect(pageSignalsCrisis(page(definition, 'help-with'), { 'help-with': ['housing', 'not-safe'] })).to.equal(true);
    expect(pageSignalsCrisis(page(definition, 'help-with'), { 'help-with': ['housing'] })).to.equal(false);
    expect(answersSignalCrisis(custom(), { safe: false })).to.equal(true);
    expect(answersSignalCrisis(custom(), { safe: true })).to.equal(false);
  });

  it('are taken out, and only they, when chosen by mistake', () => {
    const p = page(definition, 'help-with');
    expect(withoutCrisisChoices(p, { 'help-with': ['housing', 'not-safe'], loneliness: 'never' })).to.deep.equal({ 'help-with': ['housing'], loneliness: 'never' });
    expect(withoutCrisisChoices(p, { 'help-with': ['not-safe'] })).to.deep.equal({});
    expect(withoutCrisisChoices(page(custom(), 'safe'), { safe: false, garden: 'no-thanks' })).to.deep.equal({ garden: 'no-thanks' });
    expect(withoutCrisisChoices(page(custom(), 'safe'), { safe: true })).to.deep.equal({ safe: true });
  });
});
