// The English each script-tag UI bundle carries (src/i18n/bundle-english.ts, what
// vite.script.config.ts builds into it): every message its kind's components can show, and,
// for the referral prompt, none of the NPS steps it shares a surface with.
import { describe, expect, it } from 'vitest';
import { bundleEnglish } from '../../src/i18n/bundle-english.js';
import { en } from '../../src/i18n/en.js';
import { KIND_MESSAGES, SURFACE_MESSAGES } from '../../src/i18n/surface-messages.js';
import { SURFACE_OF_KIND } from '../../src/i18n/surfaces.js';
import { KIND_ROOTS, messagesNamedBy } from './ui-messages.js';

describe.each(Object.entries(KIND_ROOTS))('the %s UI bundle', (kind, roots) => {
  const english = bundleEnglish(kind);

  it('has, in English, every message its components name', () => {
    const named = [...messagesNamedBy(roots)];
    expect(named.length).toBeGreaterThan(10);
    const missing = named.filter((key) => english[key] !== en[key as keyof typeof en]);
    // Add these to the kind's list in src/i18n/surface-messages.ts.
    expect(missing).toEqual([]);
  });

  it('keeps only its own messages (parts carry their keys), in en.ts’s order', () => {
    const keys = Object.keys(en).filter((key) => Object.hasOwn(english, key));
    expect(Object.keys(english)).toEqual(keys);
    expect(Object.values(english)).not.toContain('');
  });

  it('carries no English that none of its components names, brand names aside', () => {
    const named = messagesNamedBy(roots);
    const inParts = new Set<string>(Object.values(SURFACE_MESSAGES).flat());
    const extra = Object.keys(english).filter((key) => inParts.has(key) && !named.has(key));
    expect(extra).toEqual([]);
  });
});

describe('the kinds that show less than their surface', () => {
  it('list only messages of their surface, so its locale part translates them', () => {
    for (const [kind, keys] of Object.entries(KIND_MESSAGES)) {
      const surface = SURFACE_OF_KIND[kind];
      expect(surface, kind).toBeDefined();
      const part = new Set<string>(surface ? SURFACE_MESSAGES[surface] : []);
      expect(
        (keys ?? []).filter((key) => !part.has(key)),
        kind,
      ).toEqual([]);
    }
  });

  it('the referral prompt carries none of the NPS steps; the NPS prompt has them all', () => {
    const referral = bundleEnglish('referral');
    const nps = bundleEnglish('nps');
    for (const key of ['npsQuestion', 'npsLow', 'followPromoter', 'thanksTitle', 'send'] as const) {
      expect(referral[key], key).toBeUndefined();
      expect(nps[key], key).toBe(en[key]);
    }
    expect(referral.referralTitle).toBe(en.referralTitle);
  });

  it('a kind of no surface keeps all the English', () => {
    expect(bundleEnglish('unknown')).toEqual(en);
  });
});
