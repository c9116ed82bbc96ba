// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'plan-chosen.few': str`Wybrano ${0} propozycje.`,
'plan-chosen.many': str`Wybrano ${0} propozycji.`,
'plan-chosen.one': str`Wybrano ${0} propozycję.`,
'plan-chosen.other': str`Wybrano ${0} propozycji.`,
'plan-chosen.two': str`Wybrano ${0} propozycji.`,
'plan-chosen.zero': str`Wybrano ${0} propozycji.`,
's1b620e51708bd4dd': `Dodaj do kalendarza`,
's22a420937abe63cc': `Kod QR Twojego planu. Zeskanuj go aparatem w telefonie, aby zachować kopię.`,
's23d53fc569f64f73': str`Masz pytania? Zadzwoń pod numer ${0}.`,
's5e91842d8c74e5f6': `Wydrukuj swój plan`,
's628b776a4fc5f1d6': `Mój plan`,
's82665b2ffabc9c0a': `Strona internetowa`,
'sa294cd9667216947': `z Twojego planu`,
'sa3d3e30f988fb39e': `Preskrypcja społeczna`,
'saebc71ba3c89ca80': str`Usunięto z Twojego planu: ${0}.`,
'saf53b32e35dfdc14': str`Masz pytania? Zadzwoń do ${0} pod numer ${1}.`,
'sca6dfff724975344': str`Mój plan – ${0}`,
'scc527b2f437492ef': `Twój plan jest pusty. Znajdź zajęcia, które Ci się podobają, i wybierz „Dodaj do mojego planu”.`,
'sd237989c135715ac': `Następny termin`,
'sd6254f94efe8a304': str`${0} o ${1}`,
'se07c0d8eefe55efb': str`Twój plan z dnia ${0}`,
'sea4f08110bb8f15d': `Usuń`,
'secc06651a4ec4193': `Zabierz swój plan ze sobą`,
};
