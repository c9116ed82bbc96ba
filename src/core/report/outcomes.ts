import { changesBetween, MEASURES, type Measure } from '../follow-up/change.ts';
import { EMPLOYMENT_STATUSES, WORK_STEPS, type EmploymentStatus, type WorkStep } from '../vocabulary/lists.ts';
import { count, countEach, partsOfTotal, statistic, type Shown } from './small-counts.ts';

// What the service sees of what worked (issue 19, part D): the take-up funnel, where referrals
// came from, each measure then and now, steps towards work by route, and referrals that found
// nothing to add to their plan; all of it overall, by need area or by postcode district, with
// small counts suppressed. Pure: the inbox reads anonymous facts (never names) and calls this.

export const CHANNELS = ['online', 'assisted', 'kiosk', 'fhir'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ROUTES = ['direct', 'indirect', 'none'] as const;
export type Route = (typeof ROUTES)[number];

/** One referral, as anonymous facts. */
export interface ReportCase {
  channel: Channel;
  needAreas: readonly string[];
  /** The route towards work they chose at referral; 'none' when they did not. */
  route: Route;
  /** Outward code ("AV1") or undefined when not known. */
  district: string | undefined;
  contacted: boolean;
  accepted: boolean;
  /** Undefined once the details are removed (the plan went with them). */
  planEmpty: boolean | undefined;
  followUp?: {
    then: Partial<Record<Measure, number>>;
    now: Partial<Record<Measure, number>>;
    workSteps: readonly WorkStep[];
    activities: readonly { went: boolean }[];
    /** The work situation at referral and at the check-in, when given. */
    workThen?: EmploymentStatus;
    workNow?: EmploymentStatus;
    /** Said at the check-in they would like help with work now. */
    wantsHelp?: boolean;
  };
}

/** The rows of the work table: each step, and wanting help with work now, counted by route. */
export const WORK_ROWS = ['checked-in', ...WORK_STEPS, 'wants-help'] as const;
export type WorkRow = (typeof WORK_ROWS)[number];

export const BREAKDOWNS = ['none', 'need-area', 'district'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The group everyone is in when nothing is broken down, and the district of those with none. */
export const ALL = 'all';
export const NOT_KNOWN = 'not-known';

export interface MeasureRow {
  measure: Measure;
  /** People who answered it both times. */
  n: Shown;
  meanThen: Shown;
  meanNow: Shown;
  meanChange: Shown;
  /** 0 to 1: moved the good way (down for anxiety and loneliness). */
  shareImproved: Shown;
}

export interface GroupReport {
  group: string;
  funnel: { referred: Shown; contacted: Shown; accepted: Shown; checkedIn: Shown; went: Shown };
  sources: Record<Channel, Shown>;
  measures: MeasureRow[];
  /** Check-ins reporting each step (and wanting help with work now), by the route chosen at referral. */
  workSteps: Record<WorkRow, Record<Route, Shown>>;
  /** The work situation then and now, of check-ins that gave it both times. */
  workSituation: { n: Shown; then: Record<EmploymentStatus, Shown>; now: Record<EmploymentStatus, Shown> };
  /** Referrals with nothing in their plan (details not removed yet). */
  nothingInPlan: Shown;
}

const groupsOf = (c: ReportCase, by: Breakdown): readonly string[] =>
  by === 'need-area' ? c.needAreas : by === 'district' ? [c.district ?? NOT_KNOWN] : [ALL];

/** A count for each key, in the keys' order (the order `partsOfTotal` breaks ties by). */
const countsBy = <K extends string>(keys: readonly K[], countOf: (key: K) => number) => Object.fromEntries(keys.map((k) => [k, countOf(k)])) as Record<K, number>;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

function measureRows(cases: readonly ReportCase[]): MeasureRow[] {
  const changes = cases.flatMap((c) => (c.followUp ? changesBetween(c.followUp.then, c.followUp.now) : []));
  return MEASURES.map((measure) => {
    const rows = changes.filter((ch) => ch.measure === measure);
    const n = rows.length;
    return {
      measure,
      n: count(n),
      meanThen: statistic(n, mean(rows.map((r) => r.then))),
      meanNow: statistic(n, mean(rows.map((r) => r.now))),
      meanChange: statistic(n, mean(rows.map((r) => r.change))),
      shareImproved: statistic(n, rows.filter((r) => r.improved).length / (n || 1)),
    };
  });
}

function workSituation(checkedIn: readonly ReportCase[]): GroupReport['workSituation'] {
  const both = checkedIn.flatMap((c) => (c.followUp?.workThen && c.followUp.workNow ? [{ then: c.followUp.workThen, now: c.followUp.workNow }] : []));
  const tally = (when: 'then' | 'now') => partsOfTotal(countsBy(EMPLOYMENT_STATUSES, (s) => both.filter((b) => b[when] === s).length));
  return { n: count(both.length), then: tally('then'), now: tally('now') };
}

function groupReport(group: string, cases: readonly ReportCase[]): GroupReport {
  const checkedIn = cases.filter((c) => c.followUp);
  const routeCounts = (pick: (c: ReportCase) => boolean) => countsBy(ROUTES, (r) => checkedIn.filter((c) => c.route === r && pick(c)).length);
  const byRoute = (pick: (c: ReportCase) => boolean) => countEach(routeCounts(pick));
  return {
    group,
    funnel: {
      referred: count(cases.length),
      contacted: count(cases.filter((c) => c.contacted).length),
      accepted: count(cases.filter((c) => c.accepted).length),
      checkedIn: count(checkedIn.length),
      went: count(checkedIn.filter((c) => c.followUp!.activities.some((a) => a.went)).length),
    },
    // Each referral has one source and each check-in one route: they add up to the funnel's totals.
    sources: partsOfTotal(countsBy(CHANNELS, (ch) => cases.filter((c) => c.channel === ch).length)),
    measures: measureRows(cases),
    workSteps: {
      'checked-in': partsOfTotal(routeCounts(() => true)),
      ...(Object.fromEntries(WORK_STEPS.map((s) => [s, byRoute((c) => c.followUp!.workSteps.includes(s))])) as Record<WorkStep, Record<Route, Shown>>),
      'wants-help': byRoute((c) => c.followUp!.wantsHelp === true),
    },
    workSituation: workSituation(checkedIn),
    nothingInPlan: count(cases.filter((c) => c.planEmpty === true).length),
  };
}

/**
 * The report (no groups when there are no referrals): one group for everyone, or one per need area (a person counts under each need area
 * they chose) or per district, in order of name (a district not known last).
 */
export function outcomeReport(cases: readonly ReportCase[], by: Breakdown): GroupReport[] {
  const groups = new Map<string, ReportCase[]>();
  if (by === 'none' && cases.length) groups.set(ALL, [...cases]);
  for (const c of by === 'none' ? [] : cases) for (const g of groupsOf(c, by)) groups.set(g, [...(groups.get(g) ?? []), c]);
  return [...groups]
    // By name, never by size: an order by size would tell how big the suppressed groups are.
    .sort(([a], [b]) => (a === NOT_KNOWN ? 1 : b === NOT_KNOWN ? -1 : a.localeCompare(b)))
    .map(([group, list]) => groupReport(group, list));
}
