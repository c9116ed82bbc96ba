// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's13acc62600677541': `Pomoc w znalezieniu pracy, jeśli masz problem ze zdrowiem psychicznym. Zapytaj swojego lekarza rodzinnego lub zespół zdrowia psychicznego.`,
's1d85451594d1bb1d': `Jobcentre Plus`,
's4b75fa7588cb5905': str`Strona ${0} (otwiera się w nowej karcie)`,
's4ef4a66a352b500b': `National Careers Service`,
's7bad309be4298094': `Doradca (work coach) pomoże Ci szukać pracy i powie o szkoleniach. Zapytaj w swoim lokalnym Jobcentre.`,
'saf3c5e63a5400602': `Individual Placement and Support (IPS)`,
'seeb4c98ebacf29fd': `Access to Work`,
'sef293937fcbffe73': `Bezpłatne porady o pracy, kursach i szkoleniach.`,
'sf8ebaf7a3ad2140f': `Pomoc w rozpoczęciu lub utrzymaniu pracy, jeśli masz problem zdrowotny lub niepełnosprawność.`,
};
