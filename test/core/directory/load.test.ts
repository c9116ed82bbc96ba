import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { loadDirectory, servicesPageUrl, type LoadedDirectory } from '../../../src/core/directory/load.ts';
import { editorReport } from '../../../src/core/directory/collect.ts';
import { problemText } from '../../../src/core/text/problem-text.ts';
import { mapOruk3Service } from '../../../src/core/directory/oruk3.ts';
import { mapOruk1Service } from '../../../src/core/directory/oruk1.ts';
import { startWorker, worker } from '../../helpers/msw.ts';
import oruk3Page1 from '../../fixtures/directory/oruk3-page1.json';
import oruk3Page2 from '../../fixtures/directory/oruk3-page2.json';
import oruk1Page1 from '../../fixtures/directory/oruk1-page1.json';
import oruk1Page2 from '../../fixtures/directory/oruk1-page2.json';
import demo from '../../../demo/data/activities.json';

const FEED = 'https://feeds.example/oruk';

/** Serves numbered pages and records what was asked for. */
function servePages(pages: Record<number, unknown>, base = FEED) {
  const asked: string[] = [];
  worker.use(
    http.get(`${base}/services`, ({ request }) => {
      const url = new URL(request.url);
      asked.push(`${url.searchParams.get('page')}/${url.searchParams.get('per_page')}`);
      const page = pages[Number(url.searchParams.get('page'))];
      return page === undefined ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(page);
    }),
  );
  return asked;
}

async function load(format: 'oruk' | 'oruk-v1' | 'waymark', src = FEED, extra: { taxonomyMap?: Record<string, never[] | string[]>; perPage?: number } = {}) {
  const result = await loadDirectory({ src, format, perPage: extra.perPage ?? 3, taxonomyMap: extra.taxonomyMap as never });
  if (!result.ok) throw new Error(`load failed: ${result.detail}`);
  return result.directory;
}

function byId(dir: LoadedDirectory, id: string) {
  const found = dir.activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}

