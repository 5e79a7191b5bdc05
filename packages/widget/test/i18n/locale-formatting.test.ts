// Numbers, money and plurals in each shipped locale: Intl does the work, the catalogs only
// word around it (`off`), so a reward reads naturally in the shopper's language.
import { describe, expect, it } from 'vitest';
import { formatReward } from '../../src/i18n/format-reward.js';
import { loadCatalog } from '../../src/i18n/load-catalog.js';
import { createTranslator, plural } from '../../src/i18n/translate.js';

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
    // Arabic and Hebrew: Intl's own digits and marks, the amount isolated in the sentence.
    ['ar', { kind: 'amount', value: 10, currency: 'EUR' }, /^خصم \u2068\u200f?10 €\u2069$/],
    ['ar-EG', { kind: 'percent', value: 20 }, /^خصم \u2068٢٠٪\u061c?\u2069$/],
    [
      'he-IL',
      { kind: 'amount', value: 50, currency: 'ILS' },
      /^\u2068\u200f?50 \u200f?₪\u2069 הנחה$/,
    ],
    ['he-IL', { kind: 'percent', value: 15 }, /^\u206815%\u2069 הנחה$/],
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
    expect(spaces(plural(i18n, 'joined', count))).toBe(expected);
  });
});

describe('Arabic’s six plural forms and Hebrew’s dual (Intl.PluralRules)', () => {
  const forms = {
    joined_zero: 'zero {count}',
    joined_one: 'one {count}',
    joined_two: 'two {count}',
    joined_few: 'few {count}',
    joined_many: 'many {count}',
    joined_other: 'other {count}',
  };
  const bare = (text: string) => text.replace(/[\u2068\u2069]/g, '');

  it.each([
    ['ar-MA', 0, 'zero 0'],
    ['ar-MA', 1, 'one 1'],
    ['ar-MA', 2, 'two 2'],
    ['ar-MA', 3, 'few 3'],
    ['ar-MA', 11, 'many 11'],
    ['ar-MA', 100, 'other 100'],
    ['ar-EG', 11, 'many ١١'],
    ['he', 1, 'one 1'],
    ['he', 2, 'two 2'],
    ['he', 20, 'other 20'],
  ] as const)('%s, %d → %s', async (locale, count, expected) => {
    const i18n = await translator(locale, forms);
    expect(bare(plural(i18n, 'joined', count))).toBe(expected);
  });
});
