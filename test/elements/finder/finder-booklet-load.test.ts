// "Print a booklet" loads its code only when asked. Its own file, so no other test has loaded the
// booklet's module before this one holds it back.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse, passthrough } from 'msw';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { waitUntil } from '../../helpers/wait.ts';
import { active, mount, serveDemo } from './helpers.ts';

const textOf = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const root = (finder: WaymarkFinder) => finder.shadowRoot!;

describe('"Print a booklet" when its code is slow or does not arrive', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('fetches nothing until asked; says it is loading, then that it did not load (axe clean each time); "Try again" by keyboard brings the booklet', async function () {
    this.timeout(60_000);
    serveDemo();
    const asked: string[] = [];
    let answer: 'hold' | 'fail' | 'pass' = 'hold';
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(/\/elements\/finder\/booklet\.ts/, async ({ request }) => {
        asked.push(request.url);
        if (answer === 'hold') {
          await held;
          return HttpResponse.error();
        }
        if (answer === 'fail') return HttpResponse.error();
        await delay(0);
        return passthrough();
      }),
    );
    const finder = await mount();
    expect(asked, 'nothing fetched before it is asked for').to.deep.equal([]);

    root(finder).querySelector<HTMLButtonElement>('.booklet-open')!.click();
    await waitUntil(() => root(finder).querySelector('.loading'), 'the loading line');
    expect(textOf(root(finder).querySelector('.loading'))).to.equal('Loading…');
    await expect(finder).to.be.accessible();

    answer = 'fail';
    release();
    await waitUntil(() => root(finder).querySelector('#booklet-failed-title'), 'the failure panel');
    await waitUntil(() => textOf(active(finder)) === 'Sorry, the booklet did not load', `focus on its heading, not ${textOf(active(finder))}`);
    expect(textOf(root(finder))).to.contain('Back to activities');
    await expect(finder).to.be.accessible();

    answer = 'pass';
    const retry = [...root(finder).querySelectorAll('button')].find((b) => textOf(b) === 'Try again')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(active(finder)) === 'Activities near you', `focus on the booklet's title, not ${textOf(active(finder))}`);
    expect(root(finder).querySelectorAll('.booklet__section').length).to.be.greaterThan(0);
    expect(asked.length).to.be.greaterThan(1);
  });
});
