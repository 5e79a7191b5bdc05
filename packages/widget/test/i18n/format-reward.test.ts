import { describe, expect, it } from 'vitest';
import { formatReward } from '../../src/i18n/format-reward.js';
import { createTranslator } from '../../src/i18n/translate.js';

const en = createTranslator('en');

describe('formatReward', () => {
  it.each([
    [{ kind: 'percent', value: 20 }, '20% off'],
    [{ kind: 'percent', value: 12.5 }, '12.5% off'],
    [{ kind: 'amount', value: 10, currency: 'USD' }, '$10 off'],
    [{ kind: 'amount', value: 9.5, currency: 'EUR' }, '€9.50 off'],
    [{ kind: 'custom', label: 'a free tote bag' }, 'a free tote bag'],
    [{ kind: 'percent', label: 'a surprise' }, 'a surprise'],
    [{ kind: 'amount', value: 10, currency: 'NOT-A-CURRENCY', label: 'ten off' }, 'ten off'],
    [{ kind: 'amount', value: Number.NaN }, ''],
  ] as const)('%j → %s', (reward, expected) => {
    expect(formatReward(reward, en)).toBe(expected);
  });

  it('formats for the locale', () => {
    const da = createTranslator('da');
    expect(formatReward({ kind: 'amount', value: 50, currency: 'DKK' }, da)).toMatch(
      /^50\sk?r\.? off$/,
    );
    expect(formatReward({ kind: 'percent', value: 20 }, da)).toBe('20\u00a0% off');
  });

  it('is empty for no reward', () => {
    expect(formatReward(undefined, en)).toBe('');
  });
});
