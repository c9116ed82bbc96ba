import type { ReferralProblem } from '../../../src/core/validate/referral-steps.ts';
import { referralErrorText } from '../../../src/words/referral-errors.ts';

/** A core problem as the person reads it in English (field `''`: no too-long problems here). */
export const say = (problem: ReferralProblem | undefined): string | undefined => problem && referralErrorText({ ...problem, field: '' });
