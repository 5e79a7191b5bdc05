import { minorExponent } from '../money.js';
import type { Site } from '../site.js';
import { mailCatalogs } from './i18n/catalogs.js';
import { type MailLocale, mailDirection } from './i18n/locales.js';
import { translator } from './i18n/translate.js';
import { defaultBrand } from './settings.js';
import type { TemplateContext } from './template.js';

// Intl wants BCP 47 tags; ours are already, `nb` formats as Norwegian Bokmål.
function formatMoney(locale: MailLocale, minor: number, currency: string): string {
  const exponent = minorExponent(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: minor % 10 ** exponent === 0 ? 0 : exponent,
    maximumFractionDigits: exponent,
  }).format(minor / 10 ** exponent);
}

/**
 * What a template needs to render for a site in a locale: the catalog, the brand, and
 * money and date formatting. Dates are shown as calendar days in UTC, the same everywhere.
 */
export function templateContext(
  site: Pick<Site, 'siteKey' | 'brand'>,
  locale: MailLocale,
): TemplateContext {
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    locale,
    dir: mailDirection(locale),
    t: translator(mailCatalogs[locale], { isolate: mailDirection(locale) === 'rtl' }),
    brand: site.brand ?? defaultBrand(site.siteKey),
    money: (minor, currency) => formatMoney(locale, minor, currency),
    date: (iso) => dates.format(new Date(iso)),
  };
}
