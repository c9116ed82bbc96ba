import { createHmac } from 'node:crypto';
import type { Channel, Notifier } from './notifier.ts';

// GOV.UK Notify, the service UK public bodies use to send email and texts: behind the same
// Notifier interface as SMTP. Its API is one POST per message, authenticated by a short-lived JWT
// (HS256, `iss` the service id, `iat` now) signed with the API key's secret; the message goes as
// personalisation into a template the service makes once in Notify:
//   subject ((subject)), body ((message)) for email; body ((message)) for texts.
// Written here rather than with Notify's client: a few lines of fetch and HMAC, no dependencies.

export const NOTIFY_API = 'https://api.notifications.service.gov.uk';

export interface NotifySettings {
  /** The API key as Notify shows it: `{key name}-{service id}-{secret key}` (both UUIDs). */
  apiKey: string;
  /** The email template (`((subject))`, `((message))`); none means no email by Notify. */
  emailTemplateId?: string;
  /** The text message template (`((message))`); none means no texts by Notify. */
  smsTemplateId?: string;
  /** Notify's address; a test points it at loopback. */
  baseUrl?: string;
  /** Seconds since 1970, for `iat`. */
  now?: () => number;
  timeoutMs?: number;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const API_KEY = new RegExp(`^.+-(${UUID})-(${UUID})$`, 'i');

/** The service id and secret inside an API key, or undefined for something that is not one. */
export function parseNotifyKey(apiKey: string): { serviceId: string; secret: string } | undefined {
  const m = API_KEY.exec(apiKey.trim());
  return m ? { serviceId: m[1]!, secret: m[2]! } : undefined;
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** The bearer token Notify asks for: a JWT with `iss` and `iat`, HS256 with the key's secret. */
export function notifyToken(serviceId: string, secret: string, iat: number): string {
  const unsigned = `${base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))}.${base64url(JSON.stringify({ iss: serviceId, iat }))}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** Notify's error reply names the problem; never the address or the message. */
async function refusal(res: Response): Promise<string> {
  const body = (await res.json().catch(() => undefined)) as { errors?: { error?: unknown }[] } | undefined;
  const kinds = (body?.errors ?? []).map((e) => String(e.error)).join(', ');
  return `GOV.UK Notify answered ${res.status}${kinds ? ` (${kinds})` : ''}`;
}

/**
 * One notifier per channel Notify is set up for (an email template, a text template, or both), so
 * a check-in records which way it went. Throws when the key is not a Notify API key.
 */
export function notifyNotifiers(settings: NotifySettings): Notifier[] {
  const key = parseNotifyKey(settings.apiKey);
  if (!key) throw new Error('The GOV.UK Notify API key should look like name-<service id>-<secret key>');
  const { baseUrl = NOTIFY_API, now = () => Math.floor(Date.now() / 1000), timeoutMs = 15_000 } = settings;
  const make = (channel: Channel, templateId: string): Notifier => ({
    sentBy: channel,
    canSend: (c) => c === channel,
    async send(to, _channel, message) {
      const personalisation = channel === 'email' ? { subject: message.subject, message: message.text } : { message: message.text };
      const res = await fetch(`${baseUrl}/v2/notifications/${channel === 'email' ? 'email' : 'sms'}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${notifyToken(key.serviceId, key.secret, now())}` },
        body: JSON.stringify({ ...(channel === 'email' ? { email_address: to } : { phone_number: to }), template_id: templateId, personalisation }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.status !== 201) throw new Error(await refusal(res));
    },
  });
  return [
    ...(settings.emailTemplateId ? [make('email', settings.emailTemplateId)] : []),
    ...(settings.smsTemplateId ? [make('text', settings.smsTemplateId)] : []),
  ];
}
