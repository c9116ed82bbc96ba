// The rules of check-in links, as plain functions of a clock, so tests move time instead of waiting.

const DAY_MS = 24 * 60 * 60 * 1000;

/** When to ask again: `afterWeeks` after the inbox received the referral (the person was told "about N weeks"). */
export function checkInDueAt(receivedAt: Date, afterWeeks: number): Date {
  return new Date(receivedAt.getTime() + afterWeeks * 7 * DAY_MS);
}

/** A link works this many days after it is made: long enough for a busy month, short enough to go stale. */
export const LINK_DAYS = 28;

export function linkExpiresAt(issuedAt: Date, days = LINK_DAYS): Date {
  return new Date(issuedAt.getTime() + days * DAY_MS);
}

export interface LinkRow {
  expiresAt: Date;
  usedAt: Date | null;
  /** The check-in that used it: a repeat of the same one gets its reply again. */
  usedBy: string | null;
}

export type LinkState = 'open' | 'expired' | 'used' | 'unknown' | 'replay';

/**
 * What a link's token may do now. Unknown (never made, forged, or replaced by a newer link) and
 * expired and used links store nothing; only the check-in that used a link may send itself again
 * (a retry after a lost reply), and is answered as before.
 */
export function linkState(row: LinkRow | undefined, now: Date, followUpId?: string): LinkState {
  if (!row) return 'unknown';
  if (row.usedAt) return followUpId !== undefined && row.usedBy === followUpId.toLowerCase() ? 'replay' : 'used';
  if (now.getTime() >= row.expiresAt.getTime()) return 'expired';
  return 'open';
}

/** A claimed link with no word from the notifier after this long: the process stopped mid-send. */
export const SEND_STALL_MS = 10 * 60 * 1000;

export interface CheckInRow {
  dueAt: Date;
  issuedAt: Date | null;
  sentAt: Date | null;
  expiresAt: Date | null;
  usedAt: Date | null;
  /** The referral was declined, replaced or its details removed: it is never asked. */
  closed: boolean;
}

export type CheckInState = 'later' | 'due' | 'sending' | 'unsure' | 'sent' | 'expired' | 'answered' | 'not-asked';

/** Where a check-in is, for the staff page: every state a row can be in, from its dates alone. */
export function checkInState(row: CheckInRow, now: Date): CheckInState {
  const t = now.getTime();
  if (row.usedAt) return 'answered';
  if (row.issuedAt) {
    if (!row.sentAt) return t - row.issuedAt.getTime() >= SEND_STALL_MS ? 'unsure' : 'sending';
    return row.expiresAt && t >= row.expiresAt.getTime() ? 'expired' : 'sent';
  }
  if (row.closed) return 'not-asked';
  return row.dueAt.getTime() <= t ? 'due' : 'later';
}
