import { hasUnsafeCharacters } from './plain-line.ts';

const ALLOWED = /^(https:|tel:|mailto:)/i;

/**
 * The only gate between third-party data and an `href`. Returns the URL when its scheme is
 * https, tel or mailto (plain http is shown as text: it can be read or changed on the way), and
 * `undefined` otherwise, so the caller renders plain text instead. A URL with control or
 * direction characters inside is refused too: it can be made to read as another address.
 */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (hasUnsafeCharacters(trimmed)) return undefined;
  return ALLOWED.test(trimmed) ? trimmed : undefined;
}
