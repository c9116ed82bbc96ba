import { expect } from '@open-wc/testing';
import { z } from '../../../src/core/model/zod.ts';
import { Activity, parseWith } from '../../../src/core/model/index.ts';
import { fastParser, UNSURE } from '../../../src/core/directory/fast-parse.ts';
import { Collector } from '../../../src/core/directory/collect.ts';
import { salvageActivity } from '../../../src/core/directory/salvage.ts';
import { canReach, NO_WAY_TO_REACH } from '../../../src/core/directory/reach.ts';
import { generateActivities, seeded } from '../../../bench/lib/generate-activities.ts';

// The fast road must never let through what zod refuses, nor return anything zod would not.
// Each case is checked against zod itself, so a change to the schema is checked too.

const fast = fastParser(Activity)!;

/** Asserts the one rule: the fast road says "unsure", or exactly what zod says. */
function agrees(input: unknown): 'fast' | 'unsure' {
  const theirs = parseWith(Activity, input);
  const ours = fast(input);
  if (!theirs.ok) {
    // A boolean, not the symbol itself: the test runner cannot carry a symbol in a failure report.
    expect(ours === UNSURE, `zod refused ${JSON.stringify(input)}: ${JSON.stringify(theirs.problems)}`).to.equal(true);
    return 'unsure';
  }
  if (ours === UNSURE) return 'unsure';
  expect(ours).to.deep.equal(theirs.value);
  expect(keysEverywhere(ours)).to.deep.equal(keysEverywhere(theirs.value));
  return 'fast';
}

/** Every key path, including keys whose value is `undefined` (zod keeps a key given as undefined). */
function keysEverywhere(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((k) => [`${path}.${k}`, ...keysEverywhere((value as Record<string, unknown>)[k], `${path}.${k}`)]);
}

const records = () => JSON.parse(JSON.stringify(generateActivities(300, 99))) as Record<string, unknown>[];

