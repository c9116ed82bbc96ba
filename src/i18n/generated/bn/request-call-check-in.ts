// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'follow-up-question.few': str`প্রায় ${0} সপ্তাহ পরে আমরা কি জিজ্ঞেস করতে পারি আপনি কেমন আছেন?`,
'follow-up-question.many': str`প্রায় ${0} সপ্তাহ পরে আমরা কি জিজ্ঞেস করতে পারি আপনি কেমন আছেন?`,
'follow-up-question.one': str`প্রায় ${0} সপ্তাহ পরে আমরা কি জিজ্ঞেস করতে পারি আপনি কেমন আছেন?`,
'follow-up-question.other': str`প্রায় ${0} সপ্তাহ পরে আমরা কি জিজ্ঞেস করতে পারি আপনি কেমন আছেন?`,
'follow-up-question.two': str`প্রায় ${0} সপ্তাহ পরে আমরা কি জিজ্ঞেস করতে পারি আপনি কেমন আছেন?`,
'follow-up-question.zero': str`প্রায় ${0} সপ্তাহ পরে আমরা কি জিজ্ঞেস করতে পারি আপনি কেমন আছেন?`,
's10ae8573cec34aa3': `হ্যাঁ, টেক্সট মেসেজে`,
's50e365ed9114f739': `হ্যাঁ, আমাকে একটি টেক্সট মেসেজ পাঠান`,
's763dcf69f45ffa6b': `আমরা আপনাকে কয়েকটি ছোট প্রশ্নের একটি লিংক পাঠাব, যাতে আমরা জানতে পারি কী সাহায্য করে। আপনি না চাইলে এটি ফাঁকা রাখুন।`,
's8d8ed74687232bf9': `হ্যাঁ, ইমেলে`,
'sd547313fc8326d3b': `হ্যাঁ, আমাকে একটি ইমেল পাঠান`,
};
