import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/urgent-help/define.ts';
import type { WaymarkUrgentHelp } from '../../src/elements/urgent-help/urgent-help.ts';
import { startWorker, worker } from '../helpers/msw.ts';
import { settled } from '../helpers/settled.ts';

function links(el: HTMLElement) {
  return [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
}

describe('<waymark-urgent-help>', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it("shows England's urgent contacts by default, each one tap away", async () => {
    const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help></waymark-urgent-help>`);
    await settled(el);
    expect(links(el)).to.deep.equal([
      ['Call 999', 'tel:999'],
      ['Call 111', 'tel:111'],
      ['Call 116 123', 'tel:116123'],
      ['Text SHOUT to 85258', 'sms:85258?&body=SHOUT'],
    ]);
    expect(el.shadowRoot!.textContent).to.contain('not for emergencies');
    await expect(el).to.be.accessible();
  });

  it("uses a service's own contacts from a <script> child", async () => {
    const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help>
      <script type="application/json">
        { "urgentHelp": { "contacts": [{ "id": "nhs-24", "name": { "en": "NHS 24" }, "call": "111" }] } }
      </script>
    </waymark-urgent-help>`);
    await settled(el);
    expect(links(el)).to.deep.equal([['Call 111', 'tel:111']]);
    expect(el.shadowRoot!.textContent).to.contain('NHS 24');
  });

  it('opens from a one-line summary in compact form, by keyboard', async () => {
    const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help compact></waymark-urgent-help>`);
    await settled(el);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('loads config from config-src', async () => {
    worker.use(http.get('/test-config.json', () => HttpResponse.json({ urgentHelp: { contacts: [{ id: 'x', name: 'Helpline', call: '0800 123 456' }] } })));
    const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help config-src="/test-config.json"></waymark-urgent-help>`);
    await settled(el);
    expect(links(el)).to.deep.equal([['Call 0800 123 456', 'tel:0800123456']]);
  });

  it('shows a loading message while config-src is on its way', async () => {
    worker.use(http.get('/slow-config.json', async () => { await new Promise((r) => setTimeout(r, 300)); return HttpResponse.json({}); }));
    const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help config-src="/slow-config.json"></waymark-urgent-help>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(links(el)).to.have.length(4);
  });
});
