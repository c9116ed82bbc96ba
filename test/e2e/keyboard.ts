/// <reference types="node" />
// Keyboard-only driving for end-to-end journeys: Tab until the focused control is the one wanted,
// then Space, Enter or typing, as a person with no mouse would.
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  type: string;
  name: string;
}

/** The element that really has focus, looking through shadow roots. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const input = el as HTMLInputElement | null;
    const name = input?.labels?.length ? clean(input.labels[0]!.textContent) : clean(el?.getAttribute('aria-label') ?? el?.textContent);
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', type: input?.type ?? '', name };
  });
}

export type Want = { id: string } | { name: string | RegExp; tag?: string };

function matches(f: Focused, want: Want): boolean {
  if ('id' in want) return f.id === want.id;
  if (want.tag && f.tag !== want.tag) return false;
  return typeof want.name === 'string' ? f.name === want.name : want.name.test(f.name);
}

/** Presses Tab (or Shift+Tab) until the wanted control has focus. Fails with what it passed. */
export async function tabTo(page: Page, want: Want, { max = 250, backwards = false } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f, want)) return f;
    seen.push(`${f.tag}#${f.id}:${f.name.slice(0, 40)}`);
  }
  throw new Error(`Could not Tab to ${JSON.stringify(want)}. Passed: ${seen.slice(-40).join(' | ')}`);
}

export async function tabAndPress(page: Page, want: Want, key = 'Enter'): Promise<void> {
  await tabTo(page, want);
  await page.keyboard.press(key);
}

export async function tabAndType(page: Page, want: Want, text: string): Promise<void> {
  await tabTo(page, want);
  await page.keyboard.type(text);
}

/** The text of the first heading with focus-on-step semantics anywhere in the page's shadow roots. */
export function deepText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      root.querySelectorAll(sel).forEach((n) => out.push((n.textContent ?? '').replace(/\s+/g, ' ').trim()));
      root.querySelectorAll('*').forEach((n) => n.shadowRoot && walk(n.shadowRoot));
    };
    walk(document);
    return out;
  }, selector);
}
