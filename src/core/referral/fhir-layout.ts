/**
 * The ServiceRequest's entry in the bundle: the transaction-response answers in the same order.
 * Its own module, so reading a reply does not pull in the whole FHIR mapping (loaded on demand).
 */
export const SERVICE_REQUEST_ENTRY = 1;
