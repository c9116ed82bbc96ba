// Fuzz: directory records, random and adversarial, in Waymark's format and Open Referral UK 3.0
// and v1. Fixed seed (arbitraries.ts); the number of cases is stated on each property. The
// normalisers never throw; what they keep is exactly what the Activity schema accepts and holds
// no script link; search never throws; and the finder and plan render any of it as plain text.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { problemPath } from '../../src/words/problems.ts';
import { Activity } from '../../src/core/model/activity.ts';
import { Collector } from '../../src/core/directory/collect.ts';
import { salvageActivity } from '../../src/core/directory/salvage.ts';
import { canReach } from '../../src/core/directory/reach.ts';
import { mapOruk3Service } from '../../src/core/directory/oruk3.ts';
import { mapOruk1Service } from '../../src/core/directory/oruk1.ts';
import type { MapContext } from '../../src/core/directory/oruk-parts.ts';
import { loadDirectory } from '../../src/core/directory/load.ts';
import { buildIndex } from '../../src/core/directory/search-index.ts';
import { search } from '../../src/core/directory/search.ts';
import { words } from '../../src/core/directory/text.ts';
import { safeHref } from '../../src/core/text/safe-href.ts';
import '../../src/elements/finder/define.ts';
import '../../src/elements/plan/define.ts';
import type { WaymarkFinder } from '../../src/elements/finder/finder.ts';
import type { WaymarkPlan } from '../../src/elements/plan/plan.ts';
import { startWorker, worker } from '../helpers/msw.ts';
import { settled } from '../helpers/settled.ts';
import { anyValue, deepQueryAll, deepText, INJECTED, orukService, SAFE_HREF, SEED, waymarkRecord } from './arbitraries.ts';
import { watchErrors } from './watch-errors.ts';
import { waitUntil } from '../helpers/wait.ts';

const PURE_RUNS = 2000;
const LOAD_RUNS = 100;
const FINDER_RUNS = 12;
const PLAN_RUNS = 40;

const ctx = (): MapContext => ({ taxonomyMap: { loneliness: ['loneliness'], employment: ['work'] }, note: () => undefined });

/** Web addresses in a kept activity: only http(s), and only https ever becomes a link. */
function expectSafeLinks(a: Activity): void {
  for (const url of [a.contact.website, a.organisation?.website]) {
    if (url === undefined) continue;
    expect(url).to.match(/^https?:\/\/[^\s]/i);
    const href = safeHref(url);
    if (href !== undefined) expect(href).to.match(/^https:/i);
  }
  if (a.contact.email !== undefined) expect(a.contact.email).not.to.match(/^\s*javascript:/i);
}

/**
 * The collector keeps a record the schema accepts as zod returns it, and one with bad optional
 * fields without them; it skips only a record with no id, no name or no way to reach it.
 */
function expectSameAsSchema(candidate: unknown): Activity | undefined {
  const collector = new Collector();
  collector.add(candidate, 'activities[0]');
  const zod = Activity.safeParse(candidate);
  const salvaged = salvageActivity(candidate);
  const keep = salvaged.ok && canReach(salvaged.value);
  expect(collector.activities.length, `kept ${JSON.stringify(candidate)?.slice(0, 300)}`).to.equal(keep ? 1 : 0);
  if (zod.success) expect(collector.dropped, 'nothing left out of a valid record').to.deep.equal([]);
  if (!keep) {
    expect(collector.skipped).to.have.length(1);
    expect(collector.skipped[0]!.problems.length).to.be.greaterThan(0);
    for (const p of collector.skipped[0]!.problems) expect(problemPath(p)).to.be.a('string').and.not.equal('');
    if (salvaged.ok) expect(collector.skipped[0]!.problems[0]!.path).to.equal('(record)');
    else expect(salvaged.problems.every((p) => /^(id|name)\b|^\(the whole value\)$/.test(problemPath(p))), JSON.stringify(salvaged.problems)).to.equal(true);
    return undefined;
  }
  const kept = collector.activities[0]!;
  if (zod.success) expect(kept).to.deep.equal(zod.data);
  else expect(collector.dropped.length, 'each field left out is named').to.be.greaterThan(0);
  expect(Activity.safeParse(kept).success, 'what is kept parses as Activity again').to.equal(true);
  expectSafeLinks(kept);
  return kept;
}

const orukRecord = fc.oneof({ weight: 4, arbitrary: orukService }, { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), anyValue) });

