import { describe, expect, it } from 'vitest';
import { bucket } from '../src/bucket.js';
import { pickVariant, VARIANT_SALT } from '../src/variant.js';

describe('pickVariant', () => {
  it.each([
    { name: 'no variants', variants: undefined, expected: undefined },
    { name: 'empty list', variants: [], expected: undefined },
    { name: 'only zero weights', variants: [{ id: 'a', weight: 0 }], expected: undefined },
    { name: 'a single variant', variants: [{ id: 'a', weight: 3 }], expected: 'a' },
    {
      name: 'zero weights are skipped',
      variants: [
        { id: 'a', weight: 0 },
        { id: 'b', weight: 1 },
      ],
      expected: 'b',
    },
  ])('$name', ({ variants, expected }) => {
    const campaign = variants === undefined ? { id: 'c1' } : { id: 'c1', variants };
    expect(pickVariant(campaign, 'visitor-1')?.id).toBe(expected);
  });

  it('splits by the variant roll along cumulative weights', () => {
    const roll = bucket('visitor-1', 'c1', VARIANT_SALT);
    const variants = [
      { id: 'below', weight: roll },
      { id: 'at-or-above', weight: 1 - roll },
    ];
    expect(pickVariant({ id: 'c1', variants }, 'visitor-1')?.id).toBe('at-or-above');
  });
});
