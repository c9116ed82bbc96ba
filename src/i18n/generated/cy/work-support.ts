// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's13acc62600677541': `Help i ddod o hyd i waith os oes gennych broblem iechyd meddwl. Gofynnwch i'ch meddyg teulu neu'ch tîm iechyd meddwl.`,
's1d85451594d1bb1d': `Canolfan Byd Gwaith (Jobcentre Plus)`,
's4b75fa7588cb5905': str`Gwefan ${0} (yn agor mewn tab newydd)`,
's4ef4a66a352b500b': `National Careers Service`,
's7bad309be4298094': `Gall anogwr gwaith eich helpu i chwilio am waith a dweud wrthych am hyfforddiant. Gofynnwch yn eich Canolfan Byd Gwaith leol.`,
'saf3c5e63a5400602': `Lleoliad a Chymorth Unigol (IPS)`,
'seeb4c98ebacf29fd': `Mynediad at Waith (Access to Work)`,
'sef293937fcbffe73': `Cyngor am ddim am swyddi, cyrsiau a hyfforddiant.`,
'sf8ebaf7a3ad2140f': `Help i ddechrau neu aros mewn gwaith os oes gennych gyflwr iechyd neu anabledd.`,
};
