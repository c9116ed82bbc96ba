// The page's history as an element's Back link uses it: one entry back, and never off the page.
// Seen in CI, where one tab runs test file after test file: a Back link pressed again before the
// browser had gone back counted from the entry it was leaving, so two went back two entries.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HistoryController } from '../../src/platform/history-controller.ts';
import { marksOf } from '../../src/core/history/page-history.ts';
import { waitUntil } from '../helpers/wait.ts';

/** The smallest element with pages: it moves on, and goes back through its own Back link. */
class PagesUnderTest extends LitElement {
  static override properties = { page: {} };
  page = 'a';
  private readonly history = new HistoryController(this, {
    page: () => this.page,
    visit: (page) => {
      this.page = page ?? 'a';
      return true;
    },
  });

  moveOn(page: string) {
    this.page = page;
  }

  backTo(page: string) {
    this.history.back(page);
    this.page = page;
  }

  override render() {
    return html`<p>${this.page}</p>`;
  }
}
customElements.define('test-history-pages', PagesUnderTest);

interface Navigation {
  currentEntry: { index: number };
}
const entryIndex = () => (window as unknown as { navigation: Navigation }).navigation.currentEntry.index;
const markedPage = () => Object.values(marksOf(history.state))[0]?.page;

async function movedOn(el: PagesUnderTest, page: string) {
  el.moveOn(page);
  await waitUntil(() => markedPage() === page, `an entry for page ${page}`);
}

describe('HistoryController: an element\'s own Back link', () => {
  it('goes back one entry when pressed again before the browser has gone back, never two', async () => {
    const el = await fixture<PagesUnderTest>(html`<test-history-pages></test-history-pages>`);
    await waitUntil(() => markedPage() === 'a', 'the first entry');
    await movedOn(el, 'b');
    await movedOn(el, 'c');
    const atC = entryIndex();

    // Back to b, on to c again, and Back to b again, all before the browser has gone back once.
    el.backTo('b');
    el.moveOn('c');
    await el.updateComplete;
    el.backTo('b');
    await el.updateComplete;

    await waitUntil(() => entryIndex() === atC - 1 && markedPage() === 'b', 'one entry back, on b');
    // Long enough for a second Back to have arrived, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(entryIndex()).to.equal(atC - 1);
    expect(el.page).to.equal('b');
    expect(markedPage()).to.equal('b');
  });

});