describe('fuzz: directory records', () => {
  it(`Waymark-format records: kept as the schema accepts them, bad optional fields left out, never with a script link (${PURE_RUNS} cases)`, function () {
    this.timeout(60000);
    fc.assert(fc.property(fc.oneof({ weight: 5, arbitrary: waymarkRecord }, { weight: 1, arbitrary: anyValue }), (r) => void expectSameAsSchema(r)), {
      seed: SEED,
      numRuns: PURE_RUNS,
    });
  });

  it(`Open Referral UK 3.0 and v1 services: mapping never throws, and what is kept is safe (${PURE_RUNS} cases)`, function () {
    this.timeout(60000);
    fc.assert(
      fc.property(orukRecord, fc.boolean(), (service, v1) => {
        // Markup in a feed becomes text here; rendering it as text is checked below.
        expectSameAsSchema((v1 ? mapOruk1Service : mapOruk3Service)(service, ctx()));
      }),
      { seed: SEED, numRuns: PURE_RUNS },
    );
  });

  it(`a Waymark record with an id, a name and a phone is kept: odd fields are dropped, not the record (${PURE_RUNS} cases)`, function () {
    this.timeout(60000);
    fc.assert(
      fc.property(waymarkRecord, (r) => {
        const record = r as Record<string, unknown>;
        const contact = typeof record.contact === 'object' && record.contact !== null ? record.contact : {};
        const collector = new Collector();
        collector.add({ ...record, id: 'kept', name: 'Walking group', contact: { ...contact, phone: '01632 960000' } }, 'activities[0]');
        expect(collector.skipped.map((s) => s.problems), 'skipped a whole record').to.deep.equal([]);
        expect(collector.activities).to.have.length(1);
      }),
      { seed: SEED, numRuns: PURE_RUNS },
    );
  });

  it(`an Open Referral service with an id, a name and a phone is kept: odd fields are dropped, not the service (${PURE_RUNS} cases)`, function () {
    this.timeout(60000);
    const named = fc.record({ id: fc.oneof(fc.uuid(), fc.integer({ min: 0 })), name: fc.constantFrom('Walking group', 'Café <b>chat</b>', 'Job Club') });
    fc.assert(
      fc.property(orukService, named, fc.boolean(), (service, { id, name }, v1) => {
        const phones = [{ number: '01632 960000' }, ...(Array.isArray(service.phones) ? service.phones : [])];
        const record = { ...service, id, name, status: 'active', phones };
        const collector = new Collector();
        collector.add((v1 ? mapOruk1Service : mapOruk3Service)(record, ctx()), 'contents[0]');
        expect(collector.skipped.map((s) => s.problems), 'skipped a whole service').to.deep.equal([]);
        expect(collector.activities).to.have.length(1);
      }),
      { seed: SEED, numRuns: PURE_RUNS },
    );
  });

  it(`search over fuzzed activities never throws, finds an activity by its name, and keeps its filters (${PURE_RUNS / 4} cases)`, function () {
    this.timeout(60000);
    const directory = fc.array(waymarkRecord, { maxLength: 12 }).map((records) => {
      const c = new Collector();
      records.forEach((r, i) => c.add({ ...r, id: `a${i}` }, `activities[${i}]`));
      return c.activities;
    });
    const query = fc.record(
      {
        text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('walk', 'café', 'WALKING', '<script>', '  ', 'a b c')),
        free: fc.boolean(),
        origin: fc.option(fc.record({ latitude: fc.double({ min: -90, max: 90, noNaN: true }), longitude: fc.double({ min: -180, max: 180, noNaN: true }) }), { nil: undefined }),
        maxMiles: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: undefined }),
      },
      { requiredKeys: ['text', 'free'] },
    );
    fc.assert(
      fc.property(directory, query, (activities, q) => {
        const index = buildIndex(activities);
        const all = search(index, {});
        expect(all.total, 'no query lists everything').to.equal(activities.length);
        const found = search(index, { text: q.text, origin: q.origin, filters: { freeOnly: q.free, maxMiles: q.maxMiles } });
        const page = found.slice(0, found.total);
        expect(page).to.have.length(found.total);
        for (const r of page) {
          expect(activities).to.include(r.activity);
          if (q.free) expect(r.activity.cost?.free, `${r.activity.name} is not free`).to.equal(true);
          // Distance limits only what happens in person (search.ts: online and phone activities pass).
          const inPerson = r.activity.modes.includes('in-person');
          if (q.origin && q.maxMiles !== undefined && r.miles !== undefined && inPerson) expect(r.miles).to.be.at.most(q.maxMiles + 1e-9);
        }
        for (const a of activities) {
          if (words(a.name).length === 0) continue;
          const byName = search(index, { text: a.name });
          expect(byName.slice(0, byName.total).map((r) => r.activity.id), `searching "${a.name}"`).to.include(a.id);
        }
      }),
      { seed: SEED, numRuns: PURE_RUNS / 4 },
    );
  });

  describe('through the network', () => {
    before(startWorker);
    afterEach(() => worker.resetHandlers());

    it(`loadDirectory accounts for every record of a fuzzed feed, in any format (${LOAD_RUNS} cases)`, async function () {
      this.timeout(60000);
      const feed = fc.record({
        format: fc.constantFrom('waymark' as const, 'oruk' as const, 'oruk-v1' as const),
        records: fc.array(fc.oneof(waymarkRecord, orukService, anyValue), { maxLength: 10 }),
      });
      await fc.assert(
        fc.asyncProperty(feed, async ({ format, records }) => {
          worker.resetHandlers();
          worker.use(
            http.get('https://feed.example/activities.json', () => HttpResponse.json({ activities: records })),
            http.get('https://feed.example/oruk/services', () => HttpResponse.json({ contents: records, total_pages: 1 })),
          );
          const src = format === 'waymark' ? 'https://feed.example/activities.json' : 'https://feed.example/oruk';
          const loaded = await loadDirectory({ src, format });
          expect(loaded.ok, JSON.stringify(loaded)).to.equal(true);
          if (!loaded.ok) return;
          const d = loaded.directory;
          expect(d.activities.length + d.skipped.length + d.inactive + d.duplicates, 'every record is kept, skipped or counted').to.equal(records.length);
          for (const a of d.activities) {
            expect(Activity.safeParse(a).success).to.equal(true);
            expectSafeLinks(a);
          }
        }),
        { seed: SEED, numRuns: LOAD_RUNS },
      );
    });
  });
});

