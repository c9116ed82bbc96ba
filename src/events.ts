import type { GoalsResult } from './core/model/goals.ts';
import type { Problem } from './core/model/problems.ts';
import type { Activity } from './core/model/activity.ts';
import type { FailureReason } from './core/referral/attempt.ts';

/** `waymark-step`: how far a person has got. Never carries personal data. */
export interface StepDetail {
  /** The element that moved on, e.g. `waymark-goals`. */
  element: string;
  /** A stable step name, e.g. `question:loneliness` or `check-answers`. */
  step: string;
  /** 1-based position of the step. */
  number: number;
}

/**
 * `waymark-gap`: something a person asked for that the directory has nowhere near, so a service can
 * count the gaps in its community ("no employment support near"). Anonymous, like `waymark-step`:
 * no answers, no place, nothing about the person.
 */
export interface GapDetail {
  /** The element that found the gap, e.g. `waymark-finder`. */
  element: string;
  /** What is missing: `work-support` is employment support (a `work-direct` activity) in reach. */
  gap: 'work-support';
}

export interface GoalsCompleteDetail {
  result: GoalsResult;
}

export interface PlanChangeDetail {
  activityIds: string[];
  /** The chosen activities themselves, so a page (or the journey) can show them without a lookup. */
  activities?: Activity[];
}

export interface ReferralSentDetail {
  reference: string;
}

export interface ReferralFailedDetail {
  /** See `FailureReason`: `offline`, `timeout`, `server`, `in-progress`, `conflict` and `redirected` may have arrived. */
  reason: FailureReason;
}

export interface ConfigErrorDetail {
  /** Each problem's path and message (in the page's language), and its code and data. */
  problems: (Problem & { message: string })[];
}

/** Every event Waymark fires, by name. A misspelled name is a compile error. */
export interface WaymarkEventMap {
  'waymark-step': StepDetail;
  'waymark-gap': GapDetail;
  'waymark-goals-complete': GoalsCompleteDetail;
  'waymark-plan-change': PlanChangeDetail;
  'waymark-referral-sent': ReferralSentDetail;
  'waymark-referral-failed': ReferralFailedDetail;
  'waymark-config-error': ConfigErrorDetail;
}

export type WaymarkEvent<K extends keyof WaymarkEventMap> = CustomEvent<WaymarkEventMap[K]>;

/** Fires a bubbling, composed event, so a host page hears it through any shadow root. */
export function emit<K extends keyof WaymarkEventMap>(target: EventTarget, name: K, detail: WaymarkEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

declare global {
  // On the document too: every event bubbles and is composed, so a page (or another element) hears it there.
  interface DocumentEventMap {
    'waymark-step': WaymarkEvent<'waymark-step'>;
    'waymark-goals-complete': WaymarkEvent<'waymark-goals-complete'>;
    'waymark-plan-change': WaymarkEvent<'waymark-plan-change'>;
    'waymark-referral-sent': WaymarkEvent<'waymark-referral-sent'>;
    'waymark-referral-failed': WaymarkEvent<'waymark-referral-failed'>;
    'waymark-config-error': WaymarkEvent<'waymark-config-error'>;
  }
  interface HTMLElementEventMap {
    'waymark-step': WaymarkEvent<'waymark-step'>;
    'waymark-gap': WaymarkEvent<'waymark-gap'>;
    'waymark-goals-complete': WaymarkEvent<'waymark-goals-complete'>;
    'waymark-plan-change': WaymarkEvent<'waymark-plan-change'>;
    'waymark-referral-sent': WaymarkEvent<'waymark-referral-sent'>;
    'waymark-referral-failed': WaymarkEvent<'waymark-referral-failed'>;
    'waymark-config-error': WaymarkEvent<'waymark-config-error'>;
  }
}
