import { expect } from '@open-wc/testing';
import { GoalsResult, parseWith, type NeedAreaId, type WorkPathwayChoice } from '../../../src/core/model/index.ts';
import { parseQuestionnaire, scoreAnswers, type Answers } from '../../../src/core/questionnaire/index.ts';
import { defaultQuestionnaire } from '../../../src/words/default-set.ts';
import { answerWords } from '../../../src/words/answers.ts';
import { aCustomQuestionnaire } from '../../fixtures/questionnaires/custom.ts';

interface Row {
  what: string;
  answers: Answers;
  areas: NeedAreaId[];
  pathway: WorkPathwayChoice;
  crisis?: boolean;
}

// The default set: help-with areas weigh 3, loneliness 3/2/1, status 1, explicit work goals 3.
const table: Row[] = [
  { what: 'nothing answered', answers: {}, areas: [], pathway: 'none' },
  { what: 'one area', answers: { 'help-with': ['arts-creativity'] }, areas: ['arts-creativity'], pathway: 'none' },
  {
    what: 'areas in the order of the list when their weights tie, whatever order they were ticked in',
    answers: { 'help-with': ['money-debt', 'housing', 'arts-creativity'] },
    areas: ['arts-creativity', 'money-debt', 'housing'],
    pathway: 'none',
  },
  {
    what: 'loneliness often lifts loneliness above an area chosen first',
    answers: { 'help-with': ['nature-outdoors', 'loneliness'], loneliness: 'often-always' },
    areas: ['loneliness', 'nature-outdoors'],
    pathway: 'none',
  },
  {
    what: 'loneliness alone, from the ONS question',
    answers: { 'help-with': ['something-else'], 'something-else': 'my garden', loneliness: 'some-of-the-time' },
    areas: ['loneliness'],
    pathway: 'none',
  },
  { what: 'hardly ever lonely adds nothing', answers: { 'help-with': ['housing'], loneliness: 'hardly-ever' }, areas: ['housing'], pathway: 'none' },
  {
    what: 'work chosen as an area is direct help',
    answers: { 'help-with': ['work', 'mental-wellbeing'] },
    areas: ['mental-wellbeing', 'work'],
    pathway: 'direct',
  },
  {
    what: 'finding work is direct, and outweighs the areas chosen first',
    answers: { 'help-with': ['physical-activity'], 'work-situation': 'looking-for-work', 'work-help': ['find-work'] },
    areas: ['work', 'physical-activity'],
    pathway: 'direct',
  },
  {
    what: 'volunteering and learning are indirect',
    answers: { 'help-with': ['food-cooking'], 'work-help': ['volunteer', 'learn-skills'] },
    areas: ['food-cooking', 'volunteering', 'learning-skills'],
    pathway: 'indirect',
  },
  {
    what: 'direct wins over indirect',
    answers: { 'help-with': ['food-cooking'], 'work-help': ['learn-skills', 'stay-or-return'] },
    // Equal weights keep option order: "stay in work" is listed before "learn new skills".
    areas: ['food-cooking', 'work', 'learning-skills'],
    pathway: 'direct',
  },
  {
    what: '"not right now" drops work even when chosen as an area and when looking for work',
    answers: { 'help-with': ['work', 'caring'], 'work-situation': 'looking-for-work', 'work-help': ['not-now'] },
    areas: ['caring'],
    pathway: 'none',
  },
  {
    what: 'caring status adds to the caring area',
    answers: { 'help-with': ['bereavement', 'caring'], 'work-situation': 'caring' },
    areas: ['caring', 'bereavement'],
    pathway: 'none',
  },
  {
    what: 'the crisis choice flags crisis and weighs nothing',
    answers: { 'help-with': ['mental-wellbeing', 'not-safe'] },
    areas: ['mental-wellbeing'],
    pathway: 'none',
    crisis: true,
  },
  {
    what: 'answers to a hidden page do not count',
    answers: { 'help-with': ['housing'], wellbeing: false, happiness: 2 },
    areas: ['housing'],
    pathway: 'none',
  },
  {
    what: 'unknown option values from an older set are ignored',
    answers: { 'help-with': ['housing', 'time-travel'], loneliness: 'sometimes' },
    areas: ['housing'],
    pathway: 'none',
  },
];

