import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  backIsHistory,
  elementKey,
  entryState,
  historyWrite,
  isWithin,
  marksOf,
  marksToWrite,
  popOutcome,
  STATE_KEY,
  type HistoryMark,
  type HistoryMarks,
} from '../core/history/page-history.ts';

/**
 * Entries this page load pushed carry its token, inside Waymark's own key. Where the browser has
 * no Navigation API, an element's Back link is the browser's Back only from such an entry, so it
 * never leaves the page: a document's first entry (replaced, not pushed) and entries from an
 * earlier document in the same tab carry none or another.
 */
const PUSHED_BY = '#pushedBy';
const thisLoad = Math.random().toString(36).slice(2);

function pushedBy(state: unknown): unknown {
  const own = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[STATE_KEY] : undefined;
  return typeof own === 'object' && own !== null ? (own as Record<string, unknown>)[PUSHED_BY] : undefined;
}

function withToken(state: Record<string, unknown>, token: unknown): Record<string, unknown> {
  if (token === undefined) return state;
  return { ...state, [STATE_KEY]: { ...(state[STATE_KEY] as Record<string, unknown>), [PUSHED_BY]: token } };
}

/** The part of the Navigation API that Back uses (Chromium has it; TypeScript's DOM types do not yet). */
interface NavigationApi {
  readonly currentEntry: { readonly index: number } | null;
  entries(): { readonly key: string; readonly sameDocument: boolean }[];
  traverseTo(key: string): { committed: Promise<unknown>; finished: Promise<unknown> };
}

/**
 * Goes back one entry, only when that entry is this same document; says whether it went. With
 * the Navigation API it goes to that entry by its key: a second Back before the first arrives
 * goes to the same entry, where `history.back()` twice would go two back, and could leave the page.
 */
function backWithinPage(): boolean {
  const navigation = (window as { navigation?: NavigationApi }).navigation;
  const current = navigation?.currentEntry;
  if (navigation && current) {
    const previous = navigation.entries()[current.index - 1];
    if (!previous?.sameDocument) return false;
    const move = navigation.traverseTo(previous.key);
    // Another navigation may overtake it; that is not an error on the page.
    move.committed.catch(() => undefined);
    move.finished.catch(() => undefined);
    return true;
  }
  if (pushedBy(history.state) !== thisLoad) return false;
  history.back();
  return true;
}

