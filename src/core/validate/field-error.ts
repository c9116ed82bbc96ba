/**
 * One thing a person needs to fix in a form, by field id. One list of these drives both the
 * error summary and the inline message, so the two never disagree.
 */
export interface FieldError {
  /** The id of the field (or of the first input in a group) the message belongs to. */
  field: string;
  message: string;
}

export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}
