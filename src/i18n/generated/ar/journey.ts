// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's0379fc73608ab971': `تم`,
's08385d3d4d6e7cd6': `تخطَّ هذا واطلب مكالمة`,
's09013d134010d0f8': `احفظ تقدّمي على هذا الجهاز`,
's11801b4b60084cc5': `خطتك`,
's13519c1209d3aa97': `المتابعة إلى خطتك`,
's2c5d66588e0628a1': `أساعد شخصًا آخر في تعبئة هذا`,
's2f91f7cc13109999': `العودة إلى خطتك`,
's3f0f83398dfdeefe': `للحفاظ على خصوصية إجاباتك، سنمسح هذه الشاشة قريبًا.`,
's460c17405a60271e': `(تمت)`,
's47f279154671436d': `ما يهمك`,
's60bf3966f1993db6': `أجب عن بعض الأسئلة لنقترح عليك أشياء تناسبك. أو يمكنك:`,
's684b6bfe5d516e5c': str`الخطوة ${0} من ${1}`,
's7103b1c422e2a9e8': `حذف التقدّم المحفوظ`,
's7caa4534719785f3': `وضعنا في البداية الأنشطة الأكثر توافقًا مع ما أخبرتنا به. وكل نشاط يوضح السبب.`,
's7db6f159dfaeb800': `ابحث عن مزيد من الأنشطة`,
's86799ceffc0799ea': `إنهاء ومسح`,
's8f8ddca7aeecd4d3': `Sorry, this page did not load`,
's986e9457d8b6a74b': `هل ما زلت هنا؟`,
's9961e62c1ce10106': str`سيتم المسح بعد ${0} ثانية`,
'sa42c5912e8d5de71': `تقدّمك`,
'sae9a02f5e1936d90': `ابحث عن أنشطة قريبة منك. أضف ما يعجبك منها إلى خطتك.`,
'sb223e4803556fcbc': `ما زلت هنا`,
'sb7c3d20fb920c2b6': `افعل هذا فقط على هاتفك أو جهاز الكمبيوتر الخاص بك. نحفظ ما يهمك وخطتك، ولا نحفظ بيانات التواصل معك، ونحذفها بعد 7 أيام.`,
'sdbbe97e286f0d44c': `أنشطة لك`,
'sdf489de58c5bc301': `العودة إلى ما يهمك`,
'sf3f0601e4667cb44': `تخطَّ هذا وتصفّح الأنشطة`,
'sf64dc817d2bf238a': `اطلب مكالمة`,
'sfe90f0dab3447682': `Your internet may not be working. Check it and try again.`,
};