function expectNothingUnsafe(el: Element, errors: string[]): void {
  for (const a of deepQueryAll(el, 'a[href]')) expect(a.getAttribute('href')).to.match(SAFE_HREF);
  expect(deepQueryAll(el, INJECTED).map((n) => n.outerHTML.slice(0, 200))).to.deep.equal([]);
  expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
  expect(errors).to.deep.equal([]);
}

describe('fuzz: rendering directory data', () => {
  let watch: ReturnType<typeof watchErrors>;
  before(startWorker);
  beforeEach(() => (watch = watchErrors()));
  afterEach(() => {
    watch.stop();
    worker.resetHandlers();
  });

  it(`<waymark-finder> shows results, an empty list or a clear failure for any feed, with details, and nothing unsafe (${FINDER_RUNS} cases)`, async function () {
    this.timeout(60000);
    const feed = fc.record({
      format: fc.constantFrom('waymark', 'oruk'),
      records: fc.array(fc.oneof({ weight: 4, arbitrary: waymarkRecord }, { weight: 4, arbitrary: orukService }, { weight: 1, arbitrary: anyValue }), { minLength: 1, maxLength: 8 }),
      body: fc.oneof({ weight: 6, arbitrary: fc.constant('records') }, { weight: 1, arbitrary: anyValue }),
    });
    await fc.assert(
      fc.asyncProperty(feed, async ({ format, records, body }) => {
        worker.resetHandlers();
        const reply = body === 'records' ? (format === 'waymark' ? { activities: records } : { contents: records, total_pages: 1 }) : body;
        worker.use(http.get(/\/fuzz-feed\//, () => HttpResponse.json(reply as never)));
        const src = format === 'waymark' ? '/fuzz-feed/activities.json' : '/fuzz-feed/oruk';
        const el = await fixture<WaymarkFinder>(html`<waymark-finder directory-src=${src} directory-format=${format}></waymark-finder>`);
        await settled(el);
        await waitUntil(() => el.shadowRoot!.querySelector('.finder, .failed'), 'the finder never finished loading');
        expect(deepText(el).length, 'never a blank element').to.be.greaterThan(20);
        expectNothingUnsafe(el, watch.errors);
        // Details show the links: open the first result's.
        const details = el.shadowRoot!.querySelector<HTMLButtonElement>('.details-button');
        if (details) {
          details.click();
          await waitUntil(() => el.shadowRoot!.querySelector('.details'), 'details did not open');
          expect(deepText(el).length).to.be.greaterThan(20);
          expectNothingUnsafe(el, watch.errors);
        }
        el.remove();
      }),
      { seed: SEED, numRuns: FINDER_RUNS },
    );
  });

  it(`<waymark-plan> shows any activities that passed the schema as text, with a QR code or without, and nothing unsafe (${PLAN_RUNS} cases)`, async function () {
    this.timeout(60000);
    const plan = fc.array(fc.oneof(waymarkRecord, orukService.map((s) => mapOruk3Service(s, ctx()))), { minLength: 1, maxLength: 6 }).map((records) => {
      const c = new Collector();
      records.forEach((r, i) => c.add(r, `activities[${i}]`));
      return c.activities;
    });
    await fc.assert(
      fc.asyncProperty(plan, async (activities) => {
        const config = { service: { name: 'Ashby Vale Connect', phone: '01632 960000' } };
        const el = await fixture<WaymarkPlan>(html`<waymark-plan .config=${config} .activities=${activities}></waymark-plan>`);
        await settled(el);
        expect(el.shadowRoot!.querySelectorAll('.plan-item')).to.have.length(activities.length);
        expect(deepText(el).length, 'never a blank element').to.be.greaterThan(20);
        expectNothingUnsafe(el, watch.errors);
        el.remove();
      }),
      { seed: SEED, numRuns: PLAN_RUNS },
    );
  });
});
