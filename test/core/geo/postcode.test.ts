import { expect } from '@open-wc/testing';
import { parsePostcode } from '../../../src/core/geo/postcode.ts';
import { distanceErrorText } from '../../../src/words/distance.ts';

describe('parsePostcode', () => {
  const good: [string, string][] = [
    ['LS6 2AB', 'LS6'],
    ['ls62ab', 'LS6'],
    ['  sw1a 1aa ', 'SW1A'],
    ['M1 1AE', 'M1'],
    ['B33 8TH', 'B33'],
    ['CR2 6XH', 'CR2'],
    ['W1A 0AX', 'W1A'],
    ['AV1 2CH', 'AV1'],
    ['LS6', 'LS6'],
    ['sw1a', 'SW1A'],
  ];
  for (const [typed, outcode] of good) {
    it(`reads "${typed}" as outward code ${outcode}`, () => {
      expect(parsePostcode(typed)).to.deep.equal({ ok: true, outcode });
    });
  }

  const bad: [string, 'empty' | 'not-uk'][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['12345', 'not-uk'],
    ['90210', 'not-uk'],
    ['LS6 2A', 'not-uk'],
    ['LS6 2ABC', 'not-uk'],
    ['hello', 'not-uk'],
    ['L', 'not-uk'],
  ];
  for (const [typed, reason] of bad) {
    it(`refuses "${typed}" as ${reason}`, () => {
      expect(parsePostcode(typed)).to.deep.equal({ ok: false, reason });
    });
  }

  it('says plainly what to do', () => {
    expect(distanceErrorText({ code: 'postcode.not-uk' })).to.equal('Enter a UK postcode, like LS6 2AB');
    expect(distanceErrorText({ code: 'postcode.empty' })).to.contain('Enter your postcode');
  });
});
