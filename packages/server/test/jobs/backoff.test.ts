import { describe, expect, it } from 'vitest';
import { jobBackoffMs, parseRetryAfter } from '../../src/jobs/backoff.js';

describe('jobBackoffMs', () => {
  it.each([
    [1, 0, 7_500],
    [1, 1, 15_000],
    [2, 0.5, 22_500],
    [3, 0.5, 45_000],
    [30, 0, 3 * 3_600_000],
    [30, 1, 6 * 3_600_000],
  ])('attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(jobBackoffMs(attempt, () => random)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 9, 21, 7, 28, 0);
  it.each([
    ['2', 2_000],
    [' 120 ', 120_000],
    ['1.5', 1_500],
    ['Wed, 21 Oct 2026 07:28:30 GMT', 30_000],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0],
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
    ['-5', undefined],
    ['2026', 2_026_000],
    ['12 seconds', undefined],
  ])('%j → %j ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
