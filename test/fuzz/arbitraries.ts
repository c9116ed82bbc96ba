// Random and adversarial inputs for the fuzz tests: what a careless config, a broken feed or a
// hostile record could hold. Every suite runs with this fixed seed, so a failure replays exactly;
// fast-check prints the counterexample and the seed and path to shrink it again.
import fc from 'fast-check';
import { NEED_AREAS } from '../../src/core/model/need-area.ts';
import { DAYS } from '../../src/core/model/common.ts';

export const SEED = 20260508;

/** Strings that have broken widgets before: script schemes, markup, control characters, huge text. */
export const PAYLOADS = [
  'javascript:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'https://ok.example/"><script>window.__pwned=1</script>',
  'https://ok.example/ onmouseover=window.__pwned=1',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '<!-- x --><b>bold</b>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '\u202Egnp.exe',
  '\u0000',
  '\uD800',
  '',
  ' ',
  '__proto__',
  'constructor',
  'https://valid.example/path?q=1#top',
  'http://plain.example',
  'https://',
  '//evil.example/x',
  '/relative/path',
  '../up',
  'tel:+441632960000',
  'mailto:someone@valid.example',
  'someone@valid.example',
  '01632 960000',
  '+44 1632 960000',
  '116 123',
  '2026-02-30',
  '2026-04-02T09:15:00.000Z',
  '25:00',
  '10:00:00',
  '9:30',
  'TU,TH',
  'MO,WE,FR',
  'free',
  'x'.repeat(3000),
  'أهلا بك',
  'Croeso 👋🏽',
];

/** Any string, weighted towards the payloads and payloads hidden inside ordinary text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...PAYLOADS)).map(([a, b]) => a + b) },
);

/** Numbers JSON can and cannot hold; a config given as a JS property can hold all of them. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity, 90.0000001, -180.5),
);

const KEY_POOL = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  'id', 'name', 'src', 'format', 'phone', 'url', 'website', 'email', 'contents', 'activities',
];

/** Any JSON-like value, with dangerous keys and strings, nested a few levels. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEY_POOL), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Sometimes a plausible value, sometimes anything at all, sometimes missing. */
export function maybe<T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });
}

const needArea = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NEED_AREAS) }, { weight: 1, arbitrary: hostileString });
const day = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DAYS) }, { weight: 1, arbitrary: hostileString });
const clock = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  hostileString,
);
const url = fc.oneof(fc.webUrl(), hostileString);
const coordinate = fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), hostileNumber, hostileString);

/** A record in Waymark's own directory format: mostly the right shape, every field at risk. */
export const waymarkRecord: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: maybe(fc.oneof(fc.uuid(), hostileString)),
    name: maybe(hostileString),
    summary: maybe(hostileString),
    description: maybe(hostileString),
    organisation: maybe(fc.record({ name: maybe(hostileString), website: maybe(url) }, { requiredKeys: [] })),
    needAreas: maybe(fc.array(needArea, { maxLength: 4 })),
    pathways: maybe(fc.array(fc.constantFrom('work-direct', 'work-indirect', 'work', 'javascript:'), { maxLength: 3 })),
    modes: maybe(fc.array(fc.constantFrom('in-person', 'online', 'phone', 'by pigeon'), { maxLength: 3 })),
    locations: maybe(
      fc.array(
        fc.record(
          {
            name: maybe(hostileString),
            address: maybe(hostileString),
            postcode: maybe(hostileString),
            latitude: maybe(coordinate),
            longitude: maybe(coordinate),
            accessibility: maybe(fc.array(hostileString, { maxLength: 3 })),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    schedule: maybe(
      fc.array(
        fc.record({ days: maybe(fc.array(day, { maxLength: 7 })), opens: maybe(clock), closes: maybe(clock), description: maybe(hostileString) }, { requiredKeys: [] }),
        { maxLength: 3 },
      ),
    ),
    scheduleDescription: maybe(hostileString),
    cost: maybe(fc.record({ free: maybe(fc.boolean()), description: maybe(hostileString) }, { requiredKeys: [] })),
    eligibility: maybe(
      fc.record({ minAge: maybe(fc.integer({ min: -5, max: 140 })), maxAge: maybe(fc.integer({ min: -5, max: 140 })), description: maybe(hostileString) }, { requiredKeys: [] }),
    ),
    contact: maybe(
      fc.record(
        { name: maybe(hostileString), phone: maybe(hostileString), email: maybe(fc.oneof(fc.emailAddress(), hostileString)), website: maybe(url) },
        { requiredKeys: [] },
      ),
    ),
    howToJoin: maybe(fc.array(fc.constantFrom('self-referral', 'link-worker', 'drop-in', 'smoke signal'), { maxLength: 3 })),
    languages: maybe(fc.array(hostileString, { maxLength: 3 })),
    lastChecked: maybe(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), hostileString)),
    extra: anyValue,
  },
  { requiredKeys: [] },
);

