// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'follow-up-question.few': str`Czy możemy zapytać, jak się masz, za około ${0} tygodnie?`,
'follow-up-question.many': str`Czy możemy zapytać, jak się masz, za około ${0} tygodni?`,
'follow-up-question.one': str`Czy możemy zapytać, jak się masz, za około ${0} tydzień?`,
'follow-up-question.other': str`Czy możemy zapytać, jak się masz, za około ${0} tygodnia?`,
'follow-up-question.two': str`Czy możemy zapytać, jak się masz, za około ${0} tygodnie?`,
'follow-up-question.zero': str`Czy możemy zapytać, jak się masz, za około ${0} tygodni?`,
's10ae8573cec34aa3': `Tak, SMS-em`,
's50e365ed9114f739': `Tak, wyślijcie mi SMS`,
's763dcf69f45ffa6b': `Wyślemy Ci link do kilku krótkich pytań, abyśmy wiedzieli, co pomaga. Zostaw to puste, jeśli wolisz, żebyśmy tego nie robili.`,
's8d8ed74687232bf9': `Tak, e-mailem`,
'sd547313fc8326d3b': `Tak, wyślijcie mi e-mail`,
};
