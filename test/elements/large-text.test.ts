import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/plan/define.ts';
import type { WaymarkPlan } from '../../src/elements/plan/plan.ts';
import { Activity } from '../../src/core/model/activity.ts';
import { activate, config, created, fillByKeyboard, heading, mount, service, shadow } from './request-call/helpers.ts';
import { startWorker, worker } from '../helpers/msw.ts';
import { settled } from '../helpers/settled.ts';
import { waitUntil } from '../helpers/wait.ts';

// Issue 15, item 5: at 200% text on a 320px phone, nothing spills out of its box, and a reference
// number stays on one line ("AV-" / "1001" cannot be read out on the phone).

/** The page at 200% text and 320px wide, as a person who set a large default font sees it. */
async function largeTextOnSmallPhone() {
  await setViewport({ width: 320, height: 640 });
  document.documentElement.style.fontSize = '200%';
}

async function normalPage() {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
}

function expectNoSpill(box: Element, what: string) {
  expect(box.scrollWidth, `${what} scrolls sideways`).to.be.at.most(box.clientWidth);
  const inner = box.getBoundingClientRect();
  // Text can spill out of its own element's box too, so each line of text is measured.
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      expect(line.right, `"${node.textContent!.trim()}" spills out of ${what}`).to.be.at.most(inner.right + 0.5);
      expect(line.left, `"${node.textContent!.trim()}" spills out of ${what}`).to.be.at.least(inner.left - 0.5);
    }
  }
}

describe('200% text on a 320px phone', () => {
  before(startWorker);
  afterEach(async () => {
    worker.resetHandlers();
    await normalPage();
  });

  for (const reference of ['AV-1001', 'WM-7KQ4-X9TD']) {
    it(`"Request sent" stays inside its panel, and the reference ${reference} on one line`, async function () {
      this.timeout(90_000);
      service([created(reference)]);
      const el = await mount(config());
      await fillByKeyboard(el);
      await activate(el, 'Send request');
      await waitUntil(() => heading(el) === 'Request sent', 'the confirmation');

      await largeTextOnSmallPhone();
      await settled(el);
      const panel = shadow(el).querySelector('.confirmation')!;
      expect(parseFloat(getComputedStyle(el).fontSize), '200% text').to.equal(32);
      expectNoSpill(panel, 'the confirmation panel');
      const ref = panel.querySelector('.confirmation__reference strong')!;
      expect(ref.textContent).to.equal(reference);
      const lineHeight = parseFloat(getComputedStyle(ref).lineHeight);
      expect(ref.getClientRects()).to.have.length(1);
      expect(ref.getBoundingClientRect().height, 'the reference on one line').to.be.below(lineHeight * 1.5);
      await expect(el).to.be.accessible();
    });
  }

  it("the plan's QR code fits the screen", async () => {
    const walk = Activity.parse({ id: 'walk', name: 'Health walks', cost: { free: true }, contact: { phone: '01632 960123' } });
    await largeTextOnSmallPhone();
    const el = await fixture<WaymarkPlan>(html`<waymark-plan .config=${{ service: { name: 'Ashby Vale', phone: '01632 960000' } }} .activities=${[walk]}></waymark-plan>`);
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'the QR code');
    const qr = el.shadowRoot!.querySelector('svg.qr')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(qr.right, 'the QR code inside the plan').to.be.at.most(host.right + 0.5);
    expect(qr.width, 'still square').to.be.closeTo(qr.height, 1);
    expect(qr.width, 'still big enough to scan').to.be.at.least(200);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
