import { msg, str } from '@lit/localize';
import { plural } from '../i18n/plural.ts';

// "… must be 200 characters or fewer" for the request-a-call form, one whole sentence per field
// (no glued fragments), each in every plural form its language needs. A questionnaire answer's
// limit is worded in answer-errors.ts, so each element's language part carries only its own.

export type TooLongField = 'fullName' | 'preferredName' | 'gpPractice' | 'language' | 'adjustments' | 'message';

export function tooLongText(field: TooLongField, n: number): string {
  switch (field) {
    case 'fullName':
      return plural(n, {
        zero: () => msg(str`Full name must be ${n} characters or fewer`, { id: 'too-long.full-name.zero' }),
        one: () => msg(str`Full name must be ${n} character or fewer`, { id: 'too-long.full-name.one' }),
        two: () => msg(str`Full name must be ${n} characters or fewer`, { id: 'too-long.full-name.two' }),
        few: () => msg(str`Full name must be ${n} characters or fewer`, { id: 'too-long.full-name.few' }),
        many: () => msg(str`Full name must be ${n} characters or fewer`, { id: 'too-long.full-name.many' }),
        other: () => msg(str`Full name must be ${n} characters or fewer`, { id: 'too-long.full-name.other' }),
      });
    case 'preferredName':
      return plural(n, {
        zero: () => msg(str`The name you like to be called must be ${n} characters or fewer`, { id: 'too-long.preferred-name.zero' }),
        one: () => msg(str`The name you like to be called must be ${n} character or fewer`, { id: 'too-long.preferred-name.one' }),
        two: () => msg(str`The name you like to be called must be ${n} characters or fewer`, { id: 'too-long.preferred-name.two' }),
        few: () => msg(str`The name you like to be called must be ${n} characters or fewer`, { id: 'too-long.preferred-name.few' }),
        many: () => msg(str`The name you like to be called must be ${n} characters or fewer`, { id: 'too-long.preferred-name.many' }),
        other: () => msg(str`The name you like to be called must be ${n} characters or fewer`, { id: 'too-long.preferred-name.other' }),
      });
    case 'gpPractice':
      return plural(n, {
        zero: () => msg(str`GP practice must be ${n} characters or fewer`, { id: 'too-long.gp-practice.zero' }),
        one: () => msg(str`GP practice must be ${n} character or fewer`, { id: 'too-long.gp-practice.one' }),
        two: () => msg(str`GP practice must be ${n} characters or fewer`, { id: 'too-long.gp-practice.two' }),
        few: () => msg(str`GP practice must be ${n} characters or fewer`, { id: 'too-long.gp-practice.few' }),
        many: () => msg(str`GP practice must be ${n} characters or fewer`, { id: 'too-long.gp-practice.many' }),
        other: () => msg(str`GP practice must be ${n} characters or fewer`, { id: 'too-long.gp-practice.other' }),
      });
    case 'language':
      return plural(n, {
        zero: () => msg(str`Language must be ${n} characters or fewer`, { id: 'too-long.language.zero' }),
        one: () => msg(str`Language must be ${n} character or fewer`, { id: 'too-long.language.one' }),
        two: () => msg(str`Language must be ${n} characters or fewer`, { id: 'too-long.language.two' }),
        few: () => msg(str`Language must be ${n} characters or fewer`, { id: 'too-long.language.few' }),
        many: () => msg(str`Language must be ${n} characters or fewer`, { id: 'too-long.language.many' }),
        other: () => msg(str`Language must be ${n} characters or fewer`, { id: 'too-long.language.other' }),
      });
    case 'adjustments':
      return plural(n, {
        zero: () => msg(str`What would make contact easier must be ${n} characters or fewer`, { id: 'too-long.adjustments.zero' }),
        one: () => msg(str`What would make contact easier must be no more than ${n} character`, { id: 'too-long.adjustments.one' }),
        two: () => msg(str`What would make contact easier must be ${n} characters or fewer`, { id: 'too-long.adjustments.two' }),
        few: () => msg(str`What would make contact easier must be ${n} characters or fewer`, { id: 'too-long.adjustments.few' }),
        many: () => msg(str`What would make contact easier must be ${n} characters or fewer`, { id: 'too-long.adjustments.many' }),
        other: () => msg(str`What would make contact easier must be ${n} characters or fewer`, { id: 'too-long.adjustments.other' }),
      });
    case 'message':
      return plural(n, {
        zero: () => msg(str`Your message must be ${n} characters or fewer`, { id: 'too-long.message.zero' }),
        one: () => msg(str`Your message must be ${n} character or fewer`, { id: 'too-long.message.one' }),
        two: () => msg(str`Your message must be ${n} characters or fewer`, { id: 'too-long.message.two' }),
        few: () => msg(str`Your message must be ${n} characters or fewer`, { id: 'too-long.message.few' }),
        many: () => msg(str`Your message must be ${n} characters or fewer`, { id: 'too-long.message.many' }),
        other: () => msg(str`Your message must be ${n} characters or fewer`, { id: 'too-long.message.other' }),
      });
  }
}
