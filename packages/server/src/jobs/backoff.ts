/** The first retry waits about this long; each further one waits about twice as long. */
const BASE_MS = 15_000;
/** No wait is longer than this. */
const CAP_MS = 6 * 3_600_000;

/**
 * Wait before attempt `attempt + 1`: exponential (15 s, 30 s, 1 min, … capped at 6 h) with
 * "equal jitter" (half fixed, half random), so processes that failed together do not all
 * come back in the same second.
 * @example jobBackoffMs(3, () => 0.5) // 45_000
 */
export function jobBackoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BASE_MS * 2 ** Math.max(0, attempt - 1), CAP_MS);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * Reads an HTTP `Retry-After` header: delay-seconds (`"120"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`). Returns milliseconds from `now` (never negative),
 * or `undefined` when the header is absent or unreadable.
 * @example parseRetryAfter('2', 0) // 2000
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  if (Number.isNaN(at) || !/[a-z]/i.test(value)) return undefined;
  return Math.max(0, at - now);
}
