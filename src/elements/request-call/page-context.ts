import type { ReferralDraft } from '../../core/referral/draft.ts';
import type { ReferralFieldError } from '../../core/validate/referral-steps.ts';
import type { AutocompleteToken } from '../../views/form/index.ts';
import { referralErrorText } from '../../words/referral-errors.ts';

/** What each page of the form needs from the element: the answers, the errors, and how to change them. */
export interface PageContext {
  draft: ReferralDraft;
  errors: readonly ReferralFieldError[];
  /** Kiosk mode: `autocomplete="off"`, so the next person is not offered this one's details. */
  kiosk: boolean;
  /** The level of the page's heading; its sections nest below it. */
  level: number;
  set: <K extends keyof ReferralDraft>(field: K, value: ReferralDraft[K]) => void;
}

/** The message for a field; for the date of birth, the one for any of its three boxes. */
export function errorOf(ctx: PageContext, field: string): string | undefined {
  const error = ctx.errors.find((e) => e.field === field || e.field.startsWith(`${field}-`));
  return error && referralErrorText(error);
}

export function autocomplete(ctx: PageContext, token: AutocompleteToken): AutocompleteToken {
  return ctx.kiosk ? 'off' : token;
}
