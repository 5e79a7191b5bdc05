// Numbers, money and plurals in each shipped locale: Intl does the work, the catalogs only
// word around it (`off`), so a reward reads naturally in the shopper's language.
import { describe, expect, it } from 'vitest';
import { formatReward } from '../../src/i18n/format-reward.js';
import { loadCatalog } from '../../src/i18n/load-catalog.js';
import { createTranslator } from '../../src/i18n/translate.js';

async function translator(locale: string, overrides: Record<string, string> = {}) {
  return createTranslator(locale, overrides, await loadCatalog(locale, 'referral'));
}

// Intl separates numbers and units with no-break spaces (U+00A0 or U+202F) in some locales.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money and percentages per locale (Intl.NumberFormat + the catalog’s `off`)', () => {
  it.each([
    ['da-DK', { kind: 'amount', value: 50, currency: 'DKK' }, /^50 kr\.? rabat$/],
    ['da-DK', { kind: 'percent', value: 20 }, /^20 % rabat$/],
    ['nb-NO', { kind: 'amount', value: 99.5, currency: 'NOK' }, /^99,50 kr rabatt$/],
    ['fi-FI', { kind: 'amount', value: 10, currency: 'EUR' }, /^10 € alennusta$/],
    ['ja-JP', { kind: 'amount', value: 1000, currency: 'JPY' }, /^[￥¥]1,000オフ$/],
    ['zh-CN', { kind: 'percent', value: 15 }, /^15%优惠$/],
    ['zh-CN', { kind: 'amount', value: 30, currency: 'CNY' }, /^¥30优惠$/],
  ] as const)('%s: %j', async (locale, reward, expected) => {
    expect(spaces(formatReward(reward, await translator(locale)))).toMatch(expected);
  });
});

describe('plurals per locale (Intl.PluralRules)', () => {
  const forms = {
    joined_one: '{count} ven',
    joined_few: '{count} few',
    joined_many: '{count} many',
    joined_other: '{count} venner',
  };

  it.each([
    ['da', 1, '1 ven'],
    ['da', 2, '2 venner'],
    ['nb', 1, '1 ven'],
    ['fi', 1000, '1 000 venner'],
    // Japanese and Chinese have one form: `other`, whatever the count.
    ['ja', 1, '1 venner'],
    ['zh-CN', 1, '1 venner'],
  ] as const)('%s, %d → %s', async (locale, count, expected) => {
    const i18n = await translator(locale, forms);
    expect(spaces(i18n.plural('joined', count))).toBe(expected);
  });
});
