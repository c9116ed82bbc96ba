import { expect } from '@open-wc/testing';

/**
 * Every element matching `selector` in `root` and in the shadow roots below it, in the order a
 * screen reader meets them (each shadow root where its host is). test/fuzz/arbitraries.ts has a
 * quicker one that groups by shadow root, for checks where order does not matter.
 */
export function inTreeOrder(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Visible text of an element, spaces collapsed. */
export const squash = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The headings a screen reader lists, in reading order: level and words (hidden ones left out). */
export function outline(el: Element): [number, string][] {
  return inTreeOrder(el, 'h1, h2, h3, h4, h5, h6')
    .filter((hd) => hd.getClientRects().length > 0)
    .map((hd) => [Number(hd.tagName[1]), squash(hd)]);
}

/** No heading goes more than one level below the one before it, and the first is `top`. */
export function expectNested(headings: [number, string][], top: number) {
  expect(headings[0]?.[0], JSON.stringify(headings)).to.equal(top);
  headings.forEach(([level], i) => {
    if (i > 0) expect(level, JSON.stringify(headings.slice(0, i + 1))).to.be.at.most(headings[i - 1]![0] + 1);
  });
}
