import { describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '../../src/security/memory-rate-limiter.js';
import { manualClock } from '../helpers/harness.js';
import { expectFixedWindow } from './fixed-window.js';

// The per-process limiter a PGlite server uses: the same windows as the database's.
describe('memoryRateLimiter', () => {
  it('allows `limit` hits per window per key, then says when to retry', () =>
    expectFixedWindow(memoryRateLimiter));

  it('allows exactly `limit` of many concurrent hits', async () => {
    const limiter = memoryRateLimiter({ limit: 7, windowMs: 60_000, clock: manualClock() });
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.hit('shared')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7);
  });

  it('forgets ended windows as new clients arrive, keeping the open ones', async () => {
    const clock = manualClock();
    const limiter = memoryRateLimiter({ limit: 1, windowMs: 1_000, clock });
    await limiter.hit('kept');
    clock.advance(500);
    for (let i = 0; i < 5_000; i += 1) await limiter.hit(`passing-${i}`);
    clock.advance(600); // 'kept' ended; the passing clients' windows too
    for (let i = 0; i < 3_000; i += 1) await limiter.hit(`next-${i}`);
    // A swept key starts a new window: allowed again, and then counted.
    expect(await limiter.hit('kept')).toEqual({ allowed: true });
    expect((await limiter.hit('kept')).allowed).toBe(false);
    expect((await limiter.hit('next-0')).allowed).toBe(false);
  });
});
