// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'follow-up-question.few': str`هل يمكننا أن نسألك عن حالك بعد نحو ${0} أسابيع؟`,
'follow-up-question.many': str`هل يمكننا أن نسألك عن حالك بعد نحو ${0} أسبوعًا؟`,
'follow-up-question.one': str`هل يمكننا أن نسألك عن حالك بعد نحو ${0} أسبوع؟`,
'follow-up-question.other': str`هل يمكننا أن نسألك عن حالك بعد نحو ${0} أسبوع؟`,
'follow-up-question.two': str`هل يمكننا أن نسألك عن حالك بعد نحو ${0} أسبوعين؟`,
'follow-up-question.zero': str`هل يمكننا أن نسألك عن حالك بعد نحو ${0} أسبوع؟`,
's10ae8573cec34aa3': `نعم، برسالة نصية`,
's50e365ed9114f739': `نعم، أرسلوا لي رسالة نصية`,
's763dcf69f45ffa6b': `سنرسل لك رابطًا لبعض الأسئلة القصيرة، لنعرف ما الذي يساعد. اترك هذا فارغًا إذا كنت تفضل ألا نفعل.`,
's8d8ed74687232bf9': `نعم، بالبريد الإلكتروني`,
'sd547313fc8326d3b': `نعم، أرسلوا لي بريدًا إلكترونيًا`,
};