describe('loadDirectory: Open Referral UK 3.0', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('follows every page, keeps good records, skips and counts bad ones', async () => {
    const asked = servePages({ 1: oruk3Page1, 2: oruk3Page2 });
    const dir = await load('oruk', FEED, { taxonomyMap: { 'esd:123': ['digital-skills'] } });
    expect(asked).to.deep.equal(['1/3', '2/3']);
    expect(dir.pages).to.equal(2);
    expect(dir.activities.map((a) => a.name)).to.deep.equal(['Vale Befriending Café', 'Job Club', 'Get Online Drop-in']);
    expect(dir.inactive).to.equal(1);
    expect(dir.skipped.map((s) => [s.position, s.id, s.problems[0]?.path])).to.deep.equal([
      ['page 1, contents[2]', 'broken-1', 'name'],
      ['page 2, contents[2]', undefined, '(record)'],
    ]);
  });

  it('reads nested places, schedules, costs, contacts, languages and taxonomy', async () => {
    servePages({ 1: oruk3Page1, 2: oruk3Page2 });
    const cafe = byId(await load('oruk'), '5b8e1c2a-0d1f-4b7e-9a53-2f1c9e0a7b11');
    expect(cafe.organisation).to.deep.equal({ name: 'Vale Befriending Network', website: 'https://valefriends.example' });
    expect(cafe.schedule).to.deep.equal([{ days: ['tue', 'thu'], opens: '10:00', closes: '12:00', description: 'Every Tuesday and Thursday morning' }]);
    expect(cafe.locations).to.deep.equal([
      {
        name: "St Mary's Church Hall",
        address: '12 Church Lane, Ashby Vale',
        postcode: 'AV1 2CH',
        latitude: 52.9512,
        longitude: -1.1478,
        accessibility: ['Step-free entrance', 'Hearing loop in the main hall'],
      },
    ]);
    expect(cafe.cost).to.deep.equal({ free: true, description: 'Everyone: Free, donations welcome' });
    expect(cafe.contact).to.deep.equal({ name: 'Jan Morley', phone: '01632 960112', email: 'cafe@valefriends.example.org', website: 'https://valefriends.example/cafe' });
    expect(cafe.languages).to.deep.equal(['English', 'Polish']);
    expect(cafe.needAreas).to.have.members(['loneliness', 'food-cooking']);
    expect(cafe.pathways).to.deep.equal([]);
    expect(cafe.eligibility).to.deep.equal({ minAge: 18, maxAge: undefined, description: undefined });
    // assured_date is when someone checked the details; last_modified (a day later here) is only when the record changed.
    expect(cafe.lastChecked).to.equal('2026-03-20');
    expect(cafe.firstVisit, "the place's transportation, as plain text").to.deep.equal({ gettingThere: 'Bus 12 stops outside. Free parking behind the hall.' });
    expect(cafe.nextDates).to.deep.equal([]);
    expect(cafe.description).to.equal('A friendly café morning for anyone who feels alone. Tea, cake and a chat with volunteers.\nJust turn up, or call us first if you are nervous.');
  });

  it('drops a javascript: website and keeps HTML in descriptions only as text', async () => {
    servePages({ 1: oruk3Page1, 2: oruk3Page2 });
    const dir = await load('oruk');
    const job = byId(dir, '9c1d7f00-3e4b-4c3a-8f0e-6a2b1d4c5e22');
    expect(job.contact.website).to.equal(undefined);
    expect(job.organisation).to.deep.equal({ name: 'Ashby Vale Works', website: undefined });
    expect(job.description).to.equal('Help to find work: CVs & interviews.');
    expect(job.description).not.to.match(/<|alert/);
    expect(job.needAreas).to.deep.equal(['work']);
    expect(job.pathways).to.deep.equal(['work-direct']);
    expect(job.cost).to.deep.equal({ free: false, description: '£2.50 a session' });
    expect(job.locations).to.deep.equal([]);
    expect(job.schedule, 'a one-off date is not a weekly session').to.deep.equal([]);
    expect(job.nextDates).to.deep.equal([{ date: '2027-01-12', starts: '10:00', ends: '12:00', description: 'First session of the new course' }]);
    expect(dir.dropped.map((d) => [d.id, d.field])).to.deep.include.members([
      ['9c1d7f00-3e4b-4c3a-8f0e-6a2b1d4c5e22', 'url'],
      ['9c1d7f00-3e4b-4c3a-8f0e-6a2b1d4c5e22', 'organization.website'],
    ]);
  });

  it('survives wrong types and missing arrays, and maps terms through the site map first', async () => {
    servePages({ 1: oruk3Page1, 2: oruk3Page2 });
    const online = byId(await load('oruk', FEED, { taxonomyMap: { 'esd:123': ['digital-skills'] } }), 'esd-digital-7');
    expect(online.schedule).to.deep.equal([]);
    expect(online.cost).to.equal(undefined);
    expect(online.needAreas).to.deep.equal(['digital-skills']);
    expect(online.pathways, 'digital skills are the indirect route to work').to.deep.equal(['work-indirect']);
    expect(online.modes).to.have.members(['in-person', 'online']);
    // Latitude 100 is off the globe: the place stays, its position goes.
    expect(online.locations).to.deep.equal([
      { name: 'Central Library', address: 'Market Square, Ashby Vale', postcode: 'AV1 1LB', latitude: undefined, longitude: undefined, accessibility: [] },
    ]);
    expect(online.contact.phone).to.equal('1632960300');
  });

  it("lets the site's map override the built-in words, even to nothing", async () => {
    servePages({ 1: oruk3Page1, 2: oruk3Page2 });
    const dir = await load('oruk', FEED, { taxonomyMap: { befriending: [], 'food and drink': ['caring'] } });
    expect(byId(dir, '5b8e1c2a-0d1f-4b7e-9a53-2f1c9e0a7b11').needAreas).to.deep.equal(['caring']);
  });

  it('takes work pathways from the site map: an Open Referral feed can give work-indirect', async () => {
    servePages({ 1: oruk3Page1, 2: oruk3Page2 });
    const dir = await load('oruk', FEED, { taxonomyMap: { befriending: ['loneliness', 'work-indirect'], 'esd:123': ['digital-skills', 'work-direct'] } });
    const cafe = byId(dir, '5b8e1c2a-0d1f-4b7e-9a53-2f1c9e0a7b11');
    expect(cafe.pathways).to.deep.equal(['work-indirect']);
    expect(cafe.needAreas).to.have.members(['loneliness', 'food-cooking']);
    expect(byId(dir, 'esd-digital-7').pathways).to.deep.equal(['work-direct']);
  });

  it('keeps what loaded when a later page fails, and says so', async () => {
    servePages({ 1: oruk3Page1 });
    const dir = await load('oruk');
    expect(dir.activities).to.have.length(2);
    expect(dir.pages).to.equal(1);
    expect(dir.incomplete).to.contain('500');
  });

  it('stops at the page cap even if the feed claims more', async () => {
    const endless = { ...oruk3Page1, total_pages: 9999, contents: [{ id: 'x', name: 'Same again', status: 'active', url: 'https://same.example' }] };
    const asked: string[] = [];
    worker.use(http.get(`${FEED}/services`, ({ request }) => (asked.push(request.url), HttpResponse.json(endless))));
    const result = await loadDirectory({ src: FEED, format: 'oruk', perPage: 1 }, { maxPages: 4 });
    expect(asked).to.have.length(4);
    expect(result.ok && result.directory.incomplete).to.contain('stopped after 4 pages');
    expect(result.ok && result.directory.duplicates).to.equal(3);
  });

  it('fails clearly when the first page cannot be read', async () => {
    worker.use(http.get(`${FEED}/services`, () => new HttpResponse('Bad gateway', { status: 502 })));
    const result = await loadDirectory({ src: FEED, format: 'oruk' });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.reason).to.equal('http');
  });

  it('fails clearly when the reply is not an Open Referral page', async () => {
    worker.use(http.get(`${FEED}/services`, () => HttpResponse.json({ hello: 'world' })));
    const result = await loadDirectory({ src: FEED, format: 'oruk' });
    expect(!result.ok && result.reason).to.equal('not-directory');
  });

  it('builds page addresses, keeping the query a site set', () => {
    expect(servicesPageUrl('https://x.example/api/', 2, 50)).to.equal('https://x.example/api/services?page=2&per_page=50');
    expect(servicesPageUrl('https://x.example/api/services?taxonomy_term_id=abc', 1, 10)).to.equal(
      'https://x.example/api/services?taxonomy_term_id=abc&page=1&per_page=10',
    );
  });

  it('writes a console report for the site editor, naming each skipped record', async () => {
    servePages({ 1: oruk3Page1, 2: oruk3Page2 });
    const report = editorReport(await load('oruk'), FEED)!;
    // The count an editor reads first names each field left out.
    expect(report.split('\n')[0]).to.equal(
      `[waymark] Directory ${FEED}: showing 3 activities. 5 problem(s): 3 field(s) left out (organization.website, url, service_at_locations[0].location.latitude/longitude), 2 record(s) skipped.`,
    );
    expect(report).to.contain('page 1, contents[2] (id broken-1): name should be string but is number');
    expect(report).to.contain('url is not an http(s) web address');
  });
});

