import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { createCatalogLoader, type PartLoader } from '../../src/i18n/load-catalog.js';
import { createTranslator } from '../../src/i18n/translate.js';

afterEach(() => {
  vi.restoreAllMocks();
});

// A part as the generated modules hold it: `key=text` lines.
const part = (...lines: string[]): PartLoader =>
  vi.fn(async () => ({ messages: lines.join('\n') }));

describe('loadCatalog', () => {
  it.each([
    ['nps', 'prompt'],
    ['referral', 'prompt'],
    ['friend-offer', 'friend'],
    ['panel', 'panel'],
  ])('downloads only the part of what the page shows: %s → %s', async (kind, surface) => {
    const parts = {
      'da-prompt': part('close=P'),
      'da-friend': part('close=F'),
      'da-panel': part('close=Q'),
    };
    const load = createCatalogLoader(parts);
    expect(await load('da-DK', kind)).toEqual({
      close: { prompt: 'P', friend: 'F', panel: 'Q' }[surface],
    });
    for (const [name, loader] of Object.entries(parts)) {
      expect(loader, name).toHaveBeenCalledTimes(name === `da-${surface}` ? 1 : 0);
    }
  });

  it('loads every part, merged, when the caller names no kind (or an unknown one)', async () => {
    const parts = {
      'nb-prompt': part('close=Lukk'),
      'nb-friend': part('npsQuestion=Spørsmål'),
      'nb-panel': part(),
    };
    const load = createCatalogLoader(parts);
    expect(await load('nb', 'toString')).toEqual({ close: 'Lukk', npsQuestion: 'Spørsmål' });
    expect(await load('nn-NO')).toEqual({ close: 'Lukk', npsQuestion: 'Spørsmål' });
  });

  it('reads each line by its key, keeps `=` in the text, and skips keys it has no English for', async () => {
    const load = createCatalogLoader({
      'fi-friend': part('emailInvalid=a=b', 'titel=X', '__proto__=Y', '=Z', 'no separator', ''),
    });
    const messages = await load('fi', 'friend-offer');
    expect(messages).toEqual({ emailInvalid: 'a=b' });
    expect(Object.getPrototypeOf(messages)).toBe(Object.prototype);
  });

  it('falls back to English with one console warning when a part fails to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failure = new Error('Failed to fetch dynamically imported module');
    const load = createCatalogLoader({
      'ja-prompt': vi.fn(() => Promise.reject(failure)),
      'ja-friend': part('close=閉じる'),
      'ja-panel': vi.fn(() => Promise.reject(failure)),
    });
    expect(await load('ja-JP', 'nps')).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"ja" messages'), failure);
    // Every part at once: still English, still one warning for the one failed load.
    expect(await load('ja')).toEqual({});
    expect(warn).toHaveBeenCalledTimes(2);
    // The prompt then reads English, not keys.
    expect(createTranslator('ja', {}, {}).t('npsLow')).toBe(en.npsLow);
  });

  it('never loads anything for English or an unsupported language', async () => {
    const loader = part('x');
    const load = createCatalogLoader({ 'da-prompt': loader });
    expect(await load('en-US', 'nps')).toEqual({});
    expect(await load('sv', 'nps')).toEqual({});
    expect(await load('zh-TW', 'nps')).toEqual({});
    expect(loader).not.toHaveBeenCalled();
  });
});
