import { expect } from '@open-wc/testing';
import { normalisePostcode, postcodeError } from '../../../src/core/validate/postcode.ts';
import { say } from './say.ts';

describe('UK postcodes', () => {
  const valid: [string, string][] = [
    ['LS6 2AB', 'LS6 2AB'],
    ['ls62ab', 'LS6 2AB'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['M1 1AE', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['W1A 0AX', 'W1A 0AX'],
    ['ec1a\u00a01bb', 'EC1A 1BB'],
  ];
  for (const [input, out] of valid) {
    it(`reads "${input}" as "${out}"`, () => {
      expect(normalisePostcode(input)).to.equal(out);
      expect(say(postcodeError(input))).to.equal(undefined);
    });
  }

  const invalid = ['LS6', 'LS62', '2AB LS6', 'LS6 2A', 'LS6 2ABC', 'L56 ZAB', '12345', 'LS6-2AB!', 'SW1A 1AAA'];
  for (const input of invalid) {
    it(`refuses "${input}"`, () => {
      expect(normalisePostcode(input)).to.equal(undefined);
      expect(say(postcodeError(input))).to.equal('Enter a full UK postcode, like LS6 2AB');
    });
  }

  it('asks for a postcode when it is empty', () => {
    expect(say(postcodeError(' '))).to.equal('Enter your postcode');
    expect(postcodeError(' ')).to.deep.equal({ code: 'postcode.missing' });
    expect(postcodeError('LS6')).to.deep.equal({ code: 'postcode.format' });
  });
});
