import { expect, oneEvent } from '@open-wc/testing';
import { startWorker, worker } from '../../helpers/msw.ts';
import { active, announced, byId, byText, mount, resultNames, sendKeys, serveDemo, tabTo, waitForAnnouncement } from './helpers.ts';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';
import type { PlanChangeDetail } from '../../../src/events.ts';
import { waitUntil } from '../../helpers/wait.ts';

const hrefs = (el: WaymarkFinder) => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);

describe('<waymark-finder>: show more, details and plan by keyboard', () => {
  before(startWorker);
  beforeEach(() => serveDemo());
  afterEach(() => worker.resetHandlers());

  it('shows 20 more and moves focus to the first new result', async function () {
    this.timeout(30000);
    const el = await mount();
    const before = resultNames(el);
    await tabTo(el, byText('Show 20 more'), 'Show 20 more');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => resultNames(el).length === 40, 'no more results');
    expect(resultNames(el).slice(0, 20)).to.deep.equal(before);
    await waitUntil(() => active(el)?.id === 'result-20', 'focus did not move to result 21');
    expect(active(el)!.textContent).to.equal(resultNames(el)[20]);
    expect(el.shadowRoot!.textContent).to.contain('Showing 40 of 70.');
    await expect(el).to.be.accessible();
  });

  it('opens the details, with only https, tel and mailto links, and comes back to the same place', async () => {
    const el = await mount();
    await tabTo(el, (n) => n.classList.contains('details-button') && n.textContent!.includes('Ashby Vale Food Bank'), 'More details: Ashby Vale Food Bank');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'details-title', 'focus did not move to the details heading');
    expect(active(el)!.textContent).to.equal('Ashby Vale Food Bank');
    const text = el.shadowRoot!.querySelector('.details')!.textContent!;
    for (const words of ['When', 'Where', 'Cost', 'How to join', 'Contact', 'Last checked']) expect(text).to.contain(words);
    expect(hrefs(el).length).to.be.greaterThan(0);
    for (const href of hrefs(el)) expect(href).to.match(/^(https:|tel:|mailto:)/);
    await expect(el).to.be.accessible();

    await tabTo(el, byText('Back to results'), 'Back to results');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('details-button'), 'focus did not come back');
    expect(active(el)!.textContent).to.contain('Ashby Vale Food Bank');
  });

  it('warns that an entry checked over a year ago may be out of date', async () => {
    const el = await mount();
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'fishing' });
    await waitUntil(() => resultNames(el)[0] === 'Fishing for Wellbeing at Kelby Mere', 'search found it');
    await tabTo(el, (n) => n.classList.contains('details-button') && n.textContent!.includes('Kelby Mere'), 'More details: Kelby Mere');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'details open');
    expect(el.shadowRoot!.querySelector('.stale')!.textContent).to.contain('last checked over a year ago');
    await expect(el).to.be.accessible();
  });

  it('adds to and removes from the plan, firing waymark-plan-change each time', async () => {
    const el = await mount();
    el.plan = ['av-phone-friends'];
    await el.updateComplete;
    const button = await tabTo(el, (n) => n.classList.contains('plan-toggle') && n.textContent!.includes('Arts on Prescription'), 'Add to my plan: Arts on Prescription');
    expect(button.textContent).to.contain('Add to my plan');

    let event = oneEvent(el, 'waymark-plan-change');
    await sendKeys({ press: 'Enter' });
    const added = (await event).detail as PlanChangeDetail;
    expect(added.activityIds).to.deep.equal(['av-phone-friends', 'av-arts-on-prescription']);
    expect(added.activities!.map((a) => a.name)).to.deep.equal(['Phone Friends', 'Arts on Prescription']);
    await el.updateComplete;
    expect(active(el)!.textContent).to.contain('Remove from my plan');
    expect(announced(el)).to.equal('Added to your plan: Arts on Prescription');
    await expect(el).to.be.accessible();

    event = oneEvent(el, 'waymark-plan-change');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.activityIds).to.deep.equal(['av-phone-friends']);
    expect(el.plan).to.deep.equal(['av-phone-friends']);
  });

  it('toggles the plan from the details view too', async () => {
    const el = await mount();
    await tabTo(el, (n) => n.classList.contains('details-button'), 'the first More details');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'details-title', 'details did not open');
    await tabTo(el, (n) => n.classList.contains('plan-toggle'), 'Add to my plan');
    const event = oneEvent(el, 'waymark-plan-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail.activityIds).to.have.length(1);
  });
});

