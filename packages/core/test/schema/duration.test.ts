import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/schema/index.js';

describe('parseDuration', () => {
  it.each<[unknown, number | undefined]>([
    ['90s', 90_000],
    ['3h', 10_800_000],
    ['14d', 1_209_600_000],
    ['2w', 1_209_600_000],
    ['15m', 900_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
    [' 7d ', 604_800_000],
    ['7 d', 604_800_000],
    [0, 0],
    [90_000, 90_000],
    ['14 days', undefined],
    ['14', undefined],
    ['d', undefined],
    ['-1d', undefined],
    [-1, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [Number.NaN, undefined],
    [null, undefined],
    [{ days: 14 }, undefined],
  ])('%j → %s', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });
});