describe('loadDirectory: Open Referral UK v1', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('reads the older envelope (content, then contents) and its field names', async () => {
    const asked = servePages({ 1: oruk1Page1, 2: oruk1Page2 });
    const dir = await load('oruk-v1', FEED, { perPage: 2 });
    expect(asked).to.deep.equal(['1/2', '2/2']);
    expect(dir.activities.map((a) => a.id)).to.deep.equal(['101', '102']);
    expect(dir.skipped.map((s) => [s.id, s.problems[0]?.path])).to.deep.equal([['103', 'name']]);

    const gym = byId(dir, '101');
    expect(gym.schedule).to.deep.equal([{ days: ['wed', 'sat'], opens: '10:00', closes: '13:00', description: undefined }]);
    expect(gym.needAreas).to.have.members(['nature-outdoors', 'volunteering']);
    expect(gym.pathways, 'volunteering is the indirect route to work').to.deep.equal(['work-indirect']);
    expect(gym.locations[0]).to.deep.include({ name: 'Vale Country Park', postcode: 'AV2 4PK', latitude: 52.9601, longitude: -1.1702 });
    expect(gym.eligibility).to.deep.equal({ minAge: 16, maxAge: undefined, description: 'Adults' });
    expect(gym.cost).to.deep.equal({ free: true, description: undefined });
    expect(gym.organisation).to.deep.equal({ name: 'Ashby Vale Conservation Volunteers', website: 'https://avcv.example' });
    expect(gym.languages).to.deep.equal(['English']);

    const money = byId(dir, '102');
    expect(money.schedule).to.deep.equal([{ days: ['mon'], opens: '13:30', closes: '16:00', description: undefined }]);
    expect(money.needAreas).to.deep.equal(['money-debt']);
    expect(money.contact.email).to.equal(undefined);
    expect(money.cost).to.equal(undefined);
  });
});