describe('fastParser', () => {
  it('builds a fast road for the Activity schema', () => {
    expect(fastParser(Activity)).to.be.a('function');
  });

  it('returns what zod returns for realistic records, without asking zod', () => {
    for (const record of records()) expect(agrees(record)).to.equal('fast');
  });

  const edges: [string, unknown][] = [
    ['a minimal record (defaults filled in)', { id: 'a', name: 'b' }],
    ['text with spaces round it (trimmed)', { id: ' a ', name: '  Walk  ', summary: ' x ' }],
    ['an optional field given as undefined (kept as undefined)', { id: 'a', name: 'b', summary: undefined, cost: undefined }],
    ['a defaulted field given as undefined', { id: 'a', name: 'b', needAreas: undefined, contact: undefined }],
    ['unknown fields (dropped)', { id: 'a', name: 'b', colour: 'green', contact: { fax: '1' }, locations: [{ floor: 2 }] }],
    ['one character of text', { id: 'a', name: 'é' }],
    ['text that is one emoji', { id: 'a', name: '😀' }],
    ['text that is a lone surrogate', { id: 'a', name: '\ud800' }],
    ['text that is only spaces', { id: 'a', name: '   ' }],
    ['an empty description (allowed)', { id: 'a', name: 'b', description: '' }],
    ['ages at the limits', { id: 'a', name: 'b', eligibility: { minAge: 0, maxAge: 130 } }],
    ['an age past the limit', { id: 'a', name: 'b', eligibility: { maxAge: 131 } }],
    ['a fractional age', { id: 'a', name: 'b', eligibility: { minAge: 1.5 } }],
    ['a latitude on the pole', { id: 'a', name: 'b', locations: [{ latitude: 90, longitude: -180 }] }],
    ['a latitude of NaN', { id: 'a', name: 'b', locations: [{ latitude: NaN }] }],
    ['a longitude of Infinity', { id: 'a', name: 'b', locations: [{ longitude: Infinity }] }],
    ['-0', { id: 'a', name: 'b', locations: [{ latitude: -0 }] }],
    // eslint-disable-next-line no-sparse-arrays -- a hole is what this case is about
    ['a sparse array', { id: 'a', name: 'b', languages: [, 'Welsh'] }],
    ['a string where an array goes', { id: 'a', name: 'b', needAreas: 'loneliness' }],
    ['an array where an object goes', { id: 'a', name: 'b', contact: [] }],
    ['null where text goes', { id: 'a', name: 'b', summary: null }],
    ['a number id', { id: 7, name: 'b' }],
    ['a javascript: website', { id: 'a', name: 'b', contact: { website: 'javascript:alert(1)' } }],
    ['a data: website', { id: 'a', name: 'b', organisation: { name: 'o', website: 'data:text/html,<script>alert(1)</script>' } }],
    ['a website with a space', { id: 'a', name: 'b', contact: { website: 'https://a.example/ x' } }],
    ['an email with no domain', { id: 'a', name: 'b', contact: { email: 'someone@' } }],
    ['an impossible date', { id: 'a', name: 'b', lastChecked: '2026-02-30' }],
    ['a clock time of 24:00', { id: 'a', name: 'b', schedule: [{ days: ['mon'], opens: '24:00' }] }],
    ['a cost with free as a string', { id: 'a', name: 'b', cost: { free: 'yes' } }],
    ['a record that is an array', [{ id: 'a', name: 'b' }]],
    ['a record that is null', null],
    ['a record that is text', 'walk'],
    ['fields inherited, not own (zod reads them too)', Object.create({ id: 'a', name: 'b' })],
  ];
  for (const [what, input] of edges) {
    it(`agrees with zod on ${what}`, () => {
      agrees(input);
    });
  }

  it('keeps a key given as undefined, as zod does', () => {
    const out = fast({ id: 'a', name: 'b', summary: undefined });
    expect(out === UNSURE).to.equal(false);
    expect(Object.keys(out as object)).to.include('summary');
  });

  it('hands out fresh defaults, never one shared array', () => {
    const a = fast({ id: 'a', name: 'b' });
    const b = fast({ id: 'c', name: 'd' });
    if (a === UNSURE || b === UNSURE) throw new Error('expected both to pass');
    a.modes.push('online');
    expect(b.modes).to.deep.equal(['in-person']);
    expect(fast({ id: 'e', name: 'f' })).to.have.deep.property('modes', ['in-person']);
  });

  it('agrees with zod on 2,700 damaged records', () => {
    const r = seeded(4);
    const odd: unknown[] = [
      undefined, null, '', ' ', ' x ', 'x', 'é', '\ud83d', 0, -1, 0.5, 91, -181, 131, NaN, Infinity, 2 ** 53, true, false,
      [], ['mon'], ['x'], {}, { free: true }, 'javascript:alert(1)', 'https://ok.example/x', 'http://nodot', '2026-13-01',
      '2026-05-01', '09:30', '9:30', 'mon', 'loneliness', 'work-direct', 'online', 'drop-in', 'a@b.co', 'not an email',
    ];
    const counts = { fast: 0, unsure: 0 };
    for (const record of Array.from({ length: 9 }, records).flat()) {
      // Walk to a random place in the record and break it: a new value, a deleted key, or an extra one.
      let node: Record<string, unknown> = record;
      for (;;) {
        const keys = Object.keys(node);
        if (!keys.length) break;
        const key = keys[Math.floor(r() * keys.length)]!;
        const child = node[key];
        if (typeof child === 'object' && child !== null && r() < 0.6) {
          node = child as Record<string, unknown>;
          continue;
        }
        const roll = r();
        if (roll < 0.15) delete node[key];
        else if (roll < 0.25) node[`extra${key}`] = odd[Math.floor(r() * odd.length)];
        else node[key] = odd[Math.floor(r() * odd.length)];
        break;
      }
      counts[agrees(record)]++;
    }
    // Both roads were taken: the damage made some records invalid, and left others valid.
    expect(counts.fast).to.be.above(100);
    expect(counts.unsure).to.be.above(100);
  });

  // The parts one at a time, beyond what Activity happens to use today.
  const parts: [string, z.ZodMiniType, unknown[]][] = [
    ['a number', z.number(), [1, -0, NaN, Infinity, -Infinity, '1', null]],
    ['an integer', z.int(), [1, 1.5, 2 ** 53, -(2 ** 53), 0]],
    ['a number with exclusive limits', z.number().check(z.gt(0), z.lt(1)), [0, 0.5, 1]],
    ['a minimum length in code points', z.string().check(z.minLength(2)), ['ab', 'é', '😀', '😀😀', 'a😀']],
    ['a trimmed minimum length', z.string().check(z.trim(), z.minLength(1)), [' a ', '  ', '\u00a0x\u00a0', '']],
    ['an email', z.email(), ['a@b.co', 'a@b', '']],
    ['a date', z.iso.date(), ['2026-05-01', '2026-02-30', '2026-5-1']],
    ['a regex', z.string().check(z.regex(/^a+$/)), ['aaa', 'ab', '']],
    ['a boolean', z.boolean(), [true, false, 0, 'true']],
    ['an enum', z.enum(['a', 'b']), ['a', 'c', undefined]],
    ['a default', z._default(z.string(), 'x'), [undefined, 'y', 1]],
    ['an optional', z.optional(z.string()), [undefined, 'y', null]],
    ['a required unknown', z.object({ a: z.unknown() }), [{}, { a: undefined }, { a: 1 }]],
  ];
  for (const [what, schema, inputs] of parts) {
    it(`agrees with zod on ${what}`, () => {
      const parse = fastParser(schema);
      expect(parse, 'a fast road').to.be.a('function');
      for (const input of inputs) {
        const theirs = schema.safeParse(input);
        const ours = parse!(input);
        if (!theirs.success) expect(ours === UNSURE, `${what}: zod refused ${String(input)}`).to.equal(true);
        else if (ours !== UNSURE) expect(ours).to.deep.equal(theirs.data);
      }
    });
  }

  it('builds no fast road for a schema with parts it does not know', () => {
    const unknown = [
      z.union([z.string(), z.number()]),
      z.string().check(z.refine((s) => s.startsWith('a'))),
      z.url(),
      z.string().check(z.startsWith('a')),
      z.looseObject({ a: z.string() }),
      z.object({ a: z.optional(z._default(z.string(), 'x')) }),
      z.array(z.string()).check(z.maxLength(3)),
      z.number().check(z.multipleOf(2)),
    ];
    for (const [i, schema] of unknown.entries()) expect(typeof fastParser(schema as z.ZodMiniType), `schema ${i}`).to.equal('undefined');
  });
});

