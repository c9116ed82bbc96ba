// Do not modify this file by hand!
// Re-generate it with `npm run build` (lit-localize build, then scripts/split-locales.ts).

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const templates = {
'follow-up-question.few': str`کیا ہم تقریباً ${0} ہفتوں بعد پوچھ سکتے ہیں کہ آپ کیسے ہیں؟`,
'follow-up-question.many': str`کیا ہم تقریباً ${0} ہفتوں بعد پوچھ سکتے ہیں کہ آپ کیسے ہیں؟`,
'follow-up-question.one': str`کیا ہم تقریباً ${0} ہفتے بعد پوچھ سکتے ہیں کہ آپ کیسے ہیں؟`,
'follow-up-question.other': str`کیا ہم تقریباً ${0} ہفتوں بعد پوچھ سکتے ہیں کہ آپ کیسے ہیں؟`,
'follow-up-question.two': str`کیا ہم تقریباً ${0} ہفتوں بعد پوچھ سکتے ہیں کہ آپ کیسے ہیں؟`,
'follow-up-question.zero': str`کیا ہم تقریباً ${0} ہفتوں بعد پوچھ سکتے ہیں کہ آپ کیسے ہیں؟`,
's10ae8573cec34aa3': `جی ہاں، ٹیکسٹ میسج کے ذریعے`,
's50e365ed9114f739': `جی ہاں، مجھے ٹیکسٹ میسج بھیجیں`,
's763dcf69f45ffa6b': `ہم آپ کو چند مختصر سوالات کا لنک بھیجیں گے، تاکہ ہم جان سکیں کہ کیا مدد کرتا ہے۔ اگر آپ نہیں چاہتے تو اسے خالی چھوڑ دیں۔`,
's8d8ed74687232bf9': `جی ہاں، ای میل کے ذریعے`,
'sd547313fc8326d3b': `جی ہاں، مجھے ای میل بھیجیں`,
};
