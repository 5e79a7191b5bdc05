// Durations in config: ms numbers or strings like "90s", "3h", "14d". No zod here, so the
// runtime can reuse it without the schema bundle.

const UNIT_MS: Readonly<Record<string, number>> = Object.freeze({
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
});

const PATTERN = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)$/;

/** The message for a value that is not a duration. */
export const DURATION_MESSAGE = 'expected a duration like "14d"';

/**
 * A duration in ms, or `undefined` when the value is not one. Numbers are ms (finite, ≥ 0);
 * strings take a unit: `ms`, `s`, `m`, `h`, `d` or `w`.
 * @example parseDuration('14d') // 1_209_600_000
 * @example parseDuration(90_000) // 90_000
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const found = PATTERN.exec(value.trim());
  if (found === null) return undefined;
  const [, amount = '', unit = ''] = found;
  const factor = UNIT_MS[unit];
  return factor === undefined ? undefined : Math.round(Number(amount) * factor);
}
