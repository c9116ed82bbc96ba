/**
 * One thing a person needs to fix in a form: the field it belongs to (the id of the field, or of
 * the first input in a group) and what is wrong, as a code and its data. Core never words it: the
 * UI turns the code into a message in the person's language, and one list of these drives both
 * the error summary and the inline message, so the two never disagree.
 */
export type FieldError<P extends { code: string } = { code: string }> = P & { field: string };

export function errorFor<E extends FieldError>(errors: readonly E[], field: string): E | undefined {
  return errors.find((e) => e.field === field);
}
