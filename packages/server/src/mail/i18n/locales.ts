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
  return shippedMailLocale(tag) ?? 'en';
}

/**
 * The shipped locale that serves a tag (exact, then its language), or `undefined` when none
 * does: the caller falls back to the site's.
 * @example shippedMailLocale('da-DK') // 'da'
 * @example shippedMailLocale('fr-FR') // undefined
 */
export function shippedMailLocale(tag: string | null | undefined): MailLocale | undefined {
  if (!tag) return undefined;
  const exact = MAIL_LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return MAIL_LOCALES.find((locale) => locale.toLowerCase() === language) ?? ALIASES[language];
}

/**
 * The language of an email to one customer: theirs where a shipped locale serves it (exact,
 * then the base language), else the site's.
 * @example customerMailLocale('nb-NO', 'en') // 'nb'
 * @example customerMailLocale('fr-FR', 'da') // 'da'
 */
export function customerMailLocale(
  customer: string | null | undefined,
  site: string | null | undefined,
): MailLocale {
  return shippedMailLocale(customer) ?? resolveMailLocale(site);
}

/**
 * The languages of an `Accept-Language` header, most preferred first (`*` and malformed
 * entries left out).
 * @example acceptedLanguages('fi-FI,fi;q=0.9,en;q=0.8') // ['fi-FI', 'fi', 'en']
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: localeTag(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(
      (entry): entry is { tag: string; q: number; index: number } => !!entry.tag && entry.q > 0,
    )
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The first of `tags` a shipped locale serves, else the site's. */
export function preferredMailLocale(
  tags: readonly string[],
  site: string | null | undefined,
): MailLocale {
  for (const tag of tags) {
    const shipped = shippedMailLocale(tag);
    if (shipped) return shipped;
  }
  return resolveMailLocale(site);
}

// BCP 47 as sources send it: `da`, `pt-BR`, `zh-Hans-CN`, Shopify's `fr-Fr`, WordPress's `nb_NO`.
const LOCALE_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$/;

/**
 * A customer's locale as a source reports it, or `undefined` when it does not look like a
 * language tag (it is a hint: a bad one is dropped, never an error).
 */
export function localeTag(value: unknown): string | undefined {
  return typeof value === 'string' && LOCALE_TAG.test(value.trim()) ? value.trim() : undefined;
}

/** The writing direction of a locale. */
export function mailDirection(locale: MailLocale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}
