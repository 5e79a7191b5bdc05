import { describe, expect, it } from 'vitest';
import { compare } from '../../src/match/compare.js';
import type { Comparison, Scalar } from '../../src/types/condition.js';

describe('compare', () => {
  it.each<[Scalar | undefined, Comparison, boolean]>([
    [5, { op: '=', value: 5 }, true],
    ['5', { op: '=', value: 5 }, false],
    [5, { op: '!=', value: 6 }, true],
    [undefined, { op: '!=', value: 'x' }, true],
    [50, { op: '>=', value: 50 }, true],
    [49.99, { op: '>=', value: 50 }, false],
    [51, { op: '>', value: 50 }, true],
    [50, { op: '>', value: 50 }, false],
    [3, { op: '<', value: 4 }, true],
    [4, { op: '<=', value: 4 }, true],
    ['b', { op: '>', value: 'a' }, true],
    ['60', { op: '>', value: 50 }, false],
    [null, { op: '<', value: 1 }, false],
    [undefined, { op: '>=', value: 0 }, false],
    ['gold', { op: 'in', value: ['gold', 'silver'] }, true],
    ['bronze', { op: 'in', value: ['gold', 'silver'] }, false],
    [undefined, { op: 'in', value: ['gold'] }, false],
    ['bronze', { op: 'not-in', value: ['gold'] }, true],
    [undefined, { op: 'not-in', value: ['gold'] }, true],
    [false, { op: 'exists' }, true],
    [null, { op: 'exists' }, false],
    [undefined, { op: 'exists' }, false],
    [undefined, { op: 'missing' }, true],
    [0, { op: 'missing' }, false],
  ])('%j %j → %s', (actual, comparison, expected) => {
    expect(compare(actual, comparison)).toBe(expected);
  });
});
