// What a fuzzed render may not do: throw, reject, or log an error that is not Waymark's own
// note to the site editor (those start "[waymark]" and are expected for bad input).

/** Errors nobody caught, and console errors that are not Waymark's own notes to the site editor. */
export function watchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void (String(args[0]).startsWith('[waymark]') || errors.push(`console.error: ${args.map(String).join(' ')}`));
  console.warn = (...args: unknown[]) => void (String(args[0]).startsWith('[waymark]') || errors.push(`console.warn: ${args.map(String).join(' ')}`));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      Object.assign(console, { error, warn });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