/** What an element tells the page's history about itself. */
export interface HistoryPages {
  /** The page on screen by name (no personal data), or `undefined` while there is none (loading, a setup problem). */
  page(): string | undefined;
  /**
   * Back or Forward reached an entry of this element: show `page`, or the start for `undefined`
   * (an entry from an earlier session). Returns false only when it may not move now (a send is
   * on its way): the entry for what is on screen then goes back on top of the history.
   */
  visit(page: string | undefined): boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Sessions need only differ from each other; `crypto.randomUUID` is missing on plain-http pages. */
const newSession = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The page's one link to the browser's history, shared by every Waymark element on it. Elements
 * join once they show a page; when pages change it writes one entry for all of them (a journey's
 * step and its form's page move together), and on Back or Forward it tells each element what its
 * entry showed, outer elements first. The rules are plain functions in core/history/.
 */
class PageHistory {
  private readonly members = new Map<HistoryController, string>();
  /** Each key's current session; a nested element's outlives it, so Back into a journey's step finds its page. */
  private readonly sessions = new Map<string, string>();
  /** Keys this copy of Waymark has used: another copy's marks on the same page are left alone. */
  private readonly ours = new Set<string>();
  private rewriteOnly = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Set while an element's own Back link waits for the browser to go back. */
  private goingBack?: ReturnType<typeof setTimeout>;

  join(member: HistoryController, key: string): void {
    if (this.members.size === 0) window.addEventListener('popstate', this.onPopState);
    this.members.set(member, key);
    this.ours.add(key);
    const session = this.sessionOf(key);
    // A step's element made again (Back into a journey's step): show the page its entry showed.
    const mark = marksOf(history.state)[key];
    if (mark && mark.session === session && mark.page !== member.page()) {
      member.visit(mark.page);
      this.rewriteOnly = true;
    }
    this.changed();
  }

  leave(member: HistoryController): void {
    const key = this.members.get(member);
    if (key === undefined) return;
    this.members.delete(member);
    // A page's own element gone: its sessions go with it. One inside a journey keeps its session.
    if (!key.includes('/')) for (const k of [...this.sessions.keys()]) if (isWithin(k, key)) this.sessions.delete(k);
    if (this.members.size === 0) {
      window.removeEventListener('popstate', this.onPopState);
      clearTimeout(this.goingBack);
      this.goingBack = undefined;
    }
    this.changed();
  }

  /** The element and those inside it start again: every entry they made shows the start from now on. */
  restart(key: string): void {
    for (const k of [...this.sessions.keys()]) if (isWithin(k, key)) this.sessions.set(k, newSession());
    this.rewriteOnly = true;
    this.changed();
  }

  keyOf(member: HistoryController): string | undefined {
    return this.members.get(member);
  }

  /**
   * The element's own Back link to `page`: when the entry on screen was added by moving on from
   * there, the history goes back one entry too, rather than adding one. Nothing is written until
   * the browser says it has gone back (or a moment has passed), so no entry is added in between.
   */
  back(member: HistoryController, page: string): void {
    const key = this.members.get(member);
    // One Back at a time: until the browser says it has gone, `history.state` is still the entry it is leaving.
    if (key === undefined || this.goingBack !== undefined) return;
    if (!backIsHistory(marksOf(history.state)[key], this.sessionOf(key), page) || !backWithinPage()) return;
    this.goingBack = setTimeout(() => this.wentBack(), 2000);
  }

  private wentBack(): void {
    clearTimeout(this.goingBack);
    this.goingBack = undefined;
    this.changed();
  }

  /** After a render: written once, when everything that moved together has rendered. */
  changed(): void {
    if (this.timer === undefined) this.timer = setTimeout(() => this.write(), 0);
  }

  private sessionOf(key: string): string {
    let session = this.sessions.get(key);
    if (!session) this.sessions.set(key, (session = newSession()));
    return session;
  }

  private marksNow(entry: HistoryMarks): HistoryMarks {
    const marks: Record<string, HistoryMark> = {};
    for (const [key, mark] of Object.entries(entry)) if (!this.ours.has(key)) marks[key] = mark;
    for (const [member, key] of this.members) {
      const page = member.page();
      if (page !== undefined) marks[key] = { session: this.sessionOf(key), page };
    }
    return marks;
  }

  private write(): void {
    this.timer = undefined;
    if (this.goingBack !== undefined) return;
    const rewriteOnly = this.rewriteOnly;
    this.rewriteOnly = false;
    const entry = marksOf(history.state);
    const now = this.marksNow(entry);
    const write = historyWrite(entry, now, rewriteOnly);
    const state = write === 'none' ? undefined : entryState(history.state, marksToWrite(entry, now, write));
    if (!state) return;
    // The address stays as it is: the host page's own routing owns it.
    if (write === 'push') history.pushState(withToken(state, thisLoad), '', location.href);
    else history.replaceState(withToken(state, pushedBy(history.state)), '', location.href);
  }

  private readonly onPopState = (event: PopStateEvent) => {
    if (this.goingBack !== undefined) {
      // The element's own Back link already shows the page this entry names.
      this.rewriteOnly = true;
      return this.wentBack();
    }
    const entry = marksOf(event.state);
    let refused = false;
    // Outer elements first: a journey's step decides which of its steps' elements exist.
    const members = [...this.members].sort(([, a], [, b]) => a.split('/').length - b.split('/').length);
    for (const [member, key] of members) {
      if (!this.members.has(member)) continue;
      const outcome = popOutcome(entry[key], this.sessionOf(key), member.page());
      if (outcome.kind === 'stay') continue;
      if (!member.visit(outcome.kind === 'visit' ? outcome.page : undefined)) refused = true;
    }
    // Where the elements are now is this entry, unless one could not move: then its page goes back on top.
    this.rewriteOnly = !refused;
    this.changed();
  };
}

let pageHistory: PageHistory | undefined;

/**
 * An element's pages as browser history entries: Back and Forward move between them (see
 * `HistoryPages`). Each element is keyed by its id, or its tag and place on the page, under the
 * Waymark element it sits in, so several elements and the host page's own history do not clash.
 */
export class HistoryController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly pages: HistoryPages,
  ) {
    host.addController(this);
  }

  page(): string | undefined {
    return this.pages.page();
  }

  visit(page: string | undefined): boolean {
    return this.pages.visit(page);
  }

  /**
   * The element's own Back link (or "Back to your plan") is going to `page`: when the entry on
   * screen was added by moving on from there, the browser's history goes back one too, so its
   * Back and Forward agree with the link. Call it just before moving; the element moves itself.
   */
  back(page: string): void {
    pageHistory?.back(this, page);
  }

  /** The element started again (a kiosk's next person, a sent referral): earlier entries show the start. */
  restart(): void {
    const key = pageHistory?.keyOf(this);
    if (key !== undefined) pageHistory!.restart(key);
  }

  hostUpdated(): void {
    if (this.pages.page() === undefined || !this.host.isConnected) return;
    pageHistory ??= new PageHistory();
    if (pageHistory.keyOf(this) === undefined) pageHistory.join(this, keyOf(this.host));
    else pageHistory.changed();
  }

  hostDisconnected(): void {
    pageHistory?.leave(this);
  }
}

/** An element's key: its own name on the page, under that of the Waymark element it sits in. */
function keyOf(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const outer = root instanceof ShadowRoot && root.host.localName.startsWith('waymark-') ? root.host : undefined;
  const tag = element.localName;
  return elementKey(outer && keyOf(outer), tag, element.id, [...root.querySelectorAll(tag)].indexOf(element));
}
