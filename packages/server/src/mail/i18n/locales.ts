/** Every locale emails and the unsubscribe page are written in. */
export const MAIL_LOCALES = ['en', 'da', 'nb', 'fi', 'ja', 'zh-CN', 'ar', 'he'] as const;

/** A shipped email locale. */
export type MailLocale = (typeof MAIL_LOCALES)[number];

const RTL: ReadonlySet<MailLocale> = new Set(['ar', 'he']);

// Languages whose customers read one of the shipped locales.
const ALIASES: Readonly<Record<string, MailLocale>> = { no: 'nb', nn: 'nb', zh: 'zh-CN', iw: 'he' };

/**
 * The shipped locale closest to a BCP 47 tag: exact, then the language, then English.
 * @example resolveMailLocale('nb-NO') // 'nb'
 * @example resolveMailLocale('zh-Hans-CN') // 'zh-CN'
 */
export function resolveMailLocale(tag: string | null | undefined): MailLocale {
  if (!tag) return 'en';
  const exact = MAIL_LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return (
    MAIL_LOCALES.find((locale) => locale.toLowerCase() === language) ?? ALIASES[language] ?? 'en'
  );
}

/** The writing direction of a locale. */
export function mailDirection(locale: MailLocale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}
