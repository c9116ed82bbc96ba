import { expect } from '@open-wc/testing';
import { switchLocale } from '../../src/i18n/localization.ts';
import { useMessages } from '../../src/i18n/localization.ts';
import { activitiesFound, filtersChosen } from '../../src/elements/finder/counts.ts';
import { activitiesChosen } from '../../src/elements/plan/counts.ts';
import { clearingIn } from '../../src/platform/idle-dialog.ts';
import { problemCount } from '../../src/platform/config-problems.ts';
import { charactersUsed } from '../../src/views/form/fields.ts';
import type { PluralCategory } from '../../src/core/text/plural.ts';

// Every count message in every language, at the counts where languages part ways. The categories
// are CLDR's, written out here rather than asked of Intl, so a wrong rule or a form wired to the
// wrong message fails: Welsh 0 zero, 1 one, 2 two, 3 few, 6 many; Arabic 3–10 few, 11–99 many;
// Polish 2–4 and 22 few, 5–21 many; Bengali 0 and 1 one.
const COUNTS = [0, 1, 2, 3, 5, 6, 11, 22, 100] as const;
const CATEGORY: Record<string, Record<(typeof COUNTS)[number], PluralCategory>> = {
  en: { 0: 'other', 1: 'one', 2: 'other', 3: 'other', 5: 'other', 6: 'other', 11: 'other', 22: 'other', 100: 'other' },
  cy: { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 5: 'other', 6: 'many', 11: 'other', 22: 'other', 100: 'other' },
  pl: { 0: 'many', 1: 'one', 2: 'few', 3: 'few', 5: 'many', 6: 'many', 11: 'many', 22: 'few', 100: 'many' },
  ur: { 0: 'other', 1: 'one', 2: 'other', 3: 'other', 5: 'other', 6: 'other', 11: 'other', 22: 'other', 100: 'other' },
  ar: { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 5: 'few', 6: 'few', 11: 'many', 22: 'many', 100: 'other' },
  bn: { 0: 'one', 1: 'one', 2: 'other', 3: 'other', 5: 'other', 6: 'other', 11: 'other', 22: 'other', 100: 'other' },
};

