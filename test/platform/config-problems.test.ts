import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/urgent-help/define.ts';
import type { WaymarkUrgentHelp } from '../../src/elements/urgent-help/urgent-help.ts';
import { startWorker, worker } from '../helpers/msw.ts';
import type { ConfigErrorDetail } from '../../src/events.ts';
import { settled } from '../helpers/settled.ts';
import { waitUntil } from '../helpers/wait.ts';

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

  it('does not send the public of a charity site to "your GP practice" when config-src fails (issue 15)', async () => {
    const consoleErrors = captureConsoleErrors();
    try {
      worker.use(http.get('/missing-config.json', () => new HttpResponse(null, { status: 404 })));
      const bare = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help config-src="/missing-config.json"></waymark-urgent-help>`);
      await settled(bare);
      expect(bare.shadowRoot!.textContent).not.to.contain('GP practice');
      expect(bare.shadowRoot!.textContent).to.contain('Please try again later.');
      await expect(bare).to.be.accessible();
      // The service's name, given beside the address, is used when the file itself cannot be read.
      const named = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help config-src="/missing-config.json"
        ><script type="application/json">{ "service": { "name": "Vale Carers Hub" } }</script></waymark-urgent-help>`);
      await settled(named);
      expect(named.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Please try again later, or contact Vale Carers Hub.');
      await expect(named).to.be.accessible();
    } finally {
      consoleErrors.restore();
    }
  });

  it('gives the line and column of broken JSON, in a config-src file and in a <script> child (issue 15)', async () => {
    const consoleErrors = captureConsoleErrors();
    try {
      worker.use(http.get('/broken-config.json', () => new HttpResponse('{\n  "service": {\n    "name": "Vale Hub",\n  }\n}\n', { status: 200 })));
      const fromUrl = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help config-src="/broken-config.json"></waymark-urgent-help>`);
      await settled(fromUrl);
      expect(fromUrl.shadowRoot!.textContent).to.contain('line 4, column 3: there is a comma before a closing bracket: take it out');
      await expect(fromUrl).to.be.accessible();
      const fromScript = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help><script type="application/json">{
  "service": { "name": "Vale Hub" }
  "kiosk": { "enabled": true }
}</script></waymark-urgent-help>`);
      await settled(fromScript);
      expect(fromScript.shadowRoot!.textContent).to.contain('is not valid JSON: line 3, column 3: a comma is missing between two items');
    } finally {
      consoleErrors.restore();
    }
  });

  it('asks "did you mean" the nearest setting for a misspelt one, in the element, the console and the event (issue 15, item 17)', async () => {
    const consoleErrors = captureConsoleErrors();
    try {
      const config = { servce: { name: 'Vale Hub' }, referral: { endpiont: '/api/referrals' }, service: { privacy_notice_url: '/privacy.html', colour: 'red' } };
      const el = document.createElement('waymark-urgent-help');
      el.config = config;
      const heard = oneEvent(el, 'waymark-config-error');
      document.body.append(el);
      try {
        const event = (await heard) as CustomEvent<ConfigErrorDetail>;
        expect(event.detail.problems).to.deep.include({
          code: 'unknown-key',
          meant: 'privacyNoticeUrl',
          path: 'service.privacy_notice_url',
          message: 'is not a setting Waymark knows: did you mean "privacyNoticeUrl"?',
        });
        await settled(el);
        const items = [...el.shadowRoot!.querySelectorAll('.config-problems__list li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
        expect(items).to.include.members([
          'servce is not a setting Waymark knows: did you mean "service"?',
          'referral.endpiont is not a setting Waymark knows: did you mean "endpoint"?',
          'service.privacy_notice_url is not a setting Waymark knows: did you mean "privacyNoticeUrl"?',
          'service.colour is not a setting Waymark knows (check the spelling)',
        ]);
        expect(consoleErrors.calls.join('\n')).to.contain('referral.endpiont: is not a setting Waymark knows: did you mean "endpoint"?');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
      // The site editor reads it in the page's language.
      const welsh = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help lang="cy" .config=${{ referral: { endpiont: '/api/referrals' } }}></waymark-urgent-help>`);
      await settled(welsh);
      const welshItem = () => welsh.shadowRoot!.querySelector('.config-problems__list li')?.textContent?.replace(/\s+/g, ' ').trim();
      await waitUntil(() => welshItem()?.includes('"endpoint"') && !welshItem()?.includes('did you mean'), `Welsh words, not ${welshItem()}`);
      await expect(welsh).to.be.accessible();
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
