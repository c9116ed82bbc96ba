import { z } from './zod.ts';
import { DAYS, TIMES_OF_DAY } from '../vocabulary/lists.ts';

export { DAYS, TIMES_OF_DAY };
export const Day = z.enum(DAYS);
export type Day = z.infer<typeof Day>;

export const TimeOfDay = z.enum(TIMES_OF_DAY);
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/** "09:30": a 24-hour clock time, as Open Referral UK writes `opens_at`. */
export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** A calendar date written `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** Text a service may give in one language or several: `"Hello"` or `{ "en": "Hello", "cy": "Helo" }`. */
export const LocalText = z.union([
  z.string().check(z.minLength(1)),
  z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)), z.string().check(z.minLength(1))),
]);
export type LocalText = z.infer<typeof LocalText>;

const SAFE_URL = /^(https:\/\/[^\s/\\]|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:[0-9]{1,5})?([/?#]|$)|\/(?![/\\])|\.{1,2}\/)[^\s]*$/i;

/**
 * A URL the widget may fetch or link to: absolute `https:`, plain `http:` only on this computer
 * (`localhost`, for development), or a path on the page's own site (`/…`, `./…`, `../…`).
 * Personal data never travels over plain http. Refused at the edge, before anything is fetched
 * or linked: `javascript:`, `data:`, `http:` elsewhere, and `//host` or `/\host`, which look like
 * paths but go to another site.
 */
export const SafeUrl = z.string().check(z.regex(SAFE_URL));

/**
 * An absolute http(s) URL with a host, for links to other sites that data supplies. A regex, not
 * `z.httpUrl()`: that builds a URL object per value and was half the time of validating a large
 * directory. Rendering still goes through `safeHref`, which links only https.
 */
export const WEB_URL_PATTERN = /^https?:\/\/[^\s/?#@]+\.[^\s/?#@]+(?:[/?#][^\s]*)?$/i;
export const WebUrl = z.string().check(z.regex(WEB_URL_PATTERN));
