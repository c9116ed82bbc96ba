// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
's069649ceb2ec6176': `دیگر سرگرمیاں`,
's449d38d0eb3c360e': `یہ کتابچہ پرنٹ کریں`,
's85ca1060cda0064b': `پرنٹ کرنے کے لیے کوئی سرگرمی نہیں ہے۔`,
's8a04fc8b1a9a0fb4': `تازہ ترین اوقات کے لیے یہ کوڈ اپنے فون کے کیمرے سے اسکین کریں۔`,
'scec975f6c9504291': `آپ کے قریب سرگرمیاں`,
'sd19bad63a510b440': str`${0} کو پرنٹ کیا گیا۔ اوقات بدل سکتے ہیں، اس لیے جانے سے پہلے فون کریں۔`,
'sdf589ebe8255435e': `اس کتابچے میں وہ سرگرمیاں بڑے حروف میں ہیں جو آپ نے تلاش کیں۔ آپ اسے پرنٹ کر سکتے ہیں یا PDF کے طور پر محفوظ کر سکتے ہیں۔`,
'sf410c719bfb5afda': `دیگر اوقات، یا اوقات کے بارے میں پوچھیں`,
};
