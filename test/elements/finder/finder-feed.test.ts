import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startWorker, worker } from '../../helpers/msw.ts';
import { active, byText, DIRECTORY, mount, resultNames, sendKeys, serveDemo, tabTo } from './helpers.ts';
import oruk3Page1 from '../../fixtures/directory/oruk3-page1.json';
import oruk3Page2 from '../../fixtures/directory/oruk3-page2.json';
import { waitUntil } from '../../helpers/wait.ts';

describe('<waymark-finder>: feeds', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('shows the service phone number and a "Try again" that works, when the feed fails', async () => {
    worker.use(http.get(DIRECTORY, () => new HttpResponse(null, { status: 503 })));
    const el = await mount();
    const failed = el.shadowRoot!.querySelector('.failed')!;
    expect(failed.querySelector('h2')!.textContent).to.equal('Sorry, we cannot show activities right now');
    expect(failed.textContent).to.contain('To find an activity, call Ashby Vale Connect on');
    expect(failed.querySelector('a')!.getAttribute('href')).to.equal('tel:01632960000');
    await expect(el).to.be.accessible();

    worker.resetHandlers();
    serveDemo();
    await tabTo(el, byText('Try again'), 'Try again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => resultNames(el).length === 20, 'did not load on retry');
    await waitUntil(() => active(el)?.id === 'finder-title', 'focus did not go to the heading');
    await expect(el).to.be.accessible();
  });

  it('shows a loading message while the directory is on its way', async () => {
    worker.use(http.get(DIRECTORY, async () => { await new Promise((r) => setTimeout(r, 400)); return HttpResponse.json({ activities: [] }); }));
    const { fixture, html } = await import('@open-wc/testing');
    await import('../../../src/elements/finder/define.ts');
    const el = await fixture(html`<waymark-finder directory-src=${DIRECTORY}></waymark-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.loading')?.textContent?.includes('Loading activities'), 'no loading message');
    await expect(el).to.be.accessible();
  });

  it('tells the site editor when no directory is set, and still offers the phone number', async () => {
    const el = await mount({ src: '' });
    const problems = el.shadowRoot!.querySelector('.config-problems')!;
    expect(problems.textContent).to.contain('directory-src');
    expect(problems.querySelector('a[href="tel:01632960000"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders an Open Referral feed with nothing unsafe reaching the page', async () => {
    worker.use(
      http.get('https://feeds.example/oruk/services', ({ request }) =>
        HttpResponse.json(new URL(request.url).searchParams.get('page') === '2' ? oruk3Page2 : oruk3Page1),
      ),
    );
    const el = await mount({ src: 'https://feeds.example/oruk', format: 'oruk' });
    expect(resultNames(el)).to.deep.equal(['Get Online Drop-in', 'Job Club', 'Vale Befriending Café']);

    await tabTo(el, (n) => n.classList.contains('details-button') && n.textContent!.includes('Job Club'), 'More details: Job Club');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'details-title', 'details did not open');
    const root = el.shadowRoot!;
    expect(root.querySelector('.details')!.textContent).to.contain('Help to find work: CVs & interviews.');
    expect(root.querySelectorAll('script, img, iframe, b, p[onerror]')).to.have.length(0);
    for (const a of root.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.match(/^(https:|tel:|mailto:)/);
    expect(root.innerHTML).not.to.contain('javascript:');
    await expect(el).to.be.accessible();
  });
});
