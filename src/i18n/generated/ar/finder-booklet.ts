// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's069649ceb2ec6176': `أنشطة أخرى`,
's449d38d0eb3c360e': `اطبع هذا الكتيب`,
's85ca1060cda0064b': `لا توجد أنشطة للطباعة.`,
's8a04fc8b1a9a0fb4': `امسح هذا الرمز بكاميرا هاتفك لمعرفة أحدث المواعيد.`,
'scec975f6c9504291': `أنشطة بالقرب منك`,
'sd19bad63a510b440': str`طُبع في ${0}. قد تتغير المواعيد، لذا اتصل قبل أن تذهب.`,
'sdf589ebe8255435e': `يحتوي هذا الكتيب على الأنشطة التي وجدتها، بخط كبير. يمكنك طباعته أو حفظه كملف PDF.`,
'sf410c719bfb5afda': `أوقات أخرى، أو اسأل عن المواعيد`,
};
