import { localeTag } from '../../mail/i18n/locales.js';

/**
 * The widget's visitor id, a captured referral code and the customer's language, as a shop passes them through its
 * platform: Shopify cart attributes (`note_attributes`), Stripe `metadata`, WooCommerce order
 * `meta_data`. The names are the same everywhere, with or without a leading underscore
 * (which hides an attribute at Shopify's checkout and a meta field in WooCommerce's admin).
 *
 * These values are written by the browser, so they are hints: a value that does not look
 * like an id is dropped rather than failing the order.
 */
export const VISITOR_ID_KEY = 'grapevine_visitor_id';
export const REFERRAL_CODE_KEY = 'grapevine_referral_code';
/**
 * The customer's language, for emails: ours, or the one WPML and Polylang store on a
 * WooCommerce order (`wpml_language`, `pll_language`: "da", "nb").
 */
export const LOCALE_KEYS: readonly string[] = ['grapevine_locale', 'wpml_language', 'pll_language'];

// The contract's shapes: a visitor id is 1–128 characters (the widget's are UUIDs), a
// referral code 1–64 letters, digits, `_` or `-`. Whitespace and control characters never.
const VISITOR_ID = /^[^\s\p{Cc}]{1,128}$/u;
const REFERRAL_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** The hints found among key/value pairs; keys match case-insensitively. */
export function attributionHints(pairs: Iterable<readonly [string, unknown]>): {
  visitorId?: string;
  referralCode?: string;
  locale?: string;
} {
  const hints: { visitorId?: string; referralCode?: string; locale?: string } = {};
  for (const [rawKey, value] of pairs) {
    if (typeof value !== 'string') continue;
    const key = rawKey.replace(/^_+/, '').toLowerCase();
    if (key === VISITOR_ID_KEY && VISITOR_ID.test(value)) hints.visitorId ??= value;
    if (key === REFERRAL_CODE_KEY && REFERRAL_CODE.test(value)) hints.referralCode ??= value;
    const locale = LOCALE_KEYS.includes(key) ? localeTag(value) : undefined;
    if (locale) hints.locale ??= locale;
  }
  return hints;
}
