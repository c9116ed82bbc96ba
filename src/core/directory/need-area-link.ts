import { NEED_AREAS, type NeedAreaId } from '../vocabulary/lists.ts';
import type { Filters } from './search.ts';

/** The query parameter a finder reads its first need-area filter from: namespaced, so a host page's own never collides. */
export const NEED_AREA_PARAM = 'waymark-need-area';

/**
 * The address a printed booklet's section links to (its QR code): the page it was printed from,
 * with the finder there filtered to that need area, so a reader scans it for the latest times.
 * Only from an https page: a phone camera opens it on another network, where http can be read or
 * changed on the way, and a localhost or file address goes nowhere. The page's own fragment goes
 * (it may be a single-page site's state); its query stays (it may be what names the page).
 */
export function needAreaLink(pageUrl: string, needArea: NeedAreaId): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  url.hash = '';
  url.searchParams.set(NEED_AREA_PARAM, needArea);
  return url.href;
}

/** The need area a page's address asks a finder to show, when it names one Waymark knows. */
export function linkedNeedArea(pageUrl: string): NeedAreaId | undefined {
  try {
    const value = new URL(pageUrl).searchParams.get(NEED_AREA_PARAM);
    return NEED_AREAS.find((id) => id === value);
  } catch {
    return undefined;
  }
}

/** The filters a finder starts with on a page opened from a booklet's QR code: that need area, or none. */
export function linkedFilters(pageUrl: string): Filters {
  const needArea = linkedNeedArea(pageUrl);
  return needArea ? { needAreas: [needArea] } : {};
}
