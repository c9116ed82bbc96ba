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

/** A link from the service's own settings, or why it is not linked (for the site editor's console). */
export type SettingLink = { href: string; why?: undefined } | { href?: undefined; why: string };

const PATH_ON_THIS_SITE = /^(\/(?![/\\])|\.{1,2}\/)/;
const THIS_COMPUTER = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A link the service's config gives (its privacy notice), by the same rule as `SafeUrl`: a path
 * on the page's own site is resolved against the page and linked, whatever the page's scheme (it
 * goes nowhere the page is not, and carries no answers); an absolute address must be https, or
 * http on this computer for development.
 */
export function settingLink(value: string, pageUrl: string): SettingLink {
  const trimmed = value.trim();
  if (hasUnsafeCharacters(trimmed)) return { why: 'has control or direction characters in it, which can make a link read as another address' };
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return { why: 'is not a web address' };
  }
  if (PATH_ON_THIS_SITE.test(trimmed) && url.origin === new URL(pageUrl).origin) return { href: url.href };
  // `//host` and `/\host` look like paths but go to another site: an address must say its scheme.
  const absolute = /^https?:\/\//i.test(trimmed);
  if (absolute && (url.protocol === 'https:' || (url.protocol === 'http:' && THIS_COMPUTER.has(url.hostname)))) return { href: url.href };
  return { why: 'is not linked: only https addresses, a path on this site (like /privacy.html) or http on localhost (for development) are' };
}
