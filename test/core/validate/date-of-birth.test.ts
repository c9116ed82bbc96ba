import { expect } from '@open-wc/testing';
import { ageOn, checkDateOfBirth, type DateParts } from '../../../src/core/validate/date-of-birth.ts';
import { say } from './say.ts';

// A fixed local "today", so the table does not age.
const today = new Date(2026, 10, 21); // 21 November 2026
const dob = (day: string, month: string, year: string): DateParts => ({ day, month, year });

describe('date of birth', () => {
  const valid: [DateParts, string][] = [
    [dob('12', '4', '1970'), '1970-04-12'],
    [dob('01', '01', '1950'), '1950-01-01'],
    [dob(' 3 ', ' 12 ', ' 1999 '), '1999-12-03'],
    [dob('29', '2', '2000'), '2000-02-29'], // a leap year
    [dob('5', 'March', '1980'), '1980-03-05'],
    [dob('5', 'sept', '1980'), '1980-09-05'],
    [dob('5', 'Jun', '1980'), '1980-06-05'],
    [dob('21', '11', '2010'), '2010-11-21'], // 16 today
    [dob('22', '11', '1906'), '1906-11-22'], // 119, a day short of 120
  ];
  for (const [parts, iso] of valid) {
    it(`accepts ${JSON.stringify(parts)} as ${iso}`, () => {
      expect(checkDateOfBirth(parts, today)).to.deep.equal({ ok: true, iso });
    });
  }

  const invalid: [string, DateParts, string, string, string[]][] = [
    ['nothing', dob('', '', ''), 'date-of-birth.missing', 'Enter your date of birth', ['day', 'month', 'year']],
    ['no month', dob('12', '', '1970'), 'date-of-birth.missing-month', 'Date of birth must include a month', ['month']],
    ['no day', dob('', '4', '1970'), 'date-of-birth.missing-day', 'Date of birth must include a day', ['day']],
    ['no year', dob('12', '4', ''), 'date-of-birth.missing-year', 'Date of birth must include a year', ['year']],
    ['only a year', dob('', '', '1970'), 'date-of-birth.missing-parts', 'Date of birth must include a day, month and year', ['day', 'month']],
    ['a two-digit year', dob('12', '4', '70'), 'date-of-birth.year-digits', 'Year must include 4 numbers, like 1970', ['year']],
    ['31 April', dob('31', '4', '1970'), 'date-of-birth.not-real', 'Date of birth must be a real date', ['day', 'month', 'year']],
    ['29 February in a common year', dob('29', '2', '2001'), 'date-of-birth.not-real', 'Date of birth must be a real date', ['day', 'month', 'year']],
    ['month 13', dob('12', '13', '1970'), 'date-of-birth.not-real', 'Date of birth must be a real date', ['month']],
    ['day 0', dob('0', '4', '1970'), 'date-of-birth.not-real', 'Date of birth must be a real date', ['day']],
    ['letters for a day', dob('x', '4', '1970'), 'date-of-birth.not-real', 'Date of birth must be a real date', ['day']],
    ['a month name too short to tell', dob('1', 'ju', '1970'), 'date-of-birth.not-real', 'Date of birth must be a real date', ['month']],
    ['tomorrow', dob('22', '11', '2026'), 'date-of-birth.in-future', 'Date of birth must be in the past', ['day', 'month', 'year']],
    ['next year', dob('1', '1', '2027'), 'date-of-birth.in-future', 'Date of birth must be in the past', ['day', 'month', 'year']],
    ['15, a day short of 16', dob('22', '11', '2010'), 'date-of-birth.too-young', 'You must be 16 or older to use this form. Your GP practice can help you find support', ['day', 'month', 'year']],
    ['121', dob('20', '11', '1905'), 'date-of-birth.too-old', 'Check the year you were born', ['year']],
    ['a mistyped year', dob('12', '4', '1870'), 'date-of-birth.too-old', 'Check the year you were born', ['year']],
  ];
  for (const [what, parts, code, message, marked] of invalid) {
    it(`refuses ${what} as ${code}, marking ${marked.join(', ')}`, () => {
      const check = checkDateOfBirth(parts, today);
      if (check.ok) throw new Error(`accepted ${what}`);
      expect(check.problem.code).to.equal(code);
      expect(check.parts).to.deep.equal(marked);
      expect(say(check.problem)).to.equal(message);
    });
  }

  it('gives the minimum age with too-young, for the words to name it', () => {
    const check = checkDateOfBirth(dob('22', '11', '2010'), today);
    expect(check).to.deep.equal({ ok: false, problem: { code: 'date-of-birth.too-young', minAge: 16 }, parts: ['day', 'month', 'year'] });
  });

  it('counts a birthday only once it has come', () => {
    expect(ageOn({ year: 2000, month: 11, day: 21 }, today)).to.equal(26);
    expect(ageOn({ year: 2000, month: 11, day: 22 }, today)).to.equal(25);
    expect(ageOn({ year: 2000, month: 12, day: 1 }, today)).to.equal(25);
  });
});
