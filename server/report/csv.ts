import { CHANNELS, ROUTES, WORK_ROWS, type Breakdown, type GroupReport } from '../../src/core/report/outcomes.ts';
import type { Shown } from '../../src/core/report/small-counts.ts';
import { EMPLOYMENT_STATUSES } from '../../src/core/model/goals.ts';
import { csvCell } from '../export/csv-cell.ts';
import { NOT_SHOWN, SUPPRESSED } from './words.ts';

// The report as one tidy CSV: a row per number, so a spreadsheet can pivot it any way. Values are
// plain numbers (a mean change of -0.5 stays a number) or the words "fewer than 5" / "not shown"
// (a statistic of fewer than 5 people, or a count withheld so that a small one cannot be worked out);
// groups are codes (need-area ids, outward codes), so nothing in it is free text.

/** A number as itself (a spreadsheet reads -0.5 as a number, and a number cannot be a formula); text made safe. */
const cell = (v: string) => (/^-?\d+(\.\d+)?$/.test(v) ? v : csvCell(v));
const csvRow = (cells: readonly string[]) => `${cells.map(cell).join(',')}\r\n`;

export const REPORT_CSV_HEADER = ['from', 'to', 'breakdown', 'group', 'section', 'item', 'column', 'value'] as const;

function value(s: Shown, suppressedAs = SUPPRESSED): string {
  if (s.kind === 'suppressed') return suppressedAs;
  if (s.kind === 'withheld') return NOT_SHOWN;
  return Number.isInteger(s.value) ? String(s.value) : s.value.toFixed(3);
}

export function reportCsv(groups: readonly GroupReport[], { from, to, by }: { from: string; to: string; by: Breakdown }): string {
  let out = csvRow(REPORT_CSV_HEADER);
  for (const g of groups) {
    const row = (section: string, item: string, column: string, v: string) => (out += csvRow([from, to, by, g.group, section, item, column, v]));
    for (const [k, s] of Object.entries(g.funnel)) row('take-up', k, 'referrals', value(s));
    for (const ch of CHANNELS) row('source', ch, 'referrals', value(g.sources[ch]));
    for (const m of g.measures) {
      row('measure', m.measure, 'n', value(m.n));
      row('measure', m.measure, 'mean-then', value(m.meanThen, NOT_SHOWN));
      row('measure', m.measure, 'mean-now', value(m.meanNow, NOT_SHOWN));
      row('measure', m.measure, 'mean-change', value(m.meanChange, NOT_SHOWN));
      row('measure', m.measure, 'share-improved', value(m.shareImproved, NOT_SHOWN));
    }
    for (const step of WORK_ROWS) for (const r of ROUTES) row('work-steps', step, r, value(g.workSteps[step][r]));
    row('work-situation', 'answered-both-times', 'referrals', value(g.workSituation.n));
    for (const st of EMPLOYMENT_STATUSES) for (const when of ['then', 'now'] as const) row('work-situation', st, when, value(g.workSituation[when][st]));
    row('nothing-in-plan', 'referrals', 'referrals', value(g.nothingInPlan));
  }
  return out;
}
