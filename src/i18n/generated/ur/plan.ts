// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'plan-chosen.few': str`آپ نے ${0} سرگرمیاں چنی ہیں۔`,
'plan-chosen.many': str`آپ نے ${0} سرگرمیاں چنی ہیں۔`,
'plan-chosen.one': str`آپ نے ${0} سرگرمی چنی ہے۔`,
'plan-chosen.other': str`آپ نے ${0} سرگرمیاں چنی ہیں۔`,
'plan-chosen.two': str`آپ نے ${0} سرگرمیاں چنی ہیں۔`,
'plan-chosen.zero': str`آپ نے ${0} سرگرمیاں چنی ہیں۔`,
's1b620e51708bd4dd': `کیلنڈر میں شامل کریں`,
's22a420937abe63cc': `آپ کے پلان کا QR کوڈ۔ کاپی رکھنے کے لیے اسے اپنے فون کے کیمرے سے اسکین کریں۔`,
's23d53fc569f64f73': str`کوئی سوال ہے؟ ${0} پر کال کریں۔`,
's5e91842d8c74e5f6': `اپنا پلان پرنٹ کریں`,
's628b776a4fc5f1d6': `میرا پلان`,
's82665b2ffabc9c0a': `ویب سائٹ`,
'sa294cd9667216947': `اپنے پلان سے`,
'sa3d3e30f988fb39e': `سوشل پریسکرائبنگ`,
'saebc71ba3c89ca80': str`${0} کو آپ کے پلان سے ہٹا دیا گیا ہے۔`,
'saf53b32e35dfdc14': str`کوئی سوال ہے؟ ${0} کو ${1} پر کال کریں۔`,
'sca6dfff724975344': str`${0} کی طرف سے میرا پلان`,
'scc527b2f437492ef': `آپ کا پلان خالی ہے۔ اپنی پسند کی سرگرمیاں تلاش کریں اور "میرے پلان میں شامل کریں" چنیں۔`,
'sd237989c135715ac': `اگلی تاریخ`,
'sd6254f94efe8a304': str`${0} کو ${1} بجے`,
'se07c0d8eefe55efb': str`آپ کا پلان، ${0} کو بنایا گیا`,
'sea4f08110bb8f15d': `ہٹائیں`,
'secc06651a4ec4193': `اپنا پلان ساتھ لے جائیں`,
};
