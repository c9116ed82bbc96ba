import type { CheckInState } from '../../check-ins/rules.ts';
import type { CheckInMessage } from '../../check-ins/message.ts';
import { html, type Html } from '../html.ts';
import { dateTime } from '../words.ts';
import { csrfField, page, type Viewer } from './layout.ts';
import { dataTable, hiddenHeading, type Column } from './table.ts';

export interface CheckInLine {
  checkInId: string;
  reference: string;
  dueAt: string;
  state: CheckInState;
  sentBy: 'email' | 'text' | 'copy' | null;
  issuedAt: string | null;
  expiresAt: string | null;
  usedAt: string | null;
}

/** How the inbox sends links, as set up: said at the top so nobody waits for emails that will not go. */
export type Sending = { kind: 'email'; everyMinutes: number } | { kind: 'copy' } | { kind: 'off' };

const STATE_NAMES: Record<CheckInState, string> = {
  later: 'Not due yet',
  due: 'Due',
  sending: 'Sending',
  unsure: 'Not known if sent',
  sent: 'Sent',
  expired: 'Link expired',
  answered: 'Answered',
  'not-asked': 'Will not be asked',
};

const HOW: Record<'email' | 'text' | 'copy', string> = { email: 'by email', text: 'by text', copy: 'as a message staff copied' };

function what(line: CheckInLine): Html {
  switch (line.state) {
    case 'sent':
      return html`${HOW[line.sentBy ?? 'email']} on ${dateTime(line.issuedAt!)}. The link works until ${dateTime(line.expiresAt!)}.`;
    case 'expired':
      return html`Sent ${HOW[line.sentBy ?? 'email']} on ${dateTime(line.issuedAt!)}. Nobody answered before ${dateTime(line.expiresAt!)}.`;
    case 'answered':
      return html`On ${dateTime(line.usedAt!)}.`;
    case 'unsure':
      return html`The inbox stopped while sending it on ${dateTime(line.issuedAt!)}, so it is not sent again. Call them if you need to.`;
    case 'sending':
      return html`Started ${dateTime(line.issuedAt!)}.`;
    case 'not-asked':
      return html`The referral was declined or replaced, or its details were removed.`;
    default:
      return html`Due ${dateTime(line.dueAt)}.`;
  }
}

function sendingNote(sending: Sending): Html {
  if (sending.kind === 'email') return html`<p>Links to people who chose email are sent every ${sending.everyMinutes === 1 ? 'minute' : `${sending.everyMinutes} minutes`}. For people who chose a text, make the message here and send it from the service's phone.</p>`;
  if (sending.kind === 'copy') return html`<div class="inset"><p>Email is not set up (INBOX_SMTP_URL), so nothing is sent by itself. Make each message here and send it yourself.</p></div>`;
  return html`<div class="inset"><p>Check-ins are not set up: no links can be made until INBOX_CHECK_IN_URL names the page people answer on.</p></div>`;
}

function table(caption: string, lines: readonly CheckInLine[], viewer: Viewer, canMake: boolean): Html {
  const columns: Column<CheckInLine>[] = [
    { heading: 'Referral', cell: (l) => html`<a href="/inbox/referrals/${l.reference}">${l.reference}</a>` },
    { heading: 'Status', cell: (l) => html`<strong class="tag tag--check-in-${l.state}">${STATE_NAMES[l.state]}</strong>` },
    { heading: 'Details', cell: what },
  ];
  if (canMake) {
    columns.push({
      heading: hiddenHeading('Action'),
      cell: (l) => html`<form method="post" action="/inbox/check-ins/${l.checkInId}/message">${csrfField(viewer)}<button type="submit" class="button button--secondary">Make the message<span class="visually-hidden"> for ${l.reference}</span></button></form>`,
    });
  }
  return dataTable({ caption, rows: lines, columns });
}

/** `/inbox/check-ins`: what is due, what went, what came back. References only: no names, no addresses. */
export function checkInsPage({ viewer, lines, sending }: { viewer: Viewer; lines: readonly CheckInLine[]; sending: Sending }): Html {
  const due = lines.filter((l) => l.state === 'due');
  const later = lines.filter((l) => l.state === 'later');
  const done = lines.filter((l) => l.state !== 'due' && l.state !== 'later');
  return page({
    title: 'Check-ins',
    viewer,
    section: 'check-ins',
    wide: true,
    body: html`
      <h1 class="heading-l">Check-ins</h1>
      <p>People who said we could ask how they are getting on get a link to a few questions, some weeks after they were referred (12 unless the service chose another number). Each link works once, for 28 days.</p>
      ${sendingNote(sending)}
      <h2 class="heading-m">Due now</h2>
      ${due.length ? table('Check-ins due now, oldest first', due, viewer, sending.kind !== 'off') : html`<p>No check-ins are due.</p>`}
      <h2 class="heading-m">Sent and answered</h2>
      ${done.length ? table('Check-ins sent, newest first', done, viewer, false) : html`<p>No check-in links have been sent yet.</p>`}
      <h2 class="heading-m">Coming up in the next 4 weeks</h2>
      ${later.length ? table('Check-ins due in the next 4 weeks', later, viewer, false) : html`<p>None.</p>`}`,
  });
}

/** The message to send by hand, shown once: the inbox keeps no working link. */
export function checkInMessagePage({ viewer, reference, to, channel, message }: { viewer: Viewer; reference: string; to: string; channel: 'email' | 'text'; message: CheckInMessage }): Html {
  return page({
    title: `Check-in message for ${reference}`,
    viewer,
    section: 'check-ins',
    backLink: { href: '/inbox/check-ins', text: 'Back to check-ins' },
    body: html`
      <h1 class="heading-l">Check-in message for ${reference}</h1>
      <div class="inset"><p><strong>Copy it now.</strong> This page is the only place the link is shown: the inbox does not keep it. If you lose it, the check-in cannot be sent again from here.</p></div>
      <p>Send it ${channel === 'text' ? 'as a text message' : 'by email'} to <strong>${to}</strong>, the ${channel === 'text' ? 'mobile number' : 'address'} they chose.</p>
      ${message.subject ? html`<h2 class="heading-s">Subject</h2><p class="copy-text" id="message-subject">${message.subject}</p>` : ''}
      <h2 class="heading-s">Message</h2>
      <p class="copy-text" id="message-text">${message.text}</p>
      <p><a href="/inbox/check-ins">Back to check-ins</a></p>`,
  });
}

/** Nothing to make: sent meanwhile (by the timer or a colleague), or no way to reach them. */
export function noMessagePage({ viewer }: { viewer: Viewer }): Html {
  return page({
    title: 'No message made',
    viewer,
    section: 'check-ins',
    backLink: { href: '/inbox/check-ins', text: 'Back to check-ins' },
    body: html`
      <h1 class="heading-l">No message made</h1>
      <p>This check-in is no longer due: it was sent meanwhile, or the person gave no email address or mobile number we may use.</p>
      <p><a href="/inbox/check-ins">Back to check-ins</a></p>`,
  });
}
