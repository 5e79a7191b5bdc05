import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { SURFACE_OF_KIND, SURFACES } from './surfaces.js';

/** Loads one generated part: its messages, one `key=text` a line. */
export type PartLoader = () => Promise<{ messages: string }>;

// Each locale ships in one lazily loaded chunk per surface (see surfaces.ts): a page
// downloads only the messages of what it shows, in its shopper's language. English is built
// in. The parts are generated from catalogs/*.ts and surface-messages.ts.
const PARTS: Record<string, PartLoader> = {
  'da-prompt': () => import('./parts/da-prompt.js'),
  'da-friend': () => import('./parts/da-friend.js'),
  'da-panel': () => import('./parts/da-panel.js'),
  'nb-prompt': () => import('./parts/nb-prompt.js'),
  'nb-friend': () => import('./parts/nb-friend.js'),
  'nb-panel': () => import('./parts/nb-panel.js'),
  'fi-prompt': () => import('./parts/fi-prompt.js'),
  'fi-friend': () => import('./parts/fi-friend.js'),
  'fi-panel': () => import('./parts/fi-panel.js'),
  'ja-prompt': () => import('./parts/ja-prompt.js'),
  'ja-friend': () => import('./parts/ja-friend.js'),
  'ja-panel': () => import('./parts/ja-panel.js'),
  'zh-cn-prompt': () => import('./parts/zh-cn-prompt.js'),
  'zh-cn-friend': () => import('./parts/zh-cn-friend.js'),
  'zh-cn-panel': () => import('./parts/zh-cn-panel.js'),
  'ar-prompt': () => import('./parts/ar-prompt.js'),
  'ar-friend': () => import('./parts/ar-friend.js'),
  'ar-panel': () => import('./parts/ar-panel.js'),
  'he-prompt': () => import('./parts/he-prompt.js'),
  'he-friend': () => import('./parts/he-friend.js'),
  'he-panel': () => import('./parts/he-panel.js'),
};

// Nynorsk and plain "no" readers get Bokmål; Simplified Chinese under any of its tags gets
// zh-CN. Traditional Chinese (zh-TW, zh-Hant) is deliberately not mapped: it stays English.
// `iw` is Hebrew's withdrawn ISO 639 code, still reported by some Java and Android stacks.
const ALIASES: Record<string, string> = {
  iw: 'he',
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
    if (SURFACES.some((surface) => Object.hasOwn(PARTS, `${key}-${surface}`))) return key;
  }
  return undefined;
}

/**
 * A `loadCatalog` over the given part loaders (by `<locale>-<surface>`): the seam tests use
 * to make a part fail.
 */
export function createCatalogLoader(parts: Record<string, PartLoader>) {
  return async (locale: string, kind?: string): Promise<Partial<Catalog>> => {
    const key = catalogFor(locale);
    if (!key) return {};
    const surface =
      kind && Object.hasOwn(SURFACE_OF_KIND, kind) ? SURFACE_OF_KIND[kind] : undefined;
    const messages: Record<string, string> = {};
    try {
      // Every locale has every part (a test checks), so `?.` only guards injected loaders.
      const loaded = await Promise.all(
        (surface ? [surface] : SURFACES).map((name) => parts[`${key}-${name}`]?.()),
      );
      // A part is `key=text` lines. Its keys travel with it, so a UI bundle keeps only the
      // English it shows, and a part cached from another release still lands by key; a key
      // this build's English lacks is a message it never shows, and is skipped.
      for (const part of loaded) {
        for (const line of part?.messages.split('\n') ?? []) {
          const at = line.indexOf('=');
          const name = line.slice(0, at);
          if (at > 0 && Object.hasOwn(en, name)) messages[name] = line.slice(at + 1);
        }
      }
    } catch (error) {
      console.warn(`Grapevine: the "${key}" messages could not load; showing English.`, error);
      return {};
    }
    return messages;
  };
}

/**
 * Loads the messages for `locale` (English needs none and gets `{}`): only the part for
 * `kind` (a prompt kind, or `'panel'`), or every part without it. Never rejects: a part that
 * fails to load means English and one console warning, not a broken prompt. The runtime
 * merges the result under the campaign's overrides into `request.messages`.
 * @example const messages = { ...(await loadCatalog('da', 'nps')), ...overrides }
 */
export const loadCatalog: (locale: string, kind?: string) => Promise<Partial<Catalog>> =
  createCatalogLoader(PARTS);
