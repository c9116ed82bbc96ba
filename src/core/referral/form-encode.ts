import type { Referral } from '../model/referral.ts';

/**
 * The referral as `application/x-www-form-urlencoded`, for form-to-email services and automation
 * webhooks, which expect one flat value per key:
 * - nested objects become dotted keys: `person.fullName=Sam+Taylor`;
 * - lists of plain values (choices such as methods, days and need areas, whose ids hold no
 *   commas) are joined with commas, so every receiver sees one value per key:
 *   `contact.methods=call,text`;
 * - lists of objects are numbered: `plan[0].name=Walking+for+health`;
 * - booleans are `true` or `false`; answers not given and empty lists are left out.
 * The referral `id` is sent as a field: a receiver that cannot read an `Idempotency-Key` header
 * can still drop a repeat.
 */
export function toFormBody(r: Referral): URLSearchParams {
  const body = new URLSearchParams();
  flatten(r, '', body);
  return body;
}

function flatten(value: unknown, key: string, out: URLSearchParams): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      out.append(key, value.join(','));
    } else {
      value.forEach((v, i) => flatten(v, `${key}[${i}]`, out));
    }
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, key ? `${key}.${k}` : k, out);
    return;
  }
  out.append(key, String(value));
}
