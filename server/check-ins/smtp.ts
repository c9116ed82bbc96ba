import { createTransport } from 'nodemailer';
import type { Notifier } from './notifier.ts';

// Email over SMTP with nodemailer: well kept, no dependencies of its own, and it does what a
// hand-written client would get wrong (STARTTLS, AUTH, dot-stuffing, line lengths, encodings).

export interface SmtpSettings {
  /** `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string;
  from: string;
}

export function smtpNotifier(settings: SmtpSettings): Notifier & { close(): void } {
  const transport = createTransport(settings.url);
  return {
    sentBy: 'email',
    canSend: (channel) => channel === 'email',
    async send(to, _channel, message) {
      await transport.sendMail({ from: settings.from, to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
