import { describe, expect, it } from 'vitest';
import { hostedMessages } from '../../src/email-nps/hosted-messages.js';
import { REFERRAL_EMAIL_MESSAGES } from '../../src/email-nps/referral-email-messages.js';
import { SURVEY_EMAIL_MESSAGES } from '../../src/email-nps/survey-email-messages.js';
import { MAIL_LOCALES } from '../../src/mail/i18n/locales.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const words = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
const translated = MAIL_LOCALES.filter((locale) => locale !== 'en');

describe.each([
  ['the survey email', SURVEY_EMAIL_MESSAGES],
  ['the referral email', REFERRAL_EMAIL_MESSAGES],
] as const)('%s', (_name, catalogs) => {
  const en = catalogs.en as unknown as Record<string, string>;
  it.each(translated)('%s translates every message, with the same placeholders', (locale) => {
    const catalog = catalogs[locale] as unknown as Record<string, string>;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    const untranslated = Object.keys(en).filter(
      (key) => catalog[key] === en[key] && words(en[key] ?? ''),
    );
    expect(untranslated).toEqual([]);
    for (const key of Object.keys(en)) {
      expect([key, placeholders(catalog[key] ?? '')]).toEqual([key, placeholders(en[key] ?? '')]);
    }
  });
});

describe('the hosted page', () => {
  it.each(translated)('%s translates every message', (locale) => {
    const en = hostedMessages('en') as unknown as Record<string, string>;
    const catalog = hostedMessages(locale) as unknown as Record<string, string>;
    const untranslated = Object.keys(en).filter((key) => key !== 'dir' && catalog[key] === en[key]);
    expect(untranslated).toEqual([]);
  });
});
