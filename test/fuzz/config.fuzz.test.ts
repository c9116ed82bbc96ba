// Fuzz: config from every source, random and adversarial. Fixed seed (arbitraries.ts); the
// number of cases is stated on each property. resolveConfig must never throw; a bad config must
// name each problem by path; a good one must hold no script URL; and the urgent-help panel must
// render something useful, and nothing injected, whatever it is given.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { problemMessage, problemPath } from '../../src/words/problems.ts';
import { resolveConfig } from '../../src/core/config/resolve.ts';
import { parseScriptConfig } from '../../src/core/config/gather.ts';
import { WaymarkConfig } from '../../src/core/model/config.ts';
import { parseWith } from '../../src/core/model/problems.ts';
import '../../src/elements/urgent-help/define.ts';
import type { WaymarkUrgentHelp } from '../../src/elements/urgent-help/urgent-help.ts';
import { settled } from '../helpers/settled.ts';
import { anyValue, deepQueryAll, deepText, hostileNumber, hostileString, INJECTED, maybe, SAFE_HREF, SEED } from './arbitraries.ts';
import { watchErrors } from './watch-errors.ts';

const PURE_RUNS = 2000;
const RENDER_RUNS = 40;

const localText = fc.oneof(hostileString, fc.dictionary(fc.constantFrom('en', 'cy', 'pl', 'ur', 'xx', 'EN', ''), hostileString, { maxKeys: 3 }));
const contactArb = fc.record(
  {
    id: maybe(hostileString),
    name: maybe(localText),
    when: maybe(localText),
    call: maybe(fc.oneof(fc.constantFrom('999', '111', '116 123', '+44 800 000'), hostileString)),
    text: maybe(fc.oneof(fc.constantFrom('85258'), hostileString)),
    textMessage: maybe(hostileString),
  },
  { requiredKeys: [] },
);

/** A config shaped like the real thing, with any field at risk, plus stray keys. */
const configLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    service: maybe(
      fc.record(
        {
          name: maybe(localText),
          phone: maybe(fc.oneof(fc.constantFrom('01632 960000', '+44 1632 960000'), hostileString)),
          email: maybe(fc.oneof(fc.emailAddress(), hostileString)),
          openingHours: maybe(
            fc.oneof(
              localText,
              fc.array(
                fc.record({
                  days: fc.oneof(fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), fc.array(hostileString)),
                  opens: fc.oneof(fc.constantFrom('09:00', '17:30', '24:00'), hostileString),
                  closes: fc.oneof(fc.constantFrom('12:00', '17:00', '08:59'), hostileString),
                }),
              ),
            ),
          ),
          privacyNoticeUrl: maybe(fc.oneof(fc.webUrl(), hostileString)),
          callBackWithin: maybe(localText),
          whatHappensNext: maybe(localText),
          legalBasis: maybe(fc.constantFrom('consent', 'public-task', 'legitimate-interests', 'vital-interests', 'because')),
        },
        { requiredKeys: [] },
      ),
    ),
    directory: maybe(
      fc.record(
        {
          src: maybe(fc.oneof(fc.webUrl(), hostileString)),
          format: maybe(fc.constantFrom('waymark', 'oruk', 'oruk-v1', 'csv')),
          perPage: maybe(hostileNumber),
          taxonomyMap: maybe(fc.dictionary(hostileString, fc.array(fc.constantFrom('loneliness', 'work', 'nope')))),
        },
        { requiredKeys: [] },
      ),
    ),
    referral: maybe(
      fc.record(
        {
          endpoint: maybe(fc.oneof(fc.webUrl(), hostileString)),
          format: maybe(fc.constantFrom('json', 'fhir', 'form', 'xml')),
          timeoutMs: maybe(hostileNumber),
          maxAttempts: maybe(hostileNumber),
        },
        { requiredKeys: [] },
      ),
    ),
    postcodeLookup: maybe(fc.oneof(fc.webUrl(), hostileString)),
    urgentHelp: maybe(fc.record({ contacts: maybe(fc.array(contactArb, { maxLength: 4 })) }, { requiredKeys: [] })),
    languages: maybe(
      fc.record(
        {
          default: maybe(fc.constantFrom('en', 'cy', 'pl', 'ur', 'ar', 'bn', 'fr')),
          enabled: maybe(fc.array(fc.constantFrom('en', 'cy', 'pl', 'ur', 'ar', 'bn', 'fr'), { maxLength: 7 })),
          picker: maybe(fc.boolean()),
        },
        { requiredKeys: [] },
      ),
    ),
    kiosk: maybe(fc.record({ enabled: maybe(fc.boolean()), idleSeconds: maybe(hostileNumber), countdownSeconds: maybe(hostileNumber) }, { requiredKeys: [] })),
    questionnaire: anyValue,
    endpiont: anyValue,
  },
  { requiredKeys: [] },
);

