// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'follow-up-question.few': str`Gawn ni ofyn sut rydych chi'n dod ymlaen ymhen tua ${0} wythnos?`,
'follow-up-question.many': str`Gawn ni ofyn sut rydych chi'n dod ymlaen ymhen tua ${0} wythnos?`,
'follow-up-question.one': str`Gawn ni ofyn sut rydych chi'n dod ymlaen ymhen tua ${0} wythnos?`,
'follow-up-question.other': str`Gawn ni ofyn sut rydych chi'n dod ymlaen ymhen tua ${0} wythnos?`,
'follow-up-question.two': str`Gawn ni ofyn sut rydych chi'n dod ymlaen ymhen tua ${0} wythnos?`,
'follow-up-question.zero': str`Gawn ni ofyn sut rydych chi'n dod ymlaen ymhen tua ${0} wythnos?`,
's10ae8573cec34aa3': `Gallwch, drwy neges destun`,
's50e365ed9114f739': `Gallwch, anfonwch neges destun ataf`,
's763dcf69f45ffa6b': `Byddem yn anfon dolen atoch i ychydig o gwestiynau byr, er mwyn i ni ddysgu beth sy'n helpu. Gadewch hwn yn wag os byddai'n well gennych i ni beidio.`,
's8d8ed74687232bf9': `Gallwch, drwy e-bost`,
'sd547313fc8326d3b': `Gallwch, anfonwch e-bost ataf`,
};