describe('<waymark-finder>: distance', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('sends only the outward code, then shows miles and sorts nearest first', async () => {
    const { lookups } = serveDemo();
    const el = await mount();
    await tabTo(el, byId('finder-postcode'), 'the postcode box');
    await sendKeys({ type: 'av6 1lp' });
    await sendKeys({ press: 'Enter' });
    await waitForAnnouncement(el, 'Showing distances from AV6, nearest first.');
    expect(lookups).to.deep.equal(['https://lookup.example/outcodes/AV6']);
    const miles = [...el.shadowRoot!.querySelectorAll('.result')].map((r) => r.querySelector('.miles')?.textContent);
    expect(miles[0]).to.match(/^About [\d.]+ miles? away$/);
    const values = miles.filter(Boolean).map((m) => Number(/[\d.]+/.exec(m!)![0]));
    expect(values).to.deep.equal([...values].sort((a, b) => a - b));
    // Nearest first, no longer A to Z.
    expect(resultNames(el)[0]).to.equal('Hollins Wood Green Gym');
    await expect(el).to.be.accessible();

    await tabTo(el, byText('Stop showing distances'), 'Stop showing distances');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.shadowRoot!.querySelector('.miles'), 'distances stayed');
    expect(active(el)?.id).to.equal('finder-postcode');
  });

  it('says when a postcode is not a UK postcode, with the error summary taking focus', async () => {
    const { lookups } = serveDemo();
    const el = await mount();
    await tabTo(el, byId('finder-postcode'), 'the postcode box');
    await sendKeys({ type: '90210' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'error summary did not take focus');
    expect(active(el)!.textContent).to.contain('There is a problem');
    expect(active(el)!.textContent).to.contain('Enter a UK postcode, like LS6 2AB');
    expect(el.shadowRoot!.querySelector('#finder-postcode-error')!.textContent).to.contain('Error:');
    expect(lookups).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await tabTo(el, (n) => n.localName === 'a' && n.textContent!.includes('Enter a UK postcode'), 'the error link');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'finder-postcode', 'the error link did not focus the field');
  });

  it('says when the lookup does not know the postcode area', async () => {
    serveDemo();
    const el = await mount();
    await tabTo(el, byId('finder-postcode'), 'the postcode box');
    await sendKeys({ type: 'ZZ9 9ZZ' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'no error');
    expect(el.shadowRoot!.querySelector('.error-summary')!.textContent).to.contain('We could not find that postcode');
  });

  it('offers no postcode box when the site names no lookup service (no third-party calls)', async () => {
    serveDemo();
    const el = await mount({ config: { service: { phone: '01632 960000' } } });
    expect(el.shadowRoot!.querySelector('#finder-postcode')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#finder-use-location')!.textContent).to.contain('Use my location');
  });
});

describe('<waymark-finder>: the device location, only when asked', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());
  const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
  afterEach(() => Object.defineProperty(Navigator.prototype, 'geolocation', real));

  /** The browser's answer, standing in for its permission prompt. */
  function browserSays(answer: { latitude: number; longitude: number } | 'denied') {
    let asked = 0;
    const geolocation = {
      getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
        asked++;
        if (answer === 'denied') fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
        else ok({ coords: { ...answer, accuracy: 100 }, timestamp: Date.now() } as unknown as GeolocationPosition);
      },
    };
    Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => geolocation });
    return () => asked;
  }

  it('uses the location once the person presses the button, and never before', async () => {
    serveDemo();
    const asked = browserSays({ latitude: 52.9505, longitude: -1.149 });
    const el = await mount();
    expect(asked()).to.equal(0);
    await tabTo(el, byId('finder-use-location'), 'Or use my location');
    await sendKeys({ press: 'Enter' });
    await waitForAnnouncement(el, 'Showing distances from your location, nearest first.');
    expect(asked()).to.equal(1);
    expect(el.shadowRoot!.querySelector('.miles')).to.not.equal(null);
  });

  it('says what to do when the browser does not share the location', async () => {
    serveDemo();
    browserSays('denied');
    const el = await mount();
    await tabTo(el, byId('finder-use-location'), 'Or use my location');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'no error summary');
    expect(active(el)!.textContent).to.contain('Your browser did not share your location. You can enter a postcode instead');
    await expect(el).to.be.accessible();
  });
});
