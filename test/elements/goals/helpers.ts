import { sendKeys } from '@web/test-runner-commands';
import type { WaymarkGoals } from '../../../src/elements/goals/goals.ts';
import type { StepDetail } from '../../../src/events.ts';

export const shadow = (el: WaymarkGoals) => el.shadowRoot!;

/** The element focused inside the shadow root, where the document only sees the host. */
export const focused = (el: WaymarkGoals) => shadow(el).activeElement as HTMLElement | null;

export const heading = (el: WaymarkGoals) => shadow(el).querySelector('[data-step-heading]')?.textContent!.replace(/\s+/g, ' ').trim();

export async function press(el: WaymarkGoals, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await el.updateComplete;
}

/** Shift+Tab: puppeteer presses one key at a time, so Shift is held down around Tab. */
export async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
export async function tabTo(el: WaymarkGoals, matches: (active: HTMLElement) => boolean, key = 'Tab', max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    if (key === 'Shift+Tab') await shiftTab();
    else await sendKeys({ press: key });
    const active = focused(el);
    if (active && matches(active)) return active;
  }
  throw new Error(`Never reached the element after ${max} presses of ${key}; focus is on ${focused(el)?.outerHTML}`);
}

export const isChoice = (value: string) => (a: HTMLElement) => a instanceof HTMLInputElement && a.value === value;
export const isButton = (text: string | RegExp) => (a: HTMLElement) =>
  a.tagName === 'BUTTON' && (typeof text === 'string' ? a.textContent!.replace(/\s+/g, ' ').trim() === text : text.test(a.textContent!));
export const isContinue = isButton('Continue');

/** Tabs to Continue and presses Enter. */
export async function continueByKeyboard(el: WaymarkGoals): Promise<void> {
  await tabTo(el, isContinue);
  await press(el, 'Enter');
}

export function recordSteps(el: WaymarkGoals): StepDetail[] {
  const steps: StepDetail[] = [];
  el.addEventListener('waymark-step', (e) => steps.push(e.detail));
  return steps;
}

/** The check-answers rows as [question, answer]. */
export function summaryRows(el: WaymarkGoals): [string, string][] {
  return [...shadow(el).querySelectorAll('.summary-list__row')].map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    row.querySelector('.summary-list__value')!.textContent!.trim(),
  ]);
}