const orukPhones = maybe(fc.array(fc.record({ number: maybe(hostileString) }, { requiredKeys: [] }), { maxLength: 2 }));
const orukAddress = fc.record(
  { address_1: maybe(hostileString), address_2: maybe(hostileString), city: maybe(hostileString), postal_code: maybe(hostileString), address_type: maybe(fc.constantFrom('physical', 'postal')) },
  { requiredKeys: [] },
);
const orukLocation = fc.record(
  {
    location_type: maybe(fc.constantFrom('physical', 'virtual', 'postal')),
    name: maybe(hostileString),
    latitude: maybe(coordinate),
    longitude: maybe(coordinate),
    addresses: maybe(fc.array(orukAddress, { maxLength: 2 })),
    physical_addresses: maybe(fc.array(orukAddress, { maxLength: 2 })),
    accessibility: maybe(fc.array(fc.record({ description: maybe(hostileString), details: maybe(hostileString) }, { requiredKeys: [] }), { maxLength: 2 })),
    accessibility_for_disabilities: maybe(fc.array(fc.record({ accessibility: maybe(hostileString), details: maybe(hostileString) }, { requiredKeys: [] }), { maxLength: 2 })),
    phones: orukPhones,
  },
  { requiredKeys: [] },
);
const orukSchedule = fc.record(
  {
    byday: maybe(fc.oneof(fc.constantFrom('MO', 'TU,TH', 'SA,SU', 'XX', ''), hostileString)),
    weekday: maybe(fc.oneof(fc.integer({ min: -1, max: 8 }), hostileString)),
    opens_at: maybe(fc.oneof(clock, fc.constantFrom('10:00:00', '9:30', '23:59:59Z'))),
    closes_at: maybe(clock),
    description: maybe(hostileString),
  },
  { requiredKeys: [] },
);
const orukTerm = fc.record({ id: maybe(hostileString), code: maybe(hostileString), name: maybe(fc.oneof(fc.constantFrom('Loneliness', 'Employment', 'Debt'), hostileString)) }, { requiredKeys: [] });

/** An Open Referral UK service record, 3.0 or v1 field names mixed, every field at risk. */
export const orukService: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: maybe(fc.oneof(fc.uuid(), fc.integer(), hostileString)),
    name: maybe(hostileString),
    description: maybe(hostileString),
    url: maybe(url),
    website: maybe(url),
    email: maybe(fc.oneof(fc.emailAddress(), hostileString)),
    status: maybe(fc.constantFrom('active', 'inactive', 'defunct', 'temporarily closed', 'ACTIVE')),
    application_process: maybe(hostileString),
    fees_description: maybe(hostileString),
    fees: maybe(hostileString),
    minimum_age: maybe(fc.oneof(fc.integer({ min: -5, max: 200 }), hostileString)),
    maximum_age: maybe(fc.oneof(fc.integer({ min: -5, max: 200 }), hostileString)),
    eligibility_description: maybe(hostileString),
    eligibilitys: maybe(fc.array(fc.record({ eligibility: maybe(hostileString), minimum_age: maybe(hostileNumber), maximum_age: maybe(hostileNumber) }, { requiredKeys: [] }), { maxLength: 2 })),
    assured_date: maybe(hostileString),
    last_modified: maybe(hostileString),
    organization: maybe(fc.record({ name: maybe(hostileString), website: maybe(url), url: maybe(url) }, { requiredKeys: [] })),
    schedules: maybe(fc.array(orukSchedule, { maxLength: 3 })),
    regular_schedules: maybe(fc.array(orukSchedule, { maxLength: 3 })),
    service_at_locations: maybe(
      fc.array(
        fc.record({ location: maybe(orukLocation), schedules: maybe(fc.array(orukSchedule, { maxLength: 2 })), contacts: maybe(fc.array(fc.record({ name: maybe(hostileString), phones: orukPhones }, { requiredKeys: [] }), { maxLength: 2 })) }, { requiredKeys: [] }),
        { maxLength: 3 },
      ),
    ),
    contacts: maybe(fc.array(fc.record({ name: maybe(hostileString), email: maybe(hostileString), phones: orukPhones }, { requiredKeys: [] }), { maxLength: 2 })),
    phones: orukPhones,
    attributes: maybe(fc.array(fc.record({ taxonomy_term: maybe(orukTerm) }, { requiredKeys: [] }), { maxLength: 3 })),
    service_taxonomys: maybe(fc.array(fc.record({ taxonomy: maybe(orukTerm) }, { requiredKeys: [] }), { maxLength: 3 })),
    cost_options: maybe(fc.array(fc.record({ amount: maybe(fc.oneof(hostileNumber, hostileString)), currency: maybe(fc.constantFrom('GBP', 'gbp', 'EUR', '<b>')), option: maybe(hostileString), amount_description: maybe(hostileString) }, { requiredKeys: [] }), { maxLength: 2 })),
    languages: maybe(fc.array(fc.record({ name: maybe(hostileString), code: maybe(hostileString), language: maybe(hostileString) }, { requiredKeys: [] }), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

/** Elements that data must never create inside Waymark, and attributes that run script. */
export const INJECTED = 'script, img, iframe, object, embed, frame, link, meta, base, form[action], svg a, [onerror], [onload], [onclick], [onmouseover], [srcdoc]';

/** Every element in an element's shadow root, and in the shadow roots inside it. */
export function deepQueryAll(root: Element, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (r: ShadowRoot | Element) => {
    out.push(...r.querySelectorAll(selector));
    r.querySelectorAll('*').forEach((n) => n.shadowRoot && walk(n.shadowRoot));
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** The visible words in an element's shadow tree (what a person would see), for "never blank". */
export function deepText(root: Element): string {
  return deepQueryAll(root, 'h1, h2, h3, h4, h5, h6, p, li, a, button, summary, dd, label')
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Links may only be https, tel, sms or mailto: nothing from data may become a script link. */
export const SAFE_HREF = /^(https:|tel:|sms:|mailto:)/i;
