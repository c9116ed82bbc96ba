import { msg } from '@lit/localize';
import { z } from './zod.ts';
import { LocalText } from './common.ts';

/**
 * One urgent-help contact. `call` and `text` are what the person dials or texts;
 * `textMessage` is the word to send (e.g. SHOUT).
 */
export const UrgentContact = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: LocalText,
  when: z.optional(LocalText),
  call: z.optional(z.string().check(z.regex(/^[0-9 +]{3,20}$/))),
  text: z.optional(z.string().check(z.regex(/^[0-9 +]{3,20}$/))),
  textMessage: z.optional(z.string().check(z.minLength(1))),
});
export type UrgentContact = z.infer<typeof UrgentContact>;

/**
 * England's defaults (DOMAIN.md). Written as functions so the wording follows the locale.
 * A service in another nation replaces them with `urgentHelp.contacts`.
 */
export function defaultUrgentContacts(): UrgentContact[] {
  return [
    { id: 'emergency', name: msg('If a life is at risk'), when: msg('Call 999 or go to A&E now.'), call: '999' },
    {
      id: 'nhs-111',
      name: msg('NHS 111'),
      when: msg('For a mental health crisis, call 111 and choose the mental health option. Open day and night.'),
      call: '111',
    },
    { id: 'samaritans', name: msg('Samaritans'), when: msg('Free to call, day and night.'), call: '116 123' },
    { id: 'shout', name: msg('Shout'), when: msg('Free text support, day and night.'), text: '85258', textMessage: 'SHOUT' },
  ];
}
