// The shipped form of the locales: src/i18n/parts/<locale>-<surface>.ts, generated from the
// human-written catalogs and surface-messages.ts. This test is the generator: run it with
// `-u` to rewrite the parts; without it, it fails when a part drifts from its sources.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { loadCatalog } from '../../src/i18n/load-catalog.js';
import { SURFACE_MESSAGES } from '../../src/i18n/surface-messages.js';
import { SURFACE_OF_KIND, SURFACES } from '../../src/i18n/surfaces.js';
import { CATALOGS, type Locale, partText, renderPart } from './render-part.js';
import { KIND_ROOTS, messagesNamedBy } from './ui-messages.js';

const LOCALES = Object.keys(CATALOGS) as Locale[];
const BRAND_NAMES = new Set('whatsapp x facebook linkedin messenger line telegram'.split(' '));
const pick = (catalog: Record<string, string>, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, catalog[key]]));

describe.each(LOCALES)('the %s parts', (locale) => {
  it.each(SURFACES)('%s: generated from the catalog, unchanged since', async (surface) => {
    await expect(renderPart(locale, surface)).toMatchFileSnapshot(
      `../../src/i18n/parts/${locale}-${surface}.ts`,
    );
  });

  it.each(SURFACES)('%s: loads back as exactly its messages, by key', async (surface) => {
    const kind = Object.keys(SURFACE_OF_KIND).find((name) => SURFACE_OF_KIND[name] === surface);
    const catalog: Record<string, string> = CATALOGS[locale];
    expect(await loadCatalog(locale, kind)).toEqual(pick(catalog, SURFACE_MESSAGES[surface]));
  });

  it('holds one message a line: no line breaks inside a message, no empty message', () => {
    for (const [key, text] of Object.entries(CATALOGS[locale])) {
      expect(text, key).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(text, key).not.toBe('');
    }
    for (const surface of SURFACES) {
      expect(partText(locale, surface).split('\n').length).toBe(SURFACE_MESSAGES[surface].length);
    }
  });

  it('all parts together are the whole catalog', async () => {
    expect(await loadCatalog(locale)).toEqual(CATALOGS[locale]);
  });
});

describe('the surfaces', () => {
  it('every message but the brand names is in some part', () => {
    const inParts = new Set<string>(SURFACES.flatMap((surface) => SURFACE_MESSAGES[surface]));
    const missing = Object.keys(en).filter((key) => !BRAND_NAMES.has(key) && !inParts.has(key));
    expect(missing).toEqual([]);
  });

  it('lists each message once per part', () => {
    for (const surface of SURFACES) {
      const keys = SURFACE_MESSAGES[surface];
      expect(new Set(keys).size, surface).toBe(keys.length);
    }
  });

  it.each(Object.entries(KIND_ROOTS))(
    '%s: its part has every message its components name',
    (kind, roots) => {
      const surface = SURFACE_OF_KIND[kind];
      expect(surface, kind).toBeDefined();
      const part = new Set<string>(surface ? SURFACE_MESSAGES[surface] : []);
      const lacking = [...messagesNamedBy(roots)].filter(
        (key) => !BRAND_NAMES.has(key) && !part.has(key),
      );
      // Add these to src/i18n/surface-messages.ts, then regenerate the parts (`-u`).
      expect(lacking).toEqual([]);
    },
  );

  it.each(SURFACES)('%s: carries no message that none of its kinds names', (surface) => {
    const kinds = Object.keys(KIND_ROOTS).filter((kind) => SURFACE_OF_KIND[kind] === surface);
    const named = new Set(kinds.flatMap((kind) => [...messagesNamedBy(KIND_ROOTS[kind] ?? [])]));
    expect(SURFACE_MESSAGES[surface].filter((key) => !named.has(key))).toEqual([]);
  });
});
