import { expect } from '@open-wc/testing';
import { emptyDraft, type ReferralDraft } from '../../../src/core/referral/draft.ts';
import { stepOfField, validateAboutYou, validateAnythingElse, validateContact, validateStep, type ReferralFieldError } from '../../../src/core/validate/referral-steps.ts';
import { referralErrorText } from '../../../src/words/referral-errors.ts';

const today = new Date(2026, 10, 21);

function draft(overrides: Partial<ReferralDraft> = {}): ReferralDraft {
  return {
    ...emptyDraft(),
    fullName: 'Sam Taylor',
    dateOfBirth: { day: '12', month: '4', year: '1970' },
    postcode: 'av1 3qt',
    phone: '07700 900123',
    methods: ['call'],
    voicemailOk: 'yes',
    textOk: 'no',
    ...overrides,
  };
}

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);
/** The errors as the person reads them in English: field and message, and the boxes to mark. */
const worded = (errors: ReferralFieldError[]) =>
  errors.map((e) => ({ field: e.field, message: referralErrorText(e), ...(e.parts ? { parts: e.parts } : {}) }));

describe('request-a-call steps', () => {
  it('passes a complete draft on every step', () => {
    expect(validateAboutYou(draft(), today)).to.deep.equal([]);
    expect(validateContact(draft())).to.deep.equal([]);
    expect(validateAnythingElse(draft({ consent: true }), 'consent')).to.deep.equal([]);
  });

  it('lists every problem on "about you" in the order of the page', () => {
    const errors = validateAboutYou(emptyDraft(), today);
    expect(fields(errors)).to.deep.equal(['fullName', 'dateOfBirth', 'postcode']);
    expect(errors[0]).to.deep.equal({ code: 'full-name.missing', field: 'fullName' });
    expect(referralErrorText(errors[0]!)).to.equal('Enter your full name');
  });

  it('points a date error at the first box with the problem', () => {
    const errors = validateAboutYou(draft({ dateOfBirth: { day: '12', month: '', year: '1970' } }), today);
    expect(errors).to.deep.equal([{ code: 'date-of-birth.missing-month', field: 'dateOfBirth-month', parts: ['month'] }]);
    expect(worded(errors)).to.deep.equal([{ field: 'dateOfBirth-month', message: 'Date of birth must include a month', parts: ['month'] }]);
  });

  it('checks the optional NHS number only when given', () => {
    expect(fields(validateAboutYou(draft({ nhsNumber: '943 476 5918' }), today))).to.deep.equal(['nhsNumber']);
    expect(validateAboutYou(draft({ nhsNumber: '943 476 5919' }), today)).to.deep.equal([]);
  });

  it('names too-long answers with the limit', () => {
    const errors = validateAboutYou(draft({ fullName: 'x'.repeat(201) }), today);
    expect(errors).to.deep.equal([{ code: 'too-long', max: 200, field: 'fullName' }]);
    expect(worded(errors)).to.deep.equal([{ field: 'fullName', message: 'Full name must be 200 characters or fewer' }]);
  });

  it('asks how and whether it is safe to contact them', () => {
    const errors = validateContact(emptyDraft());
    expect(fields(errors)).to.deep.equal(['phone', 'methods', 'voicemailOk', 'textOk']);
  });

  it('needs an email address when email is chosen', () => {
    const errors = validateContact(draft({ methods: ['call', 'email'] }));
    expect(worded(errors)).to.deep.equal([{ field: 'email', message: 'Enter your email address, or untick email' }]);
    expect(validateContact(draft({ methods: ['email'], email: 'sam@example.com' }))).to.deep.equal([]);
  });

  it('checks an optional email address that was given', () => {
    expect(fields(validateContact(draft({ email: 'sam@' })))).to.deep.equal(['email']);
  });

  it('needs a mobile, and texts to be safe, when text is chosen', () => {
    const errors = validateContact(draft({ methods: ['text'], phone: '01632 960 001', textOk: 'no' }));
    expect(fields(errors)).to.deep.equal(['phone', 'textOk']);
    expect(errors.map((e) => e.code)).to.deep.equal(['phone.not-mobile', 'text.not-safe-but-chosen']);
    expect(referralErrorText(errors[0]!)).to.contain('mobile');
    expect(validateContact(draft({ methods: ['text'], textOk: 'yes' }))).to.deep.equal([]);
  });

  it('asks for the consent tick only when consent is the legal basis', () => {
    expect(worded(validateAnythingElse(draft(), 'consent'))).to.deep.equal([
      { field: 'consent', message: 'Tick the box to say we can use your information to arrange a call' },
    ]);
    expect(validateAnythingElse(draft(), 'public-task')).to.deep.equal([]);
  });

  it('keeps the message to 2000 characters', () => {
    expect(fields(validateAnythingElse(draft({ message: 'x'.repeat(2001) }), 'public-task'))).to.deep.equal(['message']);
    expect(validateAnythingElse(draft({ message: 'x'.repeat(2000) }), 'public-task')).to.deep.equal([]);
  });

  it('validates any step by name', () => {
    expect(fields(validateStep('contact', emptyDraft(), { today, legalBasis: 'consent' }))).to.include('phone');
  });

  it('knows which step asks each field, for errors from the server', () => {
    expect(stepOfField('postcode')).to.equal('about-you');
    expect(stepOfField('dateOfBirth-month')).to.equal('about-you');
    expect(stepOfField('textOk')).to.equal('contact');
    expect(stepOfField('consent')).to.equal('anything-else');
    expect(stepOfField('')).to.equal(undefined);
  });
});
