/** `tel:` href for a UK number as a person reads it ("116 123" → "tel:116123"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** `sms:` href, with the message body when a service asks people to text a word (e.g. SHOUT). */
export function smsHref(number: string, body?: string): string {
  const to = number.replace(/[^0-9+]/g, '');
  return body ? `sms:${to}?&body=${encodeURIComponent(body)}` : `sms:${to}`;
}
