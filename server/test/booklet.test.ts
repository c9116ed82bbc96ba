import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { bookletOf } from '../../src/core/directory/booklet.ts';
import { decodeSpreadsheet } from '../../src/core/directory/csv/decode.ts';
import { importDirectoryCsv } from '../../src/core/directory/csv/import.ts';
import type { Db } from '../store/db.ts';
import { publishUpload, saveUpload } from '../store/directory.ts';
import { escapeHtml } from '../staff/html.ts';
import { newDb, storeKinds } from './helpers/stores.ts';
import type { TestApp } from './helpers/app.ts';
import { signedIn, staffApp } from './helpers/staff.ts';
import { Activity, type ActivityInput } from '../../src/core/model/activity.ts';
import { BOOKLET_WORDS } from '../staff/booklet-words.ts';
import { bookletPage } from '../staff/pages/booklet.ts';
import type { Viewer } from '../staff/pages/layout.ts';

const viewer: Viewer = { id: '1', name: 'Sam Link', email: 'sam@example.org', role: 'manager', csrfToken: 't' };
const activity = (input: Partial<ActivityInput> & { id: string }) => Activity.parse({ name: input.id, contact: { phone: '01632 960111' }, ...input });

describe('the inbox\'s booklet', { timeout: 30_000 }, () => {
  it('words when, where and cost in plain English, as a person says them', () => {
    const walk = activity({
      id: 'walk',
      schedule: [{ days: ['thu', 'tue'], opens: '10:00', closes: '12:00' }, { days: ['sat'], opens: '13:30' }],
      locations: [{ name: 'Vale Park', address: 'Park Road, Ashby Vale' }, { name: 'Hall' }],
      cost: { free: true, description: 'Bring water' },
    });
    assert.equal(BOOKLET_WORDS.when(walk), 'Tuesday and Thursday, 10am to midday; Saturday, from 1:30pm');
    assert.equal(BOOKLET_WORDS.where(walk), 'Vale Park, Park Road, Ashby Vale and 1 more place');
    assert.equal(BOOKLET_WORDS.cost(walk), 'Free. Bring water');
    const weekdays = activity({ id: 'cafe', schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] }], modes: ['online', 'phone'] });
    assert.equal(BOOKLET_WORDS.when(weekdays), 'Monday to Friday');
    assert.equal(BOOKLET_WORDS.where(weekdays), 'Online, By phone');
    assert.equal(BOOKLET_WORDS.cost(weekdays), 'Ask about cost');
    assert.equal(BOOKLET_WORDS.when(activity({ id: 'ask', scheduleDescription: 'By appointment' })), 'By appointment');
  });

  it('prints each need area with its days and activities, escapes directory text, and gives each section a QR code only from an https finder page', () => {
    const activities = [
      activity({ id: 'a', name: 'Walk <b>& talk</b>', needAreas: ['loneliness', 'physical-activity'], schedule: [{ days: ['tue'], opens: '10:00' }], firstVisit: { someoneMeetsYou: true } }),
      activity({ id: 'b', name: 'Phone friends', needAreas: ['loneliness'] }),
    ];
    const out = bookletPage({ viewer, activities, finderPage: 'https://vale.example/whats-on', serviceName: 'Ashby Vale Connect', servicePhone: '01632 960000', today: '2026-12-03' }).text;
    assert.match(out, /<title>Print a booklet – Waymark inbox<\/title>/);
    assert.match(out, /Printed on 3 December 2026\. Times can change, so call before you go\./);
    const titles = [...out.matchAll(/<h[345][^>]*>([^<]*)<\/h[345]>/g)].map((m) => m[1]);
    assert.deepEqual(titles, ['Feeling lonely', 'Tuesday', 'Walk &lt;b&gt;&amp; talk&lt;/b&gt;', 'Other times, or ask for times', 'Phone friends', 'Being more active', 'Tuesday', 'Walk &lt;b&gt;&amp; talk&lt;/b&gt;']);
    assert.equal(out.match(/<svg class="qr"/g)?.length, 2, 'one QR code a need area');
    assert.equal(out.match(/Someone will meet you when you arrive\./g)?.length, 2, 'under each need area the activity is in');
    assert.match(out, /<a href="tel:01632960111">01632 960111<\/a>/);
    assert.match(out, /Questions\? Call Ashby Vale Connect on <a href="tel:01632960000">01632 960000<\/a>\./);
    assert.match(out, /Samaritans are there day and night on 116 123/);

    const plain = bookletPage({ viewer, activities, finderPage: 'http://vale.example/', today: '2026-12-03' }).text;
    assert.doesNotMatch(plain, /<svg/);
    assert.doesNotMatch(bookletPage({ viewer, activities, today: '2026-12-03' }).text, /<svg/);
  });

  it('says so when nothing is published, with no print button', () => {
    const out = bookletPage({ viewer, activities: [], today: '2026-12-03' }).text;
    assert.match(out, /Nothing is published yet, so there are no activities to print\./);
    assert.doesNotMatch(out, /data-print/);
  });
});

for (const kind of storeKinds()) {
  describe(`/inbox/directory/booklet on ${kind}`, { timeout: 240_000 }, () => {
    let db: Db;
    let app: TestApp;
    let dispose: () => Promise<void>;

    before(async () => {
      ({ db, dispose } = await newDb(kind));
      app = staffApp(db);
    });
    after(() => dispose?.());

    it('a link worker prints the published directory: every published activity under its need areas; a finder page that is not https is refused', async () => {
      const { browser, account } = await signedIn(app, db, 'linkworker', 'Alex Link');
      assert.match((await browser.get('/inbox/directory/booklet')).text, /Nothing is published yet/);

      const bytes = await readFile(new URL('../../test/fixtures/directory/booklet-60.csv', import.meta.url));
      const result = importDirectoryCsv(decodeSpreadsheet(bytes), { today: '2026-12-01' });
      await db.transaction(async (tx) => {
        const id = await saveUpload(tx, { at: new Date(), by: account.id, fileName: 'booklet.csv', result });
        assert.equal((await publishUpload(tx, id, new Date(), account.id)).ok, true);
      });
      assert.match((await browser.get('/inbox/directory')).text, /<a href="\/inbox\/directory\/booklet">Print a booklet<\/a>/);

      const page = await browser.get('/inbox/directory/booklet?finder=https%3A%2F%2Fvale.example%2Fwhats-on');
      assert.equal(page.status, 200);
      const expected = bookletOf(result.activities.map((a) => Activity.parse(a)), BOOKLET_WORDS);
      assert.equal(expected.activities, 55);
      const printed = [...page.text.matchAll(/<h[345][^>]*>([^<]*)<\/h[345]>/g)].map((m) => m[1]);
      const outline = expected.sections.flatMap((s) => [s.title, ...s.days.flatMap((d) => [d.title, ...d.items.map((i) => i.name)])]);
      assert.deepEqual(printed, outline.map(escapeHtml));
      assert.equal(page.text.match(/<svg class="qr"/g)?.length, expected.sections.filter((s) => s.needArea !== 'other').length);

      const refused = await browser.get('/inbox/directory/booklet?finder=http%3A%2F%2Fvale.example%2F');
      assert.equal(refused.status, 422);
      assert.match(refused.text, /<title>Error: Print a booklet/);
      assert.match(refused.text, /starting with https:\/\//);
      assert.doesNotMatch(refused.text, /<svg/);
    });
  });
}
