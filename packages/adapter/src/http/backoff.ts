/**
 * Exponential backoff with "equal jitter": the `failures`-th wait is `base × 2^(failures − 1)`,
 * capped at `max`, of which a random half is kept on top of the other half, so clients that
 * failed together do not retry together, and no wait bunches up at zero.
 */
export function backoff(base: number, failures: number, max: number, random: () => number): number {
  const delay = Math.min(max, base * 2 ** (failures - 1));
  return delay / 2 + (random() * delay) / 2;
}
