import { msg, str } from '@lit/localize';
import type { Activity } from '../core/model/activity.ts';
import { costText, howToJoinText, whenText, whereText } from './describe.ts';
import { dateText } from './intl.ts';
import { plainLine } from '../core/text/plain-line.ts';
import { safeHref } from '../core/text/safe-href.ts';

export interface PlanTextOptions {
  serviceName?: string;
  servicePhone?: string;
  locale: string;
  date: Date;
  /** Names and phone numbers only, when the full text is too long for a QR code. */
  brief?: boolean;
}

export function planDateText(date: Date, locale: string): string {
  return dateText(date, locale);
}

/**
 * The plan as plain text, for the QR code a person scans to take it away on their phone.
 * It holds the activities and the service's number, never anything about the person. Directory
 * text goes in as single plain lines (no line breaks or direction controls that could add or
 * disguise a line), and a website only when it would be linked: https.
 */
export function planText(activities: readonly Activity[], options: PlanTextOptions): string {
  const { serviceName, servicePhone, locale, date, brief = false } = options;
  const lines: string[] = [
    serviceName ? msg(str`My plan from ${serviceName}`) : msg('My plan'),
    planDateText(date, locale),
    '',
  ];
  activities.forEach((activity, i) => {
    lines.push(`${i + 1}. ${plainLine(activity.name)}`);
    const facts: [string, string | undefined][] = [
      [msg('When'), whenText(activity, locale)],
      [msg('Where'), whereText(activity)],
      [msg('Cost'), costText(activity)],
      [msg('How to join'), howToJoinText(activity)],
      [msg('Phone'), activity.contact.phone],
      [msg('Website'), safeHref(activity.contact.website)],
    ];
    for (const [label, raw] of facts) {
      const value = raw && plainLine(raw);
      if (value && (!brief || label === msg('Phone'))) lines.push(`   ${label}: ${value}`);
    }
    lines.push('');
  });
  if (servicePhone) lines.push(serviceName ? msg(str`Questions? Call ${serviceName} on ${servicePhone}.`) : msg(str`Questions? Call ${servicePhone}.`));
  return lines.join('\n').trim();
}
