import { msg } from '@lit/localize';
import type { UrgentContact } from '../core/model/urgent-help.ts';

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
