import type { Db } from '../store/db.ts';
import { claimCheckIn, dueCheckIns, markSent, releaseClaim } from '../store/check-ins.ts';
import { checkInMessage, type CheckInMessage, type MessageSettings } from './message.ts';
import { copyNotifier, type Channel, type Notifier } from './notifier.ts';
import { linkExpiresAt } from './rules.ts';
import { checkInSubject } from './subject.ts';
import { newToken, tokenHash } from './token.ts';

export interface IssueSettings extends MessageSettings {
  /** The page with `<waymark-check-in>`; the token goes in its fragment, which no server or log sees. */
  checkInUrl: string;
  linkDays?: number;
}

export interface IssuedCheckIn {
  reference: string;
  dueAt: string;
  sentBy: Channel | 'copy';
  /** For "copy the message" only: where to send it and what to send. Shown once: the link is not stored. */
  copy?: { channel: Channel; to: string; message: CheckInMessage };
}

/** The link for a token: the token in the fragment, never in the path or query. */
export function checkInLink(checkInUrl: string, token: string): string {
  return `${checkInUrl.replace(/#.*$/, '')}#${token}`;
}

export interface IssueOptions {
  /**
   * Give a message for staff to copy when no notifier can reach the person (default). The timer
   * turns this off: a message nobody reads would spend the link, so those stay due for staff.
   */
  copy?: boolean;
  /** Only this check-in (staff asking for its message). */
  checkInId?: string;
}

/**
 * Makes and sends a link for every check-in due by `now`: by a notifier that can reach one of the
 * person's chosen ways (email first: it holds the whole message), else as a message for staff to
 * copy. Each check-in is claimed in the database before it is sent, so two processes (or a run
 * that overlaps the last) never send one twice. A send the notifier refused leaves the check-in
 * due, to try again next time; a process that stops mid-send leaves it claimed, never resent.
 */
export async function issueDueCheckIns(db: Db, now: Date, notifiers: Notifier[], settings: IssueSettings, { copy = true, checkInId }: IssueOptions = {}): Promise<IssuedCheckIn[]> {
  const out: IssuedCheckIn[] = [];
  for (const due of await dueCheckIns(db, now, checkInId ? { checkInId } : {})) {
    const subject = checkInSubject(due.format, due.document);
    const f = subject.followUp;
    if (!f?.consent) continue;
    const addresses: Partial<Record<Channel, string>> = { email: subject.email, text: subject.mobile };
    const ways = (['email', 'text'] as const).filter((c) => f.channels.includes(c) && addresses[c]);
    const sent = ways.flatMap((c) => notifiers.filter((n) => n.canSend(c)).map((n) => [c, n] as const))[0];
    const [channel, notifier] = sent ?? (ways[0] && copy ? [ways[0], copyNotifier] : []);
    if (!channel || !notifier) continue;
    const token = newToken();
    const expiresAt = linkExpiresAt(now, settings.linkDays);
    const message = checkInMessage(checkInLink(settings.checkInUrl, token), expiresAt, channel, settings);
    // Another process got there first.
    if (!(await claimCheckIn(db, due.checkInId, { tokenHash: tokenHash(token)!, issuedAt: now, expiresAt, sentBy: notifier.sentBy }))) continue;
    try {
      await notifier.send(addresses[channel]!, channel, message);
    } catch {
      // Not sent: the check-in stays due, and the link made for it is taken back.
      await releaseClaim(db, due.checkInId);
      continue;
    }
    await markSent(db, due.checkInId, now);
    out.push({ reference: due.reference, dueAt: due.dueAt, sentBy: notifier.sentBy, ...(notifier === copyNotifier ? { copy: { channel, to: addresses[channel]!, message } } : {}) });
  }
  return out;
}
