// "Report a problem with this listing" (issue 20, part B): the card's control, the short anonymous
// form, and every way it ends (sent, not sent and tried again, by email), by keyboard, with axe.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ListingReport } from '../../../src/core/model/listing-report.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import { waitUntil } from '../../helpers/wait.ts';
import { active, byText, CONFIG, mount, resultNames, sendKeys, serveDemo, tabTo } from './helpers.ts';
import type { WaymarkFinder } from '../../../src/elements/finder/finder.ts';

const INBOX = 'https://inbox.example/listing-reports';
const inboxConfig = { ...CONFIG, listingReports: { endpoint: INBOX }, referral: { maxAttempts: 1 } };

interface Received { key: string | null; body: unknown }

/** An inbox that answers each report with the given statuses in turn (the last repeats); `hold` keeps replies back until released. */
function inbox(statuses: number[] = [201]) {
  const received: Received[] = [];
  let release: () => void = () => {};
  let gate: Promise<void> | undefined;
  worker.use(
    http.post(INBOX, async ({ request }) => {
      received.push({ key: request.headers.get('Idempotency-Key'), body: await request.json() });
      if (gate) await gate;
      const status = statuses[received.length - 1] ?? statuses[statuses.length - 1]!;
      return status === 201 ? HttpResponse.json({ reference: 'LR-0001' }, { status }) : HttpResponse.json({ type: 'server-error' }, { status });
    }),
  );
  return {
    received,
    hold: () => (gate = new Promise<void>((resolve) => (release = resolve))),
    release: () => release(),
  };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: WaymarkFinder) => el.shadowRoot!;

/** Tab to the first card's "Report a problem" and press Enter; focus goes to the form's heading. */
async function openReport(el: WaymarkFinder): Promise<string> {
  const name = resultNames(el)[0]!;
  await tabTo(el, byText(`Report a problem with this listing: ${name}`), 'the first card’s report button');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => active(el)?.id === 'report-title', 'focus did not move to the report heading');
  return name;
}

/** Chooses the reason'th answer with the arrow keys, as a keyboard user would. */
async function chooseReason(el: WaymarkFinder, index: number) {
  await tabTo(el, (n) => n.getAttribute('name') === 'report-reason', 'the reasons');
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
}

