import type { Day, TimeOfDay } from '../model/common.ts';
import type { TakePartMode } from '../model/activity.ts';
import type { NeedAreaId } from '../model/need-area.ts';
import type {
  EmploymentStatus,
  FitNoteAnswer,
  GoalsResult,
  Loneliness,
  Ons4,
  Preferences,
  RankedNeed,
  RecordedAnswer,
  TimeSincePaidWork,
  WorkGoal,
  WorkHealthAnswer,
  WorkPathwayChoice,
} from '../model/goals.ts';
import { ACCESS_FEATURES, TAKE_PART_MODES, type AccessFeature } from '../vocabulary/lists.ts';
import { localText } from '../text/local-text.ts';
import type { Fills, Question, QuestionnaireDefinition } from './definition.ts';
import { ENGLISH_ANSWER_WORDS, answerOf, chosenOptions, displayAnswer, optionLabel, type AnswerWords, type Answers, type ChosenOption } from './answers.ts';
import { visibleQuestions } from './flow.ts';
import { answersSignalCrisis } from './crisis.ts';

interface Tally {
  id: NeedAreaId;
  score: number;
  reasons: string[];
  /** When the first evidence for this area came: ties go to what was asked first. */
  first: number;
}

const ONS4_FILLS: Partial<Record<Fills, keyof Ons4>> = {
  'life-satisfaction': 'lifeSatisfaction',
  worthwhile: 'worthwhile',
  happiness: 'happiness',
  anxiety: 'anxiety',
};

function reasonFor(option: ChosenOption, locale: string, words: AnswerWords): string {
  return localText(option.reason, locale) ?? words.youSaid(optionLabel(option, locale, words));
}

/**
 * "Not right now" (an option whose work pathway is `none`, or the `not-now` work goal) is
 * respected everywhere: no work pathway and no weight on the work need area, whatever else was said.
 */
function saysNotNowToWork(questions: Question[], answers: Answers): boolean {
  return questions.some((q) => {
    const chosen = chosenOptions(q, answers);
    return chosen.some((o) => o.workPathway === 'none') || (q.fills === 'work-goals' && chosen.some((o) => o.value === 'not-now'));
  });
}

function rankNeeds(questions: Question[], answers: Answers, notNow: boolean, locale: string, words: AnswerWords): RankedNeed[] {
  const tallies = new Map<NeedAreaId, Tally>();
  let order = 0;
  for (const question of questions) {
    for (const option of chosenOptions(question, answers)) {
      for (const [area, weight] of Object.entries(option.weights ?? {}) as [NeedAreaId, number][]) {
        if (!(weight > 0) || (notNow && area === 'work')) continue;
        const tally = tallies.get(area) ?? { id: area, score: 0, reasons: [], first: order++ };
        tally.score += weight;
        const reason = reasonFor(option, locale, words);
        if (!tally.reasons.includes(reason)) tally.reasons.push(reason);
        tallies.set(area, tally);
      }
    }
  }
  return [...tallies.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ id, score, reasons }) => ({ id, score, reasons }));
}

function workPathwayOf(questions: Question[], answers: Answers, notNow: boolean): WorkPathwayChoice {
  if (notNow) return 'none';
  const pathways = questions.flatMap((q) => chosenOptions(q, answers).map((o) => o.workPathway));
  if (pathways.includes('direct')) return 'direct';
  if (pathways.includes('indirect')) return 'indirect';
  return 'none';
}

function valuesOf(question: Question, answers: Answers): string[] {
  const answer = answerOf(question, answers);
  if (Array.isArray(answer)) return answer;
  return typeof answer === 'string' ? [answer] : [];
}

