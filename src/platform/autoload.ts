/** Loads one element's code and registers it. */
export type ElementLoader = () => Promise<unknown>;

const RETRY_AFTER_MS = 3000;

/**
 * Loads each element's code the first time its tag appears in the page, so a page with only the
 * finder never downloads the referral form. Tags already in the page load at once; tags added
 * later (a CMS block, a framework render) are seen by a MutationObserver, which stops once every
 * element has loaded. A failed load is tried once more: the tag keeps whatever fallback the host
 * put inside it (it shows until the element is defined), and the console names what went wrong.
 *
 * Tags inside another script's shadow root are out of sight of the page; such hosts import the
 * element's own entry (`waymark/finder.js`) instead.
 */
export function autoload(loaders: Record<string, ElementLoader>, root: Document = document): void {
  const waiting = new Map(Object.entries(loaders).filter(([tag]) => !customElements.get(tag)));

  const load = (tag: string, retry = true): void => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    loader().catch((error: unknown) => {
      console.error(`[waymark] could not load <${tag}>${retry ? '; trying again' : ''}.`, error);
      if (!retry) return;
      setTimeout(() => {
        waiting.set(tag, loader);
        load(tag, false);
      }, RETRY_AFTER_MS);
    });
  };

  const scan = (node: ParentNode): void => {
    for (const tag of [...waiting.keys()]) if (node.querySelector(tag)) load(tag);
  };

  scan(root);
  if (waiting.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        load(node.localName);
        if (node.firstElementChild) scan(node);
      }
    }
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