/** The translations (locales/*.xlf), by message and form; a missing form reads like `other`. */
const FORMS: Record<string, Record<string, Partial<Record<PluralCategory, string>> & { other: string }>> = {
  en: {
    'activities-found': { one: "${total} activity found", other: "${total} activities found" },
    'filters-chosen': { other: "Filter results (${count} chosen)" },
    'plan-chosen': { one: "You have chosen ${n} activity.", other: "You have chosen ${n} activities." },
    'editor-problems': { one: "For the website editor: ${count} problem with the Waymark setup", other: "For the website editor: ${count} problems with the Waymark setup" },
    'clearing-in': { one: "Clearing in ${seconds} second", other: "Clearing in ${seconds} seconds" },
    'characters-used': { one: "${used} of ${max} character", other: "${used} of ${max} characters" },
  },
  cy: {
    'activities-found': { one: "${total} gweithgaredd wedi'i ganfod", two: "${total} weithgaredd wedi'u canfod", other: "${total} gweithgaredd wedi'u canfod" },
    'filters-chosen': { one: "Hidlo canlyniadau (${count} wedi'i ddewis)", other: "Hidlo canlyniadau (${count} wedi'u dewis)" },
    'plan-chosen': { two: "Rydych chi wedi dewis ${n} weithgaredd.", other: "Rydych chi wedi dewis ${n} gweithgaredd." },
    'editor-problems': { one: "I olygydd y wefan: ${count} broblem gyda gosodiad Waymark", two: "I olygydd y wefan: ${count} broblem gyda gosodiad Waymark", other: "I olygydd y wefan: ${count} problem gyda gosodiad Waymark" },
    'clearing-in': { other: "Yn clirio mewn ${seconds} eiliad" },
    'characters-used': { other: "${used} o ${max} nod" },
  },
  pl: {
    'activities-found': { one: "Znaleziono ${total} propozycję", few: "Znaleziono ${total} propozycje", other: "Znaleziono ${total} propozycji" },
    'filters-chosen': { other: "Filtruj wyniki (wybrano: ${count})" },
    'plan-chosen': { one: "Wybrano ${n} propozycję.", few: "Wybrano ${n} propozycje.", other: "Wybrano ${n} propozycji." },
    'editor-problems': { one: "Dla redaktora strony: ${count} problem z konfiguracją Waymark", few: "Dla redaktora strony: ${count} problemy z konfiguracją Waymark", other: "Dla redaktora strony: ${count} problemów z konfiguracją Waymark" },
    'clearing-in': { one: "Wyczyścimy ekran za ${seconds} sekundę", few: "Wyczyścimy ekran za ${seconds} sekundy", many: "Wyczyścimy ekran za ${seconds} sekund", other: "Wyczyścimy ekran za ${seconds} sekundy", zero: "Wyczyścimy ekran za ${seconds} sekund", two: "Wyczyścimy ekran za ${seconds} sekund" },
    'characters-used': { one: "${used} z ${max} znaku", other: "${used} z ${max} znaków" },
  },
  ur: {
    'activities-found': { one: "${total} سرگرمی ملی", other: "${total} سرگرمیاں ملیں" },
    'filters-chosen': { one: "نتائج کو فلٹر کریں (${count} چنا گیا)", other: "نتائج کو فلٹر کریں (${count} چنے گئے)" },
    'plan-chosen': { one: "آپ نے ${n} سرگرمی چنی ہے۔", other: "آپ نے ${n} سرگرمیاں چنی ہیں۔" },
    'editor-problems': { one: "ویب سائٹ ایڈیٹر کے لیے: Waymark سیٹ اپ میں ${count} مسئلہ ہے", other: "ویب سائٹ ایڈیٹر کے لیے: Waymark سیٹ اپ میں ${count} مسائل ہیں" },
    'clearing-in': { other: "${seconds} سیکنڈ میں صاف ہو جائے گی" },
    'characters-used': { one: "${max} میں سے ${used} حرف", other: "${max} میں سے ${used} حروف" },
  },
  ar: {
    'activities-found': { zero: "وجدنا ${total} نشاط", one: "وجدنا ${total} نشاط", two: "وجدنا ${total} نشاطين", few: "وجدنا ${total} أنشطة", many: "وجدنا ${total} نشاطًا", other: "وجدنا ${total} نشاط" },
    'filters-chosen': { other: "تصفية النتائج (اخترت ${count})" },
    'plan-chosen': { zero: "اخترت ${n} نشاط.", one: "اخترت ${n} نشاط.", two: "اخترت ${n} نشاطين.", few: "اخترت ${n} أنشطة.", many: "اخترت ${n} نشاطًا.", other: "اخترت ${n} نشاط." },
    'editor-problems': { zero: "لمحرر الموقع: توجد ${count} مشكلة في إعداد Waymark", one: "لمحرر الموقع: توجد ${count} مشكلة في إعداد Waymark", two: "لمحرر الموقع: توجد ${count} مشكلتان في إعداد Waymark", few: "لمحرر الموقع: توجد ${count} مشكلات في إعداد Waymark", many: "لمحرر الموقع: توجد ${count} مشكلة في إعداد Waymark", other: "لمحرر الموقع: توجد ${count} مشكلة في إعداد Waymark" },
    'clearing-in': { zero: "سيتم المسح بعد ${seconds} ثانية", one: "سيتم المسح بعد ${seconds} ثانية", two: "سيتم المسح بعد ${seconds} ثانيتين", few: "سيتم المسح بعد ${seconds} ثوانٍ", many: "سيتم المسح بعد ${seconds} ثانية", other: "سيتم المسح بعد ${seconds} ثانية" },
    'characters-used': { few: "${used} من ${max} أحرف", many: "${used} من ${max} حرفًا", other: "${used} من ${max} حرف" },
  },
  bn: {
    'activities-found': { other: "${total}টি কার্যক্রম পাওয়া গেছে" },
    'filters-chosen': { other: "ফলাফল বাছাই করুন (${count}টি বেছে নেওয়া হয়েছে)" },
    'plan-chosen': { other: "আপনি ${n}টি কার্যক্রম বেছে নিয়েছেন।" },
    'editor-problems': { other: "ওয়েবসাইট এডিটরের জন্য: Waymark সেটআপে ${count}টি সমস্যা আছে" },
    'clearing-in': { other: "${seconds} সেকেন্ডের মধ্যে মুছে ফেলা হবে" },
    'characters-used': { other: "${max}টির মধ্যে ${used}টি অক্ষর" },
  },
};

const MESSAGES: [string, (n: number) => string, (n: number) => Record<string, number>][] = [
  ['activities-found', activitiesFound, (n) => ({ total: n })],
  ['filters-chosen', filtersChosen, (n) => ({ count: n })],
  ['plan-chosen', activitiesChosen, (n) => ({ n })],
  ['editor-problems', problemCount, (n) => ({ count: n })],
  ['clearing-in', clearingIn, (n) => ({ seconds: n })],
  // The noun follows the limit: "3 of 100 characters".
  ['characters-used', (n) => charactersUsed(3, n), (n) => ({ used: 3, max: n })],
];

const fill = (text: string, values: Record<string, number>) => text.replace(/\$\{(\w+)\}/g, (_, name: string) => String(values[name]));

describe('count messages', () => {
  before(async () => {
    await Promise.all((['finder', 'plan', 'journey'] as const).map((part) => useMessages(part)));
  });
  after(() => switchLocale('en'));

  for (const locale of Object.keys(CATEGORY)) {
    it(`use ${locale}'s plural forms for 0, 1, 2, 3, 5, 6, 11, 22 and 100`, async () => {
      await switchLocale(locale);
      for (const [name, render, values] of MESSAGES) {
        for (const n of COUNTS) {
          // No results is a sentence of its own ("No activities found"), checked below.
          if (name === 'activities-found' && n === 0) continue;
          const forms = FORMS[locale]![name]!;
          const expected = fill(forms[CATEGORY[locale]![n]] ?? forms.other, values(n));
          expect(render(n), `${locale} ${name} ${n}`).to.equal(expected);
        }
      }
    });
  }

  it('leaves "No activities found" as its own sentence, not a count', async () => {
    await switchLocale('en');
    expect(activitiesFound(0)).to.equal('No activities found');
  });
});
