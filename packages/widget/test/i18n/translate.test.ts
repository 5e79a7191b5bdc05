import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { createTranslator, supportedLocale } from '../../src/i18n/translate.js';

describe('createTranslator', () => {
  it('fills {name} placeholders as text and leaves unknown ones', () => {
    const { t } = createTranslator('en');
    expect(t('npsQuestion', { brand: '<b>Acme</b>' })).toBe(
      'How likely are you to recommend <b>Acme</b> to a friend or colleague?',
    );
    expect(t('off')).toBe('{value} off');
  });

  it('lets per-campaign overrides win and ignores non-string overrides', () => {
    const { t } = createTranslator('en', {
      npsLow: 'Nope',
      npsHigh: { html: '<img onerror=alert(1)>' },
      copy: 42,
    });
    expect(t('npsLow')).toBe('Nope');
    expect(t('npsHigh')).toBe(en.npsHigh);
    expect(t('copy')).toBe(en.copy);
  });

  it('layers a locale catalog between English and the overrides', () => {
    const { t } = createTranslator(
      'da',
      { skip: 'Spring over!' },
      { send: 'Send', skip: 'Spring over' },
    );
    expect(t('skip')).toBe('Spring over!');
    expect(t('done')).toBe(en.done);
  });

  it.each([
    ['en', 1, '1 friend joined'],
    ['en', 3, '3 friends joined'],
    ['en', 1234, '1,234 friends joined'],
    ['de', 1234, '1.234 friends joined'],
  ])('picks the plural form with Intl.PluralRules (%s, %d)', (locale, count, expected) => {
    const i18n = createTranslator(locale, {
      joined_one: '{count} friend joined',
      joined_other: '{count} friends joined',
    });
    expect(i18n.plural('joined', count)).toBe(expected);
  });

  it('falls back to the other form, then to the key', () => {
    const i18n = createTranslator('en', { joined_other: '{count} joined' });
    expect(i18n.plural('joined', 1)).toBe('1 joined');
    expect(i18n.plural('missing', 2)).toBe('missing');
  });
});

describe('supportedLocale', () => {
  it.each([
    ['en-us', 'en-US'],
    ['zh-cn', 'zh-CN'],
    ['not a locale!', 'en'],
    ['', 'en'],
  ])('%s → %s', (input, expected) => {
    expect(supportedLocale(input)).toBe(expected);
  });
});
