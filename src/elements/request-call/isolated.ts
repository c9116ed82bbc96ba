import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref, createRef } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg } from '@lit/localize';
import { acceptFrameMessage, allowedHosts, frameOrigin } from '../../core/isolated/messages.ts';
import type { WaymarkEventMap } from '../../events.ts';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The page side of isolated mode: the form lives in an iframe on the service's own origin, so
 * scripts on this page cannot read what the person types. This side only sizes the frame and
 * passes on the few events a page may count, from that exact frame and origin.
 */
export class IsolatedFrame implements ReactiveController {
  private readonly frame = createRef<HTMLIFrameElement>();
  private height = 600;
  private origin?: string;

  private readonly onMessage = (event: MessageEvent) => {
    const message = acceptFrameMessage(event, this.origin, this.frame.value?.contentWindow);
    if (!message) return;
    if (message.type === 'waymark:resize') {
      this.height = Math.ceil(message.height);
      this.host.requestUpdate();
    } else {
      const name = message.name as keyof WaymarkEventMap;
      this.host.dispatchEvent(new CustomEvent(name, { detail: message.detail, bubbles: true, composed: true }));
    }
  };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  render(src: string) {
    this.origin = frameOrigin(src, location.href);
    return html`<iframe
      ${ref(this.frame)}
      class="isolated-frame"
      part="isolated-frame"
      src=${src}
      title=${msg('Ask a link worker to call you')}
      style=${styleMap({ height: `${this.height}px` })}
      referrerpolicy="strict-origin"
    ></iframe>`;
  }
}

const FORWARDED = ['waymark-step', 'waymark-referral-sent', 'waymark-referral-failed'] as const;

/**
 * The frame side: inside the service's own page, the form reports its height and its events to
 * the host page, posting only to the origins the service listed in `isolated-hosts`.
 */
export class IsolatedChild implements ReactiveController {
  private observer?: ResizeObserver;
  private hosts: string[] = [];

  private readonly forward = (event: Event) => {
    const detail = (event as CustomEvent).detail as Record<string, string | number>;
    this.post({ type: 'waymark:event', name: event.type, detail });
  };

  constructor(private readonly host: Host) {
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
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    for (const name of FORWARDED) this.host.removeEventListener(name, this.forward);
  }

  private post(message: unknown): void {
    // A message for the wrong origin is dropped by the browser, so only the real host hears it.
    for (const origin of this.hosts) window.parent.postMessage(message, origin);
  }
}
