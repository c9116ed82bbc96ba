import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ListingReport, LISTING_NOTE_MAX } from '../../../src/core/model/listing-report.ts';
import { WaymarkConfig } from '../../../src/core/model/config.ts';
import { buildListingReport, checkListingReport } from '../../../src/core/listing-report/form.ts';
import { listingReportMailto } from '../../../src/core/listing-report/mailto.ts';
import { sendListingReport } from '../../../src/core/listing-report/send.ts';
import { reportRoute } from '../../../src/core/listing-report/route.ts';
import { startWorker, worker } from '../../helpers/msw.ts';

const ACTIVITY = { id: 'av-knit', name: 'Knit & Natter' };
const META = { id: '0b7c1d9e-4f2a-4c3b-9d8e-7f6a5b4c3d2e', reportedAt: '2026-12-03T10:00:00.000Z', widgetVersion: '0.1.0', locale: 'cy' };

describe('listing reports: the form', () => {
  it('asks for a reason, and for a few words when the reason is "other"', () => {
    expect(checkListingReport({ note: '' })).to.deep.equal([{ field: 'report-reason', code: 'report.reason-missing' }]);
    expect(checkListingReport({ reason: 'other', note: '   ' })).to.deep.equal([{ field: 'report-note', code: 'report.note-missing' }]);
    expect(checkListingReport({ reason: 'other', note: 'Moved to the library' })).to.deep.equal([]);
    expect(checkListingReport({ reason: 'closed', note: '' })).to.deep.equal([]);
  });

  it('refuses a note over the limit, counting what is left after trimming', () => {
    expect(checkListingReport({ reason: 'wrong-time', note: `  ${'a'.repeat(LISTING_NOTE_MAX)}  ` })).to.deep.equal([]);
    expect(checkListingReport({ reason: 'wrong-time', note: 'a'.repeat(LISTING_NOTE_MAX + 1) })).to.deep.equal([
      { field: 'report-note', code: 'report.note-too-long', max: LISTING_NOTE_MAX },
    ]);
  });

  it('builds a report the schema accepts, with nothing about the person and no empty note', () => {
    const report = buildListingReport(ACTIVITY, { reason: 'wrong-time', note: ' Now Tuesdays ' }, META);
    expect(ListingReport.parse(report)).to.deep.equal({
      schemaVersion: 1, id: META.id, activity: ACTIVITY, reason: 'wrong-time', note: 'Now Tuesdays',
      reportedAt: META.reportedAt, source: { widgetVersion: '0.1.0', locale: 'cy' },
    });
    expect(buildListingReport(ACTIVITY, { reason: 'closed', note: '  ' }, META)).not.to.have.property('note');
    expect(() => buildListingReport(ACTIVITY, { note: '' }, META)).to.throw(/no reason/);
  });

  it('the schema refuses unknown fields (a name or phone number has no place in it) and unknown reasons', () => {
    const report = buildListingReport(ACTIVITY, { reason: 'closed', note: '' }, META);
    expect(ListingReport.safeParse({ ...report, name: 'Sam' }).success).to.equal(false);
    expect(ListingReport.safeParse({ ...report, reason: 'rude-staff' }).success).to.equal(false);
    expect(ListingReport.safeParse({ ...report, note: 'a'.repeat(LISTING_NOTE_MAX + 1) }).success).to.equal(false);
  });
});

describe('listing reports: where they go', () => {
  const config = (extra: object) => WaymarkConfig.parse(extra);

  it('goes to the inbox when set, else to the listing email, else to the service email, else nowhere', () => {
    expect(reportRoute(config({ listingReports: { endpoint: 'https://inbox.example/listing-reports', email: 'a@example.org' } })))
      .to.deep.equal({ kind: 'inbox', endpoint: 'https://inbox.example/listing-reports' });
    expect(reportRoute(config({ listingReports: { email: 'listings@example.org' }, service: { email: 'hello@example.org' } })))
      .to.deep.equal({ kind: 'email', address: 'listings@example.org' });
    expect(reportRoute(config({ service: { email: 'hello@example.org' } }))).to.deep.equal({ kind: 'email', address: 'hello@example.org' });
    expect(reportRoute(config({}))).to.deep.equal({ kind: 'none' });
  });

  it('the config refuses an http endpoint elsewhere and a broken address', () => {
    expect(WaymarkConfig.safeParse({ listingReports: { endpoint: 'http://inbox.example/listing-reports' } }).success).to.equal(false);
    expect(WaymarkConfig.safeParse({ listingReports: { email: 'not an address' } }).success).to.equal(false);
    expect(WaymarkConfig.safeParse({ listingReports: { endpoint: 'https://inbox.example/x', extra: 1 } }).success).to.equal(false);
  });

  it('writes an email with the report in it, spaces as %20 and lines as CRLF', () => {
    const report = buildListingReport(ACTIVITY, { reason: 'wrong-place', note: 'Now at the church hall & café' }, META);
    const href = listingReportMailto('listings@example.org', report);
    const url = new URL(href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('listings@example.org');
    expect(href).not.to.contain('+');
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).to.equal('Problem with a listing: Knit & Natter');
    expect(params.get('body')!.split('\r\n')).to.deep.equal([
      'Report a problem with this listing', '', 'Activity: Knit & Natter', 'Listing id: av-knit', 'Problem: The place is wrong',
      'What they said: Now at the church hall & café', 'Reported: 2026-12-03', `Report id: ${META.id}`,
    ]);
  });
});

describe('listing reports: sending to the inbox', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());
  let n = 0;
  const endpoint = () => `/listing-report-test-${++n}/listing-reports`;
  const options = { timeoutMs: 5000, maxAttempts: 3, sleep: async () => {}, random: () => 0 };

  it('sends once with the report id as Idempotency-Key, trying again after a 503 with the same body', async () => {
    const url = endpoint();
    const seen: { key: string | null; body: string }[] = [];
    worker.use(http.post(url, async ({ request }) => {
      seen.push({ key: request.headers.get('Idempotency-Key'), body: await request.text() });
      return seen.length === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ reference: 'LR-1A2B3C4D' }, { status: 201 });
    }));
    const report = buildListingReport(ACTIVITY, { reason: 'closed', note: '' }, META);
    const sent = await sendListingReport(url, report, options);
    expect(sent).to.deep.include({ ok: true, reference: 'LR-1A2B3C4D', attempts: 2 });
    expect(seen.map((s) => s.key)).to.deep.equal([META.id, META.id]);
    expect(seen[0]!.body).to.equal(seen[1]!.body);
    expect(JSON.parse(seen[0]!.body)).to.deep.equal(report);
  });

  it('fails plainly on a refusal, without trying again', async () => {
    const url = endpoint();
    let calls = 0;
    worker.use(http.post(url, () => (calls++, HttpResponse.json({ type: 'x' }, { status: 400 }))));
    const sent = await sendListingReport(url, buildListingReport(ACTIVITY, { reason: 'closed', note: '' }, META), options);
    expect(sent.ok).to.equal(false);
    expect(calls).to.equal(1);
  });

  it('a 2xx without a reference is not "sent"', async () => {
    const url = endpoint();
    worker.use(http.post(url, () => HttpResponse.json({}, { status: 201 })));
    const sent = await sendListingReport(url, buildListingReport(ACTIVITY, { reason: 'closed', note: '' }, META), { ...options, maxAttempts: 1 });
    expect(sent.ok).to.equal(false);
  });
});
