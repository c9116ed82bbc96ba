const ALLOWED = /^(https:|tel:|mailto:)/i;

/**
 * The only gate between third-party data and an `href`. Returns the URL when its scheme is
 * https, tel or mailto (plain http is shown as text: it can be read or changed on the way), and `undefined` otherwise, so the caller renders plain text instead.
 */
export function safeHref(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  // Browsers ignore tabs, newlines and leading control characters in a scheme ("java\nscript:").
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return ALLOWED.test(cleaned) ? value.trim() : undefined;
}
