// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's069649ceb2ec6176': `Gweithgareddau eraill`,
's449d38d0eb3c360e': `Argraffu'r llyfryn hwn`,
's85ca1060cda0064b': `Nid oes gweithgareddau i’w hargraffu.`,
's8a04fc8b1a9a0fb4': `Sganiwch y cod hwn gyda chamera eich ffôn i weld yr amseroedd diweddaraf.`,
'scec975f6c9504291': `Gweithgareddau yn agos atoch chi`,
'sd19bad63a510b440': str`Argraffwyd ar ${0}. Gall amseroedd newid, felly ffoniwch cyn i chi fynd.`,
'sdf589ebe8255435e': `Mae'r llyfryn hwn yn dangos y gweithgareddau a ddaethoch o hyd iddynt, mewn print bras. Gallwch ei argraffu neu ei gadw fel PDF.`,
'sf410c719bfb5afda': `Amseroedd eraill, neu gofynnwch am amseroedd`,
};
