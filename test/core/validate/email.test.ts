import { expect } from '@open-wc/testing';
import { emailError, normaliseEmail } from '../../../src/core/validate/email.ts';
import { say } from './say.ts';

describe('email addresses', () => {
  const valid: [string, string][] = [
    ['sam@example.com', 'sam@example.com'],
    ['  sam.taylor+waymark@mail.example.co.uk ', 'sam.taylor+waymark@mail.example.co.uk'],
    ["o'neill@example.org", "o'neill@example.org"],
  ];
  for (const [input, out] of valid) {
    it(`accepts "${input}"`, () => {
      expect(normaliseEmail(input)).to.equal(out);
      expect(say(emailError(input))).to.equal(undefined);
    });
  }

  for (const input of ['sam', 'sam@', '@example.com', 'sam@example', 'sam example@mail.com', 'sam@@example.com', 'sam..t@example.com']) {
    it(`refuses "${input}"`, () => {
      expect(normaliseEmail(input)).to.equal(undefined);
      expect(say(emailError(input))).to.contain('like name@example.com');
    });
  }

  it('is optional unless asked for', () => {
    expect(say(emailError(''))).to.equal(undefined);
    expect(say(emailError('', { required: true }))).to.equal('Enter your email address');
    expect(emailError('', { required: true })).to.deep.equal({ code: 'email.missing' });
    expect(emailError('name@')).to.deep.equal({ code: 'email.format' });
  });
});
