import { expect } from '@open-wc/testing';
import { nhsNumberError, normaliseNhsNumber } from '../../../src/core/validate/nhs-number.ts';
import { say } from './say.ts';

describe('NHS numbers', () => {
  // 943 476 5919 is a widely used test number; the others were made with the same sum.
  const valid: [string, string][] = [
    ['9434765919', '9434765919'],
    ['943 476 5919', '9434765919'],
    ['943-476-5919', '9434765919'],
    ['4010232137', '4010232137'],
    ['6000000014', '6000000014'],
    // 4·10 + 9·9 = 121, remainder 0, so 11 − 0 = 11, written as a check digit of 0.
    ['4900000000', '4900000000'],
  ];
  for (const [input, out] of valid) {
    it(`accepts "${input}"`, () => {
      expect(normaliseNhsNumber(input)).to.equal(out);
      expect(say(nhsNumberError(input))).to.equal(undefined);
    });
  }

  const wrongCheckDigit = ['9434765918', '4010232138', '4857773456', '4900000001'];
  for (const input of wrongCheckDigit) {
    it(`refuses "${input}": its check digit is wrong`, () => {
      expect(normaliseNhsNumber(input)).to.equal(undefined);
      expect(say(nhsNumberError(input))).to.contain('Check your NHS number');
    });
  }

  it('refuses a number whose check digit would be 10', () => {
    // 1234567890: 1·10+2·9+3·8+4·7+5·6+6·5+7·4+8·3+9·2 = 210; 210 mod 11 = 1; 11 − 1 = 10.
    expect(normaliseNhsNumber('1234567890')).to.equal(undefined);
  });

  it('refuses one repeated digit, which passes the sum but is never issued', () => {
    expect(normaliseNhsNumber('0000000000')).to.equal(undefined);
    expect(normaliseNhsNumber('4444444444')).to.equal(undefined);
  });

  it('asks for 10 numbers when it is the wrong length or has letters', () => {
    for (const input of ['943476591', '94347659190', '943476591X']) {
      expect(say(nhsNumberError(input)), input).to.contain('10 numbers');
    }
  });

  it('lets the field stay empty', () => {
    expect(say(nhsNumberError(''))).to.equal(undefined);
    expect(nhsNumberError('123')).to.deep.equal({ code: 'nhs-number.format' });
    expect(nhsNumberError('943 476 5910')).to.deep.equal({ code: 'nhs-number.check-digit' });
  });
});
