// "Your plan" on a finder with no journey loads the plan's code only when it is opened. Its own
// file, so no other test has loaded the plan's module before this one holds it back.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse, passthrough } from 'msw';
import '../../../src/elements/finder/define.ts';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import { forgetPagePlan } from '../../../src/state/page-plan.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { waitUntil } from '../../helpers/wait.ts';
import { CONFIG, DIRECTORY, serveDemo } from './helpers.ts';

const shadow = (el: Element) => el.shadowRoot!;
const textOf = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('"Your plan" when the plan\'s code does not arrive', () => {
  before(startWorker);
  afterEach(() => {
    worker.resetHandlers();
    forgetPagePlan();
  });

  it('says so with a heading that takes focus, axe clean, and "Try again" by keyboard brings the plan', async () => {
    serveDemo();
    let failing = true;
    worker.use(http.get(/\/elements\/plan\/define\.ts/, () => (failing ? HttpResponse.error() : passthrough())));
    const finder = await fixture<WaymarkFinder>(html`<waymark-finder directory-src=${DIRECTORY}><script type="application/json">${JSON.stringify(CONFIG)}</script></waymark-finder>`);
    await settled(finder);
    await waitUntil(() => shadow(finder).querySelector('.plan-open'), 'the "Your plan" button');
    expect(customElements.get('waymark-plan'), 'no plan code before it is opened').to.equal(undefined);

    shadow(finder).querySelector<HTMLButtonElement>('.plan-open')!.click();
    await waitUntil(() => shadow(finder).querySelector('#plan-failed-title'), 'the failure panel');
    await waitUntil(() => textOf(focused()) === 'Sorry, your plan did not load', `focus on its heading, not ${textOf(focused())}`);
    expect(textOf(shadow(finder))).to.contain('Back to activities');
    await expect(finder).to.be.accessible();

    failing = false;
    const retry = [...shadow(finder).querySelectorAll('button')].find((b) => textOf(b) === 'Try again')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(finder).querySelector('waymark-plan')?.shadowRoot?.querySelector('[data-step-heading]'), 'the plan');
    await waitUntil(() => textOf(focused()) === 'My plan', `focus on the plan's heading, not ${textOf(focused())}`);
    expect(textOf(shadow(shadow(finder).querySelector('waymark-plan')!))).to.contain('Your plan is empty');
    await expect(finder).to.be.accessible();
  });
});
