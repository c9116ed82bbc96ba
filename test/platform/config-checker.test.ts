// Elements draw their frame before the config checker (zod and the schemas) arrives, and say so
// when it does not arrive. Its own file, so no other test has already loaded the checker module
// this one holds back and breaks (msw answers the module request).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../src/elements/urgent-help/define.ts';
import type { WaymarkUrgentHelp } from '../../src/elements/urgent-help/urgent-help.ts';
import { startWorker, worker } from '../helpers/msw.ts';
import { waitUntil } from '../helpers/wait.ts';

const config = { service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000' } };
const root = (el: HTMLElement) => el.shadowRoot!;

/** The element that has focus, looking through shadow roots. */
function focusedElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('the config checker, loaded on demand', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  // One test, because a page keeps every module it has loaded.
  it('draws "Loading…" without it; when it does not arrive, says so with urgent numbers and leaves focus alone, axe clean, and "Try again" by keyboard brings the element', async () => {
    worker.use(
      http.get(/\/core\/config\/resolve\.ts/, async () => {
        await delay(800);
        return HttpResponse.error();
      }),
    );
    const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help .config=${config}></waymark-urgent-help>`);
    await waitUntil(() => root(el).querySelector('p.loading[role="status"]'), 'the loading frame');
    await expect(el).to.be.accessible();

    await waitUntil(() => root(el).querySelector('#not-loaded-title'), 'the "did not load" panel');
    expect(root(el).querySelector('#not-loaded-title')!.textContent).to.equal('Sorry, this part of the page did not load');
    expect(root(el).textContent).to.contain('If a life is at risk, call 999.');
    expect(root(el).textContent).to.contain('If it still does not work, reload the page.');
    // Nobody pressed anything yet: focus stays where the person has it.
    expect(root(el).activeElement).to.equal(null);
    await expect(el).to.be.accessible();

    worker.resetHandlers();
    const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('#urgent-title'), 'urgent help after trying again');
    expect(root(el).querySelector('#not-loaded-title')).to.equal(null);
    await waitUntil(() => focusedElement()?.id === 'urgent-title', 'focus on its heading');
  });
});
