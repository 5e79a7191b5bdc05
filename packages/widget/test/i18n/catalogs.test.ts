import { MESSAGE_KEYS } from '@grapevine/core';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/catalog.js';
import { messages as ar } from '../../src/i18n/catalogs/ar.js';
import { messages as da } from '../../src/i18n/catalogs/da.js';
import { messages as fi } from '../../src/i18n/catalogs/fi.js';
import { messages as he } from '../../src/i18n/catalogs/he.js';
import { messages as ja } from '../../src/i18n/catalogs/ja.js';
import { messages as nb } from '../../src/i18n/catalogs/nb.js';
import { messages as zhCN } from '../../src/i18n/catalogs/zh-cn.js';
import { en, type MessageKey } from '../../src/i18n/en.js';
import { catalogFor, loadCatalog } from '../../src/i18n/load-catalog.js';
import { createTranslator } from '../../src/i18n/translate.js';

const catalogs: [string, Catalog][] = [
  ['da', da],
  ['nb', nb],
  ['fi', fi],
  ['ja', ja],
  ['zh-cn', zhCN],
  ['ar', ar],
  ['he', he],
];

// Brand names read the same in every language; catalogs leave them to English.
const BRAND_NAMES = 'whatsapp x facebook linkedin messenger line telegram'.split(' ');
const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);

// Placeholders a translation must keep, or the message loses its point.
const REQUIRED: Partial<Record<MessageKey, string[]>> = {
  referralTitle: ['{friend}', '{advocate}'],
  referralBody: ['{friend}', '{advocate}'],
  off: ['{value}'],
  shareText: ['{url}', '{friend}'],
  shareTextNoBrand: ['{url}', '{friend}'],
  shareTextNoOffer: ['{url}'],
  friendTitle: ['{name}', '{friend}'],
  friendTitleNoName: ['{friend}'],
  friendValidUntil: ['{date}'],
  couponReady: ['{code}'],
  npsQuestion: ['{brand}'],
};

describe.each(catalogs)('the %s catalog', (_, catalog) => {
  it('translates every message but the brand names, and nothing else', () => {
    const keys = Object.keys(en).filter((key) => !BRAND_NAMES.includes(key));
    expect(Object.keys(catalog).sort()).toEqual(keys.sort());
  });

  it('keeps only placeholders English has, and the ones each message needs', () => {
    for (const [key, text] of Object.entries(catalog) as [MessageKey, string][]) {
      const english = placeholders(en[key]);
      for (const name of placeholders(text)) expect(english, `${key}: ${name}`).toContain(name);
      for (const name of REQUIRED[key] ?? []) expect(text, key).toContain(name);
    }
  });

  it('is plain text, not markup, and never the English text left untranslated', () => {
    const untranslatable = new Set(['send', 'sms', 'email', 'copy', 'native']);
    for (const [key, text] of Object.entries(catalog) as [MessageKey, string][]) {
      expect(text, key).not.toMatch(/[<>]/);
      expect(text.trim(), key).toBe(text);
      if (!untranslatable.has(key) && text.length > 12) expect(text, key).not.toBe(en[key]);
    }
  });
});

describe('catalogFor', () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['fi-FI', 'fi'],
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh-cn'],
    ['zh', 'zh-cn'],
    ['zh-Hans-CN', 'zh-cn'],
    ['zh_CN', 'zh-cn'],
    ['zh-TW', undefined],
    ['zh-Hant', undefined],
    ['zh-HK', undefined],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ar-SA', 'ar'],
    ['he-IL', 'he'],
    ['iw', 'he'],
    ['fa-IR', undefined],
    ['en-GB', undefined],
    ['sv-SE', undefined],
    ['', undefined],
  ])('%s → %s', (locale, expected) => {
    expect(catalogFor(locale)).toBe(expected);
  });
});

describe('loadCatalog', () => {
  it('loads a locale lazily and gives English nothing to add', async () => {
    expect(await loadCatalog('ja-JP')).toEqual(ja);
    expect(await loadCatalog('en-US')).toEqual({});
    expect(await loadCatalog('zh-TW')).toEqual({});
  });

  it('fills the prompts in the locale, with numbers formatted for it', () => {
    const i18n = createTranslator('da-DK', { ...da });
    expect(i18n.t('referralTitle', { friend: '20 % rabat', advocate: '20 % rabat' })).toBe(
      'Giv 20 % rabat, få 20 % rabat',
    );
    expect(createTranslator('ja', { ...ja }).t('npsQuestion', { brand: 'Acme Tea' })).toBe(
      'Acme Teaを友人や同僚にすすめる可能性は、どのくらいありますか？',
    );
  });
});

describe('the English catalog and core’s MESSAGE_KEYS', () => {
  it('are the same keys in the same order: the config check rejects exactly the keys no message has', () => {
    expect(Object.keys(en)).toEqual(MESSAGE_KEYS);
  });
});