const attributes = fc.record(
  {
    directorySrc: maybe(fc.oneof(hostileString, fc.constant(null))),
    directoryFormat: maybe(fc.oneof(hostileString, fc.constant(null))),
    endpoint: maybe(fc.oneof(hostileString, fc.constant(null))),
    referralFormat: maybe(fc.oneof(hostileString, fc.constant(null))),
    kiosk: fc.boolean(),
  },
  { requiredKeys: [] },
);

const source = fc.oneof({ weight: 3, arbitrary: configLike }, { weight: 1, arbitrary: anyValue });
const sources = fc.record(
  { fromUrl: source, fromScript: source, fromProperty: source, fromAttributes: attributes as fc.Arbitrary<never> },
  { requiredKeys: [] },
);

/** Web addresses Waymark fetches or links to: none may carry a script scheme. */
function urlsOf(config: WaymarkConfig): (string | undefined)[] {
  return [config.directory.src, config.referral.endpoint, config.postcodeLookup, config.service.privacyNoticeUrl];
}

const SCRIPT_SCHEME = /^[\s\u0000-\u001f]*(j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|data|vbscript)\s*:/i;

describe('fuzz: config', () => {
  it(`resolveConfig never throws, and gives a valid config or problems with paths (${PURE_RUNS} cases)`, function () {
    this.timeout(60000);
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).length;
    fc.assert(
      fc.property(sources, (s) => {
        const result = resolveConfig(s);
        if (result.ok) {
          // What the element uses has passed the schema, and passes it again unchanged.
          expect(parseWith(WaymarkConfig, result.config).ok, 'a resolved config parses again').to.equal(true);
          for (const url of urlsOf(result.config)) if (url !== undefined) expect(url).not.to.match(SCRIPT_SCHEME);
        } else {
          expect(result.problems.length, 'a refused config names at least one problem').to.be.greaterThan(0);
          for (const p of result.problems) {
            expect(problemPath(p), JSON.stringify(p)).to.be.a('string').and.not.equal('');
            expect(problemMessage(p), JSON.stringify(p)).to.be.a('string').and.not.equal('');
            expect(problemMessage(p)).not.to.equal('Invalid input');
          }
          if (result.fallbackPhone !== undefined) expect(result.fallbackPhone).to.match(/^\+?[0-9 ]{3,20}$/);
        }
      }),
      { seed: SEED, numRuns: PURE_RUNS },
    );
    // A "__proto__" key in a config must not reach every object on the page.
    expect(Object.getOwnPropertyNames(Object.prototype).length).to.equal(prototypeKeys);
    expect(({} as Record<string, unknown>).service).to.equal(undefined);
  });

  it(`names the path of one broken setting in an otherwise good config (${PURE_RUNS} cases)`, function () {
    this.timeout(60000);
    const good = {
      service: { name: 'Ashby Vale Connect', phone: '01632 960000' },
      directory: { src: '/directory.json' },
      referral: { endpoint: 'https://service.example/referrals' },
    };
    // Each setting with values it must refuse.
    const breakages: [string[], fc.Arbitrary<unknown>][] = [
      [['service', 'phone'], fc.oneof(fc.constantFrom('call us', '', '12', 'javascript:alert(1)'), fc.integer(), fc.constant(null))],
      [['service', 'email'], fc.constantFrom('not an email', '@', 'a@', 'javascript:alert(1)')],
      [['service', 'privacyNoticeUrl'], fc.constantFrom('javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:x@y.z', 'with space')],
      [['directory', 'src'], fc.constantFrom('javascript:alert(1)', ' javascript:alert(1)', 'data:application/json,{}', 'ftp://x.example/a')],
      [['directory', 'format'], fc.string().filter((s) => !['waymark', 'oruk', 'oruk-v1'].includes(s))],
      [['directory', 'perPage'], fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 501 }), fc.double({ min: 1.1, max: 1.9 }), fc.constant(NaN))],
      [['referral', 'endpoint'], fc.constantFrom('javascript:fetch(1)', 'data:,x', '\u0001javascript:x')],
      [['referral', 'format'], fc.string().filter((s) => !['json', 'fhir', 'form'].includes(s))],
      [['referral', 'timeoutMs'], fc.oneof(fc.integer({ max: 999 }), fc.integer({ min: 120001 }))],
      [['kiosk', 'idleSeconds'], fc.oneof(fc.integer({ max: 4 }), fc.integer({ min: 3601 }), fc.constant('120'))],
      [['languages', 'enabled'], fc.constantFrom([], ['fr'], 'en', [1])],
      [['urgentHelp', 'contacts'], fc.constantFrom([], [{}], [{ id: 'x', name: 'X', call: 'tel:999' }], 'none')],
      [['referral', 'endpiont'], anyValue.filter((v) => v !== undefined)],
      [['surprise'], anyValue.filter((v) => v !== undefined)],
    ];
    const broken = fc.integer({ min: 0, max: breakages.length - 1 }).chain((i) => breakages[i]![1].map((value) => ({ path: breakages[i]![0], value })));
    fc.assert(
      fc.property(broken, fc.constantFrom('fromUrl', 'fromScript', 'fromProperty'), ({ path, value }, where) => {
        const config = structuredClone(good) as Record<string, Record<string, unknown>>;
        if (path.length === 1) (config as Record<string, unknown>)[path[0]!] = value;
        else (config[path[0]!] ??= {})[path[1]!] = value;
        const result = resolveConfig({ [where]: config });
        expect(result.ok, `${path.join('.')} = ${JSON.stringify(value)} was accepted`).to.equal(false);
        if (result.ok) return;
        const named = path.join('.');
        expect(result.problems.map((p) => p.path).some((p) => p === named || p.startsWith(`${named}.`) || p.startsWith(`${named}[`)), JSON.stringify(result.problems)).to.equal(true);
        // The public still gets the service's number when the rest is wrong.
        if (named !== 'service.phone') expect(result.fallbackPhone).to.equal('01632 960000');
      }),
      { seed: SEED, numRuns: PURE_RUNS },
    );
  });

  it(`reads any <script type="application/json"> text without throwing (${PURE_RUNS} cases)`, () => {
    const text = fc.oneof(fc.json(), fc.string(), hostileString, fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))));
    fc.assert(
      fc.property(text, (t) => {
        const read = parseScriptConfig(t);
        expect(read.problems.every((p) => p.path === '<script type="application/json">' && problemMessage(p).length > 0)).to.equal(true);
        if (read.problems.length === 0 && t.trim() !== '') expect(read.value).to.deep.equal(JSON.parse(t));
      }),
      { seed: SEED, numRuns: PURE_RUNS },
    );
  });

  describe(`<waymark-urgent-help> with fuzzed config (${RENDER_RUNS} cases)`, () => {
    let watch: ReturnType<typeof watchErrors>;
    beforeEach(() => (watch = watchErrors()));
    afterEach(() => watch.stop());

    it('always renders contacts or a named problem, never a blank box, a script link or injected markup', async function () {
      this.timeout(60000);
      const anyConfig = fc.oneof({ weight: 4, arbitrary: configLike }, { weight: 1, arbitrary: anyValue });
      await fc.assert(
        fc.asyncProperty(anyConfig, fc.boolean(), async (config, compact) => {
          const el = await fixture<WaymarkUrgentHelp>(html`<waymark-urgent-help .config=${config} ?compact=${compact}></waymark-urgent-help>`);
          await settled(el);
          const root = el.shadowRoot!;
          expect(root.querySelector('.urgent, .config-problems'), 'the panel or the problems').to.not.equal(null);
          // Someone in crisis always gets a number: the contacts, or 111 and 999 in the problems.
          expect(deepText(el)).to.match(/\d{3}/);
          for (const a of deepQueryAll(el, 'a[href]')) expect(a.getAttribute('href')).to.match(SAFE_HREF);
          expect(deepQueryAll(el, INJECTED).map((n) => n.outerHTML)).to.deep.equal([]);
          expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
          expect(watch.errors).to.deep.equal([]);
          el.remove();
        }),
        { seed: SEED, numRuns: RENDER_RUNS },
      );
    });
  });
});
