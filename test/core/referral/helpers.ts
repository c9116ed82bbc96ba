import { Referral, type GoalsResult } from '../../../src/core/model/index.ts';
import { emptyDraft, type ReferralDraft } from '../../../src/core/referral/draft.ts';
import { aReferral } from '../../fixtures/referral.ts';

/** A valid, parsed referral, with any part replaced. */
export function referral(overrides: Record<string, unknown> = {}): Referral {
  return Referral.parse(aReferral(overrides));
}

export function completeDraft(overrides: Partial<ReferralDraft> = {}): ReferralDraft {
  return {
    ...emptyDraft(),
    fullName: '  Sam Taylor ',
    preferredName: 'Sam',
    dateOfBirth: { day: '12', month: '4', year: '1970' },
    postcode: 'av13qt',
    gpPractice: '',
    nhsNumber: '943 476 5919',
    phone: '+44 (0)7700 900123',
    email: '',
    methods: ['call', 'text'],
    bestDays: ['mon', 'wed'],
    bestTimes: ['morning'],
    voicemailOk: 'no',
    textOk: 'yes',
    language: 'Polish',
    interpreter: true,
    adjustments: '',
    message: 'I have been feeling very alone since I moved here.',
    consent: true,
    ...overrides,
  };
}

export const goals: GoalsResult = {
  needAreas: [{ id: 'loneliness', score: 3, reasons: ['You said: feeling lonely'] }, { id: 'work', score: 2, reasons: [] }],
  workPathway: 'indirect',
  employmentStatus: 'looking-for-work',
  workGoals: ['volunteer'],
  preferences: { modes: ['in-person'], days: ['mon'], times: ['morning'] },
  loneliness: 'often-always',
  wellbeing: { lifeSatisfaction: 4, anxiety: 7 },
  crisis: false,
  answers: [
    { questionId: 'help-with', question: 'What would you like help with?', value: ['loneliness', 'work'], display: 'Feeling lonely, Work' },
    { questionId: 'lonely', question: 'How often do you feel lonely?', value: 'often-always', display: 'Often or always' },
    { questionId: 'ons-life', question: 'Overall, how satisfied are you with your life nowadays?', value: 4 },
    { questionId: 'save', question: 'Save my answers?', value: false },
  ],
};

/** Goals with every work answer filled in: someone off sick, with a fit note. */
export const workGoals: GoalsResult = {
  ...goals,
  workPathway: 'direct',
  employmentStatus: 'off-sick',
  timeSincePaidWork: 'less-than-6-months',
  fitNote: 'yes',
  workAffectingHealth: 'a-little',
  workConfidence: 3,
  workGoals: ['stay-or-return', 'learn-skills'],
};
