import { msg, str } from '@lit/localize';
import type { Measure } from '../../core/follow-up/change.ts';
import type { ScaleItem } from '../../core/follow-up/flow.ts';
import type { EmploymentStatus, Loneliness, RecommendAnswer, WorkGoal } from '../../core/vocabulary/lists.ts';
import type { WorkStep } from '../../core/model/follow-up.ts';

// The check-in's words. The baseline's questions are asked "in the same words" (DOMAIN.md): the
// same English as the goals questionnaire, under ids of their own so they travel in this
// element's language part, not in every page's common part.

export interface ScaleWords {
  question: string;
  min: string;
  max: string;
}

export function scaleWords(item: ScaleItem): ScaleWords {
  switch (item) {
    case 'lifeSatisfaction':
      return { question: msg('Overall, how satisfied are you with your life nowadays?', { id: 'check-in.life-satisfaction' }), min: msg('Not at all satisfied', { id: 'check-in.life-satisfaction.min' }), max: msg('Completely satisfied', { id: 'check-in.life-satisfaction.max' }) };
    case 'worthwhile':
      return {
        question: msg('Overall, to what extent do you feel that the things you do in your life are worthwhile?', { id: 'check-in.worthwhile' }),
        min: msg('Not at all worthwhile', { id: 'check-in.worthwhile.min' }),
        max: msg('Completely worthwhile', { id: 'check-in.worthwhile.max' }),
      };
    case 'happiness':
      return { question: msg('Overall, how happy did you feel yesterday?', { id: 'check-in.happiness' }), min: msg('Not at all happy', { id: 'check-in.happiness.min' }), max: msg('Completely happy', { id: 'check-in.happiness.max' }) };
    case 'anxiety':
      return {
        question: msg('On a scale where 0 is "not at all anxious" and 10 is "completely anxious", overall, how anxious did you feel yesterday?', { id: 'check-in.anxiety' }),
        min: msg('Not at all anxious', { id: 'check-in.anxiety.min' }),
        max: msg('Completely anxious', { id: 'check-in.anxiety.max' }),
      };
    case 'workConfidence':
      return { question: msg('How confident do you feel about work, learning or volunteering?'), min: msg('Not at all confident'), max: msg('Very confident') };
  }
}

export const noRightOrWrong = () => msg('There are no right or wrong answers.', { id: 'check-in.no-right-or-wrong' });

export const lonelinessQuestion = () => msg('How often do you feel lonely?', { id: 'check-in.loneliness' });

export function lonelinessLabel(l: Loneliness): string {
  switch (l) {
    case 'often-always':
      return msg('Often or always', { id: 'check-in.loneliness.often-always' });
    case 'some-of-the-time':
      return msg('Some of the time', { id: 'check-in.loneliness.some-of-the-time' });
    case 'occasionally':
      return msg('Occasionally', { id: 'check-in.loneliness.occasionally' });
    case 'hardly-ever':
      return msg('Hardly ever', { id: 'check-in.loneliness.hardly-ever' });
    case 'never':
      return msg('Never', { id: 'check-in.loneliness.never' });
  }
}

/** The referral's own work situation choices, so before and after compare. */
export const workSituationQuestion = () => msg('What is your work situation at the moment?', { id: 'check-in.work-situation' });

export function employmentStatusLabel(s: EmploymentStatus): string {
  switch (s) {
    case 'working':
      return msg('I am working', { id: 'check-in.work-situation.working' });
    case 'off-sick':
      return msg('I have a job but I am off sick', { id: 'check-in.work-situation.off-sick' });
    case 'looking-for-work':
      return msg('I am looking for work', { id: 'check-in.work-situation.looking-for-work' });
    case 'unable-health':
      return msg('I cannot work because of my health', { id: 'check-in.work-situation.unable-health' });
    case 'caring':
      return msg('I look after someone', { id: 'check-in.work-situation.caring' });
    case 'studying':
      return msg('I am studying', { id: 'check-in.work-situation.studying' });
    case 'retired':
      return msg('I am retired', { id: 'check-in.work-situation.retired' });
    case 'prefer-not-to-say':
      return msg('I prefer not to say', { id: 'check-in.work-situation.prefer-not-to-say' });
  }
}

export function workGoalLabel(g: WorkGoal): string {
  switch (g) {
    case 'find-work':
      return msg('Finding work', { id: 'check-in.work-help.find-work' });
    case 'stay-or-return':
      return msg('Staying in work or going back to work', { id: 'check-in.work-help.stay-or-return' });
    case 'volunteer':
      return msg('Volunteering', { id: 'check-in.work-help.volunteer' });
    case 'learn-skills':
      return msg('Learning new skills', { id: 'check-in.work-help.learn-skills' });
    case 'not-now':
      return msg('Not right now', { id: 'check-in.work-help.not-now' });
  }
}

export function workStepLabel(s: WorkStep): string {
  switch (s) {
    case 'volunteering-or-course':
      return msg('Started volunteering or a course');
    case 'updated-cv':
      return msg('Updated my CV');
    case 'applied':
      return msg('Applied for a job');
    case 'interview':
      return msg('Had a job interview');
    case 'started-or-returned':
      return msg('Started work or went back to work');
    case 'more-hours':
      return msg('Started working more hours');
  }
}

export function recommendLabel(r: RecommendAnswer): string {
  return r === 'yes' ? msg('Yes', { id: 'check-in.yes' }) : r === 'no' ? msg('No', { id: 'check-in.no' }) : msg('Not sure');
}

/** A measure's short name in "Then and now". */
export function measureName(m: Measure): string {
  switch (m) {
    case 'lifeSatisfaction':
      return msg('How satisfied you are with your life');
    case 'worthwhile':
      return msg('How worthwhile the things you do feel');
    case 'happiness':
      return msg('How happy you felt');
    case 'anxiety':
      return msg('How anxious you felt');
    case 'loneliness':
      return msg('How often you feel lonely');
    case 'workConfidence':
      return msg('How confident you feel about work');
  }
}

export const questionOf = (n: number, total: number) => msg(str`Question ${n} of ${total}`);
