import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref, createRef } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import { acceptFrameMessage, acceptHostMessage, allowedHosts, frameOrigin, type HostMessage } from '../../core/isolated/messages.ts';
import type { WaymarkEventMap } from '../../events.ts';

type Host = ReactiveControllerHost & HTMLElement;

export interface FrameOptions {
  /** Someone used the form inside the frame: a kiosk on this page counts it as activity. */
  onActivity: () => void;
  /** A send started or ended inside the frame. */
  onBusy: () => void;
}

/**
 * The page side of isolated mode: the form lives in an iframe on the service's own origin, so
 * scripts on this page cannot read what the person types. This side sizes the frame, passes on
 * the few events a page may count, and hears activity and sends for a kiosk, all from that exact
 * frame and origin. A kiosk starts the next person with a new frame: nothing of the last survives.
 */
export class IsolatedFrame implements ReactiveController {
  private readonly frame = createRef<HTMLIFrameElement>();
  private height = 600;
  private origin?: string;
  private warnedSameOrigin?: string;
  private frameBusy = false;
  private generation = 0;
  private kiosk = false;

  private readonly onMessage = (event: MessageEvent) => {
    const message = acceptFrameMessage(event, this.origin, this.frame.value?.contentWindow);
    if (!message) return;
    switch (message.type) {
      case 'waymark:ready':
        // The form's code arrives after the frame's load event: only now can it hear "kiosk".
        return this.tellKiosk();
      case 'waymark:resize':
        this.height = Math.ceil(message.height);
        this.host.requestUpdate();
        return;
      case 'waymark:activity':
        return this.options.onActivity();
      case 'waymark:busy':
        this.frameBusy = message.busy;
        return this.options.onBusy();
      case 'waymark:event': {
        const name = message.name as keyof WaymarkEventMap;
        this.host.dispatchEvent(new CustomEvent(name, { detail: message.detail, bubbles: true, composed: true }));
      }
    }
  };

  constructor(
    private readonly host: Host,
    private readonly options: FrameOptions,
  ) {
    host.addController(this);
  }

  /** A send is on its way inside the frame. */
  get busy(): boolean {
    return this.frameBusy;
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Tells the frame (now, and each time its form is ready) whether this page runs a kiosk. */
  setKiosk(kiosk: boolean): void {
    if (kiosk === this.kiosk) return;
    this.kiosk = kiosk;
    this.tellKiosk();
  }

  /** `generation` makes a new frame for each kiosk session. */
  render(src: string, generation: number) {
    this.origin = frameOrigin(src, location.href);
    this.warnIfSameOrigin(src);
    // A new frame has nothing on its way.
    if (generation !== this.generation) this.frameBusy = false;
    this.generation = generation;
    return keyed(
      generation,
      html`<iframe
        ${ref(this.frame)}
        class="isolated-frame"
        part="isolated-frame"
        src=${src}
        title=${msg('Ask a link worker to call you')}
        style=${styleMap({ height: `${this.height}px` })}
        referrerpolicy="strict-origin"
      ></iframe>`,
    );
  }

  private tellKiosk(): void {
    const target = this.frame.value?.contentWindow;
    if (!this.kiosk || !target || !this.origin) return;
    const message: HostMessage = { type: 'waymark:kiosk' };
    target.postMessage(message, this.origin);
  }

  /** A frame on this page's own origin isolates nothing: this page's scripts can read it. */
  private warnIfSameOrigin(src: string): void {
    if (!this.origin || this.origin !== location.origin || this.warnedSameOrigin === src) return;
    this.warnedSameOrigin = src;
    console.warn(
      `[waymark] <${this.host.localName}> isolated-src="${src}" is on this page's own origin (${location.origin}), so this page's scripts can still read the form. Host request-call.html on the service's own origin. See docs/embedding.md.`,
    );
  }
}

const FORWARDED = ['waymark-step', 'waymark-referral-sent', 'waymark-referral-failed'] as const;
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export interface ChildOptions {
  /** The host page runs a kiosk: keep nothing, offer no autofill, and leave the timer to it. */
  onKiosk: () => void;
}

/**
 * The frame side: inside the service's own page, the form reports its height and its events to
 * the host page, posting only to the origins the service listed in `isolated-hosts`; for a kiosk
 * host it also reports activity (at most once a second) and sends in flight, and takes "kiosk".
 */
export class IsolatedChild implements ReactiveController {
  private observer?: ResizeObserver;
  private hosts: string[] = [];
  private lastActivity = 0;
  private kioskHost = false;

  private readonly forward = (event: Event) => {
    const detail = (event as CustomEvent).detail as Record<string, string | number>;
    this.post({ type: 'waymark:event', name: event.type, detail });
  };

  private readonly onHostMessage = (event: MessageEvent) => {
    const message = acceptHostMessage(event, this.hosts, window.parent);
    if (message?.type !== 'waymark:kiosk') return;
    this.kioskHost = true;
    this.options.onKiosk();
  };

  private readonly onActivity = () => {
    const now = Date.now();
    if (!this.kioskHost || now - this.lastActivity < 1000) return;
    this.lastActivity = now;
    this.post({ type: 'waymark:activity' });
  };

  constructor(
    private readonly host: Host,
    private readonly options: ChildOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hosts = allowedHosts(this.host.getAttribute('isolated-hosts'));
    if (!this.hosts.length || window.parent === window) return;
    // The page's full height (the form plus the body's margins), not the frame's viewport, which
    // would only ever grow.
    const report = () => {
      const body = document.body;
      const height = body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(body).marginBottom || '0');
      this.post({ type: 'waymark:resize', height: Math.ceil(height) });
    };
    this.observer = new ResizeObserver(report);
    this.observer.observe(this.host);
    for (const name of FORWARDED) this.host.addEventListener(name, this.forward);
    window.addEventListener('message', this.onHostMessage);
    this.post({ type: 'waymark:ready' });
    for (const type of ACTIVITY) document.addEventListener(type, this.onActivity, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    for (const name of FORWARDED) this.host.removeEventListener(name, this.forward);
    window.removeEventListener('message', this.onHostMessage);
    for (const type of ACTIVITY) document.removeEventListener(type, this.onActivity, { capture: true });
  }

  /** A send started or ended here. */
  reportBusy(busy: boolean): void {
    if (this.hosts.length && window.parent !== window) this.post({ type: 'waymark:busy', busy });
  }

  private post(message: unknown): void {
    // A message for the wrong origin is dropped by the browser, so only the real host hears it.
    for (const origin of this.hosts) window.parent.postMessage(message, origin);
  }
}
