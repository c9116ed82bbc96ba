import { expect } from '@open-wc/testing';
import { startWorker, worker } from '../../helpers/msw.ts';
import { activate, config, created, fillAboutYou, fillByKeyboard, heading, isId, mount, press, service, shadow, tabTo, tabToAndType, text } from './helpers.ts';
import { waitUntil } from '../../helpers/wait.ts';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const withFollowUp = (afterWeeks = 12) => ({ ...config(), followUp: { enabled: true, afterWeeks } });

/** Fills the first two pages, allowing texts and emails, and arrives at "Anything else". */
async function toAnythingElse(el: Awaited<ReturnType<typeof mount>>) {
  await fillAboutYou(el);
  await tabToAndType(el, 'phone', '07700 900 123');
  await tabToAndType(el, 'email', 'sam@example.com');
  await tabTo(el, isId('methods-1'));
  await press(el, 'Space');
  await tabTo(el, isId('methods-2'));
  await press(el, 'Space');
  await tabTo(el, isId('voicemailOk'));
  await press(el, 'Space');
  await tabTo(el, isId('textOk'));
  await press(el, 'Space'); // yes
  await activate(el, 'Continue');
}

describe('<waymark-request-call> asks if it may ask again later', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('is not asked when the service does not send check-ins, and the referral says nothing of it', async function () {
    this.timeout(30000);
    const received = service([created('AV-4001')]);
    const el = await mount();
    await fillByKeyboard(el);
    expect(text(el)).not.to.contain('how you are getting on');
    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect('followUp' in (received[0]!.body as Body)).to.equal(false);
  });

  it('is not asked of someone who allowed only calls, and sends a no', async function () {
    this.timeout(30000);
    const received = service([created('AV-4002')]);
    const el = await mount(withFollowUp());
    await fillByKeyboard(el);
    expect(text(el)).not.to.contain('how you are getting on');
    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect((received[0]!.body as Body).followUp).to.deep.equal({ consent: false, channels: [], afterWeeks: 12 });
  });

  it('offers only the ways the person allowed, with the service\'s interval, optional, and sends the ways ticked', async function () {
    this.timeout(40000);
    const received = service([created('AV-4003')]);
    const el = await mount(withFollowUp(10));
    await toAnythingElse(el);
    const group = shadow(el).querySelector('#followUpChannels')!.closest('fieldset')!;
    expect(group.querySelector('legend')!.textContent).to.contain('Can we ask how you are getting on in about 10 weeks?');
    expect(group.querySelector('legend')!.textContent).to.contain('(optional)');
    expect([...group.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['Yes, send me a text message', 'Yes, send me an email']);
    await expect(el).to.be.accessible();
    await tabTo(el, isId('followUpChannels-1'));
    await press(el, 'Space');
    await tabTo(el, isId('consent'));
    await press(el, 'Space');
    await activate(el, 'Continue');
    expect(text(el)).to.contain('Yes, by email');
    await expect(el).to.be.accessible();
    await activate(el, 'Send request');
    await waitUntil(() => heading(el) === 'Request sent', 'never confirmed');
    expect((received[0]!.body as Body).followUp).to.deep.equal({ consent: true, channels: ['email'], afterWeeks: 10 });
  });
});
