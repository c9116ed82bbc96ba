import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/request-call/define.ts';
import type { WaymarkRequestCall } from '../../../src/elements/request-call/request-call.ts';

describe('<waymark-request-call isolated-src>', () => {
  it("warns the site editor when the frame is on the page's own origin, where it isolates nothing", async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<WaymarkRequestCall>(html`<waymark-request-call isolated-src="/frame.html"></waymark-request-call>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe')).not.to.equal(null);
      expect(warnings.join('\n')).to.contain("is on this page's own origin");
      warnings.length = 0;
      const other = await fixture<WaymarkRequestCall>(html`<waymark-request-call isolated-src="https://service.example/request-call.html"></waymark-request-call>`);
      await other.updateComplete;
      expect(warnings.filter((w) => w.includes('own origin'))).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
