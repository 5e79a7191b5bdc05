import type { Catalog } from './catalog.js';

// Each locale is its own lazily loaded chunk: English is built in, the others cost a page
// only when its shopper reads that language.
const CATALOGS: Record<string, () => Promise<{ messages: Catalog }>> = {
  da: () => import('./catalogs/da.js'),
  nb: () => import('./catalogs/nb.js'),
  fi: () => import('./catalogs/fi.js'),
  ja: () => import('./catalogs/ja.js'),
  'zh-cn': () => import('./catalogs/zh-cn.js'),
};

// Nynorsk and plain "no" readers get Bokmål; Simplified Chinese under any of its tags gets
// zh-CN. Traditional Chinese (zh-TW, zh-Hant) is deliberately not mapped: it stays English.
const ALIASES: Record<string, string> = {
  no: 'nb',
  nn: 'nb',
  zh: 'zh-cn',
  'zh-hans': 'zh-cn',
  'zh-sg': 'zh-cn',
  'zh-hans-cn': 'zh-cn',
};

/**
 * The catalog that serves `locale`, by exact tag, alias, then language: `da-DK` → `da`,
 * `nn` → `nb`, `zh-Hans` → `zh-CN`. `undefined` means English.
 * @example catalogFor('nb-NO') // 'nb'
 */
export function catalogFor(locale: string): string | undefined {
  const tag = String(locale).toLowerCase().replace(/_/g, '-');
  if (/^zh-(hant|tw|hk|mo)(-|$)/.test(tag)) return undefined;
  for (const candidate of [tag, tag.split('-')[0] ?? '']) {
    const key = ALIASES[candidate] ?? candidate;
    if (Object.hasOwn(CATALOGS, key)) return key;
  }
  return undefined;
}

/**
 * Loads the messages for `locale` (English needs none and gets `{}`). Never rejects: a
 * chunk that fails to load means English, not a broken prompt. The runtime merges the
 * result under the campaign's overrides into `request.messages`.
 * @example const messages = { ...(await loadCatalog('da')), ...overrides }
 */
export async function loadCatalog(locale: string): Promise<Partial<Catalog>> {
  const key = catalogFor(locale);
  const load = key ? CATALOGS[key] : undefined;
  if (!load) return {};
  try {
    return (await load()).messages;
  } catch {
    return {};
  }
}
