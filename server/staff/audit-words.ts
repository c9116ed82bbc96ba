import { DECLINE_REASONS, REFERRAL_STATUSES, type DeclineReason, type ReferralStatus } from '../../src/core/referral/status.ts';
import type { AuditAction, AuditRow } from '../store/audit.ts';
import { DECLINE_REASON_NAMES, ROLE_NAMES, STATUS_NAMES, dateTime, plural } from './words.ts';
import { ROLES, type Role } from './roles.ts';

// What each audit entry says, in plain words, on the audit log and in a referral's history.

const status = (value: unknown) => ((REFERRAL_STATUSES as readonly unknown[]).includes(value) ? STATUS_NAMES[value as ReferralStatus] : String(value));
const reason = (value: unknown) => ((DECLINE_REASONS as readonly unknown[]).includes(value) ? DECLINE_REASON_NAMES[value as DeclineReason] : undefined);
const role = (value: unknown) => ((ROLES as readonly unknown[]).includes(value) ? ROLE_NAMES[value as Role] : String(value));

const count = (n: unknown, one: string, many: string) => plural(Number(n) || 0, one, many);

const EXPORT_NAMES: Record<string, string> = { csv: 'CSV', fhir: 'FHIR' };

type Describe = (row: AuditRow) => string;

const SAY: Record<AuditAction, Describe> = {
  'signed-in': () => 'Signed in',
  'sign-in-failed': (r) => (r.detail.locked ? 'Failed to sign in: locked for 15 minutes' : 'Failed to sign in') + (r.subjectEmail ? ` as ${r.subjectEmail}` : ' (no such account)'),
  'signed-out': () => 'Signed out',
  'viewed-list': (r) => `Viewed the list of referrals${r.detail.filter ? ` (${String(r.detail.filter)})` : ''}`,
  'viewed-referral': () => 'Viewed the referral',
  'viewed-message': () => 'Viewed the message to the referrer',
  assigned: (r) => (r.subjectName ? `Assigned to ${r.subjectName}` : 'Assigned to nobody'),
  'status-changed': (r) => {
    const why = reason(r.detail.reason);
    return `Changed status from ${status(r.detail.from)} to ${status(r.detail.to)}${why ? `: ${why}` : ''}`;
  },
  'note-added': () => 'Added a note',
  exported: (r) => `Exported as ${EXPORT_NAMES[String(r.detail.format)] ?? String(r.detail.format)}`,
  'viewed-audit': () => 'Viewed the audit log',
  'viewed-users': () => 'Viewed the list of users',
  'user-added': (r) => `Added ${r.subjectName ?? 'a user'} as ${role(r.detail.role)}`,
  'user-disabled': (r) => `Disabled ${r.subjectName ?? 'a user'}`,
  'user-enabled': (r) => `Enabled ${r.subjectName ?? 'a user'}`,
  'user-unlocked': (r) => `Unlocked ${r.subjectName ?? 'a user'}`,
  'password-reset': (r) => `Reset the password of ${r.subjectName ?? 'a user'}`,
  'role-changed': (r) => `Made ${r.subjectName ?? 'a user'} ${role(r.detail.role)}`,
  'viewed-check-ins': () => 'Viewed the check-ins',
  'made-check-in-message': (r) => `Made the check-in message to send by ${r.detail.channel === 'text' ? 'text' : 'email'}`,
  'viewed-report': () => 'Viewed the report',
  'exported-report': () => 'Exported the report as CSV',
  'directory-uploaded': (r) => `Uploaded a directory spreadsheet: ${count(r.detail.activities, 'activity', 'activities')} to publish, ${count(r.detail.skippedRows, 'row', 'rows')} left out`,
  'directory-published': (r) => `Published the directory: ${count(r.detail.activities, 'activity', 'activities')}`,
  'directory-restored': (r) => `Put back the directory published on ${r.detail.restoredFromAt ? dateTime(String(r.detail.restoredFromAt)) : 'an earlier date'}: ${count(r.detail.activities, 'activity', 'activities')}`,
  'viewed-listing-reports': () => 'Viewed the listing reports',
  redacted: (r) => `Removed the personal details, ${String(r.detail.retentionDays)} days after it was closed`,
};

export const describeAudit = (row: AuditRow) => (SAY[row.action] ?? ((r: AuditRow) => r.action))(row);
