import { expect, oneEvent } from '@open-wc/testing';
import { startWorker, worker } from '../../helpers/msw.ts';
import type { ReferralSentDetail } from '../../../src/events.ts';
import { activate, created, fillByKeyboard, focused, heading, isId, mount, press, recordSteps, service, shadow, tabTo, text, type } from './helpers.ts';

describe('<waymark-request-call> by keyboard alone', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('fills the three pages, fixes an error, changes an answer, sends, and shows the reference', async function () {
    this.timeout(60000);
    const received = service([created('AV-2001')]);
    const el = await mount();
    const steps = recordSteps(el);
    await expect(el).to.be.accessible();

    // Continue with nothing filled: the summary takes focus and its links reach the fields.
    await activate(el, 'Continue');
    expect(focused(el)?.classList.contains('error-summary')).to.equal(true);
    expect(text(el)).to.contain('Enter your full name');
    await expect(el).to.be.accessible();
    await tabTo(el, (a) => a.tagName === 'A' && a.textContent === 'Enter your postcode');
    await press(el, 'Enter');
    expect(focused(el)?.id).to.equal('postcode');

    // Back to the top of the page by keyboard is not needed: fill from the first field on.
    await fillByKeyboard(el);
    expect(heading(el)).to.equal('Check your answers before sending your request');
    expect(focused(el)?.tagName).to.equal('H2');
    expect(text(el)).to.contain('12 April 1970');
    expect(text(el)).to.contain('AV1 3QT');
    await expect(el).to.be.accessible();

    // Change the phone number: straight to the field, then back to check answers.
    await tabTo(el, (a) => a.tagName === 'BUTTON' && a.textContent!.includes('phone number'));
    await press(el, 'Enter');
    expect(heading(el)).to.equal('How to contact you');
    expect(focused(el)?.id).to.equal('phone');
    await press(el, 'End');
    await press(el, 'Backspace', 3);
    await type(el, '456');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Check your answers before sending your request');
    expect(text(el)).to.contain('07700 900 456');

    // "Would you like someone to go with you the first time?": optional, left, then answered from here.
    expect(text(el).replace(/\s+/g, ' ')).to.contain('Someone to go with you the first time Not given');
    await tabTo(el, (a) => a.tagName === 'BUTTON' && a.textContent!.includes('if you would like someone to go with you'));
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Anything else');
    expect(focused(el)?.id).to.equal('someoneToGoWith');
    await press(el, 'Space');
    await expect(el).to.be.accessible();
    await activate(el, 'Continue');
    expect(heading(el)).to.equal('Check your answers before sending your request');
    expect(text(el).replace(/\s+/g, ' ')).to.contain('Someone to go with you the first time Yes');

    const sent = oneEvent(el, 'waymark-referral-sent');
    await activate(el, 'Send request');
    const event = (await sent) as CustomEvent<ReferralSentDetail>;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ reference: 'AV-2001' });
    expect(heading(el)).to.equal('Request sent');
    expect(focused(el)?.tagName).to.equal('H2');
    expect(text(el)).to.contain('AV-2001');
    expect(text(el)).to.contain('We will contact you within 2 working days.');
    await expect(el).to.be.accessible();

    expect(received).to.have.length(1);
    const body = received[0]!.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(received[0]!.key).to.equal(body.id);
    expect(body.person).to.deep.equal({ fullName: 'Sam Taylor', dateOfBirth: '1970-04-12', postcode: 'AV1 3QT' });
    expect(body.contact).to.deep.include({ phone: '07700900456', methods: ['call'], voicemailOk: true, textOk: false, interpreter: false });
    expect(body.firstVisit).to.deep.equal({ someoneToGoWith: true });
    expect(body.consent).to.deep.equal({ basis: 'consent', given: true, privacyNoticeUrl: 'https://practice.example/privacy' });
    expect(body.source).to.deep.include({ page: `${location.origin}${location.pathname}`, kiosk: false, assisted: false, locale: 'en' });

    // Steps name the page and its number, and nothing the person typed.
    expect(steps.map((s) => `${s.step}#${s.number}`)).to.deep.equal([
      'contact#2', 'anything-else#3', 'check-answers#4', 'contact#2', 'check-answers#4', 'anything-else#3', 'check-answers#4', 'confirmation#5',
    ]);
    expect(JSON.stringify(steps)).not.to.match(/Sam|07700|AV1/);
  });

  it('moves between pages with the back link', async function () {
    this.timeout(30000);
    const el = await mount();
    await fillByKeyboard(el);
    await activate(el, 'Back');
    expect(heading(el)).to.equal('Anything else');
    expect(focused(el)?.tagName).to.equal('H2');
    await activate(el, 'Back');
    expect(heading(el)).to.equal('How to contact you');
    expect((shadow(el).getElementById('phone') as HTMLInputElement).value).to.equal('07700 900 123');
    await tabTo(el, isId('phone'));
  });
});
