import { expect } from 'vitest';
import type { RateLimiter } from '../../src/security/rate-limiter.js';
import { manualClock } from '../helpers/harness.js';

type ManualClock = ReturnType<typeof manualClock>;

/**
 * The fixed-window contract every limiter keeps: `limit` hits per window per key, then
 * refusals that say when the window ends, then a new window.
 */
export async function expectFixedWindow(
  make: (options: { limit: number; windowMs: number; clock: ManualClock }) => RateLimiter,
): Promise<void> {
  const clock = manualClock();
  const limiter = make({ limit: 2, windowMs: 60_000, clock });
  expect(await limiter.hit('k')).toEqual({ allowed: true });
  expect(await limiter.hit('k')).toEqual({ allowed: true });
  expect(await limiter.hit('other')).toEqual({ allowed: true });
  clock.advance(15_500);
  expect(await limiter.hit('k')).toEqual({ allowed: false, retryAfterSeconds: 45 });
  clock.advance(44_499);
  expect(await limiter.hit('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  clock.advance(1);
  expect(await limiter.hit('k')).toEqual({ allowed: true });
  expect(await limiter.hit('k')).toEqual({ allowed: true });
  expect((await limiter.hit('k')).allowed).toBe(false);
}
