// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'plan-chosen.few': str`اخترت ${0} أنشطة.`,
'plan-chosen.many': str`اخترت ${0} نشاطًا.`,
'plan-chosen.one': str`اخترت ${0} نشاط.`,
'plan-chosen.other': str`اخترت ${0} نشاط.`,
'plan-chosen.two': str`اخترت ${0} نشاطين.`,
'plan-chosen.zero': str`اخترت ${0} نشاط.`,
's1b620e51708bd4dd': `أضف إلى التقويم`,
's22a420937abe63cc': `رمز QR لخطتك. امسحه بكاميرا هاتفك لتحتفظ بنسخة منها.`,
's23d53fc569f64f73': str`هل لديك أسئلة؟ اتصل بالرقم ⁦${0}⁩.`,
's5e91842d8c74e5f6': `اطبع خطتك`,
's628b776a4fc5f1d6': `خطتي`,
's82665b2ffabc9c0a': `الموقع الإلكتروني`,
'sa294cd9667216947': `من خطتك`,
'sa3d3e30f988fb39e': `الوصفة الاجتماعية`,
'saebc71ba3c89ca80': str`تمت إزالة ${0} من خطتك.`,
'saf53b32e35dfdc14': str`هل لديك أسئلة؟ اتصل بـ ${0} على الرقم ⁦${1}⁩.`,
'sca6dfff724975344': str`خطتي من ${0}`,
'scc527b2f437492ef': `خطتك فارغة. ابحث عن أنشطة تعجبك واختر «إضافة إلى خطتي».`,
'sd237989c135715ac': `الموعد القادم`,
'sd6254f94efe8a304': str`${0} في ${1}`,
'se07c0d8eefe55efb': str`خطتك، أُعدّت بتاريخ ${0}`,
'sea4f08110bb8f15d': `إزالة`,
'secc06651a4ec4193': `خذ خطتك معك`,
};
