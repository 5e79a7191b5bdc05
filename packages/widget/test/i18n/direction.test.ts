import { describe, expect, it } from 'vitest';
import { directionOf, shownLocale } from '../../src/i18n/direction.js';

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he-IL', 'rtl'],
    ['iw', 'rtl'],
    ['fa_IR', 'rtl'],
    ['ur-PK', 'rtl'],
    ['en', 'ltr'],
    ['da-DK', 'ltr'],
    ['zh-Hans-CN', 'ltr'],
    ['', 'ltr'],
  ] as const)('%s → %s', (locale, dir) => {
    expect(directionOf(locale)).toBe(dir);
  });
});

describe('shownLocale: the language of the text actually shown', () => {
  const arabic = { close: 'إغلاق' };
  it.each([
    ['ar-EG', arabic, [], 'ar-EG'],
    ['ar-EG', {}, [], 'en'],
    ['he', {}, [undefined], 'en'],
    ['en-GB', {}, [], 'en-GB'],
    ['fa-IR', {}, [{ fa: { npsLow: 'نه' } }], 'fa-IR'],
    ['fa-IR', {}, [undefined, { 'fa-IR': { npsLow: 'نه' } }], 'fa-IR'],
    ['ar-EG', {}, [{ ar: {} }], 'ar-EG'],
    ['fa-IR', {}, [{ en: { npsLow: 'No' } }], 'en'],
  ] as const)('%s with %j and copy %j → %s', (locale, catalog, copies, shown) => {
    expect(shownLocale(locale, catalog, ...copies)).toBe(shown);
  });
});
