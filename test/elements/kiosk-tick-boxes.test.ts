import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/journey/define.ts';
import '../../src/elements/goals/define.ts';
import type { WaymarkJourney } from '../../src/elements/journey/journey.ts';
import type { WaymarkGoals } from '../../src/elements/goals/goals.ts';
import { waitUntil } from '../helpers/wait.ts';

// Issue 15, item 16: a kiosk's tick-boxes and radio buttons are big enough to hit (24px or more,
// WCAG 2.5.8) and sit level with their labels, which are taller in kiosk mode.

const config = {
  service: { name: 'Ashby Vale Connect', phone: '01632 960000' },
  directory: { src: '/kiosk-boxes-test/activities.json' },
  referral: { endpoint: '/kiosk-boxes-test/referrals' },
};

/** Each box's size, and how far its middle is from the middle of its label's first line. */
function measure(root: ShadowRoot) {
  return [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')].map((input) => {
    const box = input.getBoundingClientRect();
    const label = root.querySelector(`label[for="${input.id}"]`)!;
    const text = document.createRange();
    text.selectNodeContents(label);
    const firstLine = text.getClientRects()[0]!;
    const offCentre = Math.abs(box.top + box.height / 2 - (firstLine.top + firstLine.height / 2));
    return { id: input.id, width: box.width, height: box.height, offCentre };
  });
}

function expectBigAndLevel(boxes: ReturnType<typeof measure>, least: number) {
  expect(boxes.length).to.be.greaterThan(0);
  for (const b of boxes) {
    expect(b.width, `${b.id} width`).to.be.at.least(least);
    expect(b.height, `${b.id} height`).to.be.at.least(least);
    expect(b.offCentre, `${b.id}: box middle to its label's first line`).to.be.below(2);
  }
}

describe('tick-boxes in kiosk mode', () => {
  it("the journey's 'helping someone' box is at least 24px (a quarter larger than usual) and level with its label", async () => {
    const el = await fixture<WaymarkJourney>(html`<waymark-journey kiosk .config=${config}></waymark-journey>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#assisted'), 'the kiosk bar');
    const boxes = measure(el.shadowRoot!);
    expectBigAndLevel(boxes, 24);
    // Kiosk text is 1.25 times larger, and so are its boxes: 1.6em of 20px.
    expect(boxes[0]!.width).to.be.closeTo(32, 0.5);
    await expect(el).to.be.accessible();
  });

  it("a question's choices, with labels on one line and on several, in kiosk mode and not", async () => {
    const questionnaire = {
      pages: [
        {
          id: 'p',
          questions: [
            {
              kind: 'multiple',
              id: 'what',
              question: 'What would you like to do?',
              options: [
                { value: 'walk', label: 'Walk' },
                { value: 'long', label: 'Something with a long name that wraps over more than one line on a small screen, like this one does' },
              ],
            },
          ],
        },
      ],
    };
    for (const kiosk of [true, false]) {
      const el = await fixture<WaymarkGoals>(html`<div style="inline-size: 320px"><waymark-goals ?kiosk=${kiosk} .config=${{ ...config, questionnaire }}></waymark-goals></div>`);
      const goals = el.querySelector('waymark-goals')!;
      await waitUntil(() => goals.shadowRoot?.querySelector('input[type="checkbox"]'), 'the question');
      const boxes = measure(goals.shadowRoot!);
      expectBigAndLevel(boxes, 24);
      expect(boxes[0]!.width).to.be.closeTo(kiosk ? 32 : 25.6, 0.5);
      await expect(goals).to.be.accessible();
    }
  });
});
