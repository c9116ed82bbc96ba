import type { Referral } from '../model/referral.ts';
import type { ReferralDraft } from './draft.ts';

/**
 * A kept referral back as answers on the form, so a person who reloads the page can check,
 * change or send it. The inverse of `buildReferral`: building this draft again, in the same
 * context, gives the same referral, so sending it unchanged keeps its id and key.
 */
export function draftFromReferral(r: Referral): ReferralDraft {
  const [year = '', month = '', day = ''] = r.person.dateOfBirth.split('-');
  const c = r.contact;
  return {
    fullName: r.person.fullName,
    preferredName: r.person.preferredName ?? '',
    dateOfBirth: { day: String(Number(day)), month: String(Number(month)), year },
    postcode: r.person.postcode,
    gpPractice: r.person.gpPractice ?? '',
    nhsNumber: r.person.nhsNumber ?? '',
    phone: c.phone,
    email: c.email ?? '',
    methods: [...c.methods],
    bestDays: [...c.bestDays],
    bestTimes: [...c.bestTimes],
    voicemailOk: c.voicemailOk ? 'yes' : 'no',
    textOk: c.textOk ? 'yes' : 'no',
    language: c.language ?? '',
    interpreter: c.interpreter,
    adjustments: c.adjustments ?? '',
    message: c.message ?? '',
    someoneToGoWith: r.firstVisit === undefined ? '' : r.firstVisit.someoneToGoWith ? 'yes' : 'no',
    assisted: r.source.assisted,
    consent: r.consent.given ?? false,
    followUpChannels: r.followUp?.consent ? [...r.followUp.channels] : [],
  };
}
