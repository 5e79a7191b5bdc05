import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { isConfigError } from '../../src/errors.js';

const site = {
  siteKey: 'shop-1',
  secret: 'a-secret-of-16-chars',
  origins: ['https://shop.example'],
  landingUrl: 'https://shop.example/?ref={code}',
};
const env = (overrides: Record<string, string | undefined> = {}, siteFields: object = {}) => ({
  GRAPEVINE_ADMIN_TOKEN: 'admin-token-16-chars',
  GRAPEVINE_SITES: JSON.stringify([{ ...site, ...siteFields }]),
  ...overrides,
});
function problemsOf(input: Record<string, string | undefined>): string[] {
  try {
    loadConfig(input);
  } catch (error) {
    if (isConfigError(error)) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}
const smtp = {
  GRAPEVINE_SMTP_URL: 'smtp://user:pass@smtp.example:587',
  GRAPEVINE_MAIL_FROM: 'Shop <hello@shop.example>',
  GRAPEVINE_PUBLIC_URL: 'https://grapevine.shop.example/',
};

describe('mail configuration', () => {
  it('reads SMTP, sender and public URL; without SMTP there is no mail', () => {
    expect(loadConfig(env()).smtp).toBeUndefined();
    expect(loadConfig(env(smtp)).smtp).toEqual({
      smtpUrl: smtp.GRAPEVINE_SMTP_URL,
      from: smtp.GRAPEVINE_MAIL_FROM,
      publicUrl: 'https://grapevine.shop.example',
    });
  });

  it.each([
    [
      { GRAPEVINE_SMTP_URL: 'http://smtp.example' },
      'GRAPEVINE_SMTP_URL: expected an smtp:// or smtps:// URL',
    ],
    [
      { ...smtp, GRAPEVINE_MAIL_FROM: undefined },
      'GRAPEVINE_MAIL_FROM: required with GRAPEVINE_SMTP_URL',
    ],
    [
      { ...smtp, GRAPEVINE_PUBLIC_URL: undefined },
      'GRAPEVINE_PUBLIC_URL: required with GRAPEVINE_SMTP_URL (links in emails)',
    ],
    [
      { ...smtp, GRAPEVINE_DKIM_DOMAIN: 'shop.example' },
      'GRAPEVINE_DKIM_*: set GRAPEVINE_DKIM_DOMAIN, GRAPEVINE_DKIM_SELECTOR and GRAPEVINE_DKIM_PRIVATE_KEY_FILE together',
    ],
  ])('names what is wrong: %j', (overrides, problem) => {
    expect(problemsOf(env(overrides))).toContain(problem);
  });

  it('fills every flow of a site’s email settings, and validates brand and alerts by field', () => {
    const [parsed] = loadConfig(
      env(
        {},
        {
          email: {
            enabled: true,
            supportAddress: 'help@shop.example',
            flows: { nps: 'marketing' },
          },
          brand: { name: 'Fika & Co.', color: '#2F6F4F' },
        },
      ),
    ).sites;
    expect(parsed?.email).toEqual({
      enabled: true,
      locale: 'en',
      supportAddress: 'help@shop.example',
      flows: {
        nps: 'marketing',
        referral: 'off',
        'friend-coupon': 'transactional',
        'reward-pending': 'transactional',
        'reward-approved': 'transactional',
        'detractor-alert': 'transactional',
      },
    });
    expect(parsed?.brand).toEqual({ name: 'Fika & Co.', color: '#2f6f4f' });
    const problems = problemsOf(
      env(
        {},
        {
          email: { enabled: true, flows: { nps: 'sometimes' }, supportAddress: 'nope' },
          brand: { name: 'X', color: 'green', logoUrl: 'http://shop.example/logo.png' },
          alerts: { slackWebhookUrl: 'javascript:alert(1)' },
        },
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GRAPEVINE_SITES\[0\]\.email\.flows\.nps: /),
        'GRAPEVINE_SITES[0].email.supportAddress: expected an address like help@shop.example',
        'GRAPEVINE_SITES[0].brand.color: expected a colour like "#4f46e5"',
        'GRAPEVINE_SITES[0].brand.logoUrl: expected an https URL',
        'GRAPEVINE_SITES[0].alerts.slackWebhookUrl: expected an https URL',
      ]),
    );
  });
});
