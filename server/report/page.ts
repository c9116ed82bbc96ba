import { CHANNELS, ROUTES, WORK_ROWS, type Breakdown, type GroupReport } from '../../src/core/report/outcomes.ts';
import { EMPLOYMENT_STATUSES } from '../../src/core/model/goals.ts';
import { SMALL_COUNT } from '../../src/core/report/small-counts.ts';
import { html, type Html } from '../staff/html.ts';
import { button, choices, errorFor, textInput, type FieldError } from '../staff/pages/form.ts';
import { page, type Viewer } from '../staff/pages/layout.ts';
import { dataTable } from '../staff/pages/table.ts';
import { dateOnly } from '../staff/words.ts';
import { CHANNEL_NAMES, MEASURE_NAMES, ROUTE_NAMES, STEP_NAMES, WORK_SITUATION_NAMES, countText, groupName, statText } from './words.ts';

export interface ReportForm {
  from: string;
  to: string;
  by: Breakdown;
}

const BY_CHOICES = [
  { value: 'none', label: 'Everyone together' },
  { value: 'need-area', label: 'Need area', hint: 'A person counts under each need area they chose.' },
  { value: 'district', label: 'Postcode district', hint: 'The first part of the postcode, like AV1.' },
];

const query = (f: ReportForm) => new URLSearchParams({ from: f.from, to: f.to, by: f.by }).toString();

/** A report table: numbers right-aligned, the caption shown, each row named by its first cell. */
const numbers = <Row>(caption: string, first: string, name: (row: Row) => string, rows: readonly Row[], columns: readonly { name: string; cell: (row: Row) => string }[]): Html =>
  dataTable({
    caption,
    showCaption: true,
    numbers: true,
    rows,
    columns: [{ heading: first, cell: name }, ...columns.map((c) => ({ heading: c.name, numeric: true, cell: c.cell }))],
  });

/** A table with the group in its first column, one row per group. */
function byGroup(caption: string, groups: readonly GroupReport[], columns: readonly { name: string; cell: (g: GroupReport) => string }[]): Html {
  return numbers(caption, 'Who', (g) => groupName(g.group), groups, columns);
}

function measuresTable(g: GroupReport, broken: boolean): Html {
  return numbers(broken ? groupName(g.group) : 'Each measure, then and now', 'Measure', (m) => MEASURE_NAMES[m.measure], g.measures, [
    { name: 'People', cell: (m) => countText(m.n) },
    { name: 'Mean then', cell: (m) => statText(m.meanThen, 'mean') },
    { name: 'Mean now', cell: (m) => statText(m.meanNow, 'mean') },
    { name: 'Mean change', cell: (m) => statText(m.meanChange, 'change') },
    { name: 'Improved', cell: (m) => statText(m.shareImproved, 'share') },
  ]);
}

function stepsTable(g: GroupReport, broken: boolean): Html {
  return numbers(
    broken ? groupName(g.group) : 'Steps towards work since the referral, by the route chosen then',
    'Step',
    (s) => STEP_NAMES[s],
    WORK_ROWS,
    ROUTES.map((r) => ({ name: ROUTE_NAMES[r], cell: (s: (typeof WORK_ROWS)[number]) => countText(g.workSteps[s][r]) })),
  );
}

function workSituationTable(g: GroupReport, broken: boolean): Html {
  const w = g.workSituation;
  const caption = `${broken ? groupName(g.group) : 'Work situation at referral and at the check-in'} (people who said both times: ${countText(w.n)})`;
  return numbers(caption, 'Work situation', (st) => WORK_SITUATION_NAMES[st], EMPLOYMENT_STATUSES, [
    { name: 'At referral', cell: (st) => countText(w.then[st]) },
    { name: 'At the check-in', cell: (st) => countText(w.now[st]) },
  ]);
}

function sections(groups: readonly GroupReport[], broken: boolean): Html {
  return html`
    <h2 class="heading-m">Take-up</h2>
    ${byGroup('From referral to going to an activity', groups, [
      { name: 'Referred', cell: (g) => countText(g.funnel.referred) },
      { name: 'Contacted', cell: (g) => countText(g.funnel.contacted) },
      { name: 'Accepted', cell: (g) => countText(g.funnel.accepted) },
      { name: 'Answered a check-in', cell: (g) => countText(g.funnel.checkedIn) },
      { name: 'Went to an activity', cell: (g) => countText(g.funnel.went) },
    ])}
    <p class="hint">"Went to an activity" is known only for people who answered a check-in.</p>
    <h2 class="heading-m">Where referrals came from</h2>
    ${byGroup('Referrals by how they came', groups, CHANNELS.map((ch) => ({ name: CHANNEL_NAMES[ch], cell: (g: GroupReport) => countText(g.sources[ch]) })))}
    <h2 class="heading-m">Then and now</h2>
    <p>For people who answered a check-in: each measure on its own (they are never added up), for those who answered it both times. "Improved" is the share whose answer moved the good way: down for anxiety and loneliness, up for the others.</p>
    ${groups.map((g) => measuresTable(g, broken))}
    <h2 class="heading-m">Steps towards work</h2>
    <p>Steps people said they took since the referral, counted by the route towards work they chose then: direct (help to find or keep work) or indirect (confidence, volunteering, learning).</p>
    ${groups.map((g) => stepsTable(g, broken))}
    <h3 class="heading-s">Work situation, then and now</h3>
    <p>The same question at referral and at the check-in, for people who answered it both times.</p>
    ${groups.map((g) => workSituationTable(g, broken))}
    <h2 class="heading-m">Nothing in their plan</h2>
    ${byGroup('Referrals with no activity in their plan', groups, [{ name: 'Referrals', cell: (g) => countText(g.nothingInPlan) }])}
    <p class="hint">People who asked for a call without choosing an activity: often a sign that nothing suitable was in reach. Not known once a referral's details are removed.</p>`;
}

/** `/inbox/report`: counts only, never a name; every count under 5 as "fewer than 5". */
export function reportPage({ viewer, form, groups, errors = [] }: { viewer: Viewer; form: ReportForm; groups: readonly GroupReport[] | undefined; errors?: readonly FieldError[] }): Html {
  const body = groups
    ? html`
      <p>Referrals received from ${dateOnly(form.from)} to ${dateOnly(form.to)}. <a href="/inbox/report.csv?${query(form)}" download>Download this report as CSV</a></p>
      <div class="inset"><p>To keep people from being recognised, every count under ${SMALL_COUNT} shows as "fewer than ${SMALL_COUNT}", and a mean or share from fewer than ${SMALL_COUNT} people is not shown. Where counts add up to a total, another count may also be not shown, so that a small one cannot be worked out from the total. No names are in this report.</p></div>
      ${groups.length ? sections(groups, form.by !== 'none') : html`<p class="body-l">No referrals were received in these dates.</p>`}`
    : '';
  return page({
    title: 'Report',
    viewer,
    section: 'report',
    wide: true,
    errors,
    body: html`
      <h1 class="heading-l">Report</h1>
      <form method="get" action="/inbox/report" class="filters" novalidate>
        ${textInput({ id: 'from', label: 'From', hint: 'For example, 2026-01-31', value: form.from, width: 10, error: errorFor(errors, 'from') })}
        ${textInput({ id: 'to', label: 'To', hint: 'For example, 2026-12-31', value: form.to, width: 10, error: errorFor(errors, 'to') })}
        ${choices({ id: 'by', legend: 'Break it down by', legendSize: 's', small: true, value: form.by, choices: BY_CHOICES })}
        <div class="filters__actions">${button('Show the report', { secondary: true })}</div>
      </form>
      ${body}`,
  });
}
