import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { idlePhase, type IdlePhase } from '../state/idle.ts';
import { renderIdleDialog } from './idle-dialog.ts';

export interface KioskHost extends ReactiveControllerHost, HTMLElement {
  /** This element takes part in the kiosk session: kiosk mode is on, and no outer Waymark element or host page runs it. */
  readonly runsKioskSession: boolean;
  readonly kioskTimes: { idleSeconds: number; countdownSeconds: number } | undefined;
  /** A referral is on its way: the session never times out under it. */
  readonly busy: boolean;
  /** Forgets everything and starts again for the next person. */
  reset(): void;
  /** Moves focus to the element's heading after its next render. */
  focusHeading(): void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * The page's one kiosk session, shared by every Waymark element in kiosk mode on it: one timer,
 * one "Are you still there?", and one reset that every element takes part in, so a finder and a
 * form on the same waiting-room page never disagree about who is using it. Any touch anywhere on
 * the page counts. It never times out while a send is on its way, so its outcome is shown first.
 */
class KioskSession {
  phase: IdlePhase = { phase: 'active' };
  private readonly members = new Set<KioskController>();
  private last = Date.now();
  private timer?: ReturnType<typeof setInterval>;

  private readonly onActivity = () => {
    if (this.phase.phase === 'active') this.last = Date.now();
  };

  join(member: KioskController): void {
    if (this.members.has(member)) return;
    this.members.add(member);
    if (this.members.size === 1) this.start();
    this.changed();
  }

  leave(member: KioskController): void {
    if (!this.members.delete(member)) return;
    if (this.members.size === 0) this.stop();
    this.changed();
  }

  /** Who shows the dialog: the first member on the page. */
  owns(member: KioskController): boolean {
    return this.ordered()[0] === member;
  }

  touch(): void {
    this.onActivity();
  }

  stillHere(): void {
    this.last = Date.now();
    this.setPhase({ phase: 'active' });
  }

  /** Everyone starts again: "Finish and clear" on one element clears the whole page. */
  resetAll(): void {
    this.last = Date.now();
    this.setPhase({ phase: 'active' });
    for (const member of this.ordered()) member.resetHost();
  }

  private ordered(): KioskController[] {
    return [...this.members].sort((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  private start(): void {
    this.last = Date.now();
    this.phase = { phase: 'active' };
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.timer = setInterval(() => this.tick(), 250);
  }

  private stop(): void {
    for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, this.onActivity, { capture: true });
    clearInterval(this.timer);
    this.timer = undefined;
    this.phase = { phase: 'active' };
  }

  private tick(): void {
    const members = [...this.members];
    if (this.phase.phase === 'active' && members.some((m) => m.host.busy)) {
      this.last = Date.now();
      return;
    }
    // The shortest time any member was given: the most careful setting wins.
    const times = members.map((m) => m.host.kioskTimes).filter((t) => t !== undefined);
    if (!times.length) return;
    const idle = Math.min(...times.map((t) => t.idleSeconds));
    const countdown = Math.min(...times.map((t) => t.countdownSeconds));
    const next = idlePhase(this.last, Date.now(), idle, countdown);
    if (next.phase === 'expired') return this.resetAll();
    this.setPhase(next);
  }

  private setPhase(next: IdlePhase): void {
    const before = this.phase;
    this.phase = next;
    if (next.phase !== before.phase || (next.phase === 'warning' && before.phase === 'warning' && next.secondsLeft !== before.secondsLeft)) this.changed();
  }

  private changed(): void {
    for (const member of this.members) member.host.requestUpdate();
  }
}

const session = new KioskSession();

/**
 * An element's part in the page's kiosk session. It joins while the element is in kiosk mode and
 * on the page, shows the dialog if it is the first member, and resets the element when the
 * session runs out, which forgets the DOM, state and anything stored.
 */
export class KioskController implements ReactiveController {
  constructor(readonly host: KioskHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.isConnected && this.host.runsKioskSession && this.host.kioskTimes) session.join(this);
    else session.leave(this);
  }

  hostDisconnected(): void {
    session.leave(this);
  }

  hostUpdated(): void {
    const dialog = this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.idle-dialog');
    const warning = session.phase.phase === 'warning';
    if (dialog && warning && !dialog.open) dialog.showModal();
    if (dialog && !warning && dialog.open) dialog.close();
  }

  /** The "Are you still there?" dialog, on the one element that shows it. */
  render() {
    if (!this.host.runsKioskSession || !session.owns(this)) return nothing;
    return renderIdleDialog(session.phase, () => session.stillHere());
  }

  /** Someone used the kiosk where the page cannot listen: inside an isolated frame. */
  touch(): void {
    session.touch();
  }

  /** "Finish and clear": every element on the page starts again, as when the time runs out. */
  finish(): void {
    if (this.host.runsKioskSession) session.resetAll();
    else this.host.reset();
  }

  /** @internal The session ran out (or was finished): start this element again. */
  resetHost(): void {
    this.host.reset();
    // The dialog had focus and is gone: the next person starts at the top.
    this.host.focusHeading();
  }

  /** The element started again on its own (a success): a full idle time for the next person. */
  restarted(): void {
    if (this.host.runsKioskSession) session.stillHere();
  }
}
