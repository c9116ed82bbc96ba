import { expect, fixtureCleanup } from '@open-wc/testing';
import { autoload } from '../../src/platform/autoload.ts';
import { waitUntil } from '../helpers/wait.ts';

/** A loader that records its calls and defines `tag` as a plain element, or fails the first `failures` times. */
function loader(tag: string, failures = 0) {
  const calls: number[] = [];
  const load = async () => {
    calls.push(calls.length + 1);
    if (calls.length <= failures) throw new Error('network error');
    if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  };
  return { load, calls };
}

let n = 0;
const uniqueTag = (name: string) => `test-${name}-${++n}`;

describe('autoload: each element loaded the first time its tag is on the page', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('[data-autoload-test]').forEach((el) => el.remove());
  });

  function add(tag: string, parent: Element = document.body): Element {
    const el = document.createElement(tag);
    el.setAttribute('data-autoload-test', '');
    parent.append(el);
    return el;
  }

  it('loads tags already in the page at once, and only those', async () => {
    const here = uniqueTag('here');
    const absent = uniqueTag('absent');
    add(here);
    const a = loader(here);
    const b = loader(absent);
    autoload({ [here]: a.load, [absent]: b.load });
    await waitUntil(() => customElements.get(here));
    expect(a.calls).to.deep.equal([1]);
    expect(b.calls).to.deep.equal([]);
  });

  it('loads a tag added later, including one inside an added block, once however many appear', async () => {
    const later = uniqueTag('later');
    const a = loader(later);
    autoload({ [later]: a.load });
    expect(a.calls).to.deep.equal([]);
    const block = document.createElement('div');
    block.setAttribute('data-autoload-test', '');
    add(later, block);
    add(later, block);
    document.body.append(block);
    add(later);
    await waitUntil(() => customElements.get(later));
    await new Promise((r) => setTimeout(r, 20));
    expect(a.calls).to.deep.equal([1]);
  });

  it('leaves alone a tag that is already defined (a second copy of the script)', async () => {
    const defined = uniqueTag('defined');
    customElements.define(defined, class extends HTMLElement {});
    add(defined);
    const a = loader(defined);
    autoload({ [defined]: a.load });
    await new Promise((r) => setTimeout(r, 20));
    expect(a.calls).to.deep.equal([]);
  });

  it('tries a failed load once more, and says so in the console', async () => {
    const flaky = uniqueTag('flaky');
    add(flaky);
    const a = loader(flaky, 1);
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => void errors.push(message);
    try {
      autoload({ [flaky]: a.load });
      await waitUntil(() => customElements.get(flaky), 'not loaded on the second try');
    } finally {
      console.error = original;
    }
    expect(a.calls).to.deep.equal([1, 2]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include(`could not load <${flaky}>; trying again`);
  });
});
