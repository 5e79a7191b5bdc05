import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/admin/wilson.js';

describe('wilson', () => {
  it.each([
    [12, 100, 0.12, 0.0699, 0.1984],
    [0, 10, 0, 0, 0.2775],
    [10, 10, 1, 0.7225, 1],
    [50, 100, 0.5, 0.4038, 0.5962],
  ])('%i of %i → %f in [%f, %f]', (successes, trials, rate, low, high) => {
    const interval = wilson(successes, trials);
    expect(interval?.rate).toBeCloseTo(rate, 4);
    expect(interval?.low).toBeCloseTo(low, 3);
    expect(interval?.high).toBeCloseTo(high, 3);
  });

  it('has no interval without trials and clamps rates above 1', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(5, 4)?.rate).toBe(1);
  });
});
