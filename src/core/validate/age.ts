/** The oldest age the finder's "Your age" box accepts: anything above is a typing slip. */
const OLDEST = 130;

/**
 * An age box as typed → an age, nothing (left empty), or the problem (src/words/distance.ts words it).
 * Whole years only: the directory's age ranges are whole years.
 */
export type AgeProblem = { code: 'age.not-a-number' };

export function readAge(text: string): { age?: number; error?: AgeProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) > OLDEST) return { error: { code: 'age.not-a-number' } };
  return { age: Number(trimmed) };
}
