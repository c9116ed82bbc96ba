// Who may do what on the staff screen. One table, read by the route guards and by the header's
// navigation, so a page a role cannot open is never offered to it. Issues 19 and 20 add their
// permissions here (reports for managers, the directory).

export const ROLES = ['linkworker', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** See referrals, assign them, add notes, change their status, export them. */
  'referrals': ['linkworker', 'manager'],
  /** Read the audit log. */
  'audit': ['manager'],
  /** Add staff, disable them, unlock them, reset their passwords. */
  'users': ['manager'],
  /** See check-ins due and sent, and make a check-in's message to send by hand. */
  'check-ins': ['linkworker', 'manager'],
  /** Read what changed for people, in counts only: the report and its CSV. */
  'report': ['manager'],
  /** See the published directory and the listings nobody has checked in six months. */
  'directory': ['linkworker', 'manager'],
  /** Upload a spreadsheet of activities, preview it, publish it, put an earlier version back. */
  'publish-directory': ['manager'],
  /** Read what people said is wrong with the directory's listings. */
  'listing-reports': ['linkworker', 'manager'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
