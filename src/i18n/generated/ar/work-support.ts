// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's13acc62600677541': `مساعدة في إيجاد عمل إذا كانت لديك مشكلة في الصحة النفسية. اسأل طبيبك العام أو فريق الصحة النفسية.`,
's1d85451594d1bb1d': `Jobcentre Plus (مركز التوظيف)`,
's4b75fa7588cb5905': str`موقع ${0} (يفتح في علامة تبويب جديدة)`,
's4ef4a66a352b500b': `National Careers Service (خدمة المهن الوطنية)`,
's7bad309be4298094': `يمكن لمدرب العمل مساعدتك في البحث عن عمل وإخبارك عن التدريب. اسأل في مركز التوظيف المحلي.`,
'saf3c5e63a5400602': `التوظيف والدعم الفردي (IPS)`,
'seeb4c98ebacf29fd': `Access to Work (الوصول إلى العمل)`,
'sef293937fcbffe73': `نصائح مجانية عن الوظائف والدورات والتدريب.`,
'sf8ebaf7a3ad2140f': `مساعدة لبدء العمل أو البقاء فيه إذا كانت لديك حالة صحية أو إعاقة.`,
};
