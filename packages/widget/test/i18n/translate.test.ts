import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { createTranslator, plural, supportedLocale } from '../../src/i18n/translate.js';

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
    expect(plural(i18n, 'joined', count)).toBe(expected);
  });

  it('falls back to the other form, then to the key', () => {
    const i18n = createTranslator('en', { joined_other: '{count} joined' });
    expect(plural(i18n, 'joined', 1)).toBe('1 joined');
    expect(plural(i18n, 'missing', 2)).toBe('missing');
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

describe('createTranslator: values in right-to-left text', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';

  it('isolates each value in Arabic and Hebrew, so a Latin amount keeps its order', () => {
    const ar = createTranslator('ar', {}, { couponBody: 'استخدمه عند الدفع لتحصل على {friend}.' });
    expect(ar.t('couponBody', { friend: '€10 off' })).toBe(
      `استخدمه عند الدفع لتحصل على ${FSI}€10 off${PDI}.`,
    );
    const he = createTranslator('he-IL', {}, { couponReady: 'הקוד {code} מוכן.' });
    expect(he.t('couponReady', { code: 'WELCOME-7F3K' })).toBe(
      `הקוד ${FSI}WELCOME-7F3K${PDI} מוכן.`,
    );
  });

  it('isolates a plural’s count too', () => {
    const he = createTranslator('he', { joined_other: '{count} חברים' });
    expect(plural(he, 'joined', 12)).toBe(`${FSI}12${PDI} חברים`);
  });

  it('leaves share messages (read by other apps) and left-to-right text as written', () => {
    const ar = createTranslator('ar', {}, { shareTextNoOffer: 'ألقِ نظرة على هذا: {url}' });
    expect(ar.t('shareTextNoOffer', { url: 'https://acme.example/r/ANNA' })).toBe(
      'ألقِ نظرة على هذا: https://acme.example/r/ANNA',
    );
    // English is English on a Hebrew page too (no catalog loaded: the English fallback).
    expect(createTranslator('he').t('couponBody', { friend: '€10 off' })).toBe(
      'Use it at checkout for €10 off.',
    );
  });

  it('follows the message, not the locale: a shop’s own Arabic copy on an English page', () => {
    const { t } = createTranslator('en', { couponReady: 'رمزك {code} جاهز.' });
    expect(t('couponReady', { code: 'AB-12' })).toBe(`رمزك ${FSI}AB-12${PDI} جاهز.`);
  });
});
