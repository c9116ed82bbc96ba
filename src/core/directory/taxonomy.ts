import type { NeedAreaId } from '../model/need-area.ts';
import type { WorkPathway } from '../model/activity.ts';
import type { TaxonomyMeaning } from '../model/config.ts';
import { WORK_PATHWAYS } from '../vocabulary/lists.ts';
import { fold } from './text.ts';

/** A taxonomy term as Open Referral feeds give it (3.0 `taxonomy_term`, v1 `taxonomy`). */
export interface TaxonomyTerm {
  id?: string;
  code?: string;
  name?: string;
}

export type TaxonomyMap = Readonly<Record<string, readonly TaxonomyMeaning[]>>;

/**
 * The work pathway a need area implies when a term's entry names none (docs/directory.md):
 * employment support is direct help towards work; volunteering, learning and digital skills are
 * the indirect route (confidence, experience, skills) that the research behind Waymark found.
 */
export const DEFAULT_PATHWAYS: Readonly<Partial<Record<NeedAreaId, WorkPathway>>> = {
  work: 'work-direct',
  volunteering: 'work-indirect',
  'learning-skills': 'work-indirect',
  'digital-skills': 'work-indirect',
};

const isPathway = (meaning: TaxonomyMeaning): meaning is WorkPathway => meaning === 'work-direct' || meaning === 'work-indirect';

// Common words in UK directory taxonomies (LGA esd "needs" and "service types", local lists),
// matched as whole words in a term's name. A site's `directory.taxonomyMap` overrides these.
const BUILT_IN: readonly [RegExp, readonly NeedAreaId[]][] = [
  [/\b(befriend\w*|lonel\w*|isolation|socially isolated|social (groups?|clubs?|activit\w*)|lunch clubs?|coffee mornings?|friendship)\b/, ['loneliness']],
  [/\b(mental health|wellbeing|well being|anxiety|depression|stress|counsell?ing|talking therap\w*|mindfulness|peer support)\b/, ['mental-wellbeing']],
  [/\b(exercise|sports?|walking|walks|physical activit\w*|fitness|swimming|dance|dancing|yoga|tai chi|cycling|football)\b/, ['physical-activity']],
  [/\b(arts?|crafts?|creative|creativity|music|singing|choirs?|drama|theatre|painting|drawing|writing|pottery)\b/, ['arts-creativity']],
  [/\b(gardening|gardens?|nature|outdoors?|allotments?|green spaces?|conservation|parks?)\b/, ['nature-outdoors']],
  [/\b(learning|education|courses?|training|skills|esol|english (language|classes)|literacy|numeracy|adult learning)\b/, ['learning-skills']],
  [/\b(employment|employability|jobs?|job seekers?|careers?|ips|work coach\w*|into work|back to work|return to work|apprenticeships?)\b/, ['work']],
  [/\b(volunteer\w*)\b/, ['volunteering']],
  [/\b(debt|money|benefits?|welfare|financial|finance|budgeting|income)\b/, ['money-debt']],
  [/\b(housing|homeless\w*|tenancy|tenants?|accommodation|rough sleep\w*)\b/, ['housing']],
  [/\b(food|foodbanks?|cooking|cookery|nutrition|meals?|healthy eating|lunch)\b/, ['food-cooking']],
  [/\b(carers?|caring|young carers?)\b/, ['caring']],
  [/\b(long term (health )?conditions?|chronic|diabetes|stroke|dementia|arthritis|copd|cancer|pain management|disabilit\w*)\b/, ['long-term-conditions']],
  [/\b(bereave\w*|grief|death)\b/, ['bereavement']],
  [/\b(famil\w*|parent\w*|children|baby|babies|toddlers?|early years)\b/, ['family-parenting']],
  [/\b(digital|computers?|internet|online skills|it skills|tablets?|smartphones?)\b/, ['digital-skills']],
];

function builtInNeeds(name: string): NeedAreaId[] {
  const folded = fold(name).replace(/[^a-z0-9]+/g, ' ');
  const found: NeedAreaId[] = [];
  for (const [pattern, needs] of BUILT_IN) if (pattern.test(folded)) found.push(...needs);
  return found;
}

/** The site's own entry for a term, by id, then code, then lower-case name. */
function mapped(term: TaxonomyTerm, map: TaxonomyMap): readonly TaxonomyMeaning[] | undefined {
  const keys = [term.id, term.code, term.name?.trim().toLowerCase()];
  for (const key of keys) {
    if (key && Object.hasOwn(map, key)) return map[key];
  }
  return undefined;
}

/** What one term means: the site's entry first, common words otherwise. */
function meaningsOf(term: TaxonomyTerm, map: TaxonomyMap): readonly TaxonomyMeaning[] {
  return mapped(term, map) ?? (term.name ? builtInNeeds(term.name) : []);
}

/** Need areas for a service's taxonomy terms: the site's map first, common words otherwise. */
export function needAreasFor(terms: readonly TaxonomyTerm[], map: TaxonomyMap = {}): NeedAreaId[] {
  const out = new Set<NeedAreaId>();
  for (const term of terms) {
    for (const meaning of meaningsOf(term, map)) if (!isPathway(meaning)) out.add(meaning);
  }
  return [...out];
}

/**
 * Work pathways for a service's taxonomy terms. A term whose entry names `work-direct` or
 * `work-indirect` means exactly those; any other term gets the pathways its need areas imply
 * (DEFAULT_PATHWAYS). ORUK has no pathway field of its own, so this is the only way in.
 */
export function pathwaysFor(terms: readonly TaxonomyTerm[], map: TaxonomyMap = {}): WorkPathway[] {
  const out = new Set<WorkPathway>();
  for (const term of terms) {
    const meanings = meaningsOf(term, map);
    const named = meanings.filter(isPathway);
    const implied = meanings.flatMap((m) => (isPathway(m) ? [] : [DEFAULT_PATHWAYS[m]].filter((p) => p !== undefined)));
    for (const pathway of named.length ? named : implied) out.add(pathway);
  }
  return WORK_PATHWAYS.filter((p) => out.has(p));
}