describe('scoring the default questionnaire', () => {
  const definition = defaultQuestionnaire();

  for (const row of table) {
    it(`${row.what}: ${row.areas.join(', ') || 'no areas'}; ${row.pathway}${row.crisis ? '; crisis' : ''}`, () => {
      const result = scoreAnswers(definition, row.answers, 'en');
      expect(result.needAreas.map((n) => n.id)).to.deep.equal(row.areas);
      expect(result.workPathway).to.equal(row.pathway);
      expect(result.crisis).to.equal(row.crisis ?? false);
      // Every result is a valid GoalsResult, as the referral will check it.
      expect(parseWith(GoalsResult, result).ok).to.equal(true);
    });
  }

  it('gives each area its score and plain reasons, without repeats', () => {
    const result = scoreAnswers(definition, { 'help-with': ['loneliness'], loneliness: 'often-always', 'take-part': ['group'] }, 'en');
    expect(result.needAreas).to.deep.equal([
      { id: 'loneliness', score: 6, reasons: ['You said: Feeling lonely', 'You said you feel lonely often or always'] },
    ]);
  });

  it('words a reason the option does not give with the words it is given (the widget’s are translated)', () => {
    const answers = { 'help-with': ['loneliness'] };
    const words = { yes: 'Ie', no: 'Na', youSaid: (answer: string) => `Dywedoch chi: ${answer}` };
    expect(scoreAnswers(definition, answers, 'en', words).needAreas[0]!.reasons).to.deep.equal(['Dywedoch chi: Feeling lonely']);
    expect(scoreAnswers(definition, answers, 'en', answerWords()).needAreas[0]!.reasons).to.deep.equal(['You said: Feeling lonely']);
  });

  it('records "not right now" as the only work goal', () => {
    const result = scoreAnswers(definition, { 'help-with': ['housing'], 'work-help': ['not-now'] }, 'en');
    expect(result.workGoals).to.deep.equal(['not-now']);
    expect(result.needAreas.some((n) => n.id === 'work')).to.equal(false);
  });

  it('fills status, work goals, loneliness and preferences', () => {
    const result = scoreAnswers(
      definition,
      {
        'help-with': ['arts-creativity'],
        loneliness: 'occasionally',
        'work-situation': 'studying',
        'work-help': ['volunteer'],
        'take-part': ['group', 'one-to-one', 'online', 'in-person'],
        days: ['sat', 'mon'],
        times: ['evening'],
        distance: 'up-to-5',
      },
      'en',
    );
    expect(result.employmentStatus).to.equal('studying');
    expect(result.workGoals).to.deep.equal(['volunteer']);
    expect(result.loneliness).to.equal('occasionally');
    // Option order, not click order.
    expect(result.preferences).to.deep.equal({ modes: ['in-person', 'online'], group: 'either', days: ['mon', 'sat'], times: ['evening'], maxMiles: 5 });
  });

  it('asks the work questions only where they fit, and fills them in', () => {
    const offSick = scoreAnswers(definition, {
      'work-situation': 'off-sick', 'fit-note': 'yes', 'work-affecting-health': 'a-little', 'time-since-paid-work': 'never',
      'work-help': ['stay-or-return'], 'work-confidence': 3,
    }, 'en');
    expect(offSick).to.deep.include({ employmentStatus: 'off-sick', fitNote: 'yes', workAffectingHealth: 'a-little', workConfidence: 3 });
    expect('timeSincePaidWork' in offSick, 'someone off sick has a job: the question is not asked').to.equal(false);

    const looking = scoreAnswers(definition, {
      'work-situation': 'looking-for-work', 'time-since-paid-work': '1-to-2-years', 'fit-note': 'yes', 'work-affecting-health': 'yes',
      'work-help': ['not-now'], 'work-confidence': 8,
    }, 'en');
    expect(looking.timeSincePaidWork).to.equal('1-to-2-years');
    expect(looking, 'not asked of someone looking for work, or of someone who said "not right now"').not.to.have.any.keys('fitNote', 'workAffectingHealth', 'workConfidence');
  });

  it('records "I prefer not to say" as said, and a skipped work question as nothing', () => {
    const declined = scoreAnswers(definition, { 'work-situation': 'working', 'work-affecting-health': 'prefer-not-to-say' }, 'en');
    expect(declined.workAffectingHealth).to.equal('prefer-not-to-say');
    const skipped = scoreAnswers(definition, { 'work-situation': 'caring', 'work-help': ['volunteer'] }, 'en');
    expect(skipped).not.to.have.any.keys('timeSincePaidWork', 'workConfidence');
    expect(GoalsResult.safeParse(declined).success).to.equal(true);
  });

  it('fills the access needs the finder can filter on, and only those', () => {
    const result = scoreAnswers(definition, { easier: ['step-free', 'quiet', 'hearing'] }, 'en');
    expect(result.preferences.access).to.deep.equal(['step-free']);
    expect(scoreAnswers(definition, { easier: ['quiet'] }, 'en').preferences).not.to.have.property('access');
  });

  it('leaves out what was not said', () => {
    const result = scoreAnswers(definition, { 'help-with': ['housing'], distance: 'any', 'take-part': ['phone'] }, 'en');
    expect(result).to.not.have.property('employmentStatus');
    expect(result).to.not.have.property('loneliness');
    expect(result).to.not.have.property('wellbeing');
    expect(result.preferences).to.deep.equal({ modes: ['phone'], days: [], times: [] });
  });

  it('reports each ONS4 item on its own, only when the person agreed to answer', () => {
    const answers = { 'help-with': ['housing'], wellbeing: true, 'life-satisfaction': 0, worthwhile: 10, anxiety: 7 };
    expect(scoreAnswers(definition, answers, 'en').wellbeing).to.deep.equal({ lifeSatisfaction: 0, worthwhile: 10, anxiety: 7 });
    expect(scoreAnswers(definition, { ...answers, wellbeing: false }, 'en')).to.not.have.property('wellbeing');
  });

  it('keeps every answer with the question as asked and the answer as shown', () => {
    const result = scoreAnswers(definition, { 'help-with': ['housing', 'something-else'], 'something-else': '  my cat  ', wellbeing: true, happiness: 3 }, 'en');
    expect(result.answers).to.deep.equal([
      { questionId: 'help-with', question: 'What would you like help with?', value: ['housing', 'something-else'], display: 'Housing, Something else' },
      { questionId: 'something-else', question: 'What else would you like help with?', value: 'my cat', display: 'my cat' },
      { questionId: 'wellbeing', question: 'Would you like to answer 4 questions about how you feel?', value: true, display: 'Yes' },
      { questionId: 'happiness', question: 'Overall, how happy did you feel yesterday?', value: 3, display: '3' },
    ]);
  });

  it('gives the same result for the same answers', () => {
    const answers = { 'help-with': ['housing', 'loneliness'], loneliness: 'often-always', 'work-help': ['find-work'] };
    expect(scoreAnswers(definition, answers, 'en')).to.deep.equal(scoreAnswers(definition, answers, 'en'));
  });
});

