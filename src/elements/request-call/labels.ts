import { msg } from '@lit/localize';
import type { Choice } from '../../views/form/index.ts';
import type { ContactMethod } from '../../core/model/referral.ts';
import type { Day, TimeOfDay } from '../../core/model/common.ts';
import { dayLabel } from '../../words/intl.ts';

export { dayLabel };
import type { LegalBasis } from '../../core/model/config.ts';

// Words for the choices, as functions so each call reads the locale in force at render time.

export function methodLabel(method: ContactMethod): string {
  switch (method) {
    case 'call': return msg('Phone call');
    case 'text': return msg('Text message');
    case 'email': return msg('Email');
  }
}

export function timeLabel(time: TimeOfDay): string {
  switch (time) {
    case 'morning': return msg('Morning (9am to 12 noon)');
    case 'afternoon': return msg('Afternoon (12 noon to 5pm)');
    case 'evening': return msg('Evening (5pm to 8pm)');
  }
}

export const methodChoices = (): Choice[] => (['call', 'text', 'email'] as const).map((m) => ({ value: m, label: methodLabel(m) }));
/** The days and times the service can call back (core/referral/call-back-times.ts), as choices. */
export const dayChoices = (days: readonly Day[]): Choice[] => days.map((d) => ({ value: d, label: dayLabel(d) }));
export const timeChoices = (times: readonly TimeOfDay[]): Choice[] => times.map((t) => ({ value: t, label: timeLabel(t) }));
export const yesNoChoices = (): Choice[] => [
  { value: 'yes', label: msg('Yes') },
  { value: 'no', label: msg('No') },
];

/** How the service uses the person's information, when it does not rely on their consent. */
export function legalBasisStatement(basis: Exclude<LegalBasis, 'consent'>): string {
  switch (basis) {
    case 'public-task':
      return msg('We use your information to arrange your call and find support for you. We do this as part of our work for the NHS. You do not need to agree to it, but you can ask us what we hold about you.');
    case 'legitimate-interests':
      return msg('We use your information to arrange your call and find support for you. We only use what we need, and only for this.');
    case 'vital-interests':
      return msg('We use your information to keep you safe and to arrange support for you.');
  }
}
