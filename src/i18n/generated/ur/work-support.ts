// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's13acc62600677541': `اگر آپ کو ذہنی صحت کا مسئلہ ہے تو کام ڈھونڈنے میں مدد۔ اپنے جی پی یا ذہنی صحت کی ٹیم سے پوچھیں۔`,
's1d85451594d1bb1d': `جاب سینٹر پلس (Jobcentre Plus)`,
's4b75fa7588cb5905': str`${0} کی ویب سائٹ (نئے ٹیب میں کھلتی ہے)`,
's4ef4a66a352b500b': `نیشنل کیریئرز سروس (National Careers Service)`,
's7bad309be4298094': `ورک کوچ کام ڈھونڈنے میں آپ کی مدد کر سکتا ہے اور تربیت کے بارے میں بتا سکتا ہے۔ اپنے مقامی جاب سینٹر سے پوچھیں۔`,
'saf3c5e63a5400602': `انفرادی پلیسمنٹ اور سپورٹ (IPS)`,
'seeb4c98ebacf29fd': `ایکسس ٹو ورک (Access to Work)`,
'sef293937fcbffe73': `نوکریوں، کورسز اور تربیت کے بارے میں مفت مشورہ۔`,
'sf8ebaf7a3ad2140f': `اگر آپ کو کوئی بیماری یا معذوری ہے تو کام شروع کرنے یا جاری رکھنے میں مدد۔`,
};
