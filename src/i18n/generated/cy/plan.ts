// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'plan-chosen.few': str`Rydych chi wedi dewis ${0} gweithgaredd.`,
'plan-chosen.many': str`Rydych chi wedi dewis ${0} gweithgaredd.`,
'plan-chosen.one': str`Rydych chi wedi dewis ${0} gweithgaredd.`,
'plan-chosen.other': str`Rydych chi wedi dewis ${0} gweithgaredd.`,
'plan-chosen.two': str`Rydych chi wedi dewis ${0} weithgaredd.`,
'plan-chosen.zero': str`Rydych chi wedi dewis ${0} gweithgaredd.`,
's1b620e51708bd4dd': `Ychwanegu at y calendr`,
's22a420937abe63cc': `Cod QR eich cynllun. Sganiwch ef gyda chamera eich ffôn i gadw copi.`,
's23d53fc569f64f73': str`Cwestiynau? Ffoniwch ${0}.`,
's5e91842d8c74e5f6': `Argraffu eich cynllun`,
's628b776a4fc5f1d6': `Fy nghynllun`,
's82665b2ffabc9c0a': `Gwefan`,
'sa294cd9667216947': `o'ch cynllun`,
'sa3d3e30f988fb39e': `Presgripsiynu cymdeithasol`,
'saebc71ba3c89ca80': str`Mae ${0} wedi'i dynnu o'ch cynllun.`,
'saf53b32e35dfdc14': str`Cwestiynau? Ffoniwch ${0} ar ${1}.`,
'sca6dfff724975344': str`Fy nghynllun gan ${0}`,
'scc527b2f437492ef': `Mae eich cynllun yn wag. Dewch o hyd i weithgareddau rydych chi'n eu hoffi a dewiswch "Ychwanegu at fy nghynllun".`,
'sd237989c135715ac': `Y dyddiad nesaf`,
'sd6254f94efe8a304': str`${0} am ${1}`,
'se07c0d8eefe55efb': str`Eich cynllun, wedi'i greu ar ${0}`,
'sea4f08110bb8f15d': `Tynnu`,
'secc06651a4ec4193': `Ewch â'ch cynllun gyda chi`,
};
