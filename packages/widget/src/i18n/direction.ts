// Which way text runs, decided by the language actually shown, never by the page alone: an
// English fallback on an Arabic page is left to right, Arabic on an English page right to left.

/**
 * Languages written right to left: Arabic, Persian, Hebrew (and its withdrawn code `iw`),
 * Urdu, Pashto, Yiddish, Dhivehi, Sindhi, Uyghur, Sorani Kurdish.
 */
const RTL = /^(?:ar|fa|he|iw|ur|ps|yi|dv|sd|ug|ckb)(?:[-_]|$)/i;

/**
 * Text direction of a locale's language.
 * @example directionOf('he-IL') // 'rtl'
 */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}

/** Copy overrides by BCP 47 tag, as campaigns and variants carry them. */
type Copy = Readonly<Record<string, unknown>> | undefined;

/**
 * The locale of the text a prompt really shows: `locale` when its messages are in that
 * language (English, a loaded catalog, or the shop's own copy for the language or the
 * exact tag), else English, the built-in fallback. Direction, `lang` and number formats
 * follow it.
 * @example shownLocale('ar-EG', {}) // 'en': no Arabic messages loaded, English is shown
 * @example shownLocale('ar-EG', arabicCatalog) // 'ar-EG'
 */
export function shownLocale(locale: string, catalog: object, ...copies: Copy[]): string {
  // `locale` is canonical (resolveLocale), so its language is the part before the first `-`.
  const language = locale.split('-')[0] ?? '';
  return language === 'en' ||
    Object.keys(catalog).length > 0 ||
    copies.some((copy) => copy?.[language] || copy?.[locale])
    ? locale
    : 'en';
}
