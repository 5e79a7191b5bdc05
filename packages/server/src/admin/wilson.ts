/** A proportion with its 95 % Wilson score interval. */
export interface RateInterval {
  rate: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `successes` out of `trials` (z = 1.96 for 95 %). Unlike the
 * normal approximation it stays inside [0, 1] and behaves with small samples.
 * @example wilson(12, 100) // { rate: 0.12, low: 0.0699…, high: 0.1984… }
 */
export function wilson(successes: number, trials: number, z = 1.96): RateInterval | null {
  if (trials <= 0) return null;
  const p = Math.min(1, Math.max(0, successes / trials));
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { rate: p, low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}
