import { expect } from '@open-wc/testing';
import { startWorker, worker } from '../../helpers/msw.ts';
import type { WaymarkRequestCall } from '../../../src/elements/request-call/request-call.ts';
import { activate, config, fillByKeyboard, heading, mount, shadow } from './helpers.ts';

/** The labels of a checkbox group's choices, in order. */
const choiceLabels = (el: WaymarkRequestCall, group: string) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)].map((input) => shadow(el).querySelector(`label[for="${input.id}"]`)!.textContent!.trim());

/** Page 2, "How to contact you", reached as a person would: the whole form, then Back twice. */
async function contactPage(el: WaymarkRequestCall) {
  await fillByKeyboard(el);
  await activate(el, 'Back');
  await activate(el, 'Back');
  expect(heading(el)).to.equal('How to contact you');
}

describe('<waymark-request-call> call-back days and times', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());
  // The whole form by keyboard, twice Back, then axe: up to a minute on two busy cores.
  beforeEach(function () {
    this.currentTest?.timeout(60_000);
  });

  it('offers every day and time when the service gives no opening hours, as before', async () => {
    const el = await mount();
    await contactPage(el);
    expect(choiceLabels(el, 'bestDays')).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(choiceLabels(el, 'bestTimes')).to.deep.equal(['Morning (9am to 12 noon)', 'Afternoon (12 noon to 5pm)', 'Evening (5pm to 8pm)']);
  });

  it('offers a service open Monday to Friday, 9am to 5pm, no Saturday, Sunday or evening', async () => {
    const el = await mount(config({ service: { openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] } }));
    await contactPage(el);
    expect(choiceLabels(el, 'bestDays')).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    expect(choiceLabels(el, 'bestTimes')).to.deep.equal(['Morning (9am to 12 noon)', 'Afternoon (12 noon to 5pm)']);
    await expect(el).to.be.accessible();
  });

  it('offers evenings and Saturday to a service open then', async () => {
    const el = await mount(
      config({
        service: {
          openingHours: [
            { days: ['tue', 'thu'], opens: '17:00', closes: '20:00' },
            { days: ['sat'], opens: '10:00', closes: '12:00' },
          ],
        },
      }),
    );
    await contactPage(el);
    expect(choiceLabels(el, 'bestDays')).to.deep.equal(['Tuesday', 'Thursday', 'Saturday']);
    expect(choiceLabels(el, 'bestTimes')).to.deep.equal(['Morning (9am to 12 noon)', 'Evening (5pm to 8pm)']);
    await expect(el).to.be.accessible();
  });
});
