import type { NeedAreaId } from '../model/need-area.ts';
import type { WorkPathway } from '../model/activity.ts';
import { fold } from './text.ts';

/** A taxonomy term as Open Referral feeds give it (3.0 `taxonomy_term`, v1 `taxonomy`). */
export interface TaxonomyTerm {
  id?: string;
  code?: string;
  name?: string;
}

export type TaxonomyMap = Readonly<Record<string, readonly NeedAreaId[]>>;

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

// ORUK has no work-pathway field. A term about employment support is direct help towards work;
// indirect help cannot be read off a taxonomy, so it stays empty unless the feed is Waymark's own.
const EMPLOYMENT_SUPPORT = /\b(employment|employability|jobs?|job seekers?|careers?|ips|work coach\w*|into work|back to work|return to work)\b/;

function builtInNeeds(name: string): NeedAreaId[] {
  const folded = fold(name).replace(/[^a-z0-9]+/g, ' ');
  const found: NeedAreaId[] = [];
  for (const [pattern, needs] of BUILT_IN) if (pattern.test(folded)) found.push(...needs);
  return found;
}

/** The site's own mapping for a term, by id, then code, then lower-case name. */
function mapped(term: TaxonomyTerm, map: TaxonomyMap): readonly NeedAreaId[] | undefined {
  const keys = [term.id, term.code, term.name?.trim().toLowerCase()];
  for (const key of keys) {
    if (key && Object.hasOwn(map, key)) return map[key];
  }
  return undefined;
}

/** Need areas for a service's taxonomy terms: the site's map first, common words otherwise. */
export function needAreasFor(terms: readonly TaxonomyTerm[], map: TaxonomyMap = {}): NeedAreaId[] {
  const out = new Set<NeedAreaId>();
  for (const term of terms) {
    const needs = mapped(term, map) ?? (term.name ? builtInNeeds(term.name) : []);
    for (const need of needs) out.add(need);
  }
  return [...out];
}

/** `work-direct` when a term is about employment support (or the site maps it to work). */
export function pathwaysFor(terms: readonly TaxonomyTerm[], map: TaxonomyMap = {}): WorkPathway[] {
  for (const term of terms) {
    const own = mapped(term, map);
    if (own ? own.includes('work') : term.name !== undefined && EMPLOYMENT_SUPPORT.test(fold(term.name).replace(/[^a-z0-9]+/g, ' '))) {
      return ['work-direct'];
    }
  }
  return [];
}
