import type { CheckInMessage } from './message.ts';

// How a check-in link reaches the person. One interface, several ways: SMTP email (always
// possible: most charities cannot use GOV.UK Notify), and "copy the message", which sends nothing
// and gives staff the message to send themselves (a text from the service's own phone, say).

export type Channel = 'email' | 'text';

export interface Notifier {
  /** What the check-in records as how it went. */
  readonly sentBy: Channel | 'copy';
  canSend(channel: Channel): boolean;
  /** Sends or, for "copy", does nothing; throws when the message could not be handed over. */
  send(to: string, channel: Channel, message: CheckInMessage): Promise<void>;
}

/** "Copy the message": always available, for every channel. */
export const copyNotifier: Notifier = {
  sentBy: 'copy',
  canSend: () => true,
  send: async () => {},
};
