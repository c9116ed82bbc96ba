// The check-in message, in plain English (reading age 9 to 11). It holds the link and nothing
// about the person: no name, no reference, no health details, since a shared phone or inbox may
// show it to someone else.
import { URGENT_HELP_TEXT } from '../staff/words.ts';

export interface MessageSettings {
  serviceName: string;
  servicePhone?: string;
}

export interface CheckInMessage {
  subject: string;
  text: string;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export function checkInMessage(link: string, expiresAt: Date, channel: 'email' | 'text', s: MessageSettings): CheckInMessage {
  const until = DATE.format(expiresAt);
  const call = s.servicePhone ? ` Or call us on ${s.servicePhone}.` : '';
  if (channel === 'text') {
    return {
      subject: '',
      text: `${s.serviceName}: how are you getting on? You said we could ask. It takes about 5 minutes: ${link} (works until ${until}, once). Need help now? Call 111, or 999 if a life is at risk.`,
    };
  }
  return {
    subject: `How are you getting on? A few questions from ${s.serviceName}`,
    text: [
      'Hello,',
      '',
      `When you asked ${s.serviceName} for support, you said we could ask how you are getting on.`,
      '',
      `It takes about 5 minutes. Please answer a few short questions here:`,
      link,
      '',
      `The link works until ${until}, and only once. If you would rather not answer, you can ignore this message.${call}`,
      '',
      URGENT_HELP_TEXT,
      '',
      s.serviceName,
    ].join('\n'),
  };
}
