import { describe, expect, it } from 'vitest';
import { isNpsScore, nps, segment } from '../src/nps.js';

describe('nps', () => {
  it.each([
    { scores: [], score: null, promoters: 0, passives: 0, detractors: 0 },
    { scores: [10, 9, 7, 3], score: 25, promoters: 2, passives: 1, detractors: 1 },
    { scores: [10, 10, 10], score: 100, promoters: 3, passives: 0, detractors: 0 },
    { scores: [0, 6, 6], score: -100, promoters: 0, passives: 0, detractors: 3 },
    { scores: [7, 8], score: 0, promoters: 0, passives: 2, detractors: 0 },
    { scores: [9, 6], score: 0, promoters: 1, passives: 0, detractors: 1 },
    { scores: [10, 9, 8], score: 67, promoters: 2, passives: 1, detractors: 0 },
  ])('$scores → $score', ({ scores, ...expected }) => {
    expect(nps(scores)).toEqual({ ...expected, n: scores.length });
  });

  it('ignores answers that are not whole numbers from 0 to 10', () => {
    expect(nps([10, null, undefined, 11, -1, 7.5, Number.NaN, '9', 0])).toEqual({
      score: 0,
      promoters: 1,
      passives: 0,
      detractors: 1,
      n: 2,
    });
  });

  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('segment(%i) is %s', (score, expected) => {
    expect(segment(score)).toBe(expected);
  });

  it.each([
    [5, true],
    [0, true],
    [10, true],
    [10.5, false],
    [-1, false],
    ['5', false],
  ])('isNpsScore(%j) is %s', (value, expected) => {
    expect(isNpsScore(value)).toBe(expected);
  });
});
