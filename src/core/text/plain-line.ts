/**
 * Characters that can make directory text say something it does not: control characters and line
 * breaks (a name that adds its own "Phone:" line to a plan), and Unicode's direction controls (a
 * right-to-left override that makes `gpj.exe` read as `exe.jpg`). BOM and the bidi marks go too.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** Directory text as one plain line: unsafe characters become spaces, runs of space one space. */
export function plainLine(value: string): string {
  return value.replace(UNSAFE_ALL, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether a value holds any of those characters. */
export function hasUnsafeCharacters(value: string): boolean {
  return UNSAFE.test(value);
}