describe('<waymark-finder>: report a problem with a listing', () => {
  before(startWorker);
  beforeEach(() => serveDemo());
  afterEach(() => worker.resetHandlers());

  it('by keyboard: asks for a reason, sends the anonymous report once to the inbox, thanks them, and goes back to the card', async function () {
    this.timeout(60000);
    const service = inbox();
    const el = await mount({ config: inboxConfig });
    const name = await openReport(el);
    expect(text(root(el).querySelector('.report__listing'))).to.equal(`Listing: ${name}`);
    await expect(el).to.be.accessible();

    await tabTo(el, byText('Send report'), 'Send report');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'the error summary did not take focus');
    expect(text(root(el).querySelector('.error-summary'))).to.contain('Choose what is wrong with this listing');
    expect(text(root(el).querySelector('#report-reason-error'))).to.equal('Error: Choose what is wrong with this listing');
    expect(service.received).to.have.length(0);
    await expect(el).to.be.accessible();

    await chooseReason(el, 1);
    expect(root(el).querySelector<HTMLInputElement>('input[name="report-reason"]:checked')!.value).to.equal('wrong-time');
    await tabTo(el, (n) => n.id === 'report-note', 'the note');
    await sendKeys({ type: 'It is on Tuesdays now' });
    await tabTo(el, byText('Send report'), 'Send report');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'report-title' && text(active(el)) === 'Thank you for telling us', 'no thanks');
    await expect(el).to.be.accessible();

    expect(service.received).to.have.length(1);
    const [{ key, body }] = service.received as [Received];
    const report = ListingReport.parse(body);
    expect(key).to.equal(report.id);
    expect(report.activity.name).to.equal(name);
    expect(report).to.include({ reason: 'wrong-time', note: 'It is on Tuesdays now' });
    expect(Object.keys(body as object).sort()).to.deep.equal(['activity', 'id', 'note', 'reason', 'reportedAt', 'schemaVersion', 'source']);

    await sendKeys({ press: 'Tab' });
    expect(text(active(el))).to.equal('Back to results');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('report-button'), 'focus did not come back to the card');
    expect(text(active(el))).to.equal(`Report a problem with this listing: ${name}`);
  });

  it('"Something else" needs a few words, and a note over 300 characters is named', async function () {
    this.timeout(60000);
    inbox();
    const el = await mount({ config: inboxConfig });
    await openReport(el);
    await chooseReason(el, 4);
    expect(text(root(el).querySelector('label[for="report-note"]'))).to.equal('Tell us more');
    await tabTo(el, byText('Send report'), 'Send report');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.classList.contains('error-summary'), 'no error summary');
    expect(text(root(el).querySelector('#report-note-error'))).to.equal('Error: Tell us what is wrong');
    await expect(el).to.be.accessible();

    const note = root(el).querySelector<HTMLTextAreaElement>('#report-note')!;
    note.value = 'x'.repeat(301);
    note.dispatchEvent(new Event('input'));
    root(el).querySelector<HTMLButtonElement>('.report__send')!.click();
    await waitUntil(() => text(root(el).querySelector('#report-note-error')) === 'Error: What you wrote must be 300 characters or fewer', 'no too-long error');
    await expect(el).to.be.accessible();
  });

  it('when it is not sent: says so, keeps what they wrote, and "Try again" sends the same report', async function () {
    this.timeout(60000);
    const service = inbox([503, 201]);
    const el = await mount({ config: inboxConfig });
    await openReport(el);
    await chooseReason(el, 0);
    await tabTo(el, (n) => n.id === 'report-note', 'the note');
    await sendKeys({ type: 'Closed in November' });
    service.hold();
    await tabTo(el, byText('Send report'), 'Send report');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(root(el).querySelector('.report__send')) === 'Sending…', 'no sending state');
    expect(root(el).querySelector('.report__send')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    service.release();

    await waitUntil(() => active(el)?.id === 'report-failed-title', 'focus did not move to the failure');
    expect(text(active(el))).to.equal('Sorry, your report was not sent');
    expect(root(el).querySelector<HTMLTextAreaElement>('#report-note')!.value).to.equal('Closed in November');
    expect(root(el).querySelector<HTMLInputElement>('input[name="report-reason"]:checked')!.value).to.equal('closed');
    await expect(el).to.be.accessible();

    await tabTo(el, byText('Try again'), 'Try again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(active(el)) === 'Thank you for telling us', 'not sent on trying again');
    expect(service.received.map((r) => r.key)).to.have.length(2);
    expect(service.received[0]!.key).to.equal(service.received[1]!.key);
    expect(service.received[0]!.body).to.deep.equal(service.received[1]!.body);
  });

  it('with no inbox, opens the person’s email app with the report written in', async function () {
    this.timeout(60000);
    const el = await mount({ config: { ...CONFIG, service: { ...CONFIG.service, email: 'hello@ashbyvale.example' }, listingReports: { email: 'listings@ashbyvale.example' } } });
    const name = await openReport(el);
    await chooseReason(el, 3);
    await tabTo(el, byText('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(active(el)) === 'Send your report by email', 'no email step');
    const link = root(el).querySelector<HTMLAnchorElement>('a.report__email')!;
    const url = new URL(link.href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('listings@ashbyvale.example');
    expect(new URLSearchParams(url.search).get('body')).to.contain('Problem: The phone number does not work');
    expect(new URLSearchParams(url.search).get('subject')).to.equal(`Problem with a listing: ${name}`);
    await expect(el).to.be.accessible();
  });

  it('offers no report when the service has nowhere to send one', async () => {
    const el = await mount();
    expect(root(el).querySelector('.report-button')).to.equal(null);
  });
});