describe('Collector with the fast road', () => {
  it('keeps, skips and reports exactly what the slow road (zod, cutting out bad fields) alone would', () => {
    const r = seeded(11);
    const input: unknown[] = records().map((record, i) => {
      if (i % 7 === 0) return { ...record, name: r() < 0.5 ? '  ' : 42 };
      if (i % 11 === 0) return { ...record, contact: { website: 'javascript:alert(1)' } };
      if (i % 13 === 0) return { ...record, id: 'gen-0' };
      return record;
    });
    const collector = new Collector();
    input.forEach((record, i) => collector.add(record, `activities[${i}]`));

    const kept: unknown[] = [];
    const skipped: unknown[] = [];
    const dropped: unknown[] = [];
    const seen = new Set<string>();
    input.forEach((record, i) => {
      const position = `activities[${i}]`;
      const parsed = salvageActivity(record);
      if (!parsed.ok) return void skipped.push({ position, id: (record as { id?: string }).id, problems: parsed.problems });
      const id = parsed.value.id;
      dropped.push(...parsed.cuts.map((c) => ({ position, id, field: c.field, problem: `${c.problem}, so it is left out` })));
      if (!canReach(parsed.value)) skipped.push({ position, id, problems: [{ path: '(record)', message: NO_WAY_TO_REACH }] });
      else if (!seen.has(id)) kept.push(parsed.value), seen.add(id);
    });
    expect(collector.activities).to.deep.equal(kept);
    expect(collector.skipped).to.deep.equal(skipped);
    expect(collector.dropped).to.deep.equal(dropped);
    expect(collector.skipped.length).to.be.above(40);
    expect(collector.dropped.length, 'javascript: websites left out').to.be.above(15);
    expect(collector.duplicates).to.be.above(10);
  });
});
