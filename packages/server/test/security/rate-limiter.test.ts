import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../src/security/rate-limiter.js';

describe('rateLimiter', () => {
  it('allows `limit` hits per window per key, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = rateLimiter({ limit: 2, windowMs: 60_000, clock: { now: () => now } });
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('b')).toEqual({ allowed: true });
    now += 15_500;
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    now += 44_500;
    expect(limiter.hit('a')).toEqual({ allowed: true });
  });

  it('forgets windows that have ended', () => {
    let now = 0;
    const limiter = rateLimiter({ limit: 1, windowMs: 1000, clock: { now: () => now } });
    for (let i = 0; i < 50; i += 1) limiter.hit(`key-${i}`);
    expect(limiter.size).toBe(50);
    now += 1000;
    limiter.hit('fresh');
    expect(limiter.size).toBe(1);
  });
});