describe('Open Referral UK: a bad optional field drops only that field (issue 15)', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  const phones = [{ number: '01632 960112' }];
  const v3 = {
    id: 'friends', name: 'Friends at the Hub', status: 'active', email: 'friends@valehub', phones,
    schedules: [{ byday: 'TU,Thursday', opens_at: '10:00' }, { byday: 'SA', opens_at: '09:00' }],
    service_at_locations: [{ location: { name: 'Vale Hub', latitude: 'north', longitude: -1.1 } }],
  };
  const v1 = {
    id: 7, name: 'Friends at the Hub', status: 'active', email: 'friends@valehub', phones,
    regular_schedules: [{ weekday: 'Th/Fr', opens_at: '10:00' }, { weekday: 'Saturday', opens_at: '09:00' }],
  };

  for (const [format, service, schedule] of [['oruk', v3, 'schedules[0].byday'], ['oruk-v1', v1, 'regular_schedules[0]']] as const) {
    it(`${format}: keeps the service, leaves out the email, the unreadable session and the position, and names each`, async () => {
      servePages({ 1: { contents: [service], total_pages: 1 } });
      const dir = await load(format);
      expect(dir.skipped).to.deep.equal([]);
      const [kept] = dir.activities;
      expect(kept!.contact).to.deep.equal({ name: undefined, phone: '01632 960112', email: undefined, website: undefined });
      expect(kept!.schedule, 'only the readable session').to.deep.equal([{ days: ['sat'], opens: '09:00', closes: undefined, description: undefined }]);
      const fields = dir.dropped.map((d) => d.field);
      expect(fields).to.include.members(['email', schedule]);
      if (format === 'oruk') expect(fields).to.include('service_at_locations[0].location.latitude/longitude');
      expect(editorReport(dir, FEED)!.split('\n')[0]).to.contain(`field(s) left out (`).and.contain('email');
    });
  }
});

describe('lastChecked from Open Referral UK', () => {
  const ctx = { taxonomyMap: {}, note: () => {} };
  const service = { id: 's1', name: 'Walk', status: 'active' };

  it('comes from assured_date (3.0 and v1), with any time of day dropped', () => {
    expect(mapOruk3Service({ ...service, assured_date: '2026-03-20' }, ctx).lastChecked).to.equal('2026-03-20');
    expect(mapOruk1Service({ ...service, assured_date: '2026-03-20T10:00:00Z' }, ctx).lastChecked).to.equal('2026-03-20');
  });

  it('never from last_modified alone: a changed record is not a checked one', () => {
    expect(mapOruk3Service({ ...service, last_modified: '2026-04-02T09:15:00Z' }, ctx).lastChecked).to.equal(undefined);
    expect(mapOruk1Service({ ...service, last_modified: '2026-04-02T09:15:00Z' }, ctx).lastChecked).to.equal(undefined);
  });
});

