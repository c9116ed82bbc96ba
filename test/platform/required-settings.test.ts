import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/finder/define.ts';
import '../../src/elements/request-call/define.ts';
import '../../src/elements/urgent-help/define.ts';
import type { ConfigErrorDetail } from '../../src/events.ts';
import { settled } from '../helpers/settled.ts';

const SERVICE = { name: { en: 'Ashby Vale Connect', cy: 'Cyswllt Dyffryn Ashby' }, phone: '01632 960000' };

/** Captures console.error while a test runs. */
function captureConsoleErrors() {
  const calls: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args.join(' '));
  return { calls, restore: () => (console.error = original) };
}

/** Puts an element on the page with `config`, and collects every waymark-config-error it fires. */
async function place(tag: string, config: unknown, attributes: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { config?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.config = config;
  const events: ConfigErrorDetail[] = [];
  el.addEventListener('waymark-config-error', (e) => events.push((e as CustomEvent<ConfigErrorDetail>).detail));
  const first = oneEvent(el, 'waymark-config-error');
  document.body.append(el);
  return { el, events, first };
}

// One way for every element: a setting it needs and lacks is on the page, in the console and in
// the same event, with the service's phone number for the public.
const cases = [
  { tag: 'waymark-finder', path: 'directory-src' },
  { tag: 'waymark-request-call', path: 'referral.endpoint' },
];

describe('a required setting that is missing', () => {
  for (const { tag, path } of cases) {
    it(`<${tag}> without ${path}: on the page, in the console and as waymark-config-error, once`, async () => {
      const consoleErrors = captureConsoleErrors();
      const { el, events, first } = await place(tag, { service: SERVICE });
      try {
        const event = (await first) as CustomEvent<ConfigErrorDetail>;
        expect(event.detail.problems.map((p) => p.path)).to.deep.equal([path]);
        await settled(el as never);
        const items = [...el.shadowRoot!.querySelectorAll('.config-problems__list li')].map((li) => li.textContent!.trim());
        expect(items).to.have.length(1);
        expect(items[0]).to.match(new RegExp(`^${path.replace('.', '\\.')} is missing`));
        expect(consoleErrors.calls.join('\n')).to.contain(`<${tag}>`).and.contain(`${path}: is missing`);
        // The service's name in the person's language, and its number.
        expect(el.shadowRoot!.textContent).to.contain('Call Ashby Vale Connect on');
        expect(el.shadowRoot!.querySelector('a[href="tel:01632960000"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
        // Another render does not report it again.
        (el as unknown as { requestUpdate(): void }).requestUpdate();
        await settled(el as never);
        expect(events).to.have.length(1);
      } finally {
        consoleErrors.restore();
        el.remove();
      }
    });
  }

  it('is not asked of an element that does not need it', async () => {
    const consoleErrors = captureConsoleErrors();
    const { el, events } = await place('waymark-urgent-help', { service: SERVICE });
    try {
      await settled(el as never);
      expect(el.shadowRoot!.querySelector('.config-problems')).to.equal(null);
      expect(events).to.deep.equal([]);
      expect(consoleErrors.calls).to.deep.equal([]);
    } finally {
      consoleErrors.restore();
      el.remove();
    }
  });

  it('is not asked of a request-call in isolated mode: its own page sends the referral', async () => {
    const consoleErrors = captureConsoleErrors();
    const { el, events } = await place('waymark-request-call', { service: SERVICE }, { 'isolated-src': '/isolated/request-call.html' });
    try {
      await settled(el as never);
      await new Promise((r) => setTimeout(r, 50));
      expect(events).to.deep.equal([]);
      expect(consoleErrors.calls.filter((c) => c.includes('referral.endpoint'))).to.deep.equal([]);
    } finally {
      consoleErrors.restore();
      el.remove();
    }
  });
});
