import type { Day, JoinRoute, NeedAreaId, TakePartMode, WorkPathway } from '../../vocabulary/lists.ts';

// The words a spreadsheet may use for Waymark's fixed lists. These are a file format, so they
// are fixed English and never follow the interface's translations: a sheet written last year
// must still import after a label is reworded. The first name of each is the one the template
// and docs use; it matches the finder's English label (a test checks).

export const NEED_AREA_NAMES: Record<NeedAreaId, readonly [string, ...string[]]> = {
  'loneliness': ['Feeling lonely', 'Loneliness'],
  'mental-wellbeing': ['Feeling low or worried', 'Mental wellbeing'],
  'physical-activity': ['Being more active', 'Physical activity'],
  'arts-creativity': ['Arts and making things', 'Arts and creativity'],
  'nature-outdoors': ['Nature and the outdoors', 'Nature and outdoors'],
  'learning-skills': ['Learning something new', 'Learning and skills'],
  'work': ['Work'],
  'volunteering': ['Volunteering'],
  'money-debt': ['Money and debt'],
  'housing': ['Housing'],
  'food-cooking': ['Food and cooking'],
  'caring': ['Caring for someone', 'Caring', 'Carers'],
  'long-term-conditions': ['Living with a health condition', 'Long-term conditions'],
  'bereavement': ['Losing someone', 'Bereavement'],
  'family-parenting': ['Family and parenting'],
  'digital-skills': ['Using phones and computers', 'Digital skills'],
};

export const WORK_NAMES: Record<WorkPathway, readonly [string, ...string[]]> = {
  'work-direct': ['Find work or stay in work', 'Help to find work or stay in work', 'Direct'],
  'work-indirect': ['Skills and confidence', 'Things that build skills and confidence for work', 'Indirect'],
};

export const MODE_NAMES: Record<TakePartMode, readonly [string, ...string[]]> = {
  'in-person': ['In person', 'Face to face'],
  'online': ['Online', 'Video call'],
  'phone': ['By phone', 'Phone', 'Telephone'],
};

export const JOIN_NAMES: Record<JoinRoute, readonly [string, ...string[]]> = {
  'drop-in': ['Just turn up', 'Drop in', 'Turn up'],
  'self-referral': ['Contact them yourself', 'Refer yourself', 'Self-referral', 'Book a place'],
  'link-worker': ['A link worker can put you in touch', 'Through a link worker', 'Link worker'],
};

export const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** "Money & Debt ", "money-debt", "Money and debt." → "money and debt". */
export function wordKey(words: string): string {
  return words
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Looks words up in one of the lists above, by any of its names or by the id itself. */
export function lookup<Id extends string>(names: Record<Id, readonly string[]>): (words: string) => Id | undefined {
  const byKey = new Map<string, Id>();
  for (const id of Object.keys(names) as Id[]) {
    byKey.set(wordKey(id), id);
    for (const name of names[id]) byKey.set(wordKey(name), id);
  }
  return (words) => byKey.get(wordKey(words));
}

/** The names the template uses, for a message that lists them: "Feeling lonely, Housing, …". */
export function firstNames<Id extends string>(names: Record<Id, readonly [string, ...string[]]>): string[] {
  return (Object.values(names) as (readonly [string, ...string[]])[]).map((n) => n[0]);
}
