import { expect } from '@open-wc/testing';
import { readAge } from '../../../src/core/validate/age.ts';
import { ageErrorText } from '../../../src/words/distance.ts';

describe('an age as typed', () => {
  it('is nothing when left empty or only spaces', () => {
    expect(readAge('')).to.deep.equal({});
    expect(readAge('   ')).to.deep.equal({});
  });

  it('reads whole years, with stray spaces', () => {
    expect(readAge('45')).to.deep.equal({ age: 45 });
    expect(readAge(' 7 ')).to.deep.equal({ age: 7 });
    expect(readAge('0')).to.deep.equal({ age: 0 });
    expect(readAge('130')).to.deep.equal({ age: 130 });
  });

  for (const typed of ['forty', '4.5', '-3', '131', '1000', '45 years', '1e2']) {
    it(`asks for a number instead of "${typed}"`, () => {
      const read = readAge(typed);
      expect(read).to.deep.equal({ error: { code: 'age.not-a-number' } });
      expect(ageErrorText(read.error!)).to.equal('Enter your age as a number, like 45');
    });
  }
});
