import { expect } from '@open-wc/testing';
import { isUkMobile, normaliseUkPhone, phoneError } from '../../../src/core/validate/phone.ts';
import { say } from './say.ts';

describe('UK phone numbers', () => {
  const valid: [string, string][] = [
    ['07700900123', '07700900123'],
    ['07700 900 123', '07700900123'],
    ['  07700-900-123 ', '07700900123'],
    ['+44 7700 900123', '07700900123'],
    ['+44 (0)7700 900123', '07700900123'],
    ['0044 7700 900123', '07700900123'],
    ['447700900123', '07700900123'],
    ['(01632) 960 001', '01632960001'],
    ['020 7946 0018', '02079460018'],
    ['+44 20 7946 0018', '02079460018'],
    ['0113 496 0000', '01134960000'],
    ['016977 3456', '0169773456'],
    ['0300 123 1234', '03001231234'],
    ['0808 157 0192', '08081570192'],
    ['0800 123 456', '0800123456'],
    ['07624 123456', '07624123456'],
  ];
  for (const [input, national] of valid) {
    it(`reads "${input}" as ${national}`, () => {
      expect(normaliseUkPhone(input)).to.equal(national);
      expect(say(phoneError(input))).to.equal(undefined);
    });
  }

  const invalid = [
    '',
    '12345',
    '0770090012', // a digit short for a mobile
    '077009001234', // a digit too many
    '+1 202 555 0143', // not a UK number
    '+353 1 234 5678',
    '09061234567', // premium rate
    '04123456789', // not in use
    '7700 9001 23 ext 4',
    'seven seven',
    '0800 1111', // a helpline's short number, not a line a person can be called back on
  ];
  for (const input of invalid) {
    it(`refuses "${input}" with a message`, () => {
      expect(normaliseUkPhone(input)).to.equal(undefined);
      expect(say(phoneError(input))).to.be.a('string').and.match(/^Enter a/);
    });
  }

  it('knows which numbers can get a text', () => {
    expect(isUkMobile('07700900123')).to.equal(true);
    expect(isUkMobile('07624123456')).to.equal(true);
    expect(isUkMobile('07012345678')).to.equal(false); // personal forwarding number
    expect(isUkMobile('07612345678')).to.equal(false); // pager
    expect(isUkMobile('01632960001')).to.equal(false);
  });

  it('asks for a mobile only when texts are wanted', () => {
    expect(say(phoneError('01632 960 001', { mobile: true }))).to.contain('mobile');
    expect(say(phoneError('01632 960 001', { mobile: false }))).to.equal(undefined);
    expect(say(phoneError('07700 900 123', { mobile: true }))).to.equal(undefined);
  });

  it('says "Enter a phone number" when it is empty', () => {
    expect(say(phoneError('   '))).to.equal('Enter a phone number');
    expect(phoneError('   ')).to.deep.equal({ code: 'phone.missing' });
    expect(phoneError('+1 202 555 0143')).to.deep.equal({ code: 'phone.not-uk' });
    expect(phoneError('01632 960 001', { mobile: true })).to.deep.equal({ code: 'phone.not-mobile' });
  });
});
