/** Code (or anything) that loads the first time it is asked for. See `lazy()`. */
export interface Lazy<T> {
  /** Starts the load, or joins the one under way; resolves with the loaded value. */
  (): Promise<T>;
  /** The value once loaded, so a render can use it without waiting; `undefined` before. */
  readonly value: T | undefined;
}

/**
 * The one way Waymark loads code on demand: `lazy(() => import('./x.ts'))`. Loaded the first
 * time it is asked for, then shared. A failed load is forgotten, so the next ask (a "Try again",
 * the next attempt) fetches it afresh instead of repeating the failure. Elements that render
 * what it loads use `LazyController` (platform/lazy-controller.ts), which re-renders when it arrives.
 */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  const get = () =>
    (loading ??= load().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return Object.defineProperty(get, 'value', { get: () => value }) as Lazy<T>;
}
