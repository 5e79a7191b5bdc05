// Headless copy: what a host that renders the prompt itself needs to say it in the visitor's
// language, from the same catalogs as the built-in UI. A lazily loaded chunk of its own (the
// English of every kind, plus the locale part loader): a page with the built-in UI never
// loads it.
import { bundleEnglish } from './bundle-english.js';
import { loadCatalog } from './load-catalog.js';

/** A kind's messages in a locale. */
export interface KindMessages {
  /** Every message the kind's UI shows: English under the locale's translations. */
  messages: Record<string, string>;
  /** Only the translated ones (empty for English or a locale without a catalog). */
  translated: Record<string, string>;
}

/**
 * The messages of one prompt kind for `locale`; `{brand}`, `{friend}`… placeholders are left
 * for the host to fill in. Never rejects (a locale part that fails to load means English).
 * @example (await messagesFor('da-DK', 'nps')).messages.npsLow // 'Slet ikke sandsynligt'
 */
export async function messagesFor(locale: string, kind: string): Promise<KindMessages> {
  const translated = (await loadCatalog(locale, kind)) as Record<string, string>;
  return { messages: { ...bundleEnglish(kind), ...translated }, translated };
}
