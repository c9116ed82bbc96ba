// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).
import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './locale-codes.ts';

/**
 * Whose messages: each element declares its own part (`static messages`) and loads it with `common`;
 * `request-call-check-in`, `finder-booklet`, `work-support` are loaded by request-call, finder, check-in only when it may show them.
 */
export type MessagePart = 'common' | 'urgent-help' | 'goals' | 'finder' | 'plan' | 'request-call' | 'journey' | 'check-in' | 'request-call-check-in' | 'finder-booklet' | 'work-support';

/**
 * One chunk per language and part; static specifiers, so the bundler makes each its own file.
 * A part with no chunk (urgent-help) has too few messages of its own: they are in `common`.
 */
export const loaders: Record<(typeof targetLocales)[number], Partial<Record<MessagePart, () => Promise<LocaleModule>>>> = {
  cy: {
    common: () => import('./cy/common.ts'),
    goals: () => import('./cy/goals.ts'),
    finder: () => import('./cy/finder.ts'),
    plan: () => import('./cy/plan.ts'),
    'request-call': () => import('./cy/request-call.ts'),
    journey: () => import('./cy/journey.ts'),
    'check-in': () => import('./cy/check-in.ts'),
    'request-call-check-in': () => import('./cy/request-call-check-in.ts'),
    'finder-booklet': () => import('./cy/finder-booklet.ts'),
    'work-support': () => import('./cy/work-support.ts'),
  },
  pl: {
    common: () => import('./pl/common.ts'),
    goals: () => import('./pl/goals.ts'),
    finder: () => import('./pl/finder.ts'),
    plan: () => import('./pl/plan.ts'),
    'request-call': () => import('./pl/request-call.ts'),
    journey: () => import('./pl/journey.ts'),
    'check-in': () => import('./pl/check-in.ts'),
    'request-call-check-in': () => import('./pl/request-call-check-in.ts'),
    'finder-booklet': () => import('./pl/finder-booklet.ts'),
    'work-support': () => import('./pl/work-support.ts'),
  },
  ur: {
    common: () => import('./ur/common.ts'),
    goals: () => import('./ur/goals.ts'),
    finder: () => import('./ur/finder.ts'),
    plan: () => import('./ur/plan.ts'),
    'request-call': () => import('./ur/request-call.ts'),
    journey: () => import('./ur/journey.ts'),
    'check-in': () => import('./ur/check-in.ts'),
    'request-call-check-in': () => import('./ur/request-call-check-in.ts'),
    'finder-booklet': () => import('./ur/finder-booklet.ts'),
    'work-support': () => import('./ur/work-support.ts'),
  },
  ar: {
    common: () => import('./ar/common.ts'),
    goals: () => import('./ar/goals.ts'),
    finder: () => import('./ar/finder.ts'),
    plan: () => import('./ar/plan.ts'),
    'request-call': () => import('./ar/request-call.ts'),
    journey: () => import('./ar/journey.ts'),
    'check-in': () => import('./ar/check-in.ts'),
    'request-call-check-in': () => import('./ar/request-call-check-in.ts'),
    'finder-booklet': () => import('./ar/finder-booklet.ts'),
    'work-support': () => import('./ar/work-support.ts'),
  },
  bn: {
    common: () => import('./bn/common.ts'),
    goals: () => import('./bn/goals.ts'),
    finder: () => import('./bn/finder.ts'),
    plan: () => import('./bn/plan.ts'),
    'request-call': () => import('./bn/request-call.ts'),
    journey: () => import('./bn/journey.ts'),
    'check-in': () => import('./bn/check-in.ts'),
    'request-call-check-in': () => import('./bn/request-call-check-in.ts'),
    'finder-booklet': () => import('./bn/finder-booklet.ts'),
    'work-support': () => import('./bn/work-support.ts'),
  },
};
