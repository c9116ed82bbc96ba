// The form's headings nest under the page it sits in (issue 15, item 9): h2 below a host page's
// h1 by default, h1 where the form is the whole page, and what is inside a page one level below.
import { expect, fixture, html } from '@open-wc/testing';
import { startWorker, worker } from '../../helpers/msw.ts';
import { settled } from '../../helpers/settled.ts';
import { expectNested, outline } from '../../helpers/deep.ts';
import { forgetAll } from '../../../src/state/device-storage.ts';
import type { WaymarkRequestCall } from '../../../src/elements/request-call/request-call.ts';
import { activate, config, created, fillByKeyboard, heading, mount, service, shadow } from './helpers.ts';
import { waitUntil } from '../../helpers/wait.ts';

describe('<waymark-request-call> headings', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('standing alone: h2 page headings, "There is a problem" at their level, sections one below', async function () {
    this.timeout(60000);
    service([created('AV-3001')]);
    const el = await mount();
    expect(outline(el)).to.deep.equal([[2, 'About you']]);
    await activate(el, 'Continue');
    expect(outline(el)).to.deep.equal([[2, 'There is a problem'], [2, 'About you']]);
    await expect(el).to.be.accessible();

    await fillByKeyboard(el);
    expect(outline(el)).to.deep.equal([
      [2, 'Check your answers before sending your request'],
      [3, 'About you'],
      [3, 'How to contact you'],
      [3, 'Anything else'],
      [3, 'Now send your request'],
    ]);
    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent', 'sent');
    const sent = outline(el);
    expectNested(sent, 2);
    expect(sent.slice(0, 3)).to.deep.equal([[2, 'Request sent'], [3, 'What happens next'], [3, 'If you need help before we call']]);
    await expect(el).to.be.accessible();
  });

  it('takes heading-level from the page: 1 where the form is the whole page; nonsense is the default', async () => {
    forgetAll();
    const whole = await fixture<WaymarkRequestCall>(html`<waymark-request-call heading-level="1" .config=${config()}></waymark-request-call>`);
    await settled(whole);
    expect(outline(whole)).to.deep.equal([[1, 'About you']]);
    expect(shadow(whole).querySelector('h1')?.hasAttribute('data-step-heading')).to.equal(true);
    await expect(whole).to.be.accessible();
    const odd = await fixture<WaymarkRequestCall>(html`<waymark-request-call heading-level="seven" .config=${config()}></waymark-request-call>`);
    await settled(odd);
    expect(outline(odd)).to.deep.equal([[2, 'About you']]);
  });
});
