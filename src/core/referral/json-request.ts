export interface EncodedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A JSON document posted with its own id as the Idempotency-Key: a repeat is answered as the first. */
export function jsonRequest(url: string, id: string, document: unknown): EncodedRequest {
  return { url, headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': id }, body: JSON.stringify(document) };
}
