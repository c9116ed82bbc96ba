// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'plan-chosen.few': str`আপনি ${0}টি কার্যক্রম বেছে নিয়েছেন।`,
'plan-chosen.many': str`আপনি ${0}টি কার্যক্রম বেছে নিয়েছেন।`,
'plan-chosen.one': str`আপনি ${0}টি কার্যক্রম বেছে নিয়েছেন।`,
'plan-chosen.other': str`আপনি ${0}টি কার্যক্রম বেছে নিয়েছেন।`,
'plan-chosen.two': str`আপনি ${0}টি কার্যক্রম বেছে নিয়েছেন।`,
'plan-chosen.zero': str`আপনি ${0}টি কার্যক্রম বেছে নিয়েছেন।`,
's1b620e51708bd4dd': `ক্যালেন্ডারে যোগ করুন`,
's22a420937abe63cc': `আপনার পরিকল্পনার QR কোড। একটি কপি রাখতে আপনার ফোনের ক্যামেরা দিয়ে এটি স্ক্যান করুন।`,
's23d53fc569f64f73': str`কোনো প্রশ্ন থাকলে ${0} নম্বরে ফোন করুন।`,
's5e91842d8c74e5f6': `আপনার পরিকল্পনা প্রিন্ট করুন`,
's628b776a4fc5f1d6': `আমার পরিকল্পনা`,
's82665b2ffabc9c0a': `ওয়েবসাইট`,
'sa294cd9667216947': `আপনার পরিকল্পনা থেকে`,
'sa3d3e30f988fb39e': `সোশ্যাল প্রেসক্রাইবিং`,
'saebc71ba3c89ca80': str`${0} আপনার পরিকল্পনা থেকে সরানো হয়েছে।`,
'saf53b32e35dfdc14': str`কোনো প্রশ্ন থাকলে ${0}-কে ${1} নম্বরে ফোন করুন।`,
'sca6dfff724975344': str`${0} থেকে আমার পরিকল্পনা`,
'scc527b2f437492ef': `আপনার পরিকল্পনা এখন খালি। আপনার পছন্দের কার্যক্রম খুঁজুন এবং "আমার পরিকল্পনায় যোগ করুন" বেছে নিন।`,
'sd237989c135715ac': `পরের তারিখ`,
'sd6254f94efe8a304': str`${0}, ${1}`,
'se07c0d8eefe55efb': str`${0} তারিখে তৈরি করা আপনার পরিকল্পনা`,
'sea4f08110bb8f15d': `সরান`,
'secc06651a4ec4193': `আপনার পরিকল্পনা সাথে নিয়ে যান`,
};
