import { msg } from '@lit/localize';
import type { NeedAreaId } from '../core/vocabulary/lists.ts';

// Labels are functions, not constants, so each call reads the locale in force at render time.

/** A short plain-English name for a need area, as a person would say it. */
export function needAreaLabel(id: NeedAreaId): string {
  switch (id) {
    case 'loneliness': return msg('Feeling lonely');
    case 'mental-wellbeing': return msg('Feeling low or worried');
    case 'physical-activity': return msg('Being more active');
    case 'arts-creativity': return msg('Arts and making things');
    case 'nature-outdoors': return msg('Nature and the outdoors');
    case 'learning-skills': return msg('Learning something new');
    case 'work': return msg('Work');
    case 'volunteering': return msg('Volunteering');
    case 'money-debt': return msg('Money and debt');
    case 'housing': return msg('Housing');
    case 'food-cooking': return msg('Food and cooking');
    case 'caring': return msg('Caring for someone');
    case 'long-term-conditions': return msg('Living with a health condition');
    case 'bereavement': return msg('Losing someone');
    case 'family-parenting': return msg('Family and parenting');
    case 'digital-skills': return msg('Using phones and computers');
  }
}

/** One short sentence saying what falls under a need area. */
export function needAreaDescription(id: NeedAreaId): string {
  switch (id) {
    case 'loneliness': return msg('Meet people and feel less alone.');
    case 'mental-wellbeing': return msg('Help with your mood, stress or worry.');
    case 'physical-activity': return msg('Walking, sport and gentle exercise.');
    case 'arts-creativity': return msg('Art, music, crafts, singing and writing.');
    case 'nature-outdoors': return msg('Gardening, parks and time outside.');
    case 'learning-skills': return msg('Courses, reading, English classes and new skills.');
    case 'work': return msg('Find work, stay in work or go back to work.');
    case 'volunteering': return msg('Help others and give some of your time.');
    case 'money-debt': return msg('Benefits, bills and help with debt.');
    case 'housing': return msg('Help with your home, rent or where you live.');
    case 'food-cooking': return msg('Cooking, eating well and help with food.');
    case 'caring': return msg('Support if you look after someone.');
    case 'long-term-conditions': return msg('Support to live well with a health condition.');
    case 'bereavement': return msg('Support after someone has died.');
    case 'family-parenting': return msg('Support for parents, children and families.');
    case 'digital-skills': return msg('Help to get online and use the internet.');
  }
}
