// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's13acc62600677541': `মানসিক স্বাস্থ্যের সমস্যা থাকলে কাজ খুঁজতে সাহায্য। আপনার জিপি বা মানসিক স্বাস্থ্য দলকে জিজ্ঞেস করুন।`,
's1d85451594d1bb1d': `জবসেন্টার প্লাস (Jobcentre Plus)`,
's4b75fa7588cb5905': str`${0} ওয়েবসাইট (নতুন ট্যাবে খোলে)`,
's4ef4a66a352b500b': `ন্যাশনাল ক্যারিয়ারস সার্ভিস (National Careers Service)`,
's7bad309be4298094': `একজন ওয়ার্ক কোচ কাজ খুঁজতে সাহায্য করতে এবং প্রশিক্ষণের কথা জানাতে পারেন। আপনার স্থানীয় জবসেন্টারে জিজ্ঞেস করুন।`,
'saf3c5e63a5400602': `ইন্ডিভিজুয়াল প্লেসমেন্ট অ্যান্ড সাপোর্ট (IPS)`,
'seeb4c98ebacf29fd': `অ্যাক্সেস টু ওয়ার্ক (Access to Work)`,
'sef293937fcbffe73': `চাকরি, কোর্স আর প্রশিক্ষণ নিয়ে বিনামূল্যে পরামর্শ।`,
'sf8ebaf7a3ad2140f': `আপনার কোনো স্বাস্থ্যগত সমস্যা বা প্রতিবন্ধকতা থাকলে কাজ শুরু করতে বা কাজে থাকতে সাহায্য।`,
};
