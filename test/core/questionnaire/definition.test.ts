import { expect } from '@open-wc/testing';
import { problemMessage } from '../../../src/words/problems.ts';
import { questionnaireProblemMessage } from '../../../src/words/questionnaire-problems.ts';
import { NEED_AREAS } from '../../../src/core/model/index.ts';
import {
  parseQuestionnaire,
  type Question,
} from '../../../src/core/questionnaire/index.ts';
import { CRISIS_OPTION, defaultQuestionnaire, defaultQuestionnaireInput } from '../../../src/words/default-set.ts';
import { aCustomQuestionnaire } from '../../fixtures/questionnaires/custom.ts';

function question(definition: ReturnType<typeof defaultQuestionnaire>, id: string): Question {
  const found = definition.pages.flatMap((p) => p.questions).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

describe('the default "what matters to you" set', () => {
  const definition = defaultQuestionnaire();

  it('passes its own schema', () => {
    const parsed = parseQuestionnaire(defaultQuestionnaireInput());
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
  });

  it('fills in exactly the defaults the schema would (it skips the schema at run time)', () => {
    const parsed = parseQuestionnaire(defaultQuestionnaireInput());
    expect(parsed.ok && parsed.value).to.deep.equal(defaultQuestionnaire());
  });

  it('asks what they would like help with first: every need area, something else, and a way to say they are not safe', () => {
    const first = definition.pages[0]!.questions[0]!;
    expect(first.kind).to.equal('multiple');
    if (first.kind !== 'multiple') return;
    const values = first.options.map((o) => o.value);
    expect(values).to.include.members([...NEED_AREAS, 'something-else', CRISIS_OPTION]);
    expect(first.options.filter((o) => o.crisis).map((o) => o.value)).to.deep.equal([CRISIS_OPTION]);
    // No "none of these" beside the crisis choice: ticking one would untick it.
    expect(first.options.some((o) => o.exclusive)).to.equal(false);
  });

  it('asks the ONS loneliness question with its five answers', () => {
    const q = question(definition, 'loneliness');
    expect(q.question).to.equal('How often do you feel lonely?');
    expect(q.kind === 'single' && q.options.map((o) => o.label)).to.deep.equal(['Often or always', 'Some of the time', 'Occasionally', 'Hardly ever', 'Never']);
  });

  it('words the ONS4 questions exactly as published, 0 to 10, skippable, only after the person agrees', () => {
    const expected: [string, string, string, string][] = [
      ['life-satisfaction', 'Overall, how satisfied are you with your life nowadays?', 'Not at all satisfied', 'Completely satisfied'],
      ['worthwhile', 'Overall, to what extent do you feel that the things you do in your life are worthwhile?', 'Not at all worthwhile', 'Completely worthwhile'],
      ['happiness', 'Overall, how happy did you feel yesterday?', 'Not at all happy', 'Completely happy'],
      [
        'anxiety',
        'On a scale where 0 is "not at all anxious" and 10 is "completely anxious", overall, how anxious did you feel yesterday?',
        'Not at all anxious',
        'Completely anxious',
      ],
    ];
    for (const [id, text, min, max] of expected) {
      const q = question(definition, id);
      expect(q.kind, id).to.equal('scale');
      expect(q.question, id).to.equal(text);
      expect(q.optional, id).to.equal(true);
      if (q.kind === 'scale') expect([q.minLabel, q.maxLabel]).to.deep.equal([min, max]);
      const page = definition.pages.find((p) => p.id === id)!;
      expect(page.showIf).to.deep.equal({ question: 'wellbeing', equals: true });
    }
    expect(question(definition, 'wellbeing').hint).to.contain('This helps us see if we are helping');
  });

  it('makes the work questions optional, with "Not right now" that clears the others', () => {
    expect(question(definition, 'work-situation').optional).to.equal(true);
    const help = question(definition, 'work-help');
    expect(help.optional).to.equal(true);
    expect(help.kind === 'multiple' && help.options.find((o) => o.value === 'not-now')).to.include({ exclusive: true, workPathway: 'none' });
  });

  it('keeps every question short: no heading over 20 words except the published ONS wording', () => {
    for (const q of definition.pages.flatMap((p) => p.questions)) {
      if (['worthwhile', 'anxiety'].includes(q.id)) continue;
      expect(String(q.question).split(/\s+/).length, q.id).to.be.at.most(20);
    }
  });
});

describe("a service's own questionnaire", () => {
  it('parses, with text in several languages and defaults filled in', () => {
    const parsed = parseQuestionnaire(aCustomQuestionnaire());
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
    if (!parsed.ok) return;
    const plot = parsed.value.pages[1]!.questions[0]!;
    expect(plot).to.include({ kind: 'text', optional: true, maxLength: 40, long: false });
    expect(parsed.value.pages[0]!.questions[0]!.optional).to.equal(false);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks the definition on purpose
  const broken: [string, (d: any) => void, string, RegExp][] = [
    ['no pages', (d) => (d.pages = []), 'questionnaire.pages', /at least 1/],
    ['an unknown kind', (d) => (d.pages[0].questions[0].kind = 'slider'), 'questionnaire.pages[0].questions[0].kind', /"single", "multiple", "scale", "text", "yes-no"/],
    ['a question with no wording', (d) => delete d.pages[0].questions[0].question, 'questionnaire.pages[0].questions[0].question', /missing/],
    ['a choice question with one option', (d) => d.pages[0].questions[0].options.pop(), 'questionnaire.pages[0].questions[0].options', /at least 2/],
    ['a misspelt key', (d) => (d.pages[0].questions[0].optinal = true), 'questionnaire.pages[0].questions[0].optinal', /did you mean "optional"\?/],
    ['a weight on an unknown need area', (d) => (d.pages[0].questions[0].options[0].weights = { gardening: 2 }), 'questionnaire.pages[0].questions[0].options[0].weights.gardening', /./],
    ['a weight over 10', (d) => (d.pages[0].questions[0].options[0].weights = { housing: 50 }), 'questionnaire.pages[0].questions[0].options[0].weights.housing', /10 or less/],
    ['an id with spaces', (d) => (d.pages[0].id = 'my page'), 'questionnaire.pages[0].id', /format/],
    ['two pages with one id', (d) => (d.pages[3].id = 'garden'), 'questionnaire.pages[3].id', /another page/],
    ['two questions with one id', (d) => (d.pages[3].questions[0].id = 'plot'), 'questionnaire.pages[3].questions[0].id', /another question/],
    ['two options with one value', (d) => (d.pages[0].questions[0].options[1].value = 'yes-please'), 'questionnaire.pages[0].questions[0].options[1].value', /another option/],
    ['a page of two questions with no title', (d) => delete d.pages[1].title, 'questionnaire.pages[1].title', /more than one question/],
    ['a showIf on a later question', (d) => (d.pages[1].showIf = { question: 'safe', equals: true }), 'questionnaire.pages[1].showIf.question', /earlier page/],
    ['a showIf on an option that does not exist', (d) => (d.pages[1].showIf = { question: 'garden', anyOf: ['maybe'] }), 'questionnaire.pages[1].showIf.anyOf[0]', /not an option/],
    ['a showIf equal to a value the question cannot have', (d) => (d.pages[2].showIf = { question: 'garden', equals: 'maybe' }), 'questionnaire.pages[2].showIf.equals', /"yes-please", "no-thanks"/],
    ['a showIf with neither equals nor anyOf', (d) => (d.pages[2].showIf = { question: 'garden' }), 'questionnaire.pages[2].showIf', /"equals" or "anyOf"/],
    ['fills on the wrong kind', (d) => (d.pages[3].questions[0].fills = 'days'), 'questionnaire.pages[3].questions[0].fills', /"single", "multiple"/],
    ['fills with values it cannot read', (d) => (d.pages[1].questions[1].options[1].value = 'garden'), 'questionnaire.pages[1].questions[1].options[1].value', /"in-person", "online", "phone", "group", "one-to-one"/],
    ['a scale with no end labels', (d) => delete d.pages[3].questions[0].maxLabel, 'questionnaire.pages[3].questions[0].maxLabel', /missing/],
    ['an empty label', (d) => (d.pages[0].questions[0].options[0].label = { en: '' }), 'questionnaire.pages[0].questions[0].options[0].label.en', /empty/],
  ];
  for (const [what, spoil, path, message] of broken) {
    it(`names ${what} at ${path}`, () => {
      const input = aCustomQuestionnaire();
      spoil(input);
      const parsed = parseQuestionnaire(input, ['questionnaire']);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) return;
      const problem = parsed.problems.find((p) => p.path === path);
      expect(problem, JSON.stringify(parsed.problems)).to.not.equal(undefined);
      // As the goals element words it: the questionnaire's own words first, then the shared ones.
      expect(questionnaireProblemMessage(problem!) ?? problemMessage(problem!)).to.match(message);
    });
  }

  it('refuses something that is not a questionnaire at all, plainly', () => {
    const parsed = parseQuestionnaire('pages', ['questionnaire']);
    expect(parsed).to.deep.equal({ ok: false, problems: [{ code: 'wrong-type', expected: 'object', actual: 'string', path: 'questionnaire' }] });
    expect(parsed.ok || parsed.problems.map(problemMessage)).to.deep.equal(['should be object but is string']);
  });
});
