import { msg } from '@lit/localize';

/** The oldest age the finder's "Your age" box accepts: anything above is a typing slip. */
const OLDEST = 130;

/**
 * An age box as typed → an age, nothing (left empty), or a message saying what to type.
 * Whole years only: the directory's age ranges are whole years.
 */
export function readAge(text: string): { age?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) > OLDEST) return { error: msg('Enter your age as a number, like 45') };
  return { age: Number(trimmed) };
}