/** Everything filled by `fills`: the person's situation, preferences and wellbeing scores. */
function filledIn(questions: Question[], answers: Answers, notNow: boolean) {
  const out: {
    loneliness?: Loneliness;
    employmentStatus?: EmploymentStatus;
    timeSincePaidWork?: TimeSincePaidWork;
    fitNote?: FitNoteAnswer;
    workAffectingHealth?: WorkHealthAnswer;
    workConfidence?: number;
    workGoals: WorkGoal[];
    preferences: Preferences;
    wellbeing?: Ons4;
  } = { workGoals: [], preferences: { modes: [], days: [], times: [] } };
  const { preferences } = out;

  for (const question of questions) {
    const values = valuesOf(question, answers);
    switch (question.fills) {
      case 'loneliness':
        out.loneliness = values[0] as Loneliness | undefined;
        break;
      case 'employment-status':
        out.employmentStatus = values[0] as EmploymentStatus | undefined;
        break;
      case 'time-since-paid-work':
        out.timeSincePaidWork = values[0] as TimeSincePaidWork | undefined;
        break;
      case 'fit-note':
        out.fitNote = values[0] as FitNoteAnswer | undefined;
        break;
      case 'work-affecting-health':
        out.workAffectingHealth = values[0] as WorkHealthAnswer | undefined;
        break;
      case 'work-confidence': {
        const score = answerOf(question, answers);
        if (typeof score === 'number') out.workConfidence = score;
        break;
      }
      case 'work-goals':
        out.workGoals = values as WorkGoal[];
        break;
      case 'take-part': {
        preferences.modes = values.filter((v): v is TakePartMode => (TAKE_PART_MODES as readonly string[]).includes(v));
        const group = values.includes('group');
        const oneToOne = values.includes('one-to-one');
        if (group || oneToOne) preferences.group = group && oneToOne ? 'either' : group ? 'group' : 'one-to-one';
        break;
      }
      case 'days':
        preferences.days = values as Day[];
        break;
      case 'times':
        preferences.times = values as TimeOfDay[];
        break;
      case 'access-needs': {
        const access = values.filter((v): v is AccessFeature => (ACCESS_FEATURES as readonly string[]).includes(v));
        if (access.length) preferences.access = access;
        break;
      }
      case 'max-miles': {
        const miles = chosenOptions(question, answers)[0]?.miles;
        if (miles !== undefined) preferences.maxMiles = miles;
        break;
      }
      default: {
        const item = question.fills && ONS4_FILLS[question.fills];
        const score = answerOf(question, answers);
        if (item && typeof score === 'number') out.wellbeing = { ...out.wellbeing, [item]: score };
      }
    }
  }
  if (notNow) out.workGoals = ['not-now'];
  return out;
}

function recordAnswers(questions: Question[], answers: Answers, locale: string, words: AnswerWords): RecordedAnswer[] {
  return questions.flatMap((question) => {
    const value = answerOf(question, answers);
    if (value === undefined) return [];
    const display = displayAnswer(question, answers, locale, words);
    return [{ questionId: question.id, question: localText(question.question, locale) ?? question.id, value, ...(display === undefined ? {} : { display }) }];
  });
}

/**
 * Turns answers into the goals result: need areas ranked by weight (ties keep the order of the
 * questions and their options), the work pathway, their situation and preferences, wellbeing scores,
 * the crisis flag, and every answer with its wording. Only questions the person saw count.
 * Pure: the same answers always give the same result.
 */
export function scoreAnswers(
  definition: QuestionnaireDefinition,
  answers: Answers,
  locale: string,
  words: AnswerWords = ENGLISH_ANSWER_WORDS,
): GoalsResult {
  const questions = visibleQuestions(definition, answers);
  const notNow = saysNotNowToWork(questions, answers);
  const filled = filledIn(questions, answers, notNow);
  return {
    needAreas: rankNeeds(questions, answers, notNow, locale, words),
    workPathway: workPathwayOf(questions, answers, notNow),
    ...(filled.employmentStatus ? { employmentStatus: filled.employmentStatus } : {}),
    ...(filled.timeSincePaidWork ? { timeSincePaidWork: filled.timeSincePaidWork } : {}),
    ...(filled.fitNote ? { fitNote: filled.fitNote } : {}),
    ...(filled.workAffectingHealth ? { workAffectingHealth: filled.workAffectingHealth } : {}),
    ...(filled.workConfidence !== undefined ? { workConfidence: filled.workConfidence } : {}),
    workGoals: filled.workGoals,
    preferences: filled.preferences,
    ...(filled.loneliness ? { loneliness: filled.loneliness } : {}),
    ...(filled.wellbeing ? { wellbeing: filled.wellbeing } : {}),
    crisis: answersSignalCrisis(definition, answers),
    answers: recordAnswers(questions, answers, locale, words),
  };
}
