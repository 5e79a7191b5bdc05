import { describe, expect, it } from 'vitest';
import { mailCatalogs } from '../../src/mail/i18n/catalogs.js';
import { en, type MailMessageKey } from '../../src/mail/i18n/en.js';
import {
  acceptedLanguages,
  customerMailLocale,
  localeTag,
  MAIL_LOCALES,
  preferredMailLocale,
  resolveMailLocale,
} from '../../src/mail/i18n/locales.js';
import { renderEmail } from '../../src/mail/render.js';
import { SAMPLE_DATA } from '../../src/mail/samples.js';
import { mailTemplates } from '../../src/mail/templates/registry.js';
import { renderUnsubscribePage } from '../../src/mail/unsubscribe-page.js';

const keys = Object.keys(en) as MailMessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const brand = { name: 'Nordic Socks', color: '#0f766e' };
const site = { siteKey: 'shop-test', brand };
const translated = MAIL_LOCALES.filter((locale) => locale !== 'en');

describe('email catalogs', () => {
  it.each(translated)('%s has every key, translated, with the same placeholders', (locale) => {
    const catalog = mailCatalogs[locale];
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    // Identical to English is only right for punctuation around placeholders ("{label}: {value}").
    const words = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
    const untranslated = keys.filter((key) => catalog[key] === en[key] && words(en[key]));
    expect(untranslated).toEqual([]);
    for (const key of keys) {
      expect([key, placeholders(catalog[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it.each([
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['he-IL', 'he'],
    ['ar-EG', 'ar'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('resolves %s to %s', (tag, locale) => {
    expect(resolveMailLocale(tag)).toBe(locale);
  });

  it.each([
    ['da-DK', 'en', 'da'],
    ['nb_NO', 'en', 'nb'],
    ['fr-FR', 'da', 'da'],
    ['pt-BR', 'fi-FI', 'fi'],
    [null, 'ja', 'ja'],
    ['zh-Hant-TW', 'en', 'zh-CN'],
  ])("the customer's %s on a %s site → %s", (customer, site, locale) => {
    expect(customerMailLocale(customer, site)).toBe(locale);
  });

  it.each([
    ['fi-FI,fi;q=0.9,en;q=0.8', ['fi-FI', 'fi', 'en']],
    ['en;q=0.5, da', ['da', 'en']],
    ['*, fr;q=0, sv', ['sv']],
    ['<script>, ja;q=x', ['ja']],
    ['', []],
  ])('Accept-Language %j → %j', (header, tags) => {
    expect(acceptedLanguages(header)).toEqual(tags);
  });

  it('the first accepted language a catalog serves, else the site’s', () => {
    expect(preferredMailLocale(['fr-FR', 'nb-NO', 'da'], 'en')).toBe('nb');
    expect(preferredMailLocale(['fr-FR'], 'da')).toBe('da');
    expect(localeTag(' da-DK ')).toBe('da-DK');
    expect(localeTag('d')).toBeUndefined();
    expect(localeTag(42)).toBeUndefined();
  });
});

describe('every template in every locale', () => {
  const ids = Object.keys(mailTemplates) as (keyof typeof mailTemplates)[];
  it('has sample data for every template', () => {
    expect(Object.keys(SAMPLE_DATA).sort()).toEqual([...ids].sort());
  });
  for (const id of ids) {
    it.each(MAIL_LOCALES)(`${id} renders in %s`, async (locale) => {
      const email = await renderEmail(site, {
        template: id,
        data: SAMPLE_DATA[id],
        locale,
        footer: id === 'detractor-alert' ? 'alert' : 'transactional',
        unsubscribeUrl: 'https://grapevine.shop.example/mail/unsubscribe?t=1.x',
      });
      // No placeholder left unfilled, no key name leaking through.
      for (const part of [email.subject, email.text, email.html]) {
        expect(part).not.toMatch(/\{[a-z]+\}/i);
      }
      const dir = locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr';
      expect(email.html).toContain(`<html lang="${locale}" dir="${dir}"`);
      expect(email.html).not.toMatch(/<script|<img[^>]*width="1"/i);
      // No third-party request: every URL in the HTML is the shop's, ours, or a namespace.
      const hosts = new Set([...email.html.matchAll(/https?:\/\/([^/"'\s)]+)/g)].map((m) => m[1]));
      expect(
        [...hosts].filter(
          (host) =>
            !/(^|\.)(shop|grapevine\.shop)\.example$|^www\.w3\.org$|^schemas\.microsoft\.com$/.test(
              host ?? '',
            ),
        ),
      ).toEqual([]);
      expect({ subject: email.subject, text: email.text }).toMatchSnapshot();
    });
  }

  it('escapes customer text in the HTML part', async () => {
    const email = await renderEmail(site, {
      template: 'detractor-alert',
      data: {
        ...SAMPLE_DATA['detractor-alert'],
        comment: '<b onmouseover="x()">hi</b> & "q"',
        customerName: '<i>Eve</i>',
      },
      locale: 'en',
      footer: 'alert',
    });
    expect(email.html).toContain(
      '&lt;b onmouseover=&quot;x()&quot;&gt;hi&lt;/b&gt; &amp; &quot;q&quot;',
    );
    expect(email.html).toContain('&lt;i&gt;Eve&lt;/i&gt;');
    expect(email.html).not.toContain('<b onmouseover');
    expect(email.html).not.toContain('<i>Eve');
  });

  it('turns a non-http link into an inert #', async () => {
    const email = await renderEmail(site, {
      template: 'reward-approved',
      data: { ...SAMPLE_DATA['reward-approved'], shopUrl: 'https://shop.example/"><script>' },
      locale: 'en',
      footer: 'transactional',
    });
    expect(email.html).not.toContain('"><script>');
  });

  it.each(MAIL_LOCALES)('the unsubscribe page renders in %s', (locale) => {
    const page = renderUnsubscribePage(brand, locale, {
      step: 'choose',
      token: '1.x',
      address: 'a@example.com',
    }).value;
    expect(page).not.toMatch(/\{[a-z]+\}/i);
    expect(page).toContain(`lang="${locale}"`);
  });
});
