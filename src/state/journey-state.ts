import type { Activity } from '../core/model/activity.ts';
import type { GoalsResult } from '../core/model/goals.ts';

export const JOURNEY_STEPS = ['goals', 'suggestions', 'plan', 'request-call', 'confirmation'] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/** Everything a person has told the journey so far. Nothing here is stored unless they choose. */
export interface JourneyState {
  step: JourneyStep;
  goals?: GoalsResult;
  /** The activities they chose, kept whole so the plan can show them without another request. */
  plan: Activity[];
  /** The goals questionnaire's raw answers, so going back to it shows what they chose. */
  goalsAnswers?: Record<string, unknown>;
  /** True when a volunteer or relative is filling it in with the person (kiosk's switch). */
  assisted: boolean;
}

export function initialJourneyState(): JourneyState {
  return { step: 'goals', plan: [], assisted: false };
}

export function stepNumber(step: JourneyStep): number {
  return JOURNEY_STEPS.indexOf(step) + 1;
}

export function withGoals(state: JourneyState, goals: GoalsResult): JourneyState {
  return { ...state, goals };
}

export function addToPlan(state: JourneyState, activity: Activity): JourneyState {
  if (state.plan.some((a) => a.id === activity.id)) return state;
  return { ...state, plan: [...state.plan, activity] };
}

export function removeFromPlan(state: JourneyState, activityId: string): JourneyState {
  return state.plan.some((a) => a.id === activityId) ? { ...state, plan: state.plan.filter((a) => a.id !== activityId) } : state;
}

/** Keeps the plan in step with a list of ids (from the finder), using known activities for new ones. */
export function planFromIds(state: JourneyState, ids: readonly string[], known: (id: string) => Activity | undefined): JourneyState {
  const kept = state.plan.filter((a) => ids.includes(a.id));
  const added = ids.filter((id) => !kept.some((a) => a.id === id)).map(known).filter((a): a is Activity => a !== undefined);
  return { ...state, plan: [...kept, ...added] };
}

export function goTo(state: JourneyState, step: JourneyStep): JourneyState {
  return state.step === step ? state : { ...state, step };
}

/**
 * Where the browser's Back or Forward takes the journey: the step its entry showed, or the first
 * for an entry from an earlier session. A confirmation is never shown again from history: its
 * form has forgotten the person, so it would show an empty form under "Request sent".
 */
export function visitStep(state: JourneyState, mark: string | undefined): JourneyState {
  if (mark === undefined) return goTo(state, JOURNEY_STEPS[0]);
  const step = JOURNEY_STEPS.find((s) => s === mark);
  return step && step !== 'confirmation' ? goTo(state, step) : state;
}
