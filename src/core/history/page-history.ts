// Waymark's steps as browser history entries. Each entry's state keeps the host page's own
// state as it was and adds one property, `waymark`: for each element on the page (by a key
// made from its id or its place), the page it showed and the session that showed it. A
// session is one person's go at an element; it changes when the element starts again (a kiosk
// reset, a sent referral, a reload), so an entry from before shows the start, never what the
// last person saw.

/** Where an element was in one history entry. */
export interface HistoryMark {
  /** The session that made the entry. */
  session: string;
  /** The element's own name for the page on screen (a step, a question), no personal data. */
  page: string;
  /** The page the entry before showed, when this entry was added by moving on from it. */
  back?: string;
}

export type HistoryMarks = Readonly<Record<string, HistoryMark>>;

/** The property of `history.state` Waymark uses; the rest belongs to the host page. */
export const STATE_KEY = 'waymark';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMark = (value: unknown): value is HistoryMark =>
  isPlainObject(value) && typeof value.session === 'string' && typeof value.page === 'string' && (value.back === undefined || typeof value.back === 'string');

/** Waymark's marks in an entry's state; anything else there is not ours and is ignored. */
export function marksOf(state: unknown): HistoryMarks {
  const marks = isPlainObject(state) ? state[STATE_KEY] : undefined;
  if (!isPlainObject(marks)) return {};
  return Object.fromEntries(Object.entries(marks).filter(([, mark]) => isMark(mark))) as HistoryMarks;
}

/**
 * The state for a new or replaced entry: the host page's state as it is, with Waymark's marks.
 * `undefined` when the host keeps something other than an object in `history.state`: adding to
 * it would change what the host's own routing reads, so Waymark then adds no entries.
 */
export function entryState(hostState: unknown, marks: HistoryMarks): Record<string, unknown> | undefined {
  if (hostState !== null && hostState !== undefined && !isPlainObject(hostState)) return undefined;
  return { ...(hostState ?? {}), [STATE_KEY]: { ...marks } };
}

/** What a history move means for one element. */
export type PopOutcome =
  /** The entry has nothing for this element (the host page's own entry), or what is on screen. */
  | { kind: 'stay' }
  /** Show this page of the current session. */
  | { kind: 'visit'; page: string }
  /** An entry from an earlier session: show the start, with nothing from before. */
  | { kind: 'start' };

export function popOutcome(mark: HistoryMark | undefined, session: string, onScreen: string | undefined): PopOutcome {
  if (!mark) return { kind: 'stay' };
  if (mark.session !== session) return { kind: 'start' };
  return mark.page === onScreen ? { kind: 'stay' } : { kind: 'visit', page: mark.page };
}

/** What to do with the browser's history once elements have moved. */
export type HistoryWrite = 'push' | 'replace' | 'none';

/**
 * `entry` is what the current entry holds, `now` what the elements show. A page that changed
 * under the person (Continue, a new step) is a new entry; an element that has just arrived, or a
 * move the history made itself (Back, Forward, a start again), only rewrites the current entry.
 */
export function historyWrite(entry: HistoryMarks, now: HistoryMarks, rewriteOnly: boolean): HistoryWrite {
  const changed = Object.keys(now).filter((key) => entry[key]?.page !== now[key]!.page || entry[key]?.session !== now[key]!.session);
  const dropped = Object.keys(entry).filter((key) => !(key in now));
  if (changed.length === 0 && dropped.length === 0) return 'none';
  if (rewriteOnly) return 'replace';
  // A page moved within the same session: that is a step the person can go Back to.
  const moved = changed.some((key) => entry[key] !== undefined && entry[key]!.session === now[key]!.session);
  return moved ? 'push' : 'replace';
}

/**
 * The marks to write. A pushed entry remembers, for each element that moved on, the page it came
 * from (only those: a form's next page is not a step back for the journey around it); a rewritten
 * entry keeps what it remembered for a page that did not change.
 */
export function marksToWrite(entry: HistoryMarks, now: HistoryMarks, write: HistoryWrite): HistoryMarks {
  const marks: Record<string, HistoryMark> = {};
  for (const [key, mark] of Object.entries(now)) {
    const was = entry[key];
    const same = was !== undefined && was.session === mark.session;
    // A new entry remembers where the elements that moved came from; the same entry rewritten keeps what it had.
    const moved = same && was.page !== mark.page;
    const back = write === 'push' ? (moved ? was.page : undefined) : same && !moved ? was.back : undefined;
    marks[key] = back === undefined ? { session: mark.session, page: mark.page } : { session: mark.session, page: mark.page, back };
  }
  return marks;
}

/**
 * Whether an element's own Back link, going to `target`, is the browser's Back: the entry on
 * screen was added by moving on from that page, in this session. Then the link goes back in the
 * history rather than adding an entry, so the browser's Back and Forward stay in step with it.
 */
export function backIsHistory(mark: HistoryMark | undefined, session: string, target: string): boolean {
  return mark !== undefined && mark.session === session && mark.back === target;
}

/**
 * An element's key on the page: its id when it has one, else its tag and its place among
 * elements with that tag, under the key of the Waymark element it sits inside.
 */
export function elementKey(parent: string | undefined, tag: string, id: string, index: number): string {
  const own = id ? `${tag}#${id}` : `${tag}[${index}]`;
  return parent ? `${parent}/${own}` : own;
}

/** Whether `key` is `ancestor` or an element inside it. */
export function isWithin(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}/`);
}
