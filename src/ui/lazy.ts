/**
 * A module loaded the first time it is asked for, then shared. A failed load is forgotten, so
 * the next ask (a "Try again") fetches it afresh instead of repeating the failure.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
