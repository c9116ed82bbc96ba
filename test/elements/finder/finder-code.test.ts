// The finder draws its frame first; its search code (directory engine and result views) loads on
// demand beside the config checker. Its own file, so no other test has already loaded the module
// this one breaks (msw answers the module request).
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import { active, byText, DIRECTORY, mount, resultNames, sendKeys, serveDemo, tabTo } from './helpers.ts';
import { waitUntil } from '../../helpers/wait.ts';

describe('<waymark-finder>: its search code, loaded on demand', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  // One test, because a page keeps every module it has loaded.
  it('when the search code does not arrive: the phone number and "Try again", axe clean, and Try again by keyboard brings the results', async () => {
    serveDemo();
    let asked = 0;
    const countDirectoryRequests = () => worker.use(http.get(DIRECTORY, () => void asked++));
    countDirectoryRequests();
    worker.use(http.get(/\/elements\/finder\/loaded\.ts/, () => HttpResponse.error()));
    const el = await mount();
    // Without its code the finder never asked for the directory: this is not a failed download.
    expect(asked).to.equal(0);
    const failed = el.shadowRoot!.querySelector('.failed')!;
    expect(failed.querySelector('h2')!.textContent).to.equal('Sorry, we cannot show activities right now');
    expect(failed.querySelector('a')!.getAttribute('href')).to.equal('tel:01632960000');
    await expect(el).to.be.accessible();

    worker.resetHandlers();
    serveDemo();
    countDirectoryRequests();
    await tabTo(el, byText('Try again'), 'Try again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => resultNames(el).length === 20, 'no results after trying again');
    expect(asked).to.equal(1);
    await waitUntil(() => active(el)?.id === 'finder-title', 'focus did not go to the heading');
  });
});
