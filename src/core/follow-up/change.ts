import type { Baseline, FollowUp } from '../model/follow-up.ts';
import { LONELINESS_ANSWERS, type Loneliness } from '../vocabulary/lists.ts';

// "Then and now": each baseline measure beside the same question asked again, one at a time and
// never added up (ONS4 is reported item by item). The widget shows it to the person; the inbox's
// report counts it. Pure, so both agree.

export const MEASURES = ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety', 'loneliness', 'workConfidence'] as const;
export type Measure = (typeof MEASURES)[number];

/** Anxiety is the one ONS4 item where lower is better; loneliness is better towards "never". */
export const LOWER_IS_BETTER: ReadonlySet<Measure> = new Set(['anxiety', 'loneliness']);

/** The scale's ends: 0 to 10, or loneliness as 0 (often or always) to 4 (never). */
export const SCALE_MAX: Record<Measure, number> = { lifeSatisfaction: 10, worthwhile: 10, happiness: 10, anxiety: 10, loneliness: 4, workConfidence: 10 };

/** Loneliness as a number, 4 for often or always down to 0 for never, so more is lonelier as with anxiety. */
export const lonelinessScore = (l: Loneliness): number => LONELINESS_ANSWERS.length - 1 - LONELINESS_ANSWERS.indexOf(l);

export interface MeasureChange {
  measure: Measure;
  then: number;
  now: number;
  /** now − then, on the measure's own scale. */
  change: number;
  /** Moved the good way (down for anxiety and loneliness). */
  improved: boolean;
}

type Scores = Partial<Record<Measure, number>>;

export function scoresOf(m: Pick<Baseline, 'wellbeing' | 'loneliness' | 'workConfidence'>): Scores {
  const w = m.wellbeing ?? {};
  const out: Scores = {};
  for (const key of ['lifeSatisfaction', 'worthwhile', 'happiness', 'anxiety'] as const) if (w[key] !== undefined) out[key] = w[key];
  if (m.loneliness) out.loneliness = lonelinessScore(m.loneliness);
  if (m.workConfidence !== undefined) out.workConfidence = m.workConfidence;
  return out;
}

/** Every measure answered both times, in a fixed order; one answered once is left out, never guessed. */
export function changesBetween(then: Scores, now: Scores): MeasureChange[] {
  return MEASURES.flatMap((measure) => {
    const a = then[measure];
    const b = now[measure];
    if (a === undefined || b === undefined) return [];
    const change = b - a;
    return [{ measure, then: a, now: b, change, improved: LOWER_IS_BETTER.has(measure) ? change < 0 : change > 0 }];
  });
}

/** The check-in against its baseline. */
export function followUpChanges(baseline: Baseline, followUp: Pick<FollowUp, 'wellbeing' | 'loneliness' | 'workConfidence'>): MeasureChange[] {
  return changesBetween(scoresOf(baseline), scoresOf(followUp));
}

/**
 * Whether a score now is low enough that urgent help should be shown with it (ONS thresholds for
 * "low": life satisfaction, worthwhile and happiness 0 to 4; anxiety "high" 6 to 10), or the person
 * feels lonely often or always.
 */
export function isLowNow(f: Pick<FollowUp, 'wellbeing' | 'loneliness'>): boolean {
  const w = f.wellbeing ?? {};
  return [w.lifeSatisfaction, w.worthwhile, w.happiness].some((v) => v !== undefined && v <= 4) || (w.anxiety !== undefined && w.anxiety >= 6) || f.loneliness === 'often-always';
}
