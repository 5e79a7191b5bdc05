import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { surveyLocale } from '../../src/email-nps/config.js';
import { isConfigError } from '../../src/errors.js';

const site = {
  siteKey: 'shop-1',
  secret: 'a-secret-of-16-chars',
  origins: ['https://shop.example'],
  landingUrl: 'https://shop.example/?ref={code}',
};
const load = (npsEmail: unknown) =>
  loadConfig({
    GRAPEVINE_ADMIN_TOKEN: 'admin-token-16-chars',
    GRAPEVINE_SITES: JSON.stringify([{ ...site, npsEmail }]),
  });
const problemsOf = (npsEmail: unknown): string[] => {
  try {
    load(npsEmail);
  } catch (error) {
    if (isConfigError(error)) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('the npsEmail site option', () => {
  it('fills in the defaults', () => {
    expect(load({ campaignId: 'nps' }).sites[0]?.npsEmail).toEqual({
      campaignId: 'nps',
      from: 'delivery',
      assumeDeliveredAfterMs: 7 * DAY,
      afterMs: 14 * DAY,
      withinMs: 180 * DAY,
      linkValidMs: 30 * DAY,
    });
    expect(
      load({ campaignId: 'nps', after: '7d', within: 8 * DAY, locale: 'da' }).sites[0]?.npsEmail,
    ).toMatchObject({
      afterMs: 7 * DAY,
      withinMs: 8 * DAY,
      locale: 'da',
    });
    expect(
      load({ campaignId: 'nps', from: 'order', assumeDeliveredAfter: '3d' }).sites[0]?.npsEmail,
    ).toMatchObject({ from: 'order', assumeDeliveredAfterMs: 3 * DAY });
  });

  it.each([
    [{}, 'GRAPEVINE_SITES[0].npsEmail.campaignId'],
    [
      { campaignId: 'nps', after: 'two weeks' },
      'GRAPEVINE_SITES[0].npsEmail.after: expected a duration like "14d"',
    ],
    [
      { campaignId: 'nps', after: '30d', within: '14d' },
      'GRAPEVINE_SITES[0].npsEmail.within: must be longer than "after"',
    ],
    [
      { campaignId: 'nps', locale: 'not a tag' },
      'GRAPEVINE_SITES[0].npsEmail.locale: expected a BCP 47 tag like "da"',
    ],
    [{ campaignId: 'nps', sendAt: 'noon' }, 'GRAPEVINE_SITES[0].npsEmail'],
    [{ campaignId: 'nps', from: 'shipping' }, 'GRAPEVINE_SITES[0].npsEmail.from'],
    [
      { campaignId: 'nps', assumeDeliveredAfter: 'soon' },
      'GRAPEVINE_SITES[0].npsEmail.assumeDeliveredAfter: expected a duration like "14d"',
    ],
  ])('refuses %j, naming the field', (npsEmail, problem) => {
    expect(problemsOf(npsEmail).join('\n')).toContain(problem);
  });

  it.each([
    [{ npsEmail: { locale: 'ja' }, email: { locale: 'da' } }, 'ja'],
    [{ email: { locale: 'da' } }, 'da'],
    [{}, 'en'],
  ])('speaks the survey language of %j', (settings, locale) => {
    expect(surveyLocale(settings)).toBe(locale);
  });
});
