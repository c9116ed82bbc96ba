// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's069649ceb2ec6176': `অন্যান্য কার্যক্রম`,
's449d38d0eb3c360e': `এই পুস্তিকা ছাপুন`,
's85ca1060cda0064b': `ছাপার মতো কোনো কার্যক্রম নেই।`,
's8a04fc8b1a9a0fb4': `সর্বশেষ সময় জানতে ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।`,
'scec975f6c9504291': `আপনার কাছাকাছি কার্যক্রম`,
'sd19bad63a510b440': str`${0} তারিখে ছাপা হয়েছে। সময় বদলাতে পারে, তাই যাওয়ার আগে ফোন করুন।`,
'sdf589ebe8255435e': `এই পুস্তিকায় আপনার খুঁজে পাওয়া কার্যক্রমগুলো বড় অক্ষরে আছে। আপনি এটি ছাপতে বা PDF হিসেবে রাখতে পারেন।`,
'sf410c719bfb5afda': `অন্য সময়, বা সময় জিজ্ঞেস করুন`,
};
