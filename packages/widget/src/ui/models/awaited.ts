/**
 * Hands `source` to `accept`: at once when it is a plain value, or when its promise
 * resolves. A promise that rejects, or is still pending after `timeoutMs`, calls `fail`
 * (the caller's fallback); a value that arrives after the timeout is still accepted.
 * @returns stop: nothing more is called.
 * @example const stop = awaited(backend.referral(advocate), show, fallback, 6000)
 */
export function awaited<T>(
  source: T | Promise<T>,
  accept: (value: T) => void,
  fail: () => void,
  timeoutMs: number,
): () => void {
  let stopped = false;
  if (typeof (source as Promise<T> | null)?.then !== 'function') {
    accept(source as T);
    return () => undefined;
  }
  const timer = setTimeout(fail, timeoutMs);
  Promise.resolve(source).then(
    (value) => stopped || accept(value),
    () => stopped || fail(),
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
