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