describe('loadDirectory: Waymark JSON', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('loads the demo directory of 70 activities without losing one', async () => {
    worker.use(http.get('/directory.json', () => HttpResponse.json(demo)));
    const dir = await load('waymark', '/directory.json');
    expect(dir.activities).to.have.length(70);
    expect(dir.skipped).to.deep.equal([]);
  });

  it('keeps a record with a bad optional field, leaving out only that field and naming it (issue 15)', async () => {
    const reach = { contact: { phone: '01632 960001' } };
    worker.use(
      http.get('/directory.json', () =>
        HttpResponse.json({
          activities: [
            { id: 'a', name: 'Friends', contact: { phone: '01632 960001', email: 'friends@valehub' } },
            { id: 'b', name: 'Gym', needAreas: ['physical-activity', 'exercise', 'loneliness'], ...reach },
            {
              id: 'c', name: 'Walk', ...reach,
              schedule: [{ days: ['tue', 'Thursday'], opens: '10:00' }, { days: ['sat'], opens: '09:00' }],
            },
            { id: 'd', name: 'Lunch', cost: { free: 'yes', description: 'Donations' }, locations: [{ name: 'Hall', latitude: 95, longitude: -1 }], ...reach },
            { id: 'e', name: 'Swim', contact: { website: 'javascript:alert(1)', phone: '01632 960002' }, organisation: { website: 'https://x.example' } },
          ],
        }),
      ),
    );
    const dir = await load('waymark', '/directory.json');
    expect(dir.skipped).to.deep.equal([]);
    expect(dir.activities.map((a) => a.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    const [friends, gym, walk, lunch, swim] = dir.activities;
    expect(friends!.contact).to.deep.equal({ phone: '01632 960001' });
    expect(gym!.needAreas, 'only the unknown need area goes').to.deep.equal(['physical-activity', 'loneliness']);
    expect(walk!.schedule, 'a session with a bad day goes whole: half its days would be wrong').to.deep.equal([{ days: ['sat'], opens: '09:00' }]);
    expect(lunch!.cost, 'a cost whose "free" is unreadable goes whole').to.equal(undefined);
    expect(lunch!.locations, 'half a position is no position').to.deep.equal([{ name: 'Hall', accessibility: [] }]);
    expect(swim!.contact).to.deep.equal({ phone: '01632 960002' });
    expect(swim!.organisation, 'an organisation with no name goes').to.equal(undefined);
    expect(dir.dropped.map((d) => [d.position, d.id, d.field])).to.deep.equal([
      ['activities[0]', 'a', 'contact.email'],
      ['activities[1]', 'b', 'needAreas[1]'],
      ['activities[2]', 'c', 'schedule[0]'],
      ['activities[3]', 'd', 'locations[0].latitude'],
      ['activities[3]', 'd', 'cost'],
      ['activities[4]', 'e', 'organisation'],
      ['activities[4]', 'e', 'contact.website'],
    ]);
    expect(dir.dropped[2]!.problem).to.match(/^days\[1\] should be one of: "mon".*, so it is left out$/);
    const report = editorReport(dir, '/directory.json')!;
    expect(report).to.contain('showing 5 activities. 7 problem(s): 7 field(s) left out (contact.email, needAreas[1], schedule[0], locations[0].latitude, cost, …).');
    expect(report).to.contain('activities[0] (id a): contact.email should be a valid email, so it is left out');
  });

  it('skips a record with no id, no name or no way to reach it, and names why', async () => {
    worker.use(
      http.get('/directory.json', () =>
        HttpResponse.json({
          activities: [
            { id: 'a', name: 'Walk', locations: [{ name: 'Park gates' }] },
            { id: 'b', name: 'Swim', contact: { website: 'javascript:alert(1)' } },
            { id: 'c', contact: { phone: '01632 960001' } },
            { name: 'Chat', contact: { phone: '01632 960001' } },
            { id: 'e', name: 'Ask', howToJoin: ['link-worker'] },
            'not a record',
          ],
        }),
      ),
    );
    const dir = await load('waymark', '/directory.json');
    expect(dir.activities.map((a) => a.id)).to.deep.equal(['a', 'e']);
    expect(dir.skipped.map((s) => [s.position, s.id, s.problems[0]?.path])).to.deep.equal([
      ['activities[1]', 'b', '(record)'],
      ['activities[2]', 'c', 'name'],
      ['activities[3]', undefined, 'id'],
      ['activities[5]', undefined, ''],
    ]);
    expect(problemText(dir.skipped[0]!.problems[0]!)).to.match(/^\(record\) has no way for people to reach it/);
    expect(dir.dropped.map((d) => [d.id, d.field])).to.deep.equal([['b', 'contact.website']]);
  });

  it("reads a date under the old name lastReviewed as lastChecked, and prefers lastChecked when both are there", async () => {
    worker.use(
      http.get('/directory.json', () =>
        HttpResponse.json({
          activities: [
            { id: 'old', name: 'Walk', lastReviewed: '2026-01-05', contact: { phone: '01632 960001' } },
            { id: 'both', name: 'Swim', lastReviewed: '2025-01-05', lastChecked: '2026-02-06', contact: { phone: '01632 960002' } },
          ],
        }),
      ),
    );
    const dir = await load('waymark', '/directory.json');
    expect(dir.activities.map((a) => [a.id, a.lastChecked, 'lastReviewed' in a])).to.deep.equal([
      ['old', '2026-01-05', false],
      ['both', '2026-02-06', false],
    ]);
  });

  it('refuses a file that is not a Waymark directory', async () => {
    worker.use(http.get('/directory.json', () => HttpResponse.json([{ id: 'a' }])));
    const result = await loadDirectory({ src: '/directory.json', format: 'waymark' });
    expect(!result.ok && result.reason).to.equal('not-directory');
    expect(!result.ok && result.detail).to.contain('activities');
  });
});
