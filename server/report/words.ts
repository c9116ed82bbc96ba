import type { Measure } from '../../src/core/follow-up/change.ts';
import type { Channel, Route, WorkRow } from '../../src/core/report/outcomes.ts';
import type { EmploymentStatus } from '../../src/core/model/goals.ts';
import { ALL, NOT_KNOWN } from '../../src/core/report/outcomes.ts';
import type { Shown } from '../../src/core/report/small-counts.ts';
import { NEED_AREA_NAMES, ONS4_NAMES } from '../staff/words.ts';

// The report's words, shared by the page and the CSV so both say the same.

export const SUPPRESSED = 'fewer than 5';
export const NOT_SHOWN = 'not shown';

export const CHANNEL_NAMES: Record<Channel, string> = {
  online: 'Online, on their own',
  assisted: 'Online, helped by someone',
  kiosk: 'Waiting-room kiosk',
  fhir: 'From a clinical system (FHIR)',
};

export const ROUTE_NAMES: Record<Route, string> = { direct: 'Direct route', indirect: 'Indirect route', none: 'No route chosen' };

export const MEASURE_NAMES: Record<Measure, string> = {
  ...ONS4_NAMES,
  loneliness: 'Lonely (0 never to 4 often or always; lower is better)',
  workConfidence: 'Confident about work, learning or volunteering',
};

export const STEP_NAMES: Record<WorkRow, string> = {
  'checked-in': 'Check-ins answered',
  'volunteering-or-course': 'Started volunteering or a course',
  'updated-cv': 'Updated a CV',
  applied: 'Applied for work',
  interview: 'Had an interview',
  'started-or-returned': 'Started or returned to work',
  'more-hours': 'More hours',
  'wants-help': 'Would like help with work now',
};

/** The referral's own choices, as a manager reads them. */
export const WORK_SITUATION_NAMES: Record<EmploymentStatus, string> = {
  working: 'Working',
  'off-sick': 'Has a job, off sick',
  'looking-for-work': 'Looking for work',
  'unable-health': 'Cannot work because of their health',
  caring: 'Looks after someone',
  studying: 'Studying',
  retired: 'Retired',
  'prefer-not-to-say': 'Preferred not to say',
};

export function groupName(group: string): string {
  if (group === ALL) return 'Everyone';
  if (group === NOT_KNOWN) return 'District not known';
  return (NEED_AREA_NAMES as Record<string, string>)[group] ?? group;
}

/** A count, "fewer than 5", or "not shown" for one withheld so that a small one cannot be worked out. */
export const countText = (s: Shown) => (s.kind === 'suppressed' ? SUPPRESSED : s.kind === 'withheld' ? NOT_SHOWN : String(s.value));

/** A mean, to one decimal place; a change with its sign; a share as a percentage; or "not shown". */
export function statText(s: Shown, as: 'mean' | 'change' | 'share'): string {
  if (s.kind === 'suppressed' || s.kind === 'withheld') return NOT_SHOWN;
  if (as === 'share') return `${Math.round(s.value * 100)}%`;
  const text = s.value.toFixed(1);
  return as === 'change' && s.value > 0 ? `+${text}` : text.replace(/^-/, '−');
}
