import { en, type MessageKey } from './en.js';

/** Hebrew, Arabic (with its supplements and presentation forms), Syriac, Thaana, N'Ko. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Values interpolated into `{name}` placeholders, always as text. */
export type MessageValues = Record<string, string | number>;

/** Looks up and fills in messages for one locale. */
export interface Translator {
  locale: string;
  /** The message for `key` with `{name}` placeholders filled in. Unknown placeholders stay. */
  t(key: MessageKey, values?: MessageValues): string;
}

/**
 * A translator over the English catalog, a locale catalog and per-campaign overrides
 * (strongest last). Non-string overrides are ignored, so bad config cannot inject markup
 * or objects.
 * @example createTranslator('en', { npsLow: 'Nope' }).t('npsLow') // "Nope"
 */
export function createTranslator(
  locale: string,
  overrides: Record<string, unknown> = {},
  catalog: Record<string, string> = {},
): Translator {
  const messages: Record<string, string> = { ...en, ...catalog };
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string') messages[key] = value;
  }
  const safeLocale = supportedLocale(locale);
  // In a right-to-left message (one with Hebrew or Arabic-script letters: the language shown,
  // whatever the page says) each value is a first-strong isolate (U+2068 … U+2069), so a Latin
  // amount, code or name keeps its own order and cannot pull the sentence's punctuation
  // around. Text handed to other apps (share messages) goes out as written.
  const fill = (template: string, values: MessageValues = {}, plain = false) => {
    const isolate = !plain && RTL_LETTER.test(template);
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      if (!Object.hasOwn(values, name)) return match;
      const value = String(values[name]);
      return isolate ? `\u2068${value}\u2069` : value;
    });
  };
  return {
    locale: safeLocale,
    t: (key, values) => fill(messages[key] ?? key, values, key.startsWith('share')),
  };
}

/** The locale if Intl accepts it, else English (a malformed tag must not throw). */
export function supportedLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The plural form of `key` for `count` (`key_one`, `key_few`, … then `key_other`, then the
 * key), with `{count}` formatted for the translator's locale. A function apart from the
 * translator, so a UI bundle whose messages have no plural forms (none today) leaves it out.
 * @example plural(createTranslator('en', { joined_other: '{count} joined' }), 'joined', 2) // "2 joined"
 */
export function plural(
  i18n: Translator,
  key: string,
  count: number,
  values: MessageValues = {},
): string {
  const filled = { ...values, count: new Intl.NumberFormat(i18n.locale).format(count) };
  for (const form of [
    `${key}_${new Intl.PluralRules(i18n.locale).select(count)}`,
    `${key}_other`,
  ]) {
    const text = i18n.t(form as MessageKey, filled);
    if (text !== form) return text;
  }
  return key;
}