describe("scoring a service's own questionnaire", () => {
  const parsed = parseQuestionnaire(aCustomQuestionnaire());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const definition = parsed.value;

  it('uses its weights, reasons and fills, in the person’s language', () => {
    const result = scoreAnswers(definition, { garden: 'yes-please', company: ['group', 'in-person'], safe: true, mood: 6 }, 'cy');
    expect(result.needAreas).to.deep.equal([
      { id: 'nature-outdoors', score: 4, reasons: ['You would like to grow things'] },
      { id: 'loneliness', score: 1, reasons: ['You said: With other people'] },
    ]);
    expect(result.preferences.modes).to.deep.equal(['in-person']);
    expect(result.preferences.group).to.equal('group');
    expect(result.answers[0]).to.deep.equal({ questionId: 'garden', question: 'Hoffech chi dyfu pethau?', value: 'yes-please', display: 'Ie, os gwelwch yn dda' });
    expect(result.crisis).to.equal(false);
  });

  it('flags crisis from a "no" that is marked crisis', () => {
    expect(scoreAnswers(definition, { garden: 'no-thanks', safe: false }, 'en').crisis).to.equal(true);
  });
});

describe('scoring the work questions a service asks', () => {
  // The default set asks these once its wording moves to codes (issue 16, part B); a service's
  // own set can ask them now, each optional, each shown only when it applies.
  const parsed = parseQuestionnaire({
    id: 'work-2026',
    pages: [
      { id: 'status', questions: [{ kind: 'single', id: 'status', fills: 'employment-status', optional: true, question: 'Your work situation', options: [{ value: 'off-sick', label: 'Off sick' }, { value: 'working', label: 'Working' }, { value: 'looking-for-work', label: 'Looking' }] }] },
      { id: 'since', showIf: { question: 'status', anyOf: ['looking-for-work'] }, questions: [{ kind: 'single', id: 'since', fills: 'time-since-paid-work', optional: true, question: 'Since last paid work', options: [{ value: '1-to-2-years', label: '1 to 2 years' }, { value: 'never', label: 'Never' }] }] },
      { id: 'fit', showIf: { question: 'status', anyOf: ['off-sick'] }, questions: [{ kind: 'single', id: 'fit', fills: 'fit-note', optional: true, question: 'Fit note?', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'not-sure', label: 'Not sure' }] }] },
      { id: 'health', showIf: { question: 'status', anyOf: ['working', 'off-sick'] }, questions: [{ kind: 'single', id: 'health', fills: 'work-affecting-health', optional: true, question: 'Is your work affecting your health?', options: [{ value: 'yes', label: 'Yes' }, { value: 'a-little', label: 'A little' }, { value: 'no', label: 'No' }] }] },
      { id: 'confidence', questions: [{ kind: 'scale', id: 'confidence', fills: 'work-confidence', optional: true, question: 'How confident do you feel about work, learning or volunteering?', minLabel: 'Not at all', maxLabel: 'Very' }] },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const definition = parsed.value;

  it('fills each work answer into the result', () => {
    const result = scoreAnswers(definition, { status: 'off-sick', fit: 'yes', health: 'a-little', confidence: 0 }, 'en');
    expect(result).to.deep.include({ employmentStatus: 'off-sick', fitNote: 'yes', workAffectingHealth: 'a-little', workConfidence: 0 });
    expect('timeSincePaidWork' in result).to.equal(false);
  });

  it('fills only what was asked and answered: a hidden question counts for nothing', () => {
    const result = scoreAnswers(definition, { status: 'looking-for-work', since: 'never', fit: 'yes' }, 'en');
    expect(result.timeSincePaidWork).to.equal('never');
    expect('fitNote' in result, 'the fit note question was not shown').to.equal(false);
    expect('workConfidence' in result).to.equal(false);
    expect(scoreAnswers(definition, {}, 'en')).not.to.have.any.keys('employmentStatus', 'timeSincePaidWork', 'fitNote', 'workAffectingHealth', 'workConfidence');
  });

  it("refuses a work question whose options are not the fill's values", () => {
    const bad = parseQuestionnaire({ id: 'x', pages: [{ id: 'fit', questions: [{ kind: 'single', id: 'fit', fills: 'fit-note', question: 'Fit note?', options: [{ value: 'maybe', label: 'Maybe' }] }] }] });
    expect(bad.ok).to.equal(false);
  });
});
