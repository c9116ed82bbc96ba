import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/finder/define.ts';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import { worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import demo from '../../../demo/data/activities.json';
import outcodes from '../../../demo/data/outcodes.json';
import { waitUntil } from '../../helpers/wait.ts';

export const DIRECTORY = '/finder-test/activities.json';
export const LOOKUP = 'https://lookup.example';

/** Serves the demo directory (70 activities in Ashby Vale) and an outcode lookup that records what it was asked. */
export function serveDemo(): { lookups: string[] } {
  const lookups: string[] = [];
  worker.use(
    http.get(DIRECTORY, () => HttpResponse.json(demo)),
    http.get(`${LOOKUP}/outcodes/:code`, ({ request, params }) => {
      lookups.push(request.url);
      const found = (outcodes as Record<string, unknown>)[String(params.code)];
      return found ? HttpResponse.json({ status: 200, result: found }) : HttpResponse.json({ status: 404, error: 'Outcode not found' }, { status: 404 });
    }),
  );
  return { lookups };
}

export const CONFIG = { service: { name: 'Ashby Vale Connect', phone: '01632 960000' }, postcodeLookup: LOOKUP };

/** A finder after a button, so tests can start from the page and Tab in like a person would. */
export async function mount(options: { src?: string; format?: string; needs?: string; config?: object } = {}): Promise<WaymarkFinder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <waymark-finder directory-src=${options.src ?? DIRECTORY} directory-format=${options.format ?? 'waymark'} needs=${options.needs ?? ''}>
      <script type="application/json">${JSON.stringify(options.config ?? CONFIG)}</script>
    </waymark-finder>
  </div>`);
  const el = wrapper.querySelector('waymark-finder')!;
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.finder, .failed, .config-problems'), 'finder did not load');
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

export function active(el: WaymarkFinder): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

function describe(node: Element | null): string {
  if (!node) return '(nothing)';
  return `${node.localName}${node.id ? `#${node.id}` : ''} "${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
}

/** Presses Tab until the focused element in the finder matches, as a keyboard user would. */
export async function tabTo(el: WaymarkFinder, matches: (node: HTMLElement) => boolean, what: string, max = 120): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const now = active(el);
    if (now && matches(now)) return now;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tabbed ${max} times without reaching ${what}; focus is on ${describe(active(el))}`);
}

export const byText = (text: string | RegExp) => (node: HTMLElement) =>
  typeof text === 'string' ? node.textContent!.replace(/\s+/g, ' ').trim() === text : text.test(node.textContent!.replace(/\s+/g, ' ').trim());
export const byId = (id: string) => (node: HTMLElement) => node.id === id;

export function resultNames(el: WaymarkFinder): string[] {
  return [...el.shadowRoot!.querySelectorAll('.result__name')].map((h) => h.textContent!.trim());
}

export function announced(el: WaymarkFinder): string {
  return el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!.trim();
}

export async function waitForAnnouncement(el: WaymarkFinder, text: string | RegExp): Promise<void> {
  await waitUntil(() => (typeof text === 'string' ? announced(el).startsWith(text) : text.test(announced(el))), `never announced ${text}`);
}

export { sendKeys, settled };
