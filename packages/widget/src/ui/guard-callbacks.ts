/**
 * The callbacks, each wrapped so that an exception thrown by the runtime's handler is
 * reported on the console instead of escaping into the host page from a click handler.
 * Promise-returning callbacks (`onClaim`) are passed through: their callers handle rejection.
 */
export function guardCallbacks<T extends object>(callbacks: T): T {
  const guarded = { ...callbacks };
  for (const [name, callback] of Object.entries(callbacks)) {
    if (typeof callback !== 'function' || name === 'onClaim') continue;
    (guarded as Record<string, unknown>)[name] = (...args: unknown[]) => {
      try {
        callback(...args);
      } catch (error) {
        console.error(`[grapevine] ${name} failed:`, error);
      }
    };
  }
  return guarded;
}
