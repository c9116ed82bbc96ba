import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/urgent-help/define.ts';
import type { WaymarkUrgentHelp } from '../../src/elements/urgent-help/urgent-help.ts';
import { startWorker, worker } from '../helpers/msw.ts';
import type { ConfigErrorDetail } from '../../src/events.ts';
import { settled } from '../helpers/settled.ts';

/** Captures console.error while a test runs. */
function captureConsoleErrors() {
  const calls: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args.join(' '));
  return { calls, restore: () => (console.error = original) };
}

describe('a config with mistakes', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('shows all three, by path, in the element and the console, with the phone number', async () => {
    const consoleErrors = captureConsoleErrors();
    try {
      const config = {
        service: { name: 'Ashby Vale Connect', phone: '01632 960000', email: 'not an email' },
        referral: { format: 'xml' },
        kiosk: { idleSeconds: 'two minutes' },
      };
      const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help .config=${config}></waymark-urgent-help>`);
      await settled(el);
      const items = [...el.shadowRoot!.querySelectorAll('.config-problems__list li')].map((li) => li.textContent!.trim());
      expect(items).to.have.length(3);
      expect(items.some((t) => t.startsWith('service.email'))).to.equal(true);
      expect(items.some((t) => t.startsWith('referral.format') && t.includes('"json", "fhir", "form"'))).to.equal(true);
      expect(items.some((t) => t.startsWith('kiosk.idleSeconds') && t.includes('should be number'))).to.equal(true);

      const call = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
      expect(call?.getAttribute('href')).to.equal('tel:01632960000');
      expect(el.shadowRoot!.textContent).to.contain('Ashby Vale Connect');

      const logged = consoleErrors.calls.join('\n');
      expect(logged).to.contain('<waymark-urgent-help>');
      for (const path of ['service.email', 'referral.format', 'kiosk.idleSeconds']) expect(logged).to.contain(path);
      await expect(el).to.be.accessible();
    } finally {
      consoleErrors.restore();
    }
  });

  it('fires waymark-config-error with the problems', async () => {
    const consoleErrors = captureConsoleErrors();
    try {
      const el = document.createElement('waymark-urgent-help');
      el.config = { nonsense: true };
      const heard = oneEvent(el, 'waymark-config-error');
      document.body.append(el);
      const event = (await heard) as CustomEvent<ConfigErrorDetail>;
      expect(event.detail.problems.map((p) => p.path)).to.deep.equal(['nonsense']);
      el.remove();
    } finally {
      consoleErrors.restore();
    }
  });

  it('names a config-src that cannot be loaded, and is never blank', async () => {
    const consoleErrors = captureConsoleErrors();
    try {
      worker.use(http.get('/missing-config.json', () => new HttpResponse(null, { status: 404 })));
      const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help config-src="/missing-config.json"></waymark-urgent-help>`);
      await settled(el);
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain('config-src');
      expect(text).to.contain('404');
      expect(text).to.contain('call 111');
      await expect(el).to.be.accessible();
    } finally {
      consoleErrors.restore();
    }
  });

  it('names JSON in a <script> child that does not parse', async () => {
    const consoleErrors = captureConsoleErrors();
    try {
      const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help><script type="application/json">{ "service": </script></waymark-urgent-help>`);
      await settled(el);
      expect(el.shadowRoot!.textContent).to.contain('is not valid JSON');
    } finally {
      consoleErrors.restore();
    }
  });
});
