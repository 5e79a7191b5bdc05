import type { Catalog } from '../../src/i18n/catalog.js';
import { messages as ar } from '../../src/i18n/catalogs/ar.js';
import { messages as da } from '../../src/i18n/catalogs/da.js';
import { messages as fi } from '../../src/i18n/catalogs/fi.js';
import { messages as he } from '../../src/i18n/catalogs/he.js';
import { messages as ja } from '../../src/i18n/catalogs/ja.js';
import { messages as nb } from '../../src/i18n/catalogs/nb.js';
import { messages as zhCN } from '../../src/i18n/catalogs/zh-cn.js';
import { en } from '../../src/i18n/en.js';
import { SURFACE_MESSAGES } from '../../src/i18n/surface-messages.js';
import type { Surface } from '../../src/i18n/surfaces.js';

/** A locale with a catalog, as load-catalog.ts names it. */
export type Locale = 'da' | 'nb' | 'fi' | 'ja' | 'zh-cn' | 'ar' | 'he';

/** The human-written source catalogs, by locale. */
export const CATALOGS: Record<Locale, Catalog> = {
  da,
  nb,
  fi,
  ja,
  'zh-cn': zhCN,
  ar,
  he,
};

const NAMES: Record<Locale, string> = {
  da: 'Danish',
  nb: 'Norwegian Bokmål',
  fi: 'Finnish',
  ja: 'Japanese',
  'zh-cn': 'Simplified Chinese',
  ar: 'Arabic',
  he: 'Hebrew',
};

const WHAT: Record<Surface, string> = {
  prompt: 'the post-purchase prompts (NPS and referral)',
  friend: 'the friend offer',
  panel: 'the programme panel',
};

/**
 * The messages of one part, as load-catalog.ts decodes them: `key=text`, one a line, in
 * en.ts's key order.
 */
export function partText(locale: Locale, surface: Surface): string {
  const catalog: Partial<Record<string, string>> = CATALOGS[locale];
  const wanted = new Set<string>(SURFACE_MESSAGES[surface]);
  return Object.keys(en)
    .filter((key) => wanted.has(key))
    .map((key) => `${key}=${catalog[key] ?? ''}`)
    .join('\n');
}

/** The generated module `src/i18n/parts/<locale>-<surface>.ts`, byte for byte. */
export function renderPart(locale: Locale, surface: Surface): string {
  const body = partText(locale, surface).replace(/[\\`]|\$\{/g, (match) => `\\${match}`);
  return [
    `// Generated from catalogs/${locale}.ts and surface-messages.ts by test/i18n/parts.test.ts:`,
    '// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.',
    `// ${NAMES[locale]} for ${WHAT[surface]}.`,
    '// One `key=text` message a line.',
    `export const messages = \`${body}\`;`,
    '',
  ].join('\n');
}
