// The IETF draft leaves the key's form open; this keeps it to something a log and an index hold.
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
