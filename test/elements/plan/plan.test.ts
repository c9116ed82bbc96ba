import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/plan/define.ts';
import type { WaymarkPlan } from '../../../src/elements/plan/plan.ts';
import { Activity } from '../../../src/core/model/activity.ts';
import type { PlanChangeDetail } from '../../../src/events.ts';
import { settled } from '../../helpers/settled.ts';
import { waitUntil } from '../../helpers/wait.ts';

const config = { service: { name: 'Ashby Vale Social Prescribing', phone: '01632 960000' } };
const walk = Activity.parse({
  id: 'walk',
  name: 'Health walks',
  organisation: { name: 'Ashby Vale Walkers' },
  schedule: [{ days: ['mon'], opens: '10:00', closes: '11:30' }],
  locations: [{ name: 'Vale Park', address: 'Park Road, Ashby Vale' }],
  cost: { free: true },
  howToJoin: ['drop-in'],
  contact: { phone: '01632 960123', website: 'https://walkers.example' },
});
const choir = Activity.parse({ id: 'choir', name: 'Community choir', cost: { free: false, description: '£2 a session' } });

async function planWith(activities: Activity[]) {
  const el = await fixture<WaymarkPlan>(html`<waymark-plan .config=${config} .activities=${activities}></waymark-plan>`);
  await settled(el);
  return el;
}

describe('<waymark-plan>', () => {
  it('shows the next date and gives it as an .ics file to add to a calendar, by keyboard', async () => {
    const course = Activity.parse({ ...walk, id: 'course', nextDates: [{ date: '2020-01-07', starts: '10:00' }, { date: '2099-01-06', starts: '10:00', ends: '11:30' }] });
    const el = await planWith([course, choir]);
    const item = el.shadowRoot!.querySelector('.plan-item')!;
    expect(item.textContent!.replace(/\s+/g, ' ')).to.contain('Next date6 January 2099 at 10am');
    expect(el.shadowRoot!.querySelectorAll('.calendar-button'), 'only an activity with a date to come').to.have.length(1);
    await expect(el).to.be.accessible();

    // Watch what the browser is given to download, instead of letting a file land on the test machine.
    const files: { name: string; blob?: Blob }[] = [];
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => { const url = createObjectURL(blob); blobs.set(url, blob); return url; };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { files.push({ name: this.download, blob: blobs.get(this.href) }); };
    try {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.calendar-button')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add to calendar: Health walks');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => files.length === 1, 'nothing was downloaded');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files[0]!.name).to.equal('Health-walks-2099-01-06.ics');
    expect(files[0]!.blob!.type).to.equal('text/calendar;charset=utf-8');
    const ics = await files[0]!.blob!.text();
    expect(ics).to.contain('DTSTART;TZID=Europe/London:20990106T100000');
    expect(ics).to.contain('DTEND;TZID=Europe/London:20990106T113000');
    expect(ics).to.contain('SUMMARY:Health walks');
  });

  it('says what the first visit is like, on screen and in print, and only what the directory says', async () => {
    const met = Activity.parse({ ...walk, id: 'met', firstVisit: { someoneMeetsYou: true, bringSomeone: true, gettingThere: 'Bus 12 stops at the park gate.' } });
    const el = await planWith([met, choir]);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('.plan-item')].map((i) => i.textContent!.replace(/\s+/g, ' '));
    expect(first).to.contain('Your first visitSomeone will meet you when you arrive. You can bring someone with you. Getting there: Bus 12 stops at the park gate.');
    expect(second).not.to.contain('Your first visit');
    await expect(el).to.be.accessible();
  });

  it('says the plan is empty, accessibly', async () => {
    const el = await planWith([]);
    expect(el.shadowRoot!.textContent).to.contain('Your plan is empty');
    expect(el.shadowRoot!.querySelector('svg.qr')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows each activity with when, where, cost and how to join, and a QR code', async () => {
    const el = await planWith([walk, choir]);
    const items = el.shadowRoot!.querySelectorAll('.plan-item');
    expect(items).to.have.length(2);
    const text = items[0]!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Monday, 10am to 11:30am');
    expect(text).to.contain('Vale Park, Park Road, Ashby Vale');
    expect(text).to.contain('Free');
    expect(text).to.contain('Just turn up');
    expect(items[1]!.textContent).to.contain('£2 a session');
    await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'the QR code appears once its encoder has loaded');
    const qr = el.shadowRoot!.querySelector('svg.qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
    expect(el.shadowRoot!.querySelector('a[href="tel:01632960000"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('removes an activity by keyboard, tells the page, and puts focus on the heading', async () => {
    const el = await planWith([walk, choir]);
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('.plan-item button')!;
    remove.focus();
    const heard = oneEvent(el, 'waymark-plan-change');
    await sendKeys({ press: 'Enter' });
    const event = (await heard) as CustomEvent<PlanChangeDetail>;
    expect(event.detail.activityIds).to.deep.equal(['choir']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.plan-item')).to.have.length(1);
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Health walks was removed');
    await expect(el).to.be.accessible();
  });

  it('never links a website that is not https', async () => {
    const unsafe = Activity.parse({ id: 'x', name: 'X', contact: { website: 'http://plain.example' } });
    const el = await planWith([unsafe]);
    expect(el.shadowRoot!.querySelector('a[href^="http:"]')).to.equal(null);
  });

  it('prints directory text as plain lines: no line breaks or direction overrides that add or disguise lines', async () => {
    const spoof = Activity.parse({
      id: 'spoof',
      name: 'Coffee morning\nPhone: 0909 879 0000',
      organisation: { name: 'Vale \u202Egpj.exe' },
      contact: { phone: '01632 960111', website: 'https://files.example/report\u202Efdp.exe' },
    });
    const el = await planWith([spoof]);
    const item = el.shadowRoot!.querySelector('.plan-item')!;
    expect(item.querySelector('h3')!.textContent).to.equal('Coffee morning Phone: 0909 879 0000');
    expect(item.textContent).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
    expect(item.querySelector('a[href^="https:"]'), 'a disguised address is not linked').to.equal(null);
    const labels = [...item.querySelectorAll('dt')].map((d) => d.textContent);
    expect(labels).to.include('Phone');
    expect(labels, 'no Website for a disguised address').not.to.include('Website');
  });
});
