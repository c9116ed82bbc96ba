// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's069649ceb2ec6176': `Inne zajęcia`,
's449d38d0eb3c360e': `Wydrukuj tę broszurę`,
's85ca1060cda0064b': `Nie ma zajęć do wydrukowania.`,
's8a04fc8b1a9a0fb4': `Zeskanuj ten kod aparatem telefonu, aby zobaczyć najnowsze godziny.`,
'scec975f6c9504291': `Zajęcia w Twojej okolicy`,
'sd19bad63a510b440': str`Wydrukowano ${0}. Godziny mogą się zmienić, więc zadzwoń przed wyjściem.`,
'sdf589ebe8255435e': `Ta broszura zawiera znalezione zajęcia, dużym drukiem. Możesz ją wydrukować lub zapisać jako PDF.`,
'sf410c719bfb5afda': `Inne terminy lub zapytaj o godziny`,
};
